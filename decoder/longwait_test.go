package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A long wait makes a rate limit a quota, unless the API's or tool's own catalog documents
// the error as a rate limit that waiting clears (GitHub: Copilot's rate limits count
// requests "within a specific time period"; "wait and try again").
func TestLongWaitOfADocumentedRateLimit(t *testing.T) {
	tests := []struct {
		name, in  string
		category  Category
		retryable bool
	}{
		{"Copilot's documented rate limit, hours away",
			"Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 3 hours.",
			RateLimit, true},
		{"Copilot's documented rate limit, days away (GitHub: temporary, wait and try again)",
			"Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 58 hours.",
			RateLimit, true},
		{"Copilot's documented rate limit, a minute away",
			"Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 1 minute.",
			RateLimit, true},
		// Gemini CLI words Code Assist's per-minute and daily limits alike; a retry delay
		// over 5 minutes is its TerminalQuotaError (pi's session log, gemini-m002).
		{"Gemini CLI's capacity notice, half a day away",
			`"errorMessage":"Cloud Code Assist API error (429): You have exhausted your capacity on this model. Your quota will reset after 12h34m16s."`,
			Quota, false},
		{"Gemini CLI's capacity notice, seconds away",
			"Attempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 5s.. Retrying after 6173ms...",
			RateLimit, true},
		{"a status alone with a wait of two hours is an allowance",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 7200\n\n",
			Quota, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable")
		})
	}
}

// DESIGN's test between rate_limit and quota is what waiting does: an allowance counted
// over a day or longer that asks for a short wait refills as time passes (a rate limit);
// one that asks for none does not come back by waiting seconds (a quota).
func TestLongWindowWithoutAWait(t *testing.T) {
	tests := []struct {
		name, in  string
		category  Category
		retryable bool
	}{
		{"a day's limit, no wait asked", "HTTP 429: rate limit exceeded: 1000 requests per day", Quota, false},
		{"a month's limit, no wait asked", "Error: rate limit reached: 50000 requests per month for this key", Quota, false},
		{"a day's limit that asks a short wait refills", "Rate limit reached for model-x on tokens per day (TPD): Limit 500000, Used 499000, Requested 2000. Please try again in 8.64s.", RateLimit, true},
		{"a minute's limit, no wait asked", "HTTP 429: rate limit exceeded: 60 requests per minute", RateLimit, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable")
		})
	}
}
