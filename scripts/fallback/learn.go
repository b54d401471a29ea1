package main

import (
	"math"
	"sort"
	"strings"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
)

// How the table is learned: binarized multinomial naive Bayes over the words of each paste
// (each word counted once a paste), on a bounded vocabulary.
const (
	// minThreads: a word counts only when pastes from this many distinct threads use it,
	// so no one thread's wording (a product name, a user's variable) is learned.
	minThreads = 3
	// vocabSize bounds the table: the words with the most information about the category.
	vocabSize = 500
	// alpha is the add-alpha smoothing of each word's count in a category.
	alpha = 1.0
	// scale turns natural logs into the integers the table stores: tenths of a nat, as
	// fine as the margins cross-validation tells apart.
	scale = 10
)

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

// learn builds the model from pastes.
func learn(pastes []paste) model {
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
