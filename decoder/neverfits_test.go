package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Moonshot's TPM and TPD errors state what the window counted with the refused request
// (platform.moonshot.cn/docs/api/errors: "request reached organization TPM rate limit,
// current:{current_tpm}, limit:{max_tpm}"), not the request itself. What the window held
// before was within the limit, so a count above twice the limit proves the request alone
// larger than the whole limit; a count just over it proves nothing, and waiting may help.
func TestNeverFitsFromCount(t *testing.T) {
	const moonshot = `{"error":{"type":"rate_limit_reached_error","message":"Your account org-x<ak-x> request reached MSG"}}`
	for _, tc := range []struct {
		name, in  string
		retryable bool
		cut       string // in the fix, "" when none
	}{
		{"a project limit far below the request, as Claude Code re-prints it",
			` API Error (429 {"error":{"type":"rate_limit_reached_error","message":"Your account xxxxx / proj-xxxxxx <ak-xxxxx> request reached project TPM rate limit, current: 1410, limit: 100, see https://platform.moonshot.cn/docs/pricing/limits"}}) · Retrying in 60 seconds… (attempt 1/10)`,
			false, "Cut at least 1,210 tokens (93% of the request) to bring it to the 100-token limit"},
		{"the docs' spacing", replace(moonshot, "MSG", "organization TPM rate limit, current:90000, limit:32000"),
			false, "Cut at least 26,000 tokens"},
		{"a count just over the limit: busy, not too big", replace(moonshot, "MSG", "organization TPM rate limit, current: 563653, limit: 500000"),
			true, ""},
		{"twice the limit exactly proves nothing", replace(moonshot, "MSG", "organization TPM rate limit, current: 64000, limit: 32000"),
			true, ""},
		{"a count in millions, as a gateway prints it, is no figure read", replace(moonshot, "MSG", "project TPM rate limit, current: 50.02M, limit: 50M"),
			true, ""},
		{"the request itself stated (Groq)", "Error code: 413 - {'error': {'message': 'Request too large for model `llama-3.1-70b-versatile` in organization `org_x` on tokens per minute (TPM): Limit 6000, Requested 14368, please reduce your message size and try again.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
			false, "Cut at least 8,368 tokens (59% of the request), or"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := timingDecoder().Decode(tc.in)
			assert.Equal(t, RateLimit, r.Category)
			assert.Equal(t, tc.retryable, r.Retryable)
			if tc.cut == "" {
				assert.NotContains(t, r.Fix, "Cut at least")
			} else {
				assert.Contains(t, r.Fix, tc.cut)
			}
		})
	}
}

func TestCountedOver(t *testing.T) {
	for _, tc := range []struct {
		counted, limit, req int
		ok                  bool
	}{
		{1410, 100, 1310, true}, {201, 100, 101, true}, {200, 100, 0, false}, {150, 100, 0, false}, {50, 0, 0, false}, {0, 0, 0, false},
	} {
		o, ok := countedOver(tc.counted, tc.limit)
		assert.Equal(t, tc.ok, ok, "%d over %d", tc.counted, tc.limit)
		assert.Equal(t, tc.req, o.req, "%d over %d", tc.counted, tc.limit)
	}
}
