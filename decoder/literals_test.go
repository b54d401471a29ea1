package decoder

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// scanSkippingRuns is the scan loop as it was written before runs of white space were
// folded into the automaton: it skips every white space byte after the first of a run.
func scanSkippingRuns(ls *literalSet, text string, visit func(id, end int)) {
	s, space := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if isSpace(c) {
			if space {
				continue
			}
			space, c = true, ' '
		} else {
			space = false
		}
		s = int(ls.next[s*ls.nclass+int(ls.classOf[c])])
		if s < int(ls.outFrom) {
			continue
		}
		for _, id := range ls.outs[ls.outStart[s]:ls.outEnd[s]] {
			end := i + 1
			if tail := ls.pats[id].tail; tail != "" {
				if end = ls.matchTail(text, end, space, tail); end < 0 {
					continue
				}
			}
			visit(int(id), end)
		}
	}
}

// The catalog's literals, glued with runs of mixed white space and in random case, are
// found at the same places by the scan as by a loop that skips the runs explicitly; and
// wording wrapped across lines is found at all.
func TestScanReadsWhiteSpaceRunsAsOneSpace(t *testing.T) {
	e := load().eng
	rng := rand.New(rand.NewSource(1))
	spaces := []string{" ", "  ", "\n", "\r\n", "\t ", " \n\n  "}
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for k := 0; k < 8; k++ {
			lit := e.info[rng.Intn(len(e.info))].text
			for _, w := range strings.Fields(lit) {
				if rng.Intn(2) == 0 {
					w = strings.ToUpper(w)
				}
				b.WriteString(w)
				b.WriteString(spaces[rng.Intn(len(spaces))])
			}
		}
		text := b.String()
		type hit struct{ id, start, end int }
		var got, want []hit
		e.lits.scan(text, func(id, start, end int) { got = append(got, hit{id, start, end}) })
		// The start of every hit, as the walk back over the text finds it for any pattern.
		scanSkippingRuns(e.lits, text, func(id, end int) {
			want = append(want, hit{id, startOf(text, end, e.lits.pats[id].n), end})
		})
		if !assert.Equal(t, want, got, "%q", text) {
			return
		}
	}
	// Every catalog phrase, wrapped across lines, is still found, ending where it ends.
	for id, l := range e.info {
		if !strings.Contains(l.text, " ") || strings.TrimSpace(l.text) != l.text {
			continue
		}
		text := "> " + strings.ReplaceAll(strings.ToUpper(l.text), " ", "\n   ") + " <"
		found := false
		e.lits.scan(text, func(got, start, end int) {
			found = found || (got == id && start == 2 && end == len(text)-2)
		})
		assert.True(t, found, "%q", text)
	}
}

// tailEnd's fast path answers as matchTail does: every catalog tail is compared with text
// that writes it in random case, with a byte changed, its spaces widened into runs or
// turned into line breaks, cut short, or after white space.
func TestTailEndAsMatchTail(t *testing.T) {
	ls := load().eng.lits
	rng := rand.New(rand.NewSource(2))
	variants := []func(string) string{
		func(s string) string { return s },
		strings.ToUpper,
		func(s string) string { return strings.ReplaceAll(s, " ", "  ") },
		func(s string) string { return strings.ReplaceAll(s, " ", "\n") },
		func(s string) string { return s[:len(s)/2] },
		func(s string) string {
			b := []byte(s)
			b[rng.Intn(len(b))] = " xA\n"[rng.Intn(4)]
			return string(b)
		},
	}
	for id := range ls.pats {
		tail := ls.pats[id].tail
		if tail == "" {
			continue
		}
		for _, v := range variants {
			for _, lead := range []string{"", " ", "\n", "  "} {
				text := "x" + lead + v(tail) + []string{"", " end", "\n"}[rng.Intn(3)]
				for _, i := range []int{1, 1 + len(lead)} {
					space := isSpace(text[i-1])
					want := ls.matchTail(text, i, space, tail)
					if got := ls.tailEnd(text, i, space, &ls.pats[id]); got != want {
						t.Fatalf("tailEnd(%q, %d, %v, %q) = %d, want %d", text, i, space, tail, got, want)
					}
				}
			}
		}
	}
}

// A pattern whose prefix ends in a space is reported once however long the run of white
// space after it (its state loops on the run), and the states with outputs are numbered
// last, from outFrom on, which the scan's one comparison relies on.
func TestScanReportsASpaceEndedPrefixOnce(t *testing.T) {
	ls := newLiteralSet([]string{"retry ", "y ", "try again", " in"})
	for _, tc := range []struct {
		text string
		want []int // pattern ids, in the order they end
	}{
		{"retry now", []int{0, 1}},
		{"retry   \n\t now", []int{0, 1}},
		{"retry \n try again  in", []int{0, 1, 1, 2, 3}},
		{"try  again", []int{1, 2}},
		{"tr y\t\tagain", []int{1}},
		{"   ", nil},
	} {
		var got []int
		ls.scan(tc.text, func(id, start, end int) { got = append(got, id) })
		assert.Equal(t, tc.want, got, "%q", tc.text)
	}
	for s := range ls.outEnd {
		assert.Equal(t, s >= int(ls.outFrom), ls.outEnd[s] > ls.outStart[s], "state %d", s)
	}
}
