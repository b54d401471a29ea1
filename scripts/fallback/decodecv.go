package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
)

// The decoder cross-validated on tune (`go run ./scripts/fallback -cv`, make fallback-cv):
// each fold's pastes are decoded with a table learned from the other folds and the catalog
// (decoder.WithFallbackTable), so no paste is answered by a table that learned it. The rules
// themselves were written from all of tune, so their held-out figures are on the kind side
// (replay/ measures the rules on pastes they had not seen). It prints
//
//   - the table alone, every held-out paste scored as if the decoder had said unknown:
//     naive Bayes without and with the status word, then the regression with it at each L2
//     penalty of lambdaCurve, with the margin curve of the one chosen;
//   - the decoder with two tables, naive Bayes (before) and the regression: category and
//     retryable right, the answers the second changed, right and wrong, and how often the
//     words' category was offered as an alternative to general wording's answer, and right;
//   - what overruling general wording would do (not done): at each margin, the answers where
//     the words, offered as an alternative, lead by it, and whether they or the answer was right.

// variant is one way of learning the table.
type variant struct {
	name       string
	regression bool
}

var variants = []variant{{"naive Bayes (the table's learner before h-fallback4)", false}, {"logistic regression (the committed table's learner)", true}}

// heldCase is one held-out paste as a variant's decoder answered it, with its fold's model.
type heldCase struct {
	c   corpus.Case
	res decoder.Result
	g   guess // the fold's table on the paste's words and decoded status
}

// decodeFolds decodes every tune paste with the table of variant v learned without its fold.
func decodeFolds(cases []corpus.Case, v variant) []heldCase {
	defer func(was bool) { regression = was }(regression)
	regression = v.regression
	all := append(pastesOf(cases), catalogPastes()...)
	r, f := chooseRule(crossValidate(all))
	var out []heldCase
	for fold := 0; fold < folds; fold++ {
		var train []paste
		var test []corpus.Case
		for i, p := range all {
			if !p.catalog && foldOf(p.thread) == fold {
				test = append(test, cases[i])
			} else {
				train = append(train, p)
			}
		}
		m := learn(train)
		d := decoder.New(decoder.WithFallbackTable(string(writeTable(m, train, r, f))))
		for _, o := range corpus.Evaluate("tune", test, d).Outcomes {
			g := m.predict(withStatus(wordsOf(o.Case.Input), o.Result.HTTPStatus))
			out = append(out, heldCase{o.Case, o.Result, g})
		}
	}
	return out
}

// crossValidateDecoder prints the figures above for the tune split in dir.
func crossValidateDecoder(w io.Writer, dir string) error {
	cases, err := loadTune(dir)
	if err != nil {
		return err
	}
	printTableAlone(w, cases)
	var before []heldCase
	for i, v := range variants {
		held := decodeFolds(cases, v)
		if i == 0 {
			before = byID(held, nil)
		}
		printDecoded(w, v, held, before)
		printGrid(w, held)
	}
	return nil
}

// byID orders held as ref is ordered (each fold's pastes come out together).
func byID(held, ref []heldCase) []heldCase {
	if ref == nil {
		return held
	}
	at := map[string]heldCase{}
	for _, h := range held {
		at[h.c.ID] = h
	}
	out := make([]heldCase, len(ref))
	for i, r := range ref {
		out[i] = at[r.c.ID]
	}
	return out
}

// lambdaCurve are the L2 penalties the table alone is cross-validated at.
var lambdaCurve = []float64{1e-4, 3e-4, 1e-3, 3e-3}

// printTableAlone prints the table's held-out figures as if every paste were unplaced:
// learned with the labelled status, read with the status the decoder finds. The pastes the
// decoder leaves unknown are counted apart: they are the ones the fallback really reads.
func printTableAlone(w io.Writer, cases []corpus.Case) {
	defer func(s, r bool, lam float64) { useStatus, regression, lambda = s, r, lam }(useStatus, regression, lambda)
	d := decoder.New(decoder.WithFallbackTable("")) // no table: what the rules alone leave unknown
	unplaced := map[string]bool{}
	status := make([]int, len(cases))
	for i, c := range cases {
		res := d.Decode(c.Input)
		status[i], unplaced[c.Source+"\x00"+c.Input] = res.HTTPStatus, res.Category == decoder.Unknown
	}
	tableAlone := func(name string) ([]heldOut, []paste) {
		ps := pastesOf(cases)
		for i := range ps {
			ps[i].read = withStatus(wordsOf(cases[i].Input), status[i])
		}
		all := append(ps, catalogPastes()...)
		held := crossValidate(all)
		r, f := chooseRule(held)
		fmt.Fprintf(w, "table alone, %s: rule %d words, %.1f nats: answers %d of %d held-out pastes, %d right (%.1f %%)\n",
			name, r.words, float64(r.margin)/scale, f.answered, f.total, f.right, 100*f.precision())
		return held, all
	}
	regression = false
	for _, s := range []bool{false, true} {
		useStatus = s
		tableAlone(fmt.Sprintf("naive Bayes, status word %v", s))
	}
	regression = true
	for _, l := range lambdaCurve {
		lambda = l
		held, all := tableAlone(fmt.Sprintf("logistic regression, L2 %g", l))
		if l == lambdaChosen {
			printMarginCurve(w, held, heldOrder(all, cases, unplaced))
		}
	}
}

// lambdaChosen is learn.go's lambda, whose margin curve printTableAlone prints.
var lambdaChosen = lambda

// heldOrder marks each held-out paste, in crossValidate's order, that the rules leave unknown.
func heldOrder(all []paste, cases []corpus.Case, unplaced map[string]bool) []bool {
	var out []bool
	for f := 0; f < folds; f++ {
		for i, p := range all {
			if !p.catalog && foldOf(p.thread) == f {
				out = append(out, unplaced[cases[i].Source+"\x00"+cases[i].Input])
			}
		}
	}
	return out
}

// printMarginCurve prints, at each margin, what the table alone answers of every held-out
// paste and of those the rules leave unknown, and how many are right.
func printMarginCurve(w io.Writer, held []heldOut, unplaced []bool) {
	n := 0
	for _, u := range unplaced {
		if u {
			n++
		}
	}
	fmt.Fprintf(w, "  margin curve (2 words): every held-out paste answered/right | the %d the rules leave unknown answered/right\n", n)
	for m := 8; m <= 30; m += 2 {
		all, some := figures{}, figures{}
		for i, h := range held {
			if !(rule{2, m}).answers(h.g) {
				continue
			}
			all.answered++
			right := h.g.best == h.label
			if right {
				all.right++
			}
			if unplaced[i] {
				some.answered++
				if right {
					some.right++
				}
			}
		}
		fmt.Fprintf(w, "  %4.1f nats: %4d/%4d (%.1f %%) | %3d/%3d\n", float64(m)/scale, all.answered, all.right, 100*all.precision(), some.answered, some.right)
	}
}

// printDecoded prints a variant's held-out category and retryable, and the answers it
// changed against before's: how many, and how many of them are right now and were before.
func printDecoded(w io.Writer, v variant, held, before []heldCase) {
	held = byID(held, before)
	var cat, retry, changed, nowRight, wasRight, guessed, offered, offeredRight int
	for i, h := range held {
		if alt, ok := leanOffered(h.res); ok {
			offered++
			if string(alt) == h.c.Category {
				offeredRight++
			}
		}
		ok := string(h.res.Category) == h.c.Category
		if ok {
			cat++
		}
		if h.res.Retryable == h.c.Retryable {
			retry++
		}
		if h.res.Confidence == decoder.Guess && h.res.Entry == "" && h.res.Category != decoder.Unknown {
			guessed++ // the table answered: no entry, a category
		}
		b := before[i].res
		if h.res.Category != b.Category {
			changed++
			if ok {
				nowRight++
			}
			if string(b.Category) == h.c.Category {
				wasRight++
			}
		}
	}
	n := float64(len(held))
	fmt.Fprintf(w, "decoder, %s: category %d/%d (%.2f %%), retryable %d/%d (%.2f %%); answered by the table %d; categories changed %d: %d now right, %d were right; the words' category offered as an alternative %d, %d of them right\n",
		v.name, cat, len(held), 100*float64(cat)/n, retry, len(held), 100*float64(retry)/n, guessed, changed, nowRight, wasRight, offered, offeredRight)
}

// leanOffered is the category the second opinion offered as an alternative, if it did
// (fallbacksecond.go: its evidence says general wording placed the answer).
func leanOffered(r decoder.Result) (decoder.Category, bool) {
	for _, a := range r.Alternatives {
		if strings.HasSuffix(a.Evidence, "though general wording placed it") {
			return a.Category, true
		}
	}
	return "", false
}

// gridMargins are the margins (tenths of a nat) the grid tries.
var gridMargins = []int{16, 20, 25, 30, 40, 50, 60}

// printGrid prints what overruling general wording would do: at each margin, the answers
// whose offered alternative (the words' category) leads by it, and ahead of unknown by twice
// it, in the fold's table (the paste's whole text read); whether the words or the answer
// was right.
func printGrid(w io.Writer, held []heldCase) {
	fmt.Fprintln(w, "overruling general wording (not done): the words' category offered, by its lead (held out)")
	for _, m := range gridMargins {
		var n, words, answer int
		for _, h := range held {
			alt, ok := leanOffered(h.res)
			if !ok || h.g.best != string(alt) || h.g.margin < m || h.g.overUnknown < 2*m {
				continue
			}
			n++
			if string(alt) == h.c.Category {
				words++
			}
			if string(h.res.Category) == h.c.Category {
				answer++
			}
		}
		fmt.Fprintf(w, "  %4.1f nats: %2d, the words right %2d, the answer right %2d\n", float64(m)/scale, n, words, answer)
	}
}
