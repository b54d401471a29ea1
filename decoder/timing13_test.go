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
		{"a unit hyphenated short in a limit id", `{"error": {"message": "Rate limit exceeded: free-models-per-min. ", "code": 429}}`, "minute"},
		{"a window in seconds, a day", "Error code: 429 - {'error': {'code': 'RateLimitReached', 'message': 'Rate limit of 50 per 86400s exceeded for UserByModelByDay.'}}", "day"},
		{"a window in seconds, a minute", "429 RateLimitError: Request rate limit exceeded. Limit: 30 requests per 60 seconds.", "minute"},
		{"a window of 100 seconds is none", "429 RateLimitError: Request rate limit exceeded. Limit: 30 requests per 100 seconds.", ""},
		{"a day as 24 hours", "429 Too Many Requests: no more than 100 requests in 24 hours", "day"},
		// Cerebras's headers (inference-docs.cerebras.ai/support/rate-limits): the name that
		// ends with its window states it, whatever a shorter name's general row says.
		{"a remaining header named with its day", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-limit-requests-day: 14400\nx-ratelimit-remaining-requests-day: 0\nx-ratelimit-remaining-tokens-minute: 59000\n\n{\"message\": \"Too many requests sent.\", \"type\": \"too_many_requests_error\", \"code\": \"request_quota_exceeded\"}", "day"},
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

// Resets of the rate-limit family, from the general forms a reset is written in: an RFC
// 3339 instant after a reset phrase, an HTTP-date in a reset header, the IETF RateLimit
// field's t parameter, and reset fields under other APIs' names. The answers are fixed
// instants, never waits of decades or waits already past.
func TestTiming13Resets(t *testing.T) {
	const date = "HTTP/1.1 429 Too Many Requests\nDate: Mon, 07 Dec 2026 10:00:00 GMT\n"
	for _, tc := range []struct {
		name, in, reset string
		waitMS          int64
	}{
		{"an RFC 3339 instant after resets at", "429 Too Many Requests: the quota resets at 2026-12-08T00:00:00Z.", "2026-12-08T00:00:00Z", 0},
		{"an RFC 3339 instant with an offset after try again after", "429 Too Many Requests. Please try again after 2026-12-07T11:05:00+01:00", "2026-12-07T10:05:00Z", 0},
		{"an RFC 3339 instant before the paste's Date is none", date + "\nRate limited: resets at 2026-12-07T09:00:00Z", "", 0},
		// RFC 9110's IMF-fixdate in a reset header, as Retry-After may carry it.
		{"an HTTP-date in x-ratelimit-reset", date + "X-RateLimit-Limit: 100\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: Mon, 07 Dec 2026 10:02:00 GMT\n\nrate limited", "2026-12-07T10:02:00Z", 120000},
		{"an HTTP-date decades on is no reset", date + "X-RateLimit-Limit: 100\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: Fri, 01 Jan 2100 00:00:00 GMT\n\nrate limited", "", 0},
		// draft-ietf-httpapi-ratelimit-headers-09: RateLimit: "policy";r=<remaining>;t=<seconds>.
		{"the RateLimit field's t of a used-up policy", date + "RateLimit: \"default\";r=0;t=30\nRateLimit-Policy: \"default\";q=100;w=60\n\nToo Many Requests", "2026-12-07T10:00:30Z", 30000},
		{"the RateLimit field's t of a policy with some left is none", date + "RateLimit: \"default\";r=5;t=30\n\nToo Many Requests", "", 0},
		{"a resetTime field", `{"error": {"code": 429, "message": "Too many requests", "resetTime": "2026-12-07T10:05:00Z"}}`, "2026-12-07T10:05:00Z", 0},
		{"a retry_after field that holds an instant", `HTTP 429 {"error": "rate_limited", "retry_after": "2026-12-07T10:05:00Z"}`, "2026-12-07T10:05:00Z", 0},
		{"a retry_after field in seconds is a wait, not an instant", `HTTP 429 {"error": "rate_limited", "retry_after": 30}`, "2026-12-07T00:00:30Z", 30000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming13(tc.in)
			assert.Equal(t, tc.reset, r.ResetAt, r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
		})
	}
}

// GPT Pilot's rate-limit line prints its own sleep, the API's wait plus its buffer
// (pilot/utils/llm_connection.py, rate_limit_exceeded_sleep): the API's wait is the
// difference, and a sleep no longer than the buffer says the API stated none.
func TestTiming13BufferedWait(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		{"a sleep over its buffer", "Rate limit reached on requests per min. Limit: 200 / min.\nRetrying in 6.25 second(s)... with extra buffer of: 6.0 second(s)", 250},
		{"the last of several lines", "Rate limit reached on requests per min.\nRetrying in 8.5 second(s)... with extra buffer of: 6.0 second(s)\nRate limit reached on requests per min.\nRetrying in 6.75 second(s)... with extra buffer of: 6.0 second(s)", 750},
		{"a sleep of the buffer alone", "Rate limit reached on requests per min.\nRetrying in 6.0 second(s)... with extra buffer of: 6.0 second(s)", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming13(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
		})
	}
}

// A body cut off before it closes leaves no object to read, but its retry_after member
// before the cut is the wait the API asked for (seconds, as a whole body's is read).
func TestTiming13CutBodyWait(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		{"a cut body's retry_after", `API Error: 429 {"error":{"type":"rate_limit_error","message":"slow down"},"retry_after":30,"request_id":"req_01`, 30000},
		{"a cut body's retry_after with a fraction", `HTTP 429 {"message":"You are being rate limited.","retry_after":1.25,"global":fal`, 1250},
		{"a retry_after that is no number", `HTTP 429 {"message":"slow down","retry_after":"soon","global":fal`, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming13(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
		})
	}
}
