package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A sentence stating a wait, written once per attempt, is read at its last writing: the
// wait the last failure asked is the one still to come.
func TestRepeatedWaitSentenceReadsTheLast(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		// Gemini CLI's stderr retry lines (gemini-cli-m008): 5 s, 1 s, then 0 s.
		{"gemini cli attempts", "Loaded cached credentials.\nAttempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 5s.. Retrying after 6173ms...\nAttempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 1s.. Retrying after 5119ms...\nAttempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 0s.. Retrying after 5710ms...", 0},
		{"one sentence", "Attempt 1 failed: You have exhausted your capacity on this model. Your quota will reset after 53s.", 53000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms (%v)", r.Evidence)
		})
	}
}
