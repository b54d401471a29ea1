package main

import (
	"hash/fnv"
	"math"
	"sort"
)

// Cross-validation on tune, by thread: the pastes are cut into folds by a hash of their
// source, each fold is predicted by a model learned from the others as if the decoder had
// answered unknown for every one of its pastes, and the rule (how many table words a paste
// must have, by how much the best category must win) is the one that answers the most
// held-out pastes while precision stays at least minPrecision.
const (
	folds        = 5
	minPrecision = 0.95
	marginStep   = 2 // tenths of a nat
	maxMargin    = 300
)

// rule is when the fallback answers: at least words distinct table words, and the best
// category ahead of the next by at least margin (tenths of a nat).
type rule struct{ words, margin int }

// guess is the model's reading of one paste.
type guess struct {
	best, second string
	margin       int
	// overUnknown is the best's lead over unknown, the pastes that are no API error at all
	overUnknown int
	words       int
}

// predict scores words (distinct) in every category learned from: each word the table
// has weighs the category's zero plus its lift there.
func (m model) predict(words []string) guess {
	var g guess
	first := true
	bestScore, secondScore, unknownScore := 0, 0, 0
	for _, w := range words {
		if _, ok := m.lifts[w]; ok {
			g.words++
		}
	}
	for _, c := range m.categories {
		if m.pastes[c]+m.entries[c] == 0 {
			continue
		}
		s := g.words * m.zero[c]
		for _, w := range words {
			s += m.lifts[w][c]
		}
		if c == "unknown" {
			unknownScore = s
		}
		switch {
		case first || s > bestScore:
			g.second, secondScore = g.best, bestScore
			g.best, bestScore = c, s
		case g.second == "" || s > secondScore:
			g.second, secondScore = c, s
		}
		first = false
	}
	g.margin, g.overUnknown = bestScore-secondScore, bestScore-unknownScore
	if m.pastes["unknown"]+m.entries["unknown"] == 0 {
		g.overUnknown = math.MaxInt // nothing learned of pastes that are no API error
	}
	return g
}

// answers reports whether the rule lets g stand: the best category ahead of the next by the
// margin, and of unknown by twice the margin. Calling a paste that is no API error (a
// database's duplicate key) an API's failure is the worse mistake, so words that read like
// one must lean the other way twice as plainly.
func (r rule) answers(g guess) bool {
	return g.best != "unknown" && g.words >= r.words && g.margin >= r.margin && g.overUnknown >= 2*r.margin
}

// heldOut is one held-out paste's reading and its label.
type heldOut struct {
	g     guess
	label string
}

// crossValidate predicts every paste from the folds it is not in.
func crossValidate(pastes []paste) []heldOut {
	var out []heldOut
	for f := 0; f < folds; f++ {
		var train, test []paste
		for _, p := range pastes {
			if !p.catalog && foldOf(p.thread) == f {
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		m := learn(train)
		for _, p := range test {
			out = append(out, heldOut{m.predict(p.readWords()), p.category})
		}
	}
	return out
}

func foldOf(thread string) int {
	h := fnv.New32a()
	h.Write([]byte(thread))
	return int(h.Sum32() % folds)
}

// figures are a rule's held-out answers and how many were right.
type figures struct{ answered, right, total int }

func (f figures) precision() float64 {
	if f.answered == 0 {
		return 0
	}
	return float64(f.right) / float64(f.answered)
}

func measure(held []heldOut, r rule) figures {
	f := figures{total: len(held)}
	for _, h := range held {
		if r.answers(h.g) {
			f.answered++
			if h.g.best == h.label {
				f.right++
			}
		}
	}
	return f
}

// chooseRule is the rule answering the most held-out pastes at minPrecision or better;
// ties go to the stricter rule.
func chooseRule(held []heldOut) (rule, figures) {
	var rules []rule
	for words := 2; words <= 4; words++ {
		for margin := 0; margin <= maxMargin; margin += marginStep {
			rules = append(rules, rule{words, margin})
		}
	}
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].margin > rules[j].margin })
	best, bestF := rule{4, maxMargin}, measure(held, rule{4, maxMargin})
	for _, r := range rules {
		f := measure(held, r)
		if f.precision() >= minPrecision && f.answered > bestF.answered {
			best, bestF = r, f
		}
	}
	return best, bestF
}

// readWords are the words the decoder reads of p held out: read when set, else words.
func (p paste) readWords() []string {
	if p.read != nil {
		return p.read
	}
	return p.words
}
