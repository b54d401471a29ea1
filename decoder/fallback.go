package decoder

import (
	_ "embed" // fallbackTableText
	"strconv"
	"strings"
	"sync"
)

// The learned fallback: when no catalog entry, general layer or exception class placed the
// paste (category unknown), its words may still lean plainly one way ("limit exceeded, too
// many requests", "the upstream server failed"). fallback.txt, beside catalog.bin, holds
// for a few hundred words how much each leans to each category, learned from the tune
// split and the catalog's own wording by scripts/fallback (naive Bayes; its header says
// how, and what cross-validation by thread measured). The paste's words (extraction's
// eachWord) are scored in every category; when the best wins by the table's margin, it is
// the answer, with confidence guess and an evidence line naming the words that decided.
// When it leads by less, the answer stays unknown and the evidence says where the words
// lean (fallbackanswer.go).

//go:embed fallback.txt
var fallbackTableText string

// fallbackTable is fallback.txt, read at first use.
type fallbackTable struct {
	minWords, margin int
	cats             []Category
	pastes, entries  []int          // tune pastes and catalog entries of each category
	zero             []int          // the weight of a word a category never saw
	rows             map[string]int // word -> its row of weights
	weights          [][]int        // row -> weight in each category
}

var (
	fallbackOnce sync.Once
	fallbackTab  *fallbackTable
)

func loadFallback() *fallbackTable {
	fallbackOnce.Do(func() { fallbackTab = parseFallback(fallbackTableText) })
	return fallbackTab
}

// parseFallback reads the table's text (scripts/fallback/table.go writes it). A line it
// cannot read is left out: TestFallbackTableReads holds the committed table to every line.
func parseFallback(text string) *fallbackTable {
	t := &fallbackTable{rows: map[string]int{}}
	for _, c := range Categories() {
		t.cats = append(t.cats, c)
	}
	n := len(t.cats)
	t.pastes, t.entries, t.zero = make([]int, n), make([]int, n), make([]int, n)
	for _, line := range strings.Split(text, "\n") {
		name, rest, _ := strings.Cut(line, " ")
		switch {
		case name == "" || name[0] == '#':
		case name == "rule":
			words, margin, _ := strings.Cut(rest, " ")
			t.minWords, _ = strconv.Atoi(words)
			t.margin, _ = strconv.Atoi(margin)
		case name == "pastes":
			t.readValues(rest, t.pastes)
		case name == "entries":
			t.readValues(rest, t.entries)
		case name == "zero":
			t.readValues(rest, t.zero)
		default:
			row := append([]int(nil), t.zero...)
			t.readValues(rest, row)
			t.rows[name] = len(t.weights)
			t.weights = append(t.weights, row)
		}
	}
	return t
}

// readValues sets dst from "category=value" fields.
func (t *fallbackTable) readValues(fields string, dst []int) {
	for _, f := range strings.Fields(fields) {
		k, v, _ := strings.Cut(f, "=")
		n, err := strconv.Atoi(v)
		for i, c := range t.cats {
			if string(c) == k && err == nil {
				dst[i] = n
			}
		}
	}
}

// fallbackReading is the table's reading of a paste's words.
type fallbackReading struct {
	best, second int   // category indexes
	margin       int   // the best's score over the second's
	pairLead     int   // the second's score over the third's: the two stand out together
	rows         []int // the distinct table words the paste has
}

// read scores the words eachWord gives in every category the table learned.
func (t *fallbackTable) read(eachWord func(func(string))) fallbackReading {
	var r fallbackReading
	seen := make([]bool, len(t.weights))
	eachWord(func(w string) {
		if row, ok := t.rows[w]; ok && !seen[row] {
			seen[row] = true
			r.rows = append(r.rows, row)
		}
	})
	r.best, r.second = -1, -1
	third := -1
	var bestScore, secondScore, thirdScore int
	for c := range t.cats {
		if t.pastes[c]+t.entries[c] == 0 {
			continue
		}
		s := 0
		for _, row := range r.rows {
			s += t.weights[row][c]
		}
		switch {
		case r.best < 0 || s > bestScore:
			third, thirdScore = r.second, secondScore
			r.second, secondScore = r.best, bestScore
			r.best, bestScore = c, s
		case r.second < 0 || s > secondScore:
			third, thirdScore = r.second, secondScore
			r.second, secondScore = c, s
		case third < 0 || s > thirdScore:
			third, thirdScore = c, s
		}
	}
	r.margin, r.pairLead = bestScore-secondScore, secondScore-thirdScore
	return r
}

// decides reports whether the reading is an answer: enough table words, a category that is
// not unknown, ahead by the margin cross-validation chose.
func (t *fallbackTable) decides(r fallbackReading) bool {
	return r.best >= 0 && r.second >= 0 && t.cats[r.best] != Unknown &&
		len(r.rows) >= t.minWords && r.margin >= t.margin
}

// leans reports a reading that would answer but for the runner-up: enough table words, the
// best category not unknown, and the best two ahead of every other by the table's margin.
func (t *fallbackTable) leans(r fallbackReading) bool {
	return r.best >= 0 && r.second >= 0 && t.cats[r.best] != Unknown && len(r.rows) >= t.minWords &&
		r.margin+r.pairLead >= t.margin
}
