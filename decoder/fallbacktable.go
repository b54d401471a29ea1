package decoder

import (
	_ "embed" // fallbackTableText
	"strings"
)

// The learned fallback's table (fallback.go) travels in the compiled catalog: the catalog
// compiler (newEngine) reads fallback.txt, which scripts/fallback writes (its header says
// how it was learned), and codeFallback (snapshot.go) stores it in catalog.bin with the
// engine. The decoder reads it with the snapshot's reader at start-up and holds no parser
// of the text: a program that only decodes links neither the text nor parseFallback
// (2026-12-07, issues 13/14: 2.8 KB of the gzipped wasm).

//go:embed fallback.txt
var fallbackTableText string

// parseFallback reads the table's text (scripts/fallback/table.go writes it): the rule, the
// categories naming the columns, then a line of numbers a name. A value it cannot read is
// 0: TestFallbackTableReads holds the committed table to every field.
func parseFallback(text string) *fallbackTable {
	t := &fallbackTable{rows: map[string]int{}}
	for _, line := range strings.Split(text, "\n") {
		name, rest, _ := strings.Cut(line, " ")
		switch {
		case name == "" || name[0] == '#':
		case name == "rule":
			words, margin, _ := strings.Cut(rest, " ")
			t.minWords, _ = atoi(words)
			t.margin, _ = atoi(margin)
		case name == "categories":
			for _, c := range strings.Fields(rest) {
				t.cats = append(t.cats, Category(c))
			}
		case name == "pastes":
			t.pastes = t.columns(rest)
		case name == "entries":
			t.entries = t.columns(rest)
		case name == "zero":
			t.zero = t.columns(rest)
		default:
			t.rows[name] = len(t.lifts)
			t.lifts, t.names = append(t.lifts, t.columns(rest)), append(t.names, name)
		}
	}
	return t
}

// columns reads one value a category; '.' (never seen) is 0.
func (t *fallbackTable) columns(fields string) []int {
	out := make([]int, len(t.cats))
	for i, f := range strings.Fields(fields) {
		if i < len(out) {
			out[i], _ = atoi(f)
		}
	}
	return out
}

// WithFallbackTable decodes with the learned fallback's table given as text (fallback.txt's
// form) in place of the one compiled into catalog.bin: scripts/fallback's cross-validation
// decodes each fold's held-out pastes with a table learned from the other folds. A program
// that never calls it (the wasm, the CLI) links no parser of the text.
func WithFallbackTable(text string) Option {
	t := parseFallback(text)
	return func(d *Decoder) { d.fallback = t }
}

// fallbackOf is the table d decodes with: its own, else the compiled catalog's.
func (d *Decoder) fallbackOf(eng *engine) *fallbackTable {
	if d.fallback != nil {
		return d.fallback
	}
	return eng.fallback
}

// FallbackStatusWord is the word the learned fallback reads for a paste's HTTP status:
// "status=429", "status=none" for none. No text gives it (a word is letters only), and the
// table names it as it is (scripts/fallback adds it to each tune paste's words).
func FallbackStatusWord(status int) string {
	if status == 0 {
		return "status=none"
	}
	return "status=" + itoa(status)
}
