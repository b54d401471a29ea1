package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Real pastes stating waits, windows and resets (corpus group m), each decoded whole: the
// families of forms they stand for, not the one paste.
func TestWaitPastes(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Vercel AI SDK's RetryError ("Failed after N attempts. Last error: <message>")
		// around Anthropic's input-tokens-per-minute 429, whose message names the model
		// ("model: claude-opus-4-6"): a rate limit, not a missing model (anthropic-m038).
		{"vercel RetryError around anthropic ITPM",
			`{"message":"LLM provider error: Failed after 2 attempts. Last error: This request would exceed your organization's rate limit of 30,000 input tokens per minute (org: 80162711-722b-4454-ae75-c6334e6796f2, model: claude-opus-4-6). For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage.",`,
			"anthropic", 429, "", RateLimit, true},
		// A relay's envelope ("type":"api_error") around Code Assist's own 429
		// (upstreamResponse): the innermost error decides, not the relay's type, which
		// only Anthropic's catalog writes (gemini-cli-m007).
		{"a relay's envelope around Code Assist's QUOTA_EXHAUSTED",
			"[API Error: {\"error\":{\"message\":\"You have exhausted your capacity on this model. Your quota will reset after\n  5h59m59s.\",\"type\":\"api_error\",\"upstreamStatus\":429,\"upstreamStatusText\":\"Too Many\n  Requests\",\"upstreamResponse\":{\"error\":{\"code\":429,\"message\":\"You have exhausted your capacity on this model. Your quota will reset after\n  5h59m59s.\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"QUOTA_EXHAUSTED\",\"domain\":\"c\n  loudcode-pa.googleapis.com\",\"metadata\":{\"uiMessage\":\"true\",\"model\":\"gemini-3-pro-preview\",\"quotaResetDelay\":\"5h59m59.960323804s\",\"quotaResetTimeStamp\":\"2025-12-03T07:45:40Z\"}},{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"21599.960323804s\"}]}}}}]\n  Please wait and try again later. To increase your limits, request a quota increase through AI Studio, or switch to another /auth method",
			"gemini", 429, "QUOTA_EXHAUSTED", Quota, false},
		// Dify re-printing a Huawei Cloud API Gateway throttle as escaped JSON (none-m032).
		{"huawei apig throttling inside a plugin error",
			`[openai_api_compatible] Error: PluginInvokeError: {"args":{"description":"[models] Error: API request failed with status code 429: {\"error_msg\":\"The throttling threshold has been reached: policy ip over ratelimit,limit:5,time:1 minute\",\"error_code\":\"APIG.0308\",\"request_id\":\"914a39d68c290da3e187f827f7e1b771\"}\n"},"error_type":"InvokeError",`,
			"", 429, "APIG.0308", RateLimit, true},
		// google.rpc.ErrorInfo's reason is the error's code: above the v1 errors[] reason
		// beside it (gemini-cli-m003), and read from a paste cut inside the detail
		// (gemini-m044). A per-day limit is a quota whatever the reason says.
		{"ErrorInfo reason over the errors[] reason", "{\"error\": {\"code\": 429, \"message\": \"Quota exceeded for quota metric 'Gemini 2.5 Pro Requests' and limit 'Gemini 2.5 Pro Requests per day per user per tier' of service 'cloudcode-pa.googleapis.com'.\", \"errors\": [{\"message\": \"Quota exceeded.\", \"domain\": \"global\", \"reason\": \"rateLimitExceeded\"}], \"status\": \"RESOURCE_EXHAUSTED\", \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"RATE_LIMIT_EXCEEDED\", \"domain\": \"googleapis.com\", \"metadata\": {\"quota_metric\": \"cloudcode-pa.googleapis.com/gemini_2_5_pro_requests\", \"quota_limit\": \"Gemini25ProRequestsPerDay\"}}]}}",
			"gemini", 429, "RATE_LIMIT_EXCEEDED", Quota, false},
		{"ErrorInfo reason of a cut-off detail", "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' for consumer 'project_number:696498078762'.\",\n    \"status\": \"RESOURCE_EXHAUSTED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"RATE_LIMIT_EXCEEDED\",\n        \"domain\": \"googleapis.com\",",
			"gemini", 429, "RATE_LIMIT_EXCEEDED", RateLimit, true},
		// OpenAI's older 429 body: "type": "requests" names the limit, no code (openai-m033).
		{"openai's requests-per-minute type without a code",
			`ChatGPT error 429: { "error": { "message": "Rate limit reached for default-gpt-3.5-turbo in organization org-xccgfgggghherfghettg on requests per min. Limit: 20 / min. Current: 30 / min. Contact support@openai.com if you continue to have issues.", "type": "requests", "param": null, "code": null } }`,
			"openai", 429, "", RateLimit, true},
		// A plan's allowance "for today", and a limit stated "(N per day) exceeded" under a
		// status 500 that is no server fault (none-m016, none-m035).
		{"a plan's requests for today",
			`"You reached the limit for advanced AI requests available in your plan for today. Try again in 3 hours, 17 minutes, 52 seconds."`,
			"", 0, "", Quota, false},
		{"a token limit per day, exceeded, as a 500",
			"500 - Token limit (500,000 per day) exceeded. Used: 508,311 tokens. Sign up at g4f.dev/members.html for higher limits.",
			"", 500, "", Quota, false},
	})
}

// A limit reported by the share of it used (the ChatGPT-plan Codex backend's
// x-codex-<primary|secondary>-used-percent, -window-minutes, -reset-after-seconds,
// -reset-at): at 100 it is the one that ran out, its window is its stated length by unit,
// its wait the seconds it states, its reset the instant (openai-m030).
func TestUsedPercentHeaders(t *testing.T) {
	codex := func(minutes, after, at string) string {
		return "[Error] non_sse_response: HTTP/2 429\ndate: Fri, 13 Mar 2026 08:09:32 GMT\ncontent-type: application/json\nserver: cloudflare\nx-codex-active-limit: codex\nx-codex-plan-type: free\nx-codex-primary-used-percent: 100\nx-codex-secondary-used-percent: 0\nx-codex-primary-window-minutes: " + minutes +
			"\nx-codex-secondary-window-minutes: 0\nx-codex-primary-reset-after-seconds: " + after + "\nx-codex-secondary-reset-after-seconds: 0\nx-codex-primary-reset-at: " + at + "\nx-codex-secondary-reset-at:\nx-codex-credits-has-credits: False\n"
	}
	for _, tc := range []struct {
		name, in, window, reset string
		waitMS                  int64
		category                Category
	}{
		{"a week's plan limit", codex("10080", "471285", "1773860656"), "week", "2026-03-18T19:04:16Z", 471285000, Quota},
		{"a 5-hour plan limit", codex("300", "10800", "1773400172"), "hour", "2026-03-13T11:09:32Z", 10800000, Quota},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, "openai", r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window")
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms")
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at")
		})
	}
}
