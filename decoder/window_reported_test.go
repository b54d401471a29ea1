package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// When no rate-limit header reads 0 (the request needed more than was left), the window is
// the one every reported limit shares, and only when the wait asked ends within it.
func TestReportedWindow(t *testing.T) {
	azure := func(wait, extra string) string {
		return "HTTP/1.1 429 Too Many Requests\napim-request-id: 3d37de60\nx-ms-region: North Central US\n" +
			"x-ratelimit-limit-tokens: 8000\nx-ratelimit-remaining-requests: 7\nx-ratelimit-remaining-tokens: 1014\n" + extra + "\n" +
			`{"error":{"code":"429","message":"Rate limit is exceeded. Try again in ` + wait + `."}}`
	}
	for _, tc := range []struct{ name, in, want string }{
		{"a wait within the minute the headers share", azure("2 seconds", ""), "minute"},
		{"a wait longer than that minute: another limit ran out", azure("7200 seconds", ""), ""},
		{"an unknown limit beside them", azure("2 seconds", "x-ratelimit-remaining-images: 3\n"), ""},
		{"limits with different windows (Groq's requests per day, tokens per minute)",
			"HTTP/1.1 429 Too Many Requests\nx-groq-region: us-east-1\nx-ratelimit-remaining-requests: 14\nx-ratelimit-remaining-tokens: 120\nretry-after: 2\n\n" +
				`{"error":{"message":"Rate limit reached for model llama-3.1-8b-instant in organization org_x service tier on_demand. Please try again in 2s.","type":"","code":"rate_limit_exceeded"}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Decode(tc.in).LimitWindow)
		})
	}
}

// A monthly allowance the error only names is not called daily, and raising it is said.
func TestMonthlyAllowanceVerdict(t *testing.T) {
	r := Decode(`429 "Your team REDACTED has either used all available credits or reached its monthly spending limit. To continue making API requests, please purchase more credits or raise your spending limit."`)
	assert.Equal(t, "month", r.LimitWindow)
	assert.Equal(t, "Not before the monthly limit resets or is raised; the error does not say when.", r.Verdict)
}
