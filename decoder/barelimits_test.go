package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Rate and usage limits pasted as a bare message, with no status, body or host: the
// wording each service documents decides what waiting does.
func TestBareLimitMessages(t *testing.T) {
	tests := []struct {
		name, in  string
		provider  string
		code      string
		category  Category
		retryable bool
		waitMS    int64
		window    string
	}{
		// https://docs.github.com/en/copilot/concepts/rate-limits: Copilot's limits are time
		// windows that clear after the stated wait; the code carries the plan after ':'.
		{"copilot session limit", "WebSocket CAPI error: Sorry, you've exceeded your 5 hour session limits. Please retry after 600 seconds. (user_global_rate_limited:business)",
			"", "user_global_rate_limited:business", RateLimit, true, 600000, "hour"},
		{"copilot chat notice", "Sorry, your request was rate-limited. Please wait 5 minutes before trying again.",
			"", "", RateLimit, true, 300000, ""},
		// https://learn.microsoft.com/en-us/azure/ai-services/openai/quotas-limits: the
		// deployment's 429 body, string code "429".
		{"azure openai 429 body", `{"error":{"code":"429","message":"Rate limit is exceeded. Try again in 7 seconds."}}`,
			"azure-openai", "429", RateLimit, true, 7000, ""},
		// https://support.claude.com/en/articles/11145838: the plan's usage allowance.
		{"claude.ai plan limit", "You've hit your limit for Claude messages. Limits will reset at 2:00 PM.",
			"anthropic", "", Quota, false, 0, ""},
		// https://developers.google.com/gemini-code-assist/resources/quotas: per-minute
		// requests per user (the window the catalog documents for these words).
		{"code assist capacity", "You have exhausted your capacity on this model. Your quota will reset after 12s.",
			"gemini", "", RateLimit, true, 12000, "minute"},
		// https://platform.openai.com/docs/guides/rate-limits: the tail of the limit message.
		{"limit used requested", "Limit 10000, Used 9800, Requested 500. Please try again in 2s.",
			"", "", RateLimit, true, 2000, ""},
		// https://shopify.dev/docs/api/usage/rate-limits: a per-second call limit.
		{"calls per second", "Exceeded 4 calls per second for api client. Reduce request rates to resume uninterrupted service.",
			"", "", RateLimit, true, 0, "second"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms (%v)", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window (%v)", r.Evidence)
		})
	}
}

// A parenthesis closing a line is read as the code only when its base is a documented
// snake_case code.
func TestParenCodes(t *testing.T) {
	tests := []struct{ in, code string }{
		{"Sorry, you've exceeded your 5 hour session limits. (user_global_rate_limited:pro)", "user_global_rate_limited:pro"},
		{"Sorry, you've exceeded your 5 hour session limits. (user_global_rate_limited:pro) again", ""},
		{"Request failed (see_the_docs_for_details)", ""},
		{"Request failed (attempt 3/10)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.code, Decode(tc.in).Code)
		})
	}
}

func TestCodeBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"user_global_rate_limited:pro", "user_global_rate_limited"},
		{"user_global_rate_limited:copilot-business", "user_global_rate_limited"},
		{"urn:kaizen:problem-details:not-found", "urn:kaizen:problem-details:not-found"},
		{"rate_limited", "rate_limited"},
		{"ratelimit:pro", "ratelimit:pro"},
		{"user_limited:", "user_limited:"},
		{"user_limited:a b", "user_limited:a b"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, codeBase(tc.in), tc.in)
	}
}

// A server's own wording names it when nothing else does: llama-server's OpenAI-compatible
// parser throws "Unsupported param: <name>", which it reports as a 500 server_error
// (https://github.com/ggml-org/llama.cpp/blob/master/tools/server/utils.hpp); the request,
// not the server, is at fault.
func TestServerOwnWording(t *testing.T) {
	tests := []struct {
		in, provider string
		category     Category
		retryable    bool
	}{
		{`{"code":500,"message":"Unsupported param: logprobs","type":"server_error"}`, "llama-cpp", InvalidRequest, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
		})
	}
}
