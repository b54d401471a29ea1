package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Two entries of one catalog worded alike tie; the wording the paste ends on decides (a
// tool's retry lines, then the error it gave up on), unless the later words are inside the
// earlier ones.
func TestLaterWordingDecidesATie(t *testing.T) {
	retries := "● Request failed due to a transient API error. Retrying...\n\n"
	for _, tc := range []struct {
		name, in, entry string
		cat             Category
	}{
		{"copilot's retries, then its rate limit",
			retries + retries + retries + "✗ Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time\n  period. Please try again in 1 minute.",
			"copilot-cli-rate-limit", RateLimit},
		{"copilot's retries alone", retries + retries, "copilot-cli-transient-error", Server},
		{"a phrase inside another is the same words", "AxiosError: connect ETIMEDOUT 35.74.58.174:443", "", Connection},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			if tc.entry != "" {
				assert.Equal(t, tc.entry, r.Entry, "evidence: %v", r.Evidence)
			}
			assert.Equal(t, tc.cat, r.Category, "evidence: %v", r.Evidence)
		})
	}
}

// A tool's entry for its own message has no code; the code it quotes, written as one of its
// own kind (joined words), is kept. A bare word is not a code.
func TestToolEntryKeepsTheCodeItQuotes(t *testing.T) {
	for _, tc := range []struct{ name, in, entry, code string }{
		{"claude code quoting undici", "API Error: Unable to connect to API (UND_ERR_SOCKET)", "claude-code-unable-to-connect", "UND_ERR_SOCKET"},
		{"claude code with no code", "API Error: Unable to connect to API", "claude-code-unable-to-connect", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.entry, r.Entry, "evidence: %v", r.Evidence)
			assert.Equal(t, tc.code, r.Code)
		})
	}
}
