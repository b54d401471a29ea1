// Command eval scores the decoder on its labelled corpus, both splits, and prints per-field
// accuracy (wrapper on the rows labelled for it), rows per provider and per form, the
// issue-14 APIs and tools on their own, the category confusion, how often the seven
// rewrites of a paste keep its answer and, for the tune split only, the misses, the rows
// whose window or reset is wrong, and changed rewrites (eval is measured, never mined); then, per split, the limit's window and reset
// accuracy on the rows labelled with them. The last two lines are the summaries:
//
//	split=eval samples=N provider=P% status=S% category=C% retryable=R% quota_called_retryable=Q
//
// Run it with `make eval`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
)

func main() {
	dir := flag.String("dir", "decoder/testdata/corpus", "the corpus directory")
	misses := flag.Bool("misses", true, "list the tune split's misses")
	flag.Parse()
	d := decoder.New()
	var lines, timing []string
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(*dir, split)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
		s := corpus.Evaluate(split, cases, d)
		s.Report(os.Stdout, *misses && split == "tune")
		corpus.EvaluateRewrites(cases, d).Report(os.Stdout, split, *misses && split == "tune")
		corpus.EvaluateNew(split, cases, d).Report(os.Stdout)
		lines = append(lines, s.Line())
		timing = append(timing, s.TimingLine())
	}
	for _, l := range timing {
		fmt.Println(l)
	}
	for _, l := range lines {
		fmt.Println(l)
	}
}
