package decoder

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInputOffset(t *testing.T) {
	// "a" ESC[0m "b" CR LF "│c": the escape and the CR are removed, "│" became one space.
	n := normalize("a\x1b[0mb\r\n│c", 0)
	require.Equal(t, "ab\n c", n.text)
	for _, tc := range []struct {
		p    int
		end  bool
		want int
	}{
		{0, false, 0}, {1, true, 1}, // "a" ends before the escape
		{1, false, 5}, {2, true, 6}, // "b" starts after it
		{2, false, 7},                // the newline, after the removed CR
		{3, false, 8}, {4, true, 11}, // the space is all of "│"
		{4, false, 11}, {5, true, 12},
	} {
		assert.Equal(t, tc.want, n.inputOffset(tc.p, tc.end), "%d end=%v", tc.p, tc.end)
	}
}

// onBoundary reports whether i is where a character of s starts (or s ends): not inside a
// valid multi-byte sequence. An invalid byte is a character of its own.
func onBoundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j > i-utf8.UTFMax; j-- {
		if utf8.RuneStart(s[j]) {
			_, size := utf8.DecodeRuneInString(s[j:])
			return j+size <= i
		}
	}
	return true
}
