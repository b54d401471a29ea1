package main

import (
	"math"
	"sort"
	"strings"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
)

// How the table is learned: multinomial logistic regression over the presence of each
// vocabulary word in a paste (issue 13, 2026-12-07: h-fallback3 built it, h-fallback4 made
// the words it reads the same for a paste and its rewrites and switched it on; see
// regression below), L2-regularised, no intercept, so a category's score is the sum of its
// words' weights and the decoder's reading (fallback.go: zero + lift per word) is unchanged,
// every zero 0. Before it: binarized multinomial naive Bayes over the words of each paste
// (each word counted once a paste), kept as learnBayes and measured beside it. Naive Bayes
// counts words that come together ("rate", "limit", "exceeded") as independent evidence, so
// its margins grow with a paste's length and its rule asks for 3.2 nats; regression weighs a
// word by what it adds to the others. Cross-validation by thread on tune (scripts/fallback
// -cv), the table alone at 95 % precision, read with the decoded status: naive Bayes answers
// 1,744 of 2,634 held-out pastes, regression 2,095 (at 1.4 nats; README).
const (
	// minThreads: a word counts only when pastes from this many distinct threads use it,
	// so no one thread's wording (a product name, a user's variable) is learned.
	minThreads = 3
	// vocabSize bounds the table: the words with the most information about the category.
	vocabSize = 500
	// alpha is naive Bayes's add-alpha smoothing of each word's count in a category.
	// Cross-validated (table alone, 95 % precision): 0.3 answers 1,706, 0.5 1,725, 1 1,748,
	// 2 1,772, 3 1,729, 5 1,562; 2's +24 is within what a fold's cut moves, so 1 stays.
	alpha = 1.0
	// epochs and rate are the AdaGrad descent's passes over the pastes and step size.
	epochs = 200
	rate   = 0.5
	// minWeight prunes: a weight below it, in tenths of a nat either way, is stored as none
	// ('.'), which keeps the table (shipped in catalog.bin) about as small as naive Bayes's.
	minWeight = 3
	// scale turns natural logs into the integers the table stores: tenths of a nat, as
	// fine as the margins cross-validation tells apart.
	scale = 10
)

// lambda is the regression's L2 penalty on each weight (per paste learned from), chosen by
// cross-validation (-cv prints the curve): less fits the tune pastes' own words, more shrinks
// every weight toward none.
var lambda = 3e-4

// unknownWeight is how much more a paste that is no API error (category unknown: a
// database's duplicate key, a server's access log) counts in the regression's loss than an
// API error's: calling one an API failure is the worse mistake (naive Bayes's rule asked twice
// the margin over unknown for it). At 1 the regression calls the decoder's tests of such
// pastes (TestFallbackStaysUnknown, TestServedStatus) API errors; at 5 they stay unknown and
// cross-validation answers 2,014 held-out pastes (95.5 %) against 2,125 (95.2 %); at 20, 1,934.
const unknownWeight = 5.0

// stopWords carry no failure: left out whatever their counts.
var stopWords = map[string]bool{
	"the": true, "an": true, "to": true, "of": true, "in": true, "for": true, "is": true,
	"and": true, "or": true, "on": true, "at": true, "by": true, "with": true, "this": true,
	"that": true, "be": true, "it": true, "as": true, "from": true, "your": true, "you": true,
	"are": true, "was": true, "we": true, "if": true, "can": true, "has": true, "have": true,
	"com": true, "www": true, "http": true, "https": true,
}

// paste is one tune row as the learner sees it: its thread, its category, its words (once).
type paste struct {
	thread, category string
	words            []string
	// read, when set, is what the decoder reads of the paste when it is held out: the same
	// words, with the status the decoder found instead of the labelled one (decodecv.go).
	read []string
	// catalog marks a catalog entry's own wording: learned from, never held out, and no
	// thread of its own.
	catalog bool
}

func pastesOf(cases []corpus.Case) []paste {
	out := make([]paste, 0, len(cases))
	for _, c := range cases {
		out = append(out, paste{thread: c.Source, category: c.Category, words: withStatus(wordsOf(c.Input), c.Status())})
	}
	return out
}

// wordsOf are the distinct words of text, stop words left out, sorted.
func wordsOf(text string) []string {
	seen := map[string]bool{}
	var words []string
	for _, w := range decoder.FallbackWords(text) {
		if !seen[w] && !stopWords[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	sort.Strings(words)
	return words
}

// catalogPastes are the catalog's entries as labelled text: each entry's phrases, code and
// type, with its category.
func catalogPastes() []paste {
	var out []paste
	for _, group := range [][]*decoder.Provider{decoder.Providers(), decoder.Wrappers(), decoder.Generics()} {
		for _, p := range group {
			for _, e := range p.Errors {
				text := strings.Join(e.Phrases, " ; ") + " ; " + e.Code + " " + e.Type
				if w := wordsOf(text); len(w) > 0 {
					out = append(out, paste{thread: "catalog", category: string(e.Category), words: w, catalog: true})
				}
			}
		}
	}
	return out
}

// model is a learned table: per category, the tune pastes and catalog entries learned from
// and the weight of a word it never saw (its zero); per word, how much more than the zero it
// weighs in each category where it was seen (its lift).
type model struct {
	categories []string
	pastes     map[string]int
	entries    map[string]int
	zero       map[string]int
	lifts      map[string]map[string]int
}

// newModel is a model with no words yet: the categories in the decoder's order and how many
// tune pastes and catalog entries each has, which both learners record the same way.
func newModel(pastes []paste) model {
	m := model{pastes: map[string]int{}, entries: map[string]int{}, zero: map[string]int{}, lifts: map[string]map[string]int{}}
	for _, c := range decoder.Categories() {
		m.categories = append(m.categories, string(c))
	}
	for _, p := range pastes {
		if p.catalog {
			m.entries[p.category]++
		} else {
			m.pastes[p.category]++
		}
	}
	return m
}

// learn builds the model from pastes with the table's learner: naive Bayes, unless
// regression is set.
func learn(pastes []paste) model {
	if regression {
		return learnLogistic(pastes)
	}
	return learnBayes(pastes)
}

// regression makes learnLogistic the table's learner, on since h-fallback4: the decoder's
// cross-validation on tune gains with it (README, "The learned fallback by regression"), and
// since the fallback reads the same words of a paste and its rewrites (a quiet log level
// after a blanked prefix, escapes, layered prefixes, FallbackWords reading what normalize
// makes), every corpus rewrite keeps its answer with it. -cv measures both learners.
var regression = true

// learnBayes builds the naive Bayes model from pastes: the table's learner before
// learnLogistic.
func learnBayes(pastes []paste) model {
	m := newModel(pastes)
	vocab := selectVocab(pastes)
	counts := map[string]map[string]int{} // word -> category -> pastes
	total := map[string]int{}             // category -> word occurrences within vocab
	for _, p := range pastes {
		for _, w := range p.words {
			if vocab[w] {
				if counts[w] == nil {
					counts[w] = map[string]int{}
				}
				counts[w][p.category]++
				total[p.category]++
			}
		}
	}
	for w := range counts {
		m.lifts[w] = map[string]int{}
	}
	for _, c := range m.categories {
		denom := float64(total[c]) + alpha*float64(len(vocab))
		m.zero[c] = logInt(alpha / denom)
		for w, byCat := range counts {
			if n := byCat[c]; n > 0 {
				m.lifts[w][c] = logInt((float64(n) + alpha) / alpha)
			}
		}
	}
	return m
}

// learnLogistic builds the model from pastes by multinomial logistic regression: each
// paste's vocabulary words are its features (present or not), each category's score the sum
// of its weights on them; full-batch AdaGrad descent on the mean log loss plus lambda/2 times
// the squared weights. No intercept: a category's share of the tune split is the
// collection's, not the world's. The pastes are put in a canonical order first, so the float
// sums, and the table, do not depend on the order they came in.
func learnLogistic(pastes []paste) model {
	m := newModel(pastes)
	col := make(map[string]int, len(m.categories))
	for i, c := range m.categories {
		col[c] = i
	}
	vocab := selectVocab(pastes)
	names := make([]string, 0, len(vocab))
	for w := range vocab {
		names = append(names, w)
	}
	sort.Strings(names)
	feature := make(map[string]int, len(names))
	for i, w := range names {
		feature[w] = i
	}
	docs := logisticDocs(pastes, feature, col)
	w := descend(docs, len(names), len(m.categories))
	for _, c := range m.categories {
		m.zero[c] = 0
	}
	for i, name := range names {
		m.lifts[name] = map[string]int{}
		for k, c := range m.categories {
			if v := int(math.Round(scale * w[i][k])); v >= minWeight || v <= -minWeight {
				m.lifts[name][c] = v
			}
		}
	}
	return m
}

// logisticDoc is one paste as the regression reads it: its features' indexes and its
// category's column.
type logisticDoc struct {
	features []int
	label    int
	weight   float64
}

// logisticDocs are pastes' features in a canonical order: by category, then words.
func logisticDocs(pastes []paste, feature, col map[string]int) []logisticDoc {
	docs := make([]logisticDoc, 0, len(pastes))
	keys := make([]string, 0, len(pastes))
	for _, p := range pastes {
		var fs []int
		for _, w := range p.words {
			if i, ok := feature[w]; ok {
				fs = append(fs, i)
			}
		}
		sort.Ints(fs)
		wt := 1.0
		if p.category == "unknown" {
			wt = unknownWeight
		}
		docs = append(docs, logisticDoc{fs, col[p.category], wt})
		keys = append(keys, p.category+"\x00"+strings.Join(p.words, " "))
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	sorted := make([]logisticDoc, len(docs))
	for i, k := range order {
		sorted[i] = docs[k]
	}
	return sorted
}

// descend fits the weights (feature x category) to docs: epochs of full-batch AdaGrad.
func descend(docs []logisticDoc, features, cats int) [][]float64 {
	w, sq, grad := make([][]float64, features), make([][]float64, features), make([][]float64, features)
	for i := range w {
		w[i], sq[i], grad[i] = make([]float64, cats), make([]float64, cats), make([]float64, cats)
	}
	p := make([]float64, cats)
	n := 0.0
	for _, d := range docs {
		n += d.weight
	}
	for e := 0; e < epochs; e++ {
		for i := range grad {
			for k := range grad[i] {
				grad[i][k] = lambda * w[i][k]
			}
		}
		for _, d := range docs {
			softmax(p, w, d.features)
			for k := range p {
				g := p[k]
				if k == d.label {
					g--
				}
				for _, f := range d.features {
					grad[f][k] += g * d.weight / n
				}
			}
		}
		for i := range w {
			for k, g := range grad[i] {
				sq[i][k] += g * g
				if sq[i][k] > 0 {
					w[i][k] -= rate * g / math.Sqrt(sq[i][k])
				}
			}
		}
	}
	return w
}

// softmax sets p to each category's probability for a paste with features fs.
func softmax(p []float64, w [][]float64, fs []int) {
	top := math.Inf(-1)
	for k := range p {
		s := 0.0
		for _, f := range fs {
			s += w[f][k]
		}
		p[k] = s
		top = math.Max(top, s)
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
}

func logInt(p float64) int { return int(math.Round(scale * math.Log(p))) }

// selectVocab keeps the words used in pastes of minThreads threads, then the vocabSize with
// the most mutual information between the word's presence and the category.
func selectVocab(pastes []paste) map[string]bool {
	threads := map[string]map[string]bool{}
	byCat := map[string]map[string]int{}
	docs := map[string]int{}
	cats := map[string]int{}
	for _, p := range pastes {
		cats[p.category]++
		for _, w := range p.words {
			if threads[w] == nil {
				threads[w], byCat[w] = map[string]bool{}, map[string]int{}
			}
			if !p.catalog {
				threads[w][p.thread] = true
			}
			byCat[w][p.category]++
			docs[w]++
		}
	}
	type scored struct {
		w  string
		mi float64
	}
	var cand []scored
	for w, ts := range threads {
		if len(ts) >= minThreads {
			cand = append(cand, scored{w, mutualInfo(byCat[w], docs[w], cats, len(pastes))})
		}
	}
	sort.Slice(cand, func(i, j int) bool {
		if cand[i].mi != cand[j].mi {
			return cand[i].mi > cand[j].mi
		}
		return cand[i].w < cand[j].w
	})
	vocab := map[string]bool{}
	for i, words := 0, 0; i < len(cand) && words < vocabSize; i++ {
		vocab[cand[i].w] = true
		if !isStatusWord(cand[i].w) {
			words++ // the status words come on top: they take no word's place
		}
	}
	return vocab
}

// mutualInfo is the information a word's presence gives about the category, in nats.
func mutualInfo(withWord map[string]int, df int, cats map[string]int, n int) float64 {
	var mi float64
	N := float64(n)
	for _, cat := range decoder.Categories() { // in order: the sum's rounding repeats
		c, nc := string(cat), cats[string(cat)]
		if nc == 0 {
			continue
		}
		for _, present := range []bool{true, false} {
			joint := float64(withWord[c])
			pw := float64(df) / N
			if !present {
				joint = float64(nc - withWord[c])
				pw = 1 - pw
			}
			if joint == 0 || pw == 0 {
				continue
			}
			pj := joint / N
			mi += pj * math.Log(pj/(pw*float64(nc)/N))
		}
	}
	return mi
}

// withStatus adds to words the paste's status as one more word (decoder.FallbackStatusWord):
// a 400's words and a 429's lean differently, and a paste with no status (a dropped
// connection, a timeout) says something too. Cross-validation by thread on tune: the table
// answers 1,150 held-out pastes at 95 % with it, 983 without (scripts/fallback -cv).
func withStatus(words []string, status int) []string {
	if !useStatus {
		return words
	}
	out := append(words[:len(words):len(words)], decoder.FallbackStatusWord(status))
	sort.Strings(out)
	return out
}

func isStatusWord(w string) bool { return strings.HasPrefix(w, "status=") }

// useStatus adds the status word; the replay (replay/) turns it off to measure the table
// without it.
var useStatus = true
