// Command timing-candidates lists the corpus rows whose text states a limit's window or a
// reset in a plain form (decoder/testdata/corpus/README.md, "Window and reset labels") and
// whose labels do not carry it, so that each can be judged by the rule there.
//
//	go run ./scripts/timing-candidates [-dir decoder/testdata/corpus] [-split tune|eval] [-all] [-why]
//
// It prints ids only, one a line, under two headings: rows that state a window and have no
// limit_window, rows that state a reset and have no reset_at (-all lists every row that
// states one, labelled or not). For the eval split it never prints a row's text nor which
// pattern matched: eval is measured, not mined, and the list is for a labeller who judges
// the rows blind to the decoder. -why (tune only) adds the names of the patterns that matched.
//
// A pattern is a reason to look, not a label: "per day" in a fix's prose, or a Date header
// with no wait beside it, is judged out by the labeller.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/errlens/errlens/internal/corpus"
)

// pattern is one plain way a paste states a window or a reset.
type pattern struct {
	name  string
	re    *regexp.Regexp
	reset bool // states a reset (else a window)
}

var patterns = []pattern{
	{"rate-acronym", regexp.MustCompile(`\b(RPM|TPM|TPD|RPD|RPS|TPS|ITPM|OTPM|IPM|ASH)\b`), false},
	{"per-unit", regexp.MustCompile(`(?i)\bper[ -]?(second|sec|minute|min|hour|day|week|month)\b`), false},
	{"slash-unit", regexp.MustCompile(`(?i)\b(requests?|tokens?|calls?|req)\s*/\s*(s|sec|second|m|min|minute|h|hr|hour|d|day)\b`), false},
	{"quota-id", regexp.MustCompile(`(?i)(Per(Second|Minute|Hour|Day|Week|Month)|_per_(second|minute|hour|day|week|month)(_|\b))`), false},
	{"slash-number", regexp.MustCompile(`(?i)\d\s*/\s*(s|sec|min|minute|h|hr|hour|d|day)\b`), false},
	{"period-word", regexp.MustCompile(`(?i)\b(daily|hourly|weekly|monthly|per-day|per-minute)\b`), false},
	{"ratelimit-header", regexp.MustCompile(`(?i)\b(x-ratelimit-(limit|remaining|reset)-(requests|tokens)|anthropic-ratelimit-[a-z-]+|x-ratelimit-[a-z-]*(minute|day|hour|second))\b`), false},
	{"hours-limit", regexp.MustCompile(`(?i)\b\d+[- ]hours?\b[^.\n]{0,20}\blimit|\blimit\b[^.\n]{0,40}\bresets? in \d`), false},
	{"usage-limit-epoch", regexp.MustCompile(`(?i)limit reached\|\d{10}`), true},
	{"reset-words", regexp.MustCompile(`(?i)\b(regain access on|resets? (at|on)|will reset|try again at|available again at|reset[_ -]?(at|time|date)\b)`), true},
	{"reset-clock", regexp.MustCompile(`(?i)\bresets? \d{1,2}(:\d{2})?\s*(am|pm)\b`), true},
	{"reset-epoch-header", regexp.MustCompile(`(?i)\bx-ratelimit-reset["']?\s*[:=]\s*["']?\d{10}`), true},
	{"reset-rfc3339", regexp.MustCompile(`(?i)reset["']?\s*[:=]\s*["']?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}`), true},
	{"date-header-wait", regexp.MustCompile(`(?is)\bdate["']?\s*:\s*["']?(mon|tue|wed|thu|fri|sat|sun), \d{2} [a-z]{3} \d{4} .*\b(retry-after|reset)`), true},
}

func main() {
	dir := flag.String("dir", "decoder/testdata/corpus", "the corpus directory")
	split := flag.String("split", "eval", "the split to list (tune or eval)")
	all := flag.Bool("all", false, "list every row that states a window or reset, labelled or not")
	why := flag.Bool("why", false, "name the patterns that matched (tune only)")
	flag.Parse()
	if err := run(os.Stdout, *dir, *split, *all, *why); err != nil {
		fmt.Fprintln(os.Stderr, "timing-candidates:", err)
		os.Exit(2)
	}
}

// run writes the two lists for split to w.
func run(w io.Writer, dir, split string, all, why bool) error {
	if why && split != "tune" {
		return errors.New("-why is for the tune split only")
	}
	cases, err := corpus.Load(dir, split)
	if err != nil {
		return err
	}
	var windows, resets []string
	for _, c := range cases {
		wn, rn := matches(c.Input)
		if len(wn) > 0 && (all || c.LimitWindow == "") {
			windows = append(windows, line(c.ID, wn, why))
		}
		if len(rn) > 0 && (all || c.ResetAt == "") {
			resets = append(resets, line(c.ID, rn, why))
		}
	}
	fmt.Fprintf(w, "# %s rows stating a window (%d)\n%s", split, len(windows), lines(windows))
	fmt.Fprintf(w, "# %s rows stating a reset (%d)\n%s", split, len(resets), lines(resets))
	return nil
}

// matches names the window and reset patterns in's text matches.
func matches(in string) (window, reset []string) {
	for _, p := range patterns {
		if !p.re.MatchString(in) {
			continue
		}
		if p.reset {
			reset = append(reset, p.name)
		} else {
			window = append(window, p.name)
		}
	}
	return window, reset
}

func line(id string, names []string, why bool) string {
	if !why {
		return id
	}
	return id + " " + strings.Join(names, ",")
}

func lines(ls []string) string {
	if len(ls) == 0 {
		return ""
	}
	return strings.Join(ls, "\n") + "\n"
}
