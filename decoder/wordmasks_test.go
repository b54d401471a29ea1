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

// scanStatusesReference is scanStatuses as it was before it jumped to flagged bytes and
// passed over runs of digits: every byte tried.
func scanStatusesReference(text string, add func(statusSeen)) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '1' || c > '5' || i+3 > len(text) {
			continue
		}
		if !isDigit(text[i+1]) || !isDigit(text[i+2]) {
			continue
		}
		if i > 0 && (isDigit(text[i-1]) || text[i-1] == '.' || text[i-1] == ',' || isLetter(text[i-1]) || text[i-1] == '_' || text[i-1] == '-' || text[i-1] == '/' && !strings.HasSuffix(strings.ToUpper(text[:i]), "HTTP_STATUS/") || text[i-1] == '#') {
			continue
		}
		end := i + 3
		if end < len(text) && (isDigit(text[end]) || isLetter(text[end]) || text[end] == '_' || (text[end] == '.' && end+1 < len(text) && isDigit(text[end+1]))) {
			continue
		}
		code := int(c-'0')*100 + int(text[i+1]-'0')*10 + int(text[i+2]-'0')
		if code < 200 || code > 599 {
			continue
		}
		if s, _, ok := anchor(text, i, end, code); ok {
			add(s)
		}
		i = end - 1
	}
}

func TestScanStatusesAsBefore(t *testing.T) {
	pieces := []string{"429", "4290", "1429", "500", "200", "199", "600", "0", "9", "x", " ", ".", ",", "-", "/", "#",
		"HTTP ", "status ", "Error code: ", "code=", "\n", ": ", "(", ")", "v1.", "_", "Status: "}
	for _, text := range append(fastpathTexts(t), randomPieces(20000, pieces)...) {
		var got, want []statusSeen
		scanStatuses(text, func(s statusSeen) { got = append(got, s) })
		scanStatusesReference(text, func(s statusSeen) { want = append(want, s) })
		require.Equal(t, want, got, "%q", text)
	}
}
