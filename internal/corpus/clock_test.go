package corpus_test

import (
	"testing"
	"time"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixedClock(at string) decoder.Option {
	t, _ := time.Parse(time.RFC3339, at)
	return decoder.WithClock(func() time.Time { return t })
}

// Scoring does not depend on the clock of the decoder it is handed (the real clock in make
// eval): every case is decoded on its own, so two decoders whose clocks are fifty years
// apart give every row of both splits the same Result, and the same figures.
func TestScoringClockDoesNotLeak(t *testing.T) {
	early, late := decoder.New(fixedClock("2001-01-01T00:00:00Z")), decoder.New(fixedClock("2051-06-30T12:00:00Z"))
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(dir, split)
		require.NoError(t, err)
		a, b := corpus.Evaluate(split, cases, early), corpus.Evaluate(split, cases, late)
		require.Len(t, b.Outcomes, len(a.Outcomes))
		for i := range a.Outcomes {
			assert.Equal(t, a.Outcomes[i].Result, b.Outcomes[i].Result, "%s: %s decoded differently on two clocks", split, a.Outcomes[i].Case.ID)
		}
		assert.Equal(t, a.TimingLine(), b.TimingLine())
		assert.Equal(t, a.Line(), b.Line())
	}
}

// A case's decoded_at is the instant its relative waits count from; without one, the
// corpus-wide Clock. The decoder handed in keeps a clock half a century off, which would
// put both resets elsewhere if it leaked.
func TestCasesAreDecodedOnTheirClock(t *testing.T) {
	paste := "HTTP/1.1 429 Too Many Requests\nopenai-organization: user-abc\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 6m0s\n\n" +
		`{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc on requests per min (RPM): Limit 500, Used 500, Requested 1.","type":"requests","code":"rate_limit_exceeded"}}`
	cases := []corpus.Case{
		{ID: "dated", Input: paste, DecodedAt: "2025-03-04T05:06:07Z", LimitWindow: "minute", ResetAt: "2025-03-04T05:12:07Z"},
		{ID: "corpus clock", Input: paste, LimitWindow: "minute", ResetAt: corpus.Clock.Add(6 * time.Minute).Format(time.RFC3339)},
	}
	s := corpus.Evaluate("test", cases, decoder.New(fixedClock("1975-01-01T00:00:00Z")))
	for _, o := range s.Outcomes {
		assert.Equal(t, o.Case.ResetAt, o.Result.ResetAt, o.Case.ID)
	}
	assert.Equal(t, corpus.Tally{Right: 2, Of: 2}, *s.Fields["reset"])
	assert.Equal(t, corpus.Clock, cases[1].At())
}

// decoded_at, where a row has it, is an RFC 3339 instant in UTC.
func TestDecodedAtIsWellFormed(t *testing.T) {
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(dir, split)
		require.NoError(t, err)
		for _, c := range cases {
			if c.DecodedAt == "" {
				continue
			}
			at, err := time.Parse(time.RFC3339, c.DecodedAt)
			if assert.NoError(t, err, c.ID) {
				assert.Equal(t, c.DecodedAt, at.UTC().Format(time.RFC3339), "%s: decoded_at not in UTC", c.ID)
			}
		}
	}
}
