package decoder

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The anchored statuses read from the digit runs are those scanStatuses reads from the
// whole text, in the same order, over the corpus and texts made of digits and the bytes
// around statuses.
func TestScanStatusRunsAsScanStatuses(t *testing.T) {
	texts := append(fastpathTexts(t), randomTexts(3000, "0123456789 429.503-_(:)aZ\n")...)
	for _, text := range texts {
		var want, got []statusSeen
		scanStatuses(text, func(st statusSeen) { want = append(want, st) })
		scanStatusRuns(text, digitRuns(text, nil), func(st statusSeen) { got = append(got, st) })
		require.Equal(t, want, got, "%q", text)
	}
}

func TestDigitRuns(t *testing.T) {
	tests := []struct {
		in   string
		want []where
	}{
		{"", nil},
		{"no digits at all here", nil},
		{"429", []where{{0, 3}}},
		{"HTTP 429 Too Many Requests; retry in 12.5s", []where{{5, 8}, {37, 39}, {40, 41}}},
		{"abcdefgh12345678ijklmnop9", []where{{8, 16}, {24, 25}}},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, digitRuns(tc.in, nil), "%q", tc.in)
	}
}
