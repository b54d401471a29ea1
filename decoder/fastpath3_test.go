package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The third speed pass's shortcuts (fastpath3.go), each held to the code it replaced on the
// corpus's pastes (fastpathTexts) and on random text built from the bytes it turns on.

// readProseNumbersReference is readProseNumbers as it was: every byte tested for a digit,
// every number's words compared with every one of codeWords.
func readProseNumbersReference(text string) []proseNumber {
	var out []proseNumber
	for i := 0; i < len(text) && len(out) < maxProseNumbers; i++ {
		if !isDigit(text[i]) || i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ':') {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		n := text[i:j]
		if len(n) < 4 || len(n) > 6 || j < len(text) && (isWordByte(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			i = j
			continue
		}
		if p, ok := proseNumberAtReference(text, i, j); ok {
			p.at = where{i, j}
			out = append(out, p)
		}
		i = j
	}
	return out
}

func proseNumberAtReference(text string, i, j int) (proseNumber, bool) {
	n := text[i:j]
	before := text[max(0, i-12):i]
	for _, w := range codeWords {
		if len(before) >= len(w) && lowerIs(before[len(before)-len(w):], w) {
			return proseNumber{n, true, "\"" + before[len(before)-len(w):] + n + "\"", nowhere}, true
		}
	}
	after := text[j:min(len(text), j+2)]
	if i >= 2 && text[i-1] == '(' && text[i-2] == ' ' && strings.HasPrefix(after, ")") {
		return proseNumber{n, false, "\"(" + n + ")\"", nowhere}, true
	}
	lineStart := strings.TrimRight(text[:i], " \t")
	if strings.HasPrefix(after, ": ") && (lineStart == "" || strings.HasSuffix(lineStart, "\n") || strings.IndexByte("\"'", text[i-1]) >= 0 || i >= 2 && text[i-2:i] == ": ") {
		return proseNumber{n, false, "\"" + n + ":\"", nowhere}, true
	}
	return proseNumber{}, false
}

func TestReadProseNumbersAsBefore(t *testing.T) {
	check := func(text string) {
		s := &signals{buf: new(extractBuffers)}
		s.readProseNumbers(text, digitRuns(text, nil))
		want := readProseNumbersReference(text)
		if len(want) == 0 {
			require.Empty(t, s.proseNums, "%q", text)
			return
		}
		require.Equal(t, want, s.proseNums, "%q", text)
	}
	for _, text := range fastpathTexts(t) {
		check(text)
	}
	// Random text from codeWords' pieces, digits and the bytes around numbers; Kelvin's sign
	// (the one non-ASCII letter that lowers to ASCII) and the CJK colon's bytes too.
	pieces := append(codeWords[:], "ERROR ", "Error Code: ", "1234", "0", "99999", "(", ")", ": ",
		"\n", "\"", "'", ".", ":", "_", "a", " ", "\u212a", "\xbc\x9a", "\uff1a", "错误码", "r", "E")
	for _, text := range randomPieces(30000, pieces) {
		check(text)
	}
}

// randomPieces are n strings of up to 12 pieces drawn from pieces.
func randomPieces(n int, pieces []string) []string {
	out := make([]string, n)
	for i, s := range randomTexts(n, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		var b strings.Builder
		for k := 0; k < len(s)%13; k++ {
			b.WriteString(pieces[int(s[k])*7919%len(pieces)])
		}
		out[i] = b.String()
	}
	return out
}

func TestMayEndWithOneAsLowerIs(t *testing.T) {
	for _, text := range randomPieces(30000, append(codeWords[:], "\u212a", "R", " ", ":", "x", "\xbc")) {
		for _, w := range codeWords {
			if len(text) >= len(w) && lowerIs(text[len(text)-len(w):], w) {
				require.True(t, mayEndWithOne(text, codeWordEnds), "%q ends with %q", text, w)
			}
		}
	}
}

func TestIsNumberAsAtoi(t *testing.T) {
	items := []string{"429", "+42", "-42", "042", "0429", "4x9", "5xx", ">=500", "999", "100", "099", "", "1", "12", "1234", "+429", "٤٢٩"}
	for _, p := range load().files {
		items = append(items, p.SDK.RetryOn...)
		for _, c := range p.SDK.Clients {
			items = append(items, c.RetryOn...)
		}
	}
	for _, it := range items {
		for n := -1000; n <= 1500; n++ {
			m, ok := atoi(it)
			require.Equal(t, ok && m == n, isNumber(it, n), "%q %d", it, n)
		}
	}
}

// looksLikeHeaderName tests a key's first byte before lowerIs: strings.ToLower (lowerIs's
// path outside ASCII) gives an ASCII header name only for ASCII text, since every other
// character lowers to one outside ASCII but Kelvin's sign, which lowers to one byte from three.
func TestLooksLikeHeaderNameAsBefore(t *testing.T) {
	reference := func(k string) bool {
		if strings.IndexByte(k, '-') < 0 {
			for _, h := range bareHeaderNames {
				if len(h) == len(k) && lowerIs(k, h) {
					return true
				}
			}
			return false
		}
		return !strings.ContainsAny(k, " _.") && isIdentifier(k)
	}
	pieces := append(bareHeaderNames[:], "DATE", "Server", "e", "t", "a", "-", "\u212a", "\u0130", "\u023a", "x", "Etag")
	for _, k := range append(randomPieces(30000, pieces), bareHeaderNames[:]...) {
		require.Equal(t, reference(k), looksLikeHeaderName(k), "%q", k)
	}
}
