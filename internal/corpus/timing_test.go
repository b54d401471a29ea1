package corpus_test

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Window and reset accuracy per split stay at or above their floors, and each split has
// rows that carry them, so the figure measures something.
func TestTimingFloors(t *testing.T) {
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(dir, split)
		require.NoError(t, err)
		s := corpus.Evaluate(split, cases, decoder.New())
		for f, floor := range timingFloors[split] {
			require.Positive(t, s.Fields[f].Of, "%s: no rows carry a %s label", split, f)
			assert.GreaterOrEqual(t, math.Round(s.Fields[f].Pct()*10)/10, floor, "%s %s accuracy fell below its floor", split, f)
		}
		t.Log(s.TimingLine())
	}
}

// The labels take only the contract's values: a window from second to month, a reset in
// RFC 3339 UTC.
func TestTimingLabelsAreWellFormed(t *testing.T) {
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(dir, split)
		require.NoError(t, err)
		for _, c := range cases {
			if c.LimitWindow != "" {
				assert.True(t, corpus.Windows[c.LimitWindow], "%s: limit_window %q", c.ID, c.LimitWindow)
			}
			if c.ResetAt != "" {
				at, err := time.Parse(time.RFC3339, c.ResetAt)
				if assert.NoError(t, err, c.ID) {
					assert.Equal(t, c.ResetAt, at.UTC().Format(time.RFC3339), "%s: reset_at not in UTC", c.ID)
				}
			}
		}
	}
}

// The tune report lists the rows whose window or reset is wrong, and only those.
func TestReportListsTimingMisses(t *testing.T) {
	paste := "Claude AI usage limit reached|1755615600"
	cases := []corpus.Case{
		{ID: "right", Input: paste, Category: "quota", ResetAt: "2025-08-19T15:00:00Z"},
		{ID: "wrong", Input: paste, Category: "quota", ResetAt: "2025-08-19T16:00:00Z", LimitWindow: "hour"},
	}
	var buf bytes.Buffer
	corpus.Evaluate("tune", cases, decoder.New()).Report(&buf, true)
	out := buf.String()
	assert.Contains(t, out, `timing miss wrong [] quota/quota: window "hour" got ""; reset 2025-08-19T16:00:00Z got "2025-08-19T15:00:00Z"`)
	assert.NotContains(t, out, "timing miss right")
	assert.Contains(t, out, "1 of 2 tune rows with a window or reset missed one")
}
