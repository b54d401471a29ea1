package decoder

import "strings"

// Where each value extraction hands on is written in the segment (positions.go fills
// them in), so the stages after it point at the paste by offsets and never read its text
// again: spans marks what decided each answer, and advise asks whether the matched entry's
// code is written in the paste (positions.spotted, which extraction's positions answer by
// looking in the segment they keep, once asked).

// where is a value's place in the segment, [start, end); start is -1 when the segment
// does not write it.
type where struct{ start, end int }

var nowhere = where{-1, -1}

// found reports whether the value is written in the segment.
func (w where) found() bool { return w.start >= 0 }

// spot is where a spotted literal (a catalog code, a field signal's key) is written: first
// ASCII case aside, first exactly.
type spot struct {
	fold  int
	exact where
}

// positions are the offsets of what extraction hands on, each list in step with the
// signals it locates.
type positions struct {
	size int    // the segment's length
	text string // the segment, which spotted searches
	// codes[i] is where signals.codes[i] lies when the parser cut it out of the text
	// (start -1 for a copy, a value it unescaped); first[i] is its first occurrence as
	// written, for a copy.
	codes, first []where
	types        []where // signals.body.types, where each is written
	excs         []where // signals.excs, each class as written, module and all
	fields       []fieldSpot
	status       where // the HTTP status (signals.http), or what stands for it
	msg          where // the provider's message, without the "…" of a clipped one
	wait         where // the wait asked for as the paste writes it (signals.wait.src)
}

// fieldSpot is where a field signal the body showed writes its last key.
type fieldSpot struct {
	sig string // the signal's text (engine.fieldSig), as bodyFacts.fields holds it
	at  where
}

// spotted returns where the segment writes lit, a spotted literal (spotlits.go): a catalog
// code or alias, a field signal's key; false for any other text, and for one the segment
// does not write. Not inlined: it runs once per code placed, and each caller held a copy.
//
//go:noinline
func (p *positions) spotted(e *engine, lit string) (spot, bool) {
	rare, ok := e.spotLit[lit]
	if !ok {
		return spot{}, false
	}
	fold := indexFoldASCII(p.text, lit, rare)
	if fold < 0 {
		return spot{}, false
	}
	sp := spot{fold: fold, exact: nowhere}
	if i := strings.Index(p.text[fold:], lit); i >= 0 { // no earlier than the first in any case
		sp.exact = where{fold + i, fold + i + len(lit)}
	}
	return sp, true
}

// codeWritten reports whether extraction found code, one of codes (signals.codes, which
// p.first is in step with), written in the segment as it is: spotted would find it, in
// any case and exactly. Most bodies hold the code their entry is matched by so.
func (p *positions) codeWritten(codes []codeSeen, code string) bool {
	for i, c := range codes {
		if c.value == code && p.first[i].found() {
			return true
		}
	}
	return false
}

// field returns where field signal sig's last key is written.
func (p *positions) field(sig string) where {
	for _, f := range p.fields {
		if f.sig == sig {
			return f.at
		}
	}
	return nowhere
}
