package decoder

import "testing"

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
	})
}
