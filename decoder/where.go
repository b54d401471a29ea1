package decoder

// Where each value extraction hands on is written in the segment (positions.go fills
// them in), so the stages after it point at the paste by offsets and never read its text
// again: spans marks what decided each answer, and advise asks whether the matched entry's
// code is written in the paste.

// where is a value's place in the segment, [start, end); start is -1 when the segment
// does not write it.
type where struct{ start, end int }

var nowhere = where{-1, -1}

// found reports whether the value is written in the segment.
func (w where) found() bool { return w.start >= 0 }

// codeSpot is where a code of the catalog is written: first ASCII case aside, first exactly.
type codeSpot struct {
	id    int // its code literal (engine.codeLit)
	fold  int
	exact where
}

// positions are the offsets of what extraction hands on, each list in step with the
// signals it locates.
type positions struct {
	size int // the segment's length
	// codes[i] is where signals.codes[i] lies when the parser cut it out of the text
	// (start -1 for a copy, a value it unescaped); first[i] is its first occurrence as
	// written, for a copy.
	codes, first []where
	types        []where // signals.body.types, where each is written
	excs         []where // signals.excs, each class as written, module and all
	fields       []fieldSpot
	catalog      []codeSpot // the catalog's codes the segment writes
	status       where      // the HTTP status (signals.http), or what stands for it
	msg          where      // the provider's message, without the "…" of a clipped one
	wait         where      // the wait asked for as the paste writes it (signals.wait.src)
}

// fieldSpot is where a field signal the body showed writes its last key.
type fieldSpot struct {
	sig int // index into engine.fieldSig
	at  where
}

// catalogCode returns where the segment writes code, a code or alias of the catalog.
func (p *positions) catalogCode(e *engine, code string) (codeSpot, bool) {
	id, ok := e.codeLit[code]
	if !ok {
		return codeSpot{}, false
	}
	for _, c := range p.catalog {
		if c.id == id {
			return c, true
		}
	}
	return codeSpot{}, false
}

// field returns where field signal i's last key is written.
func (p *positions) field(i int) where {
	for _, f := range p.fields {
		if f.sig == i {
			return f.at
		}
	}
	return nowhere
}
