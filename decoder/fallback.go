package decoder

import "math"

// The learned fallback: when no catalog entry, general layer or exception class placed the
// paste (category unknown), its words may still lean plainly one way ("limit exceeded, too
// many requests", "the upstream server failed"). fallback.txt, compiled into catalog.bin, holds
// for a few hundred words how much each leans to each category, learned from the tune
// split and the catalog's own wording by scripts/fallback (logistic regression; its header says
// how, and what cross-validation by thread measured). The paste's words (extraction's
// eachWord) are scored in every category; when the best wins by the table's margin, it is
// the answer, with confidence guess and an evidence line naming the words that decided.
// When it leads by less, the answer stays unknown and the evidence says where the words
// lean (fallbackanswer.go).

// fallbackTable is fallback.txt, which the catalog compiler stores in catalog.bin with the
// engine (fallbacktable.go). Weights are tenths of a nat: a word weighs its category's
// zero plus its lift there.
type fallbackTable struct {
	minWords, margin int
	cats             []Category
	pastes, entries  []int          // tune pastes and catalog entries of each category
	zero             []int          // the weight of a word a category never saw
	rows             map[string]int // word -> its row of lifts
	names            []string       // row -> its word
	lifts            [][]int        // row -> lift in each category
}

// weight is what table word row weighs in category c.
func (t *fallbackTable) weight(row, c int) int { return t.zero[c] + t.lifts[row][c] }

// fallbackReading is the table's reading of a paste's words.
type fallbackReading struct {
	best, second int   // category indexes
	margin       int   // the best's score over the second's
	pairLead     int   // the second's score over the third's: the two stand out together
	overUnknown  int   // the best's score over unknown's: the pastes that are no API error
	rows         []int // the distinct table words the paste has
	// pieces counts the runs of the text (eachWord's) that gave table words: one
	// identifier's words, a bare anthropic.RateLimitError's 'rate' and 'limit', are one.
	pieces int
}

// read scores the words eachWord gives, and the status as one more (FallbackStatusWord), in
// every category the table learned. A paste has few table words: the rows found are kept
// in a short list, searched for repeats, rather than a mark for every row of the table.
func (t *fallbackTable) read(eachWord func(func([]byte, int)), status int) fallbackReading {
	r := fallbackReading{rows: make([]int, 0, 16)}
	last := -1
	eachWord(func(w []byte, piece int) {
		row, ok := t.rows[string(w)]
		if ok && piece != last {
			r.pieces, last = r.pieces+1, piece
		}
		r.add(row, ok)
	})
	row, ok := t.rows[FallbackStatusWord(status)]
	r.add(row, ok)
	r.best, r.second = -1, -1
	third := -1
	var bestScore, secondScore, thirdScore int
	unknownScore := math.MinInt / 2 // when nothing was learned of pastes that are no API error
	for c := range t.cats {
		if t.pastes[c]+t.entries[c] == 0 {
			continue
		}
		s := len(r.rows) * t.zero[c]
		for _, row := range r.rows {
			s += t.lifts[row][c]
		}
		if t.cats[c] == Unknown {
			unknownScore = s
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
	r.margin, r.pairLead, r.overUnknown = bestScore-secondScore, secondScore-thirdScore, bestScore-unknownScore
	return r
}

// add adds a table word's row (a lookup's result: ok false for a word the table lacks) once.
// Not inlined: its loop and append were copied into both callers.
//
//go:noinline
func (r *fallbackReading) add(row int, ok bool) {
	if !ok {
		return
	}
	for _, k := range r.rows {
		if k == row {
			return
		}
	}
	r.rows = append(r.rows, row)
}

// decides reports whether the reading is an answer: enough table words (enough), a category that is
// not unknown, ahead of the next by the margin cross-validation chose and of unknown (the
// pastes that are no API error) by twice that: scripts/fallback's rule.answers.
func (t *fallbackTable) decides(r fallbackReading) bool {
	return t.enough(r) && r.margin >= t.margin && r.overUnknown >= 2*t.margin
}

// enough reports a reading with something to weigh: a best and a runner-up, the best not
// unknown, the rule's number of table words, and those from as many pieces of the text (two
// at most). A bare exception class or code gives its words from one, which its SDK or API may
// write for several errors (thin.go): they only repeat the ambiguity. Not inlined: its copies
// in decides and leans, each inlined twice, were 1,000 wasm instructions.
//
//go:noinline
func (t *fallbackTable) enough(r fallbackReading) bool {
	return r.best >= 0 && r.second >= 0 && t.cats[r.best] != Unknown && len(r.rows) >= t.minWords &&
		r.pieces >= min(t.minWords, 2)
}

// leans reports a reading that would answer but for the runner-up: enough of the text read
// (enough), and the best two ahead of every other by the table's margin.
func (t *fallbackTable) leans(r fallbackReading) bool {
	return t.enough(r) && r.margin+r.pairLead >= t.margin
}
