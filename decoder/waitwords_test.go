package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Waits written as several amounts in words, plural units and days included: Codex's
// usage-limit message ("try again in 2 days 17 hours 14 minutes", codex-rs/core/src/error.rs
// formats the wait so), Copilot's "Please wait 587 hours 33 minutes".
func TestReadAmountsInWords(t *testing.T) {
	for _, tc := range []struct {
		in string
		ms int64
	}{
		{"2 days 17 hours 14 minutes.", (2*86400 + 17*3600 + 14*60) * 1000},
		{"587 hours 33 minutes before trying again", (587*3600 + 33*60) * 1000},
		{"2 hours 5 minutes", (2*3600 + 5*60) * 1000},
		{"3h 12m", (3*3600 + 12*60) * 1000},
		{"1 day", 86400 * 1000},
		{"54 seconds", 54000},
		{"5 mins 3 secs", 303000},
	} {
		t.Run(tc.in, func(t *testing.T) {
			ms, _, ok := readAmountsAt(tc.in)
			assert.True(t, ok)
			assert.Equal(t, tc.ms, ms)
		})
	}
}
