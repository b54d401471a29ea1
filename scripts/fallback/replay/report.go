package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
)

// replayed is one paste's line as main.go.txt writes it: its labels, the rules' answer, and
// the readings of the two tables learned at the base (words only, with the status word).
type replayed struct {
	ID           string   `json:"id"`
	Category     string   `json:"category"`
	Retryable    bool     `json:"retryable"`
	Got          string   `json:"got"`
	GotRetryable bool     `json:"got_retryable"`
	Confidence   string   `json:"confidence"`
	Generic      bool     `json:"generic"`
	Evidence     []string `json:"evidence"`
	Words        reading  `json:"words"`
	Status       reading  `json:"status"`
}

// reading is a table's reading of one paste, with the rule cross-validation chose for it.
type reading struct {
	Best        string `json:"best"`
	Margin      int    `json:"margin"`
	OverUnknown int    `json:"over_unknown"`
	Words       int    `json:"words"`
	RuleWords   int    `json:"rule_words"`
	RuleMargin  int    `json:"rule_margin"`
}

// answersAt reports whether the table answers at margin m, as the decoder's rule does.
func (g reading) answersAt(m int) bool {
	return g.Best != "unknown" && g.Words >= g.RuleWords && g.Margin >= m && g.OverUnknown >= 2*m
}

func readReplayed(path string) ([]replayed, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []replayed
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var r replayed
		if err := dec.Decode(&r); err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
}

func bytesReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// matchParts is the parenthesis closing a "matches ..." evidence line: what matched.
var matchParts = regexp.MustCompile(`\(([^()]*)\)$`)

// wordingOnly reports an answer general wording alone gave, as its evidence says: a general
// layer's entry (no provider's), not documented, matched by its wording or status and no
// code, type or exception (the decoder's fallbacksecond.go asks the match itself).
func (r replayed) wordingOnly() bool {
	if !r.Generic || r.Confidence == "documented" || r.Got == "unknown" {
		return false
	}
	for _, e := range r.Evidence {
		if strings.HasPrefix(e, "matches ") {
			m := matchParts.FindStringSubmatch(e)
			return m != nil && !strings.Contains(m[1], `code "`) && !strings.Contains(m[1], `type "`) &&
				!strings.Contains(m[1], "exception ")
		}
	}
	return false
}

// report prints the figures for every wave's pastes together.
func report(w io.Writer, rows []replayed) {
	var cat, retry int
	var unplaced []replayed
	for _, r := range rows {
		if r.Got == r.Category {
			cat++
		}
		if r.GotRetryable == r.Retryable {
			retry++
		}
		if r.Got == "unknown" {
			unplaced = append(unplaced, r)
		}
	}
	fmt.Fprintf(w, "rules before each wave, on its %d tune pastes: category %d right (%.1f %%), retryable %d (%.1f %%)\n",
		len(rows), cat, pct(cat, len(rows)), retry, pct(retry, len(rows)))
	for _, set := range []struct {
		name string
		rows []replayed
	}{{"placed nothing (unknown)", unplaced}, {"every paste, as if unplaced", rows}} {
		for _, t := range []string{"words only", "with the status word"} {
			n, right := 0, 0
			for _, r := range set.rows {
				g := r.table(t)
				if g.answersAt(g.RuleMargin) {
					n++
					if g.Best == r.Category {
						right++
					}
				}
			}
			fmt.Fprintf(w, "%s, %d pastes: the table (%s) answers %d, %d right\n", set.name, len(set.rows), t, n, right)
		}
	}
	printOverruleGrid(w, rows)
	printGuessGrid(w, rows)
}

func (r replayed) table(name string) reading {
	if name == "words only" {
		return r.Words
	}
	return r.Status
}

// printOverruleGrid prints, at each margin, the answers general wording alone gave where the
// table with the status word decides another category: how many, whether the words or the
// answer was right.
func printOverruleGrid(w io.Writer, rows []replayed) {
	fmt.Fprintln(w, "overruling general wording (not done): its answers where the words decide another category, by their lead")
	for _, m := range []int{30, 40, 50, 60, 70, 80, 100} {
		var n, words, answer int
		for _, r := range rows {
			if !r.wordingOnly() || r.Status.Best == r.Got || !r.Status.answersAt(max(m, r.Status.RuleMargin)) {
				continue
			}
			n++
			if r.Status.Best == r.Category {
				words++
			}
			if r.Got == r.Category {
				answer++
			}
		}
		fmt.Fprintf(w, "  %4.1f nats: %2d, the words right %2d, the answer right %2d\n", float64(m)/10, n, words, answer)
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// printGuessGrid prints, for the pastes the rules placed nothing, what a guess would give at
// each margin (tenths of a nat) up to the rule's: the table's best category offered as a `guess` whenever it
// is not unknown and leads the next by m nats (the status word counted), and how many of
// those guesses are the label. An unplaced paste answered "unknown" is wrong unless its label
// is unknown, so each right guess is a category the answer gains.
func printGuessGrid(w io.Writer, rows []replayed) {
	var unplaced []replayed
	labelledUnknown := 0
	for _, r := range rows {
		if r.Got == "unknown" {
			unplaced = append(unplaced, r)
			if r.Category == "unknown" {
				labelledUnknown++
			}
		}
	}
	fmt.Fprintf(w, "guess grid, %d unplaced pastes (%d labelled unknown):\n", len(unplaced), labelledUnknown)
	for _, v := range guessVariants {
		n, right, retryBefore, retryAfter := 0, 0, 0, 0
		for _, r := range unplaced {
			g := r.Status
			if g.Best == "unknown" || g.Words < g.RuleWords || g.Margin < v.margin || g.OverUnknown < v.overUnknown ||
				v.signal && !r.apiSignal() {
				continue
			}
			n++
			if g.Best == r.Category {
				right++
			}
			if r.Retryable == r.GotRetryable {
				retryBefore++
			}
			if r.Retryable == retriesByDefault(g.Best) {
				retryAfter++
			}
		}
		fmt.Fprintf(w, "  margin %d, over unknown %d, a status or provider shown %v: guesses %d, right %d; retryable right on them %d before, %d after\n",
			v.margin, v.overUnknown, v.signal, n, right, retryBefore, retryAfter)
	}
}

// guessVariants are the grid's rows: the lead over the runner-up and over "no API error", in
// tenths of a nat, and whether the paste must show a status or name a provider.
var guessVariants = []struct {
	margin, overUnknown int
	signal              bool
}{{1, 0, false}, {10, 0, false}, {30, 0, false}, {1, 30, false}, {10, 30, false}, {1, 0, true}, {1, 30, true}}

// retriesByDefault is the decoder's verdict for a guessed category (fallbackanswer.go).
func retriesByDefault(c string) bool {
	switch c {
	case "rate_limit", "overloaded", "server", "timeout", "connection":
		return true
	}
	return false
}

// apiSignal reports, from the evidence, a paste that shows an HTTP status or names a provider.
func (r replayed) apiSignal() bool {
	for _, e := range r.Evidence {
		if strings.HasPrefix(e, "provider ") || strings.Contains(e, "HTTP status") {
			return true
		}
	}
	return false
}
