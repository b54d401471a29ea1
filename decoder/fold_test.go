package decoder

import (
	"strings"
	"testing"
)

// indexFoldReference is indexFold as it was first written: the first i where
// strings.EqualFold holds. The fast indexFold must find the same place for every pair.
func indexFoldReference(text, sub string) int {
	if sub == "" {
		return 0
	}
	c0 := lower(sub[0])
	for i := 0; i+len(sub) <= len(text); i++ {
		if lower(text[i]) == c0 && strings.EqualFold(text[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func TestIndexFoldMatchesEqualFold(t *testing.T) {
	subs := []string{"", "a", "K", "k", "retrying", "RETRYING", "attempt ", "#", "- ", "1.1",
		"error code:", "\u212a", "ſ", "exception", "@", "`", "[", "{", "_limit", "ünï"}
	texts := append(textCases, "Retrying request in 2s", "x RETRYING y retrying",
		"retry\u212aing", "\u212aelvin K k", "ſtop Stop", "a@b`c[d{e", "error_limit _LIMIT",
		"ÜNÏCODE ünïcode", "attempt 3/5 ATTEMPT 4/5")
	for _, text := range texts {
		for _, sub := range append(subs, textCases...) {
			if got, want := indexFold(text, sub), indexFoldReference(text, sub); got != want {
				t.Errorf("indexFold(%q, %q) = %d, want %d", text, sub, got, want)
			}
		}
	}
}

func TestLowerHasPrefixMatchesToLower(t *testing.T) {
	lows := []string{"request id", "(request id", "x-request-id", "", "i", "k"}
	texts := append(textCases, "Request ID: abc", "REQUEST-ID x", "X-Request-Id: 1",
		"REQUEST \u0130D", "\u212a", "(Request id", "req")
	for _, s := range texts {
		for _, low := range lows {
			if got, want := lowerHasPrefix(s, low), strings.HasPrefix(strings.ToLower(s), low); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, low, got, want)
			}
		}
	}
}
