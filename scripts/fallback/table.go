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
//	categories <name> ...      (the columns of every line below)
//	pastes <n> ...             (tune pastes of each category)
//	entries <n> ...            (catalog entries of each category)
//	zero <weight> ...          (the weight of a word a category never saw)
//	<word> <lift> ...          (one line a word, words sorted; '.' where the word was never seen)
//
// Weights are tenths of a nat (10 x ln P(word | category)), integers, so the decoder's sums
// are exact; a word weighs zero + lift. Learned by regression (learnLogistic, the committed
// table's learner: learn.go), they are its weights x 10, every zero 0.
func build(pastes []paste) []byte {
	held := crossValidate(pastes)
	r, f := chooseRule(held)
	return writeTable(learn(pastes), pastes, r, f)
}

// writeTable writes model m, learned from pastes, with rule r and its cross-validated
// figures f.
func writeTable(m model, pastes []paste, r rule, f figures) []byte {
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
	fmt.Fprintf(&b, "# errlens's learned fallback: written by `go run ./scripts/fallback` (make fallback); do not edit.\n")
	fmt.Fprintf(&b, "# Learned from the tune split only (dev.jsonl, tune.jsonl: %d pastes from %d threads; eval.jsonl is never read)\n", tune, len(threads))
	fmt.Fprintf(&b, "# and the wording of the catalog's %d entries (phrases, code, type), as labelled text never held out:\n", entries)
	if regression {
		fmt.Fprintf(&b, "# multinomial logistic regression (no intercept: every zero 0) on the presence of lower-cased words (decoder.FallbackWords)\n")
		fmt.Fprintf(&b, "# and the labelled status as one more word (decoder.FallbackStatusWord: status=429, status=none; the decoder reads the\n")
		fmt.Fprintf(&b, "# status it found), L2 penalty %g, no-API-error pastes weighing %g, weights under %.1f nats either way pruned ('.'),\n",
			lambda, unknownWeight, float64(minWeight)/scale)
	} else {
		fmt.Fprintf(&b, "# binarized multinomial naive Bayes over lower-cased words (decoder.FallbackWords) and the labelled status as one\n")
		fmt.Fprintf(&b, "# more word (decoder.FallbackStatusWord: status=429, status=none; the decoder reads the status it found), add-%.1f smoothing,\n", alpha)
	}
	fmt.Fprintf(&b, "# words used in pastes of at least %d threads, the %d with the most mutual information with the category.\n", minThreads, len(m.lifts))
	fmt.Fprintf(&b, "# Rule chosen by %d-fold cross-validation by thread (precision at least %.0f %%): with %d or more table words and a\n", folds, minPrecision*100, r.words)
	fmt.Fprintf(&b, "# margin of %.1f nats, it answers %d of %d held-out pastes, %d right (%.1f %%).\n", float64(r.margin)/scale, f.answered, f.total, f.right, 100*f.precision())
	fmt.Fprintf(&b, "# The same rule offers the words' category as an alternative to an answer general wording alone gave\n")
	fmt.Fprintf(&b, "# (`go run ./scripts/fallback -cv` measures it, and what overruling it would do).\n")
	fmt.Fprintf(&b, "rule %d %d\n", r.words, r.margin)
	b.WriteString("categories")
	for _, c := range m.categories {
		b.WriteString(" " + c)
	}
	b.WriteByte('\n')
	writeColumns(&b, "pastes", m.categories, m.pastes)
	writeColumns(&b, "entries", m.categories, m.entries)
	writeColumns(&b, "zero", m.categories, m.zero)
	words := make([]string, 0, len(m.lifts))
	for w := range m.lifts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		writeColumns(&b, w, m.categories, m.lifts[w])
	}
	return b.Bytes()
}

// writeColumns writes one line: name, then each category's value, '.' for none.
func writeColumns(b *bytes.Buffer, name string, categories []string, values map[string]int) {
	b.WriteString(name)
	for _, c := range categories {
		if v, ok := values[c]; ok {
			fmt.Fprintf(b, " %d", v)
		} else {
			b.WriteString(" .")
		}
	}
	b.WriteByte('\n')
}
