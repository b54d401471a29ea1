package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The fourth speed pass's shortcuts, each held to the code it replaced on the corpus's
// pastes (fastpathTexts) and on random text built from the bytes it turns on.

// kubeStatusReference is kubeStatus as it was: strings.LastIndex on every paste.
func kubeStatusReference(text string) (statusSeen, bool) {
	best, found := statusSeen{}, false
	const lead = "Error from server ("
	if i := strings.LastIndex(text, lead); i >= 0 {
		rest := text[i+len(lead):]
		if j := strings.IndexByte(rest, ')'); j > 0 {
			for _, k := range kubeReasons {
				if k.reason == rest[:j] {
					best, found = statusSeen{k.code, anchorReasonBody, i, "kubectl's \"Error from server (" + k.reason + ")\", the Kubernetes reason sent with " + itoa(k.code)}, true
				}
			}
		}
	}
	for _, m := range kubeMessages {
		if i := strings.LastIndex(text, m.text); i >= 0 && (!found || i > best.pos) {
			best, found = statusSeen{m.code, anchorReasonBody, i, "the Kubernetes API server's message \"" + strings.Trim(m.text, ` "`) + "\", which it sends with " + itoa(m.code)}, true
		}
	}
	return best, found
}

// reasonBodyReference is reasonBody as it was: every capital letter tried, whatever the
// paste holds.
func reasonBodyReference(text string) (statusSeen, bool) {
	var best statusSeen
	found := false
	for start := 0; start < len(text); start++ {
		if c := text[start]; c < 'A' || c > 'Z' || !opensAt(text, start) {
			continue
		}
		if code, n := reasonBeforeBody(text[start:]); n > 0 && !numberHeads(text, start) {
			where := "\" before the body it came with, the status text of "
			if detailAfter(text[start+n:]) {
				where = "\" heading its message, the status text of "
			}
			best, found = statusSeen{code, anchorReasonBody, start, "the reason phrase \"" + text[start:start+n] + where + itoa(code)}, true
			start += n - 1
		}
	}
	return best, found
}

func TestStatusReadersAsBefore(t *testing.T) {
	check := func(text string) {
		st, ok := kubeStatus(text)
		wst, wok := kubeStatusReference(text)
		require.Equal(t, wok, ok, "kubeStatus %q", text)
		require.Equal(t, wst, st, "kubeStatus %q", text)
		st, ok = reasonBody(text)
		wst, wok = reasonBodyReference(text)
		require.Equal(t, wok, ok, "reasonBody %q", text)
		require.Equal(t, wst, st, "reasonBody %q", text)
	}
	for _, text := range fastpathTexts(t) {
		check(text)
	}
	pieces := []string{"Error from server (", "Forbidden", "Conflict", ")", " is forbidden: User \"",
		"is forbidden: User \"", "User \"", "Operation cannot be fulfilled on ", "Operation ",
		"Too Many Requests", "Not Found", "Bad Request", ": {", ": [", " - ", "-", ":", " ", "\n", ": Word", "429 : ", "7",
		"\"", "'", "Word", "x", "{", "["}
	for _, text := range randomPieces(30000, pieces) {
		check(text)
	}
}

// twoFailureLinesReference is twoFailureLines as it was: every line scanned for statuses.
func twoFailureLinesReference(text string) bool {
	n := 0
	for off := 0; off < len(text) && n < 2; {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if line := text[off : off+end]; len(line) <= 4096 && lineStatus(trimMargin(line)) != 0 {
			n++
		}
		off += end + 1
	}
	return n == 2
}

func TestTwoFailureLinesAsBefore(t *testing.T) {
	twos := 0
	check := func(text string) {
		want := twoFailureLinesReference(text)
		require.Equal(t, want, twoFailureLines(text), "%q", text)
		if want {
			twos++
		}
	}
	for _, text := range fastpathTexts(t) {
		check(text)
	}
	pieces := []string{"HTTP 429", "429", "503", "Error 500", "status 404", "4", "5", "45", "0", "99",
		"\n", "\n", " ", "  ", "\t", "⎿ ", "x", "line ", "Too Many Requests", "error: ", "1040", "."}
	for _, text := range randomPieces(30000, pieces) {
		check(text)
	}
	require.Positive(t, twos, "no text had two failure lines")
}

// Wherever kubeStatus finds a status, the literal scan has found one of its texts
// (showsKube), so statusOf, which asks kubeStatus only then, answers as before.
func TestShowsKubeWhereKubeStatusFinds(t *testing.T) {
	eng := load().eng
	pieces := []string{"Error from server (", "error from server (", "Forbidden", ")", " is forbidden: User \"",
		"is forbidden:  User \"", "Operation cannot be fulfilled on ", "Operation cannot\nbe fulfilled on ",
		" ", "\n", "\"", "x"}
	texts := append(fastpathTexts(t), randomPieces(5000, pieces)...)
	found := 0
	for _, text := range texts {
		in := normalize(text, DefaultMaxInput)
		if _, ok := kubeStatus(in.text); ok {
			found++
			require.True(t, extract(in, eng).showsKube(), "%q", in.text)
		}
	}
	require.Greater(t, found, 100)
}

// An arena's chunks come back zeroed when it is rewound, though only the values handed out
// of the last chunk are cleared: the next decode's parse finds them as new.
func TestArenaChunksComeBackZeroed(t *testing.T) {
	var a arena
	for _, text := range fastpathTexts(t) {
		budget := len(text)*stepsPerByte + 1<<16
		a.parseObjects(text, &budget, maxObjects)
		a.rewind()
		for _, c := range a.nodeChunks.free {
			for i := range c {
				require.Zero(t, c[i], "%.60q", text)
			}
		}
		for _, c := range a.memberChunks.free {
			for i := range c {
				require.Zero(t, c[i], "%.60q", text)
			}
		}
	}
}

// Wherever reasonOnly or reasonBody finds a reason phrase, the literal scan has found one
// (showsReason), so statusOf, which asks them only then, answers as before.
func TestShowsReasonWhereReasonReadersFind(t *testing.T) {
	eng := load().eng
	pieces := []string{"Too Many Requests", "too many  requests", "Not Found", "NOT FOUND", "Bad Request",
		"Payment Required", "Forbidden", ": {", " - ", "\"", "'", ": ", "\n", " ", ".", "x", "Word", " for url"}
	texts := append(fastpathTexts(t), randomPieces(5000, pieces)...)
	found := 0
	for _, text := range texts {
		in := normalize(text, DefaultMaxInput)
		_, ok1 := reasonOnly(in.text)
		_, ok2 := reasonBody(in.text)
		if ok1 || ok2 {
			found++
			require.True(t, extract(in, eng).showsReason(), "%q", in.text)
		}
	}
	require.Greater(t, found, 100)
}
