package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The scans jump to the first byte a word test flags (firstFlagged): that byte must be the
// first one the test looks for, or a scan would pass over one. Every byte value is tried at
// every place, after and before bytes that the test looks for and bytes that it does not.
func TestWordMasksFlagTheFirstByte(t *testing.T) {
	for _, tc := range []struct {
		name string
		mask func(uint64) uint64
		is   func(byte) bool
	}{
		{"digit8", digit8, isDigit},
		{"lowDigit8", lowDigit8, func(c byte) bool { return c >= '0' && c <= '5' }},
		{"fourOrFive8", fourOrFive8, func(c byte) bool { return c == '4' || c == '5' }},
		{"hasUpper8", hasUpper8, func(c byte) bool { return c >= 'A' && c <= 'Z' }},
		{"spaceOrHigh8", spaceOrHigh8, func(c byte) bool { return c <= ' ' || c >= 0x80 }},
	} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 8; pos++ {
				for _, fill := range []byte{'a', '0', '4', '9', 'Q', ' ', 0x7f, 0xff, 0x80, 0} {
					b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
					for k := range pos {
						b[k] = 'x' // no test looks for it
					}
					b[pos] = byte(c)
					want := 8
					for k, x := range b {
						if tc.is(x) {
							want = k
							break
						}
					}
					m := tc.mask(word8(string(b), 0))
					got := 8
					if m != 0 {
						got = firstFlagged(m)
					}
					require.Equal(t, want, got, "%s(%q)", tc.name, b)
				}
			}
		}
	}
}

// oneSpaced, which passes eight printable bytes at a time, answers as strings.Fields does
// on text of white space, controls, bytes from 0x80 up and a few letters.
func TestOneSpacedOnRandomText(t *testing.T) {
	for _, s := range randomTexts(20000, " \t\n\r\x00\x1f!ab\x80\xa0\xc3\xa9\xff") {
		require.Equal(t, strings.Join(strings.Fields(s), " "), oneSpaced(s), "%q", s)
	}
}
