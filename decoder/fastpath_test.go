package decoder

import (
	"strings"
	"testing"
	"time"
)

// The fast paths below stand for plainer code that allocated or searched more; each test
// holds them to the answers of what they replaced.

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

func TestRFC3339MatchesTimeFormat(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2026, 1, 1, 5, 12, 0, 0, time.UTC),
		time.Date(999, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(7, 2, 3, 4, 5, 6, 0, time.FixedZone("x", -9*3600)),
		time.Date(9999, 10, 10, 10, 10, 10, 0, time.UTC),
		time.Unix(0, 0),
		time.Unix(1749924000, 0),
	} {
		if got, want := rfc3339(at), at.UTC().Format("2006-01-02T15:04:05Z07:00"); got != want {
			t.Errorf("rfc3339(%v) = %q, want %q", at, got, want)
		}
	}
}

func TestSentencePiecesMatchHelpers(t *testing.T) {
	for _, ms := range []int64{0, 1, 500, 999, 1000, 1500, 17000, 171000, 123456789} {
		if got, want := secondsNumber(ms)+" s", secondsText(ms); got != want {
			t.Errorf("secondsNumber(%d) = %q, want %q without its unit", ms, got, want)
		}
	}
	for _, n := range []int{0, 1, 2, 10, 99, 1000} {
		count, rest := timesWords(n)
		if got, want := count+rest, timesText(n)+")"; got != want {
			t.Errorf("timesWords(%d) = %q, want %q", n, got, want)
		}
	}
	if got := string(appendWords([]byte("x"), "a", "", "bc", strings.Repeat("d", 300))); got != "xabc"+strings.Repeat("d", 300) {
		t.Errorf("appendWords = %q", got)
	}
}

// stripSepReference is stripClass as first written: the first ": " or
// " - " found anywhere, taken when the text before it is an exception's name.
func stripSepReference(m string) string {
	for _, sep := range [...]string{": ", " - "} {
		if j := strings.Index(m, sep); j > 0 && isIdentifier(m[:j]) {
			if _, ok := splitClass(m[:j]); ok && isExceptionName(shortClass(m[:j])) {
				return m[j+len(sep):]
			}
		}
	}
	return m
}

func TestMessageSearchesMatchIndex(t *testing.T) {
	lines := []string{"Foo: - bar", "RateLimitError: x", "RateLimitError - x", "a:b: c",
		"openai.RateLimitError: Error code: 429", "CerebrasException - boom", ": x", " - x",
		"x - <?xml y", " - <?xml", "ab <?xml", "a-<?xml", "<?xml", "a [x {", " [", "[", "done. [1] {x}", "Err:", "Err: ",
		strings.Repeat("A", 79) + "Error: x", strings.Repeat("A", 85) + "Error: x"}
	for _, in := range allPastes(t) {
		lines = append(lines, strings.Split(in, "\n")...)
	}
	for _, m := range lines {
		m = strings.TrimSpace(m)
		if got, want := stripClass(m), stripSepReference(m); got != want {
			t.Errorf("stripClass(%q) = %q, want %q", m, got, want)
		}
		for _, c := range []struct{ lead, rare string }{{" - ", "<?xml"}, {" ", "["}} {
			if got, want := indexAfter(m, c.rare, c.lead), strings.Index(m, c.lead+c.rare); got != want {
				t.Errorf("indexAfter(%q, %q, %q) = %d, want %d", m, c.rare, c.lead, got, want)
			}
		}
	}
}
