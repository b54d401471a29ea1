package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, rate limits in the words providers, gateways, SDKs and tools give them, with
// their quota and overload neighbours (h-rules47, the *-xc* tune rows). Each input is
// written from the provider's documentation or the printing library's source, not copied
// from the corpus; each case failed before the change its comment names.

// windowCase is a decode whose limit window is checked beside its answer.
type windowCase struct {
	decodeCase
	window string
}

func checkWindows(t *testing.T, cases []windowCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := assertDecodes(t, tc.decodeCase)
			assert.Equal(t, tc.window, r.LimitWindow, "window; evidence: %v", r.Evidence)
		})
	}
}

// TestDashScopeRequestsListIsPerMinute: Model Studio's rate-limit page says "Requests rate
// limit exceeded" and "You exceeded your current requests list" mean the call frequency
// limit, the requests per minute (also enforced per second as RPM/60)
// (https://www.alibabacloud.com/help/en/model-studio/rate-limit): the entry carries the
// minute as its documented window (dashscope.json throttling-rate-quota).
func TestDashScopeRequestsListIsPerMinute(t *testing.T) {
	checkWindows(t, []windowCase{
		{decodeCase{name: "the native body with its status line",
			in:       "HTTP/1.1 429 Too Many Requests\ncontent-type: application/json\n\n{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit exceeded, please try again later.\",\"request_id\":\"0b7e1a52-0000-4c3e-9f1e-2d5c6b7a8e90\"}",
			provider: "dashscope", status: 429, code: "Throttling.RateQuota", category: RateLimit, retry: true}, "minute"},
		{decodeCase{name: "the compatible mode's wording through LiteLLM",
			in:       "litellm.RateLimitError: DashscopeException - You exceeded your current requests list.",
			provider: "dashscope", status: 429, category: RateLimit, retry: true}, "minute"},
	})
}

// TestOpenRouterFreeModelCapsAre429: OpenRouter answers its :free model caps (20 requests
// a minute, 50 or 1000 a day, https://openrouter.ai/docs/api-reference/limits) with 429,
// the status its error table gives rate limiting
// (https://openrouter.ai/docs/api-reference/errors): the limit's id in a message printed
// without the status knows it (status_worded on free-models-per-day and -per-min).
func TestOpenRouterFreeModelCapsAre429(t *testing.T) {
	checkWindows(t, []windowCase{
		{decodeCase{name: "the daily cap re-printed by a CLI without its status",
			in:       "Error: Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day",
			provider: "openrouter", status: 429, category: Quota}, "day"},
		{decodeCase{name: "the per-minute cap in a log line",
			in:       "OpenRouter said: Rate limit exceeded: free-models-per-min.",
			provider: "openrouter", status: 429, category: RateLimit, retry: true}, "minute"},
	})
}

// TestQianfanRateAcronymWindows: Baidu Qianfan's per-minute limits fail with
// rpm_rate_limit_exceeded "Rate limit reached for RPM" and tpm_rate_limit_exceeded "Rate
// limit reached for TPM" (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf): the
// acronym in the code, or named as the limit reached, is the window (window.go).
// Qianfan has no provider slug: no provider is named.
func TestQianfanRateAcronymWindows(t *testing.T) {
	checkWindows(t, []windowCase{
		{decodeCase{name: "the body of a requests-per-minute limit",
			in:   `{"error_code": "rpm_rate_limit_exceeded", "error_msg": "Rate limit reached for RPM"}`,
			code: "rpm_rate_limit_exceeded", category: RateLimit, retry: true}, "minute"},
		{decodeCase{name: "the message of a tokens-per-minute limit alone",
			in:       "request failed: Rate limit reached for TPM",
			category: RateLimit, retry: true}, "minute"},
	})
}

// TestStatusBeforeQuotedMessage: a status printed beside its quoted message (`Error 429
// "..."`, Go's %d %q, a Python f-string's {status} "{message}") states it, as the dash
// form does; "Error 404" alone, a page's title, and a number before unquoted words stay no
// status (statusforms.go, quotedMessageAfter).
func TestStatusBeforeQuotedMessage(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"Google's 429 message quoted", `Error 429 "Resource has been exhausted (e.g. check quota)."`, 429, "Error 429"},
		{"a 503 in single quotes", `request error 503 'Service temporarily unavailable'`, 503, "error 503"},
		{"a title alone", "Error 404", 0, ""},
		{"a count before words", `error 500 times "ok"`, 0, ""},
	})
}

// TestCodeNamedInParenthesesMidLine: a log line names the error's code in parentheses
// after the words for it and goes on with what the program does next (its clause closed by
// a comma or a full-width comma): Google's Cloud Code ErrorInfo reason
// MODEL_CAPACITY_EXHAUSTED, no serving capacity for the model
// (https://cloud.google.com/apis/design/errors#error_info), is read as the code, so the
// overload is told from a rate limit (parencode.go).
func TestCodeNamedInParenthesesMidLine(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "an English log line",
			in:       "WARN proxy: no capacity for the model (MODEL_CAPACITY_EXHAUSTED), retrying in 10s",
			provider: "gemini", code: "MODEL_CAPACITY_EXHAUSTED", category: Overloaded, retry: true},
		{name: "a Chinese log line",
			in:       "WARN 上游模型容量不足 (MODEL_CAPACITY_EXHAUSTED)，稍后重试",
			provider: "gemini", code: "MODEL_CAPACITY_EXHAUSTED", category: Overloaded, retry: true},
		{name: "prose in parentheses is no code",
			in:       "WARN upstream failed (see the docs), retrying in 10s",
			category: Unknown},
	})
}

// TestOpenAIFormerSDKClassesImplyStatus: openai-python 0.x raised RateLimitError for 429
// only, AuthenticationError for 401 and ServiceUnavailableError for 503
// (openai/api_requestor.py, handle_error_response and _interpret_response_line, v0.28.1):
// their names imply the status as the 1.x classes' do (openai.json former_classes). Where
// the message is OpenAI's overload, which it sent as 429 as well as 503, the class its own
// SDK raised for the response tells which (sdkclassstatus.go); a wrapper's class does
// not (LiteLLM maps by the message's words too).
func TestOpenAIFormerSDKClassesImplyStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "0.x RateLimitError with a message no entry knows",
			in:       "openai.error.RateLimitError: Your key was throttled; wait before sending more.",
			provider: "openai", status: 429, category: RateLimit, retry: true},
		{name: "0.x RateLimitError around the overload message",
			in:       "openai.error.RateLimitError: That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.",
			provider: "openai", status: 429, category: Overloaded, retry: true},
		{name: "1.x RateLimitError around the overload message",
			in:       "openai.RateLimitError: That model is currently overloaded with other requests. You can retry your request.",
			provider: "openai", status: 429, category: Overloaded, retry: true},
		{name: "a wrapper's class leaves the overload's status unclear",
			in:       "litellm.RateLimitError: AnthropicException - Overloaded",
			provider: "anthropic", category: Overloaded, retry: true},
		{name: "0.x ServiceUnavailableError",
			in:       "openai.error.ServiceUnavailableError: upstream busy",
			provider: "openai", status: 503, category: Overloaded, retry: true},
	})
}

// The SDK classes offered beside a status the paste's own class gave are those raised for
// that status, not the entry's usual one.
func TestExceptionsFollowTheClassStatus(t *testing.T) {
	r := Decode("openai.RateLimitError: That model is currently overloaded with other requests. You can retry your request.")
	assert.Equal(t, "openai.RateLimitError", r.Exceptions["python"], "evidence: %v", r.Evidence)
}
