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
