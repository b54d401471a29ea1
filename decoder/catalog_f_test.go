package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The issue-14 APIs' and tools' printed forms added from the 2026-12-07 pastes' families:
// plan limits with their window, each API's documented wording, each tool's own lines.
// Inputs are written from the documents and printed forms the entries cite.
func TestCatalogPlanLimitsAndToolLines(t *testing.T) {
	cases := []struct {
		name, in, provider, wrapper string
		code                        string
		cat                         Category
		retryable                   bool
		window                      string
	}{
		// Claude Code's plan notices (support.claude.com/en/articles/11145838): the session
		// limit is the 5-hour one; the weekly one names its week.
		{"claude-code 5-hour", "5-hour limit reached ∙ resets 4pm", "anthropic", "claude-code", "", Quota, false, "hour"},
		{"claude-code 5-hour upgrade", "5-hour limit reached · resets 1am (Europe/Paris) · /upgrade to Max or turn on /extra-usage", "anthropic", "claude-code", "", Quota, false, "hour"},
		{"claude-code session", "You've hit your session limit · resets 3pm (America/Bogota)", "anthropic", "claude-code", "", Quota, false, "hour"},
		{"claude-code weekly", "Weekly limit reached ∙ resets Oct 9, 10am", "anthropic", "claude-code", "", Quota, false, "week"},
		{"claude-code connection closed", "● API Error: Connection closed mid-response. The response above may be incomplete.", "anthropic", "claude-code", "", Connection, true, ""},
		// Z.ai / Zhipu 1308 (docs.z.ai/api-reference/api-code): the plan's {x}-hour limit.
		{"zhipu 1308 en", "Usage limit reached for 5 hour. Your limit will reset at 2026-03-01 10:00:00", "zhipu", "", "", Quota, false, "hour"},
		{"zhipu 1308 zh", `{"error":{"code":"1308","message":"已达到 5 小时的使用上限。您的限额将在 2026-03-01 10:00:00 重置。"}}`, "zhipu", "", "1308", Quota, false, "hour"},
		// Ollama Cloud's plan limits (docs.ollama.com/cloud).
		{"ollama hourly", `{"error":"you've reached your hourly usage limit, please wait or upgrade to continue"}`, "ollama", "", "", Quota, false, "hour"},
		// Moonshot 429 engine_overloaded_error (platform.moonshot.ai/docs/api/errors).
		{"moonshot overloaded", "POST https://api.moonshot.cn/v1/chat/completions: 429 The engine is currently overloaded, please try again later", "moonshot", "", "", Overloaded, true, ""},
		// Copilot API's model_not_supported: Copilot CLI speaks for its own service, whose
		// wording comes before the general layers' "not supported".
		{"copilot-cli model not supported", "✗ Execution failed: CAPIError: 400 The requested model is not supported", "", "copilot-cli", "", NotFound, false, ""},
		{"copilot-cli model not supported code", `Model call failed: {"message":"The requested model is not supported.","code":"model_not_supported","param":"model","type":"invalid_request_error"}`, "", "copilot-cli", "model_not_supported", NotFound, false, ""},
		// CrewAI's CLI line (crewai/cli/run_crew.py), over LiteLLM: CrewAI's default API.
		{"crewai run", "An error occurred while running the crew: litellm.APIError: APIError: OpenAIException - Connection error.", "openai", "crewai", "", Connection, true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, c.wrapper, r.Wrapper, "wrapper")
			assert.Equal(t, c.code, r.Code, "code")
			assert.Equal(t, c.cat, r.Category, "category; entry %s", r.Entry)
			assert.Equal(t, c.retryable, r.Retryable, "retryable")
			assert.Equal(t, c.window, r.LimitWindow, "window")
		})
	}
}

// Codes and windows a tool's or an API's own sentence carries.
func TestToolSentenceCodeAndWindow(t *testing.T) {
	cases := []struct {
		name, in, code, window string
	}{
		// Claude Code prints the socket error it met in parentheses.
		{"claude-code errno", "● API Error: Unable to connect to API (ECONNRESET)", "ECONNRESET", ""},
		{"claude-code errno timeout", "API Error: Unable to connect to API (ETIMEDOUT)", "ETIMEDOUT", ""},
		// Moonshot's limits name their window (platform.moonshot.ai/docs/pricing/limits).
		{"moonshot tpm", `429 {"error":{"type":"rate_limit_reached_error","message":"Your account org-1 request reached organization TPM rate limit, current: 32000, limit: 32000"}}`, "rate_limit_reached_error", "minute"},
		{"moonshot tpd", `429 {"error":{"type":"rate_limit_reached_error","message":"Your account org-1 request reached organization TPD rate limit, current: 1500000, limit: 1500000"}}`, "rate_limit_reached_error", "day"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.code, r.Code, "code; evidence: %v", r.Evidence)
			assert.Equal(t, c.window, r.LimitWindow, "window")
		})
	}
}

// A rate limit its service documents keeps its category for a wait of hours; a day or
// more is an allowance resetting (Copilot's own lines, docs.github.com/en/copilot/concepts/rate-limits).
func TestDocumentedRateLimitLongWait(t *testing.T) {
	cases := []struct {
		name, in  string
		cat       Category
		retryable bool
	}{
		{"hours", "Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 3 hours.", RateLimit, true},
		// GitHub documents Copilot's rate limits as temporary, cleared by waiting, whatever
		// the wait (docs.github.com/en/copilot/concepts/rate-limits): DESIGN's test.
		{"days", "Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 30 hours.", RateLimit, true},
		{"general wording", "429 Too Many Requests: rate limit exceeded, try again in 3 hours", Quota, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.cat, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, c.retryable, r.Retryable, "retryable")
		})
	}
}

// Wording two or more APIs' catalogs share and agree on decides for an unknown provider;
// an HTTP reason phrase they all carry does not.
func TestWordingConsensus(t *testing.T) {
	cases := []struct {
		name, in string
		cat      Category
		entry    string
	}{
		// Moonshot's engine_overloaded_error and OpenAI's older overload, both documented.
		{"shared overload wording", "429 The engine is currently overloaded", Overloaded, "http-503"},
		{"reason phrase only", "429 Service Unavailable", RateLimit, "http-429"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, "", r.Provider, "provider")
			assert.Equal(t, c.cat, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, c.entry, r.Entry, "entry")
		})
	}
}

// Codex's UnexpectedResponseError prints "unexpected status {status}: {body}, request id:
// {id}" (codex-rs/core/src/error.rs): together they name the tool.
func TestCodexUnexpectedStatus(t *testing.T) {
	r := Decode(`■ unexpected status 404 Not Found: {"detail":"Not Found"}, request id: req_0a1b2c3d`)
	assert.Equal(t, "codex", r.Wrapper, "evidence: %v", r.Evidence)
	assert.Equal(t, 404, r.HTTPStatus)
	assert.Equal(t, NotFound, r.Category)
}
