package main

import (
	"bytes"
	"fmt"
	"sort"
)

// build learns the table from every tune paste, with the rule cross-validation chose, and
// writes it in the text form the decoder embeds (decoder/fallback.go reads it):
//
//	# comment lines: how it was built, what cross-validation measured
//	rule <min words> <min margin>
//	pastes <category>=<n> ...         (tune pastes; categories in Categories() order)
//	entries <category>=<n> ...        (catalog entries)
//	zero <category>=<weight> ...      (a word the category never saw)
//	<word> <category>=<weight> ...    (one line a word, words sorted)
//
// Weights are 100 x ln P(word | category): integers, so the decoder's sums are exact.
func build(pastes []paste) []byte {
	held := crossValidate(pastes)
	r, f := chooseRule(held)
	m := learn(pastes)
	threads, tune, entries := map[string]bool{}, 0, 0
	for _, p := range pastes {
		if p.catalog {
			entries++
			continue
		}
		threads[p.thread] = true
		tune++
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# errlens's learned fallback: written by `go run ./scripts/fallback`; do not edit.\n")
	fmt.Fprintf(&b, "# Learned from the tune split only (dev.jsonl, tune.jsonl: %d pastes from %d threads; eval.jsonl is never read)\n", tune, len(threads))
	fmt.Fprintf(&b, "# and the wording of the catalog's %d entries (phrases, code, type), as labelled text never held out:\n", entries)
	fmt.Fprintf(&b, "# binarized multinomial naive Bayes over lower-cased words (decoder.FallbackWords), add-%.1f smoothing,\n", alpha)
	fmt.Fprintf(&b, "# words used in pastes of at least %d threads, the %d with the most mutual information with the category.\n", minThreads, len(m.weights))
	fmt.Fprintf(&b, "# Rule chosen by %d-fold cross-validation by thread (precision at least %.0f %%): with %d or more table words and a\n", folds, minPrecision*100, r.words)
	fmt.Fprintf(&b, "# margin of %d, it answers %d of %d held-out pastes, %d right (%.1f %%).\n", r.margin, f.answered, f.total, f.right, 100*f.precision())
	fmt.Fprintf(&b, "rule %d %d\n", r.words, r.margin)
	writeByCategory(&b, "pastes", m.categories, m.pastes)
	writeByCategory(&b, "entries", m.categories, m.entries)
	writeByCategory(&b, "zero", m.categories, m.zero)
	words := make([]string, 0, len(m.weights))
	for w := range m.weights {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		writeByCategory(&b, w, m.categories, m.weights[w])
	}
	return b.Bytes()
}

// writeByCategory writes one line: name, then category=value for each category with one.
func writeByCategory(b *bytes.Buffer, name string, categories []string, values map[string]int) {
	b.WriteString(name)
	for _, c := range categories {
		if v, ok := values[c]; ok {
			fmt.Fprintf(b, " %s=%d", c, v)
		}
	}
	b.WriteByte('\n')
}
