package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

var timing13Clock = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

func decodeAtTiming13(in string) Result {
	return New(WithClock(func() time.Time { return timing13Clock })).Decode(in)
}

// Windows of the rate-limit family (issue 15, session 10): the rate acronyms where an
// error names its limit by one, the per-unit wording of more languages, and the windows a
// provider's documentation gives its messages.
func TestTiming13Windows(t *testing.T) {
	for _, tc := range []struct {
		name, in, window string
	}{
		// Baidu Qianfan's documented codes (cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf).
		{"an acronym joined to a code's words", `{"error": {"code": "tpm_rate_limit_exceeded", "message": "Rate limit reached for TPM", "type": "rate_limit_exceeded"}}`, "minute"},
		{"an acronym after for", "Error code: 429 - Rate limit reached for RPD", "day"},
		{"an acronym after its count", "429 Too Many Requests: limit of 3 RPM reached for this key", "minute"},
		{"an acronym after a count in thousands", "429: exceeded the 10k TPM limit of this deployment", "minute"},
		{"an acronym before a limit's noun in Chinese", "429 请求过于频繁：已超过QPM限制", "minute"},
		{"a per-second acronym in a gateway code", `429 {"code": "rps-limit-exceeded"}`, "second"},
		{"an acronym said bare names no limit", "429 Too Many Requests. Tip: raise your RPM in the console.", ""},
		{"an acronym inside a word is none", "429 Too Many Requests from https://example.com/tpsreport", ""},
		// "per <unit>" and daily limits as other languages word them.
		{"Italian per minute", "429 Troppe richieste: superato il limite di richieste al minuto", "minute"},
		{"Dutch per minute", "429 Te veel verzoeken: maximaal 100 verzoeken per minuut", "minute"},
		{"Indonesian per minute", "429 Terlalu banyak permintaan: batas 60 permintaan per menit", "minute"},
		{"Russian daily", "429 Слишком много запросов: превышен суточный лимит запросов", "day"},
		{"Japanese per minute", "HTTP 429 Too Many Requests: 1分あたりのリクエスト数の上限を超えました", "minute"},
		{"Korean per minute", "429 분당 요청 수 한도를 초과했습니다", "minute"},
		{"Spanish daily", "429 Se ha alcanzado el límite diario de solicitudes", "day"},
		{"Portuguese daily", "429 Cota diária de requisições excedida", "day"},
		{"French daily", "429 Limite quotidienne de requêtes atteinte", "day"},
		{"German daily", "429 Tageslimit für Anfragen erreicht", "day"},
		{"Turkish daily", "429 Günlük istek limiti aşıldı", "day"},
		{"a hyphenated hour", "429: per-hour request limit reached", "hour"},
		// Model Studio: "Requests rate limit exceeded or You exceeded your current requests
		// list: the requests per minute (RPM) limit was triggered"
		// (www.alibabacloud.com/help/en/model-studio/rate-limit).
		{"DashScope's request list is its RPM", "dashscope: 429 Throttling.RateQuota: Requests rate limit exceeded, please try again later.", "minute"},
		{"DashScope's allocated quota is its TPM", "dashscope: 429 Throttling.AllocationQuota: Allocated quota exceeded, please increase your quota limit.", "minute"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming13(tc.in)
			assert.Equal(t, tc.window, r.LimitWindow, r.Evidence)
		})
	}
}
