package decoder

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The second speed pass's shortcuts, each held to the answers of the code it replaced (or
// of a plain reading of what it decides), on the corpus's pastes and on random text built
// from the bytes each shortcut turns on.

// fastpathTexts are the dev and tune corpus pastes, the benchmark inputs and the shared
// text cases.
func fastpathTexts(t *testing.T) []string {
	t.Helper()
	texts := append([]string{benchJSON, benchTraceback}, textCases...)
	for _, file := range []string{"dev.jsonl", "tune.jsonl"} {
		for _, c := range readCorpus(t, filepath.Join("testdata", "corpus", file)) {
			texts = append(texts, c.Input)
		}
	}
	return texts
}

// randomTexts are n strings of up to 60 bytes drawn from alphabet.
func randomTexts(n int, alphabet string) []string {
	rng := rand.New(rand.NewSource(13))
	out := make([]string, n)
	for i := range out {
		b := make([]byte, rng.Intn(60))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		out[i] = string(b)
	}
	return out
}

// mayHoldRun reports whether s holds two bytes in a row at or below ' ' (nextRun).
func mayHoldRun(s string) bool { return nextRun(s, 0) < len(s) }

func TestMayHoldRunFindsEveryRun(t *testing.T) {
	plain := func(s string) bool { // two adjacent bytes at or below ' '
		for i := 0; i+1 < len(s); i++ {
			if s[i] <= ' ' && s[i+1] <= ' ' {
				return true
			}
		}
		return false
	}
	for _, s := range fastpathTexts(t) {
		require.Equal(t, plain(s), mayHoldRun(s), "%q", s)
	}
	for _, s := range randomTexts(20000, " \t\n\r\x00\x1f!a\x80\xa0\xff") {
		require.Equal(t, plain(s), mayHoldRun(s), "%q", s)
		// Where it finds none, a match ending anywhere starts its length back.
		if !mayHoldRun(s) {
			for end := 0; end <= len(s); end++ {
				for n := 0; n <= end; n++ {
					require.Equal(t, end-n, startOf(s, end, n), "startOf(%q, %d, %d)", s, end, n)
				}
			}
		}
	}
}

// nextRun from any offset finds the first run a byte at a time finds, the last word's
// pairs before the offset masked off.
func TestNextRunFromEveryOffset(t *testing.T) {
	plain := func(s string, from int) int {
		for i := from; i+1 < len(s); i++ {
			if s[i] <= ' ' && s[i+1] <= ' ' {
				return i
			}
		}
		return len(s)
	}
	for _, s := range randomTexts(5000, " \t\n\x00\x1f!a\x80\xff") {
		for from := 0; from <= len(s); from++ {
			require.Equal(t, plain(s, from), nextRun(s, from), "nextRun(%q, %d)", s, from)
		}
	}
}

// reasonOnlyReference is reasonOnly as it was: every byte tested for a separator.
func reasonOnlyReference(text string) (statusSeen, bool) {
	var best statusSeen
	found := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		start := -1
		switch {
		case (i == 0 || text[i-1] == '\n') && (c == ' ' || c == '\t' || c >= 'A' && c <= 'Z'):
			start = i // a line's first letter after blanks
			for start < len(text) && (text[start] == ' ' || text[start] == '\t') {
				start++
			}
		case c == '"' || c == '\'':
			start = i + 1
		case c == ':' && i+1 < len(text) && text[i+1] == ' ':
			start = i + 2
		case c == '\n':
			start = i + 1
		}
		if start < 0 || start >= len(text) || text[start] < 'A' || text[start] > 'Z' {
			continue
		}
		if code, n := reasonAt(text[start:]); n > 0 {
			best, found = statusSeen{code, anchorReasonOnly, start, "the reason phrase \"" + text[start:start+n] + "\" alone, the status text of " + itoa(code)}, true
			i = start + n - 1
		}
	}
	return best, found
}

func TestReasonOnlyAsBefore(t *testing.T) {
	texts := append(fastpathTexts(t), `{"detail":"Not Found"}`, "x: Bad Request\nPayment Required",
		`'Too Many Requests'`, `"Forbidden"Forbidden"`, ": Not Found, ", "\nBad Gateway.", `"Bad Request"Bad Request"`)
	for _, words := range [][]string{{"Not Found", "Bad Request", "Forbidden", "Unauthorized"}, {`"`, "'", ": ", ":", "\n", " ", ",", ".", "}"}} {
		for _, s := range randomTexts(3000, "xZ") { // splice phrases and separators into noise
			var b strings.Builder
			for _, c := range s {
				if c == 'Z' {
					b.WriteString(words[len(b.String())%len(words)])
				} else {
					b.WriteByte('x')
				}
			}
			texts = append(texts, b.String())
		}
	}
	for _, s := range texts {
		got, gotOK := reasonOnly(s)
		want, wantOK := reasonOnlyReference(s)
		require.Equal(t, wantOK, gotOK, "%q", s)
		require.Equal(t, want, got, "%q", s)
	}
}

// readAttemptsReference is readAttempts as it was: every line read.
func readAttemptsReference(text string) attemptReader {
	a := attemptReader{retrying: true}
	eachLine(text, a.line)
	if !a.retried && (len(a.out) < 2 || !sameStatus(a.out)) {
		a.out = nil
	}
	if len(a.out) > maxAttempts {
		a.out = a.out[len(a.out)-maxAttempts:]
	}
	return a
}

func TestReadAttemptsAsBefore(t *testing.T) {
	texts := append(fastpathTexts(t), "HTTP/1.1 429\nHTTP/1.1 429", "HTTP/1.1 429 Retrying in 2s",
		"Error code: 429\nError code: 500", "HTTP/1.1 429", "retrying 3/5 in 2.3s\nHTTP/1.1 503")
	n := 0
	for _, s := range texts {
		got, want := readAttempts(s), readAttemptsReference(s)
		assert.Equal(t, want.out, got.out, "%q", s)
		if len(want.out) > 0 {
			n++
			assert.Equal(t, [2]int{want.try, want.of}, [2]int{got.try, got.of}, "%q", s)
		}
	}
	assert.Greater(t, n, 3, "pastes with attempts")
}

// Decode asks retryWord only when the literal scan of the whole text shows a word of
// retryWordSet: on every paste where retryWord finds one, the scan shows it too.
func TestRetryWordShown(t *testing.T) {
	texts := append(fastpathTexts(t), "Retrying request to /v1/chat/completions in 0.4 seconds",
		"RETRYING 3/5", "Reconnecting... 2/5 (stream disconnected)", "xreconnecting... 1/5", "retryingx",
		"HTTP/1.1 429\nretrying")
	texts = append(texts, randomTexts(3000, "retryingRETRYINGconc. \n")...)
	b := new(extractBuffers)
	shown := 0
	for _, text := range texts {
		in := normalize(text, DefaultMaxInput)
		s := extractWith(&in, load().eng, b, func() time.Time { return time.Unix(0, 0) })
		if retryWord(in.text) {
			shown++
			require.True(t, s.showsAny(retryWordSet), "%q", text)
		}
	}
	require.Greater(t, shown, 10, "pastes with a retry word")
}

func TestPrintedAttemptsAsBefore(t *testing.T) {
	keys := []string{`"attempts":`, "attempts: ", "reached max retries: ", "Failed after "}
	for _, text := range fastpathTexts(t) {
		sig := extractWith(&normalized{text: text}, load().eng, new(extractBuffers), func() time.Time { return time.Unix(0, 0) })
		for _, k := range keys {
			assert.Equal(t, strings.Index(text, k), sig.firstExact(mark(k), k), "%q in %q", k, text)
		}
	}
}

// wordedWindowReference is wordedWindow as it was: every windowWords row tried in order (the
// words unquoted, as applyTiming now quotes them).
func wordedWindowReference(s *signals) (window, why string) {
	for i, id := range windowMarks {
		pos := s.at(id)
		if len(pos) == 0 || windowOrder(windowWords[i].window) <= windowOrder(window) {
			continue
		}
		window = windowWords[i].window
		why = strings.TrimSpace(s.in.text[pos[0] : pos[0]+len(markers[id])])
	}
	return window, why
}

func TestWordedWindowAsBefore(t *testing.T) {
	n := 0
	for _, text := range append(fastpathTexts(t), "10 per day and 5 per minute (TPM) daily limit", "PerDay per_day PerMonth") {
		sig := extractWith(&normalized{text: text}, load().eng, new(extractBuffers), func() time.Time { return time.Unix(0, 0) })
		w, why := sig.wordedWindow()
		rw, rwhy := wordedWindowReference(sig)
		assert.Equal(t, [2]string{rw, rwhy}, [2]string{w, why}, "%q", text)
		if w != "" {
			n++
		}
	}
	assert.Greater(t, n, 20, "pastes naming a window")
}

// runCursor answers as reading the stretch would, for stretches asked in any order.
func TestRunCursorAsMayHoldRun(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, s := range randomTexts(3000, " \t\n\r\x00!a\xa0") {
		var c runCursor
		for q := 0; q < 30; q++ {
			a := rng.Intn(len(s) + 1)
			if q%3 > 0 && q > 0 { // mostly forward, as scan asks
				a = min(len(s), c.from+rng.Intn(8))
			}
			b := a + rng.Intn(len(s)-a+1)
			require.Equal(t, mayHoldRun(s[a:b]), c.within(s, a, b), "%q [%d:%d]", s, a, b)
		}
	}
}
