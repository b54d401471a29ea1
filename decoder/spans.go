package decoder

import "strings"

// Spans tie each answer to the characters of the paste that decided it, so a reader can
// check "code insufficient_quota from the body's error.code" against the body itself.
//
// Positions are taken where the stages found each signal: the catalog literal's hit, and
// for the rest where extraction located each value it handed on (signals.pos,
// positions.go): the status, the codes, the catalog's codes the paste writes, the
// exceptions, the types, the message, the wait, the field signals' keys. The stage reads
// no text. Offsets are in the segment until Decode maps them back to the input as given
// (mapSpans), through the segment's base, normalize's edits and the cut of a long paste.

// The stage runs after advise, on what the earlier stages handed on: the signals with their
// positions, identify's reasons, match's why, the Result and the evidence line advise
// tagged for each answer (lineTags, evidence.go). It gathers the spans in its own buffer
// (spansBuffers) and gives the Result its own copy.

var spanFieldNames = [spanFields]string{"provider", "wrapper", "http_status", "code", "category", "retry_after_ms", "message"}

// spanList gathers the spans of one decode, in the segment's offsets plus its base.
type spanList struct {
	size   int // the segment's length
	base   int
	out    []Span
	fields []int8 // fields[i] is out[i]'s field (spanProvider...): add compares these first
}

// add records the segment's w as supporting field f's evidence line ev, once.
func (l *spanList) add(f int, w where, ev int) {
	start, end := w.start, w.end
	if start < 0 || end > l.size || start >= end {
		return
	}
	sp := Span{Field: spanFieldNames[f], Start: l.base + start, End: l.base + end, Evidence: ev}
	// Of one answer's spans, one inside another says nothing more ("Azure" in "Azure
	// OpenAI"): only the outer is kept.
	// The positions are compared before the names: they tell most spans apart.
	inner := false // some span lies inside sp
	for i, of := range l.fields {
		if int(of) != f {
			continue
		}
		o := &l.out[i]
		if o.Start <= sp.Start && sp.End <= o.End {
			return
		}
		inner = inner || sp.Start <= o.Start && o.End <= sp.End
	}
	if inner {
		kept, keptFields := l.out[:0], l.fields[:0]
		for i, o := range l.out {
			if o.Start < sp.Start || sp.End < o.End || int(l.fields[i]) != f {
				kept, keptFields = append(kept, o), append(keptFields, l.fields[i])
			}
		}
		l.out, l.fields = kept, keptFields
	}
	l.out, l.fields = append(l.out, sp), append(l.fields, int8(f))
}

// spans works out the spans of the answers r gives, after advise has written r and tagged
// its evidence lines (ev). Only answers r still holds get spans (a thin paste drops its category
// and wait).
func (e *engine) spans(s *signals, id *identity, m *match, r *Result, ev lineTags, b *spansBuffers) []Span {
	at := s.pos
	l := spanList{size: at.size, base: s.in.base, out: b.list[:0], fields: b.fields[:0]}
	if r.Provider != "" {
		e.reasonSpans(&l, s, spanProvider, id.reasons, ev.line(spanProvider))
	}
	if r.Wrapper != "" {
		e.reasonSpans(&l, s, spanWrapper, id.wreasons, ev.line(spanWrapper))
	}
	if line := ev.line(spanStatus); line >= 0 && r.HTTPStatus == m.status.code {
		l.add(spanStatus, at.status, line) // m.status is the status extraction handed on
	}
	category := ev.line(spanCategory)
	if r.Code != "" {
		line := ev.line(spanCode)
		if line < 0 {
			line = category // the code came with the entry: its class or its wording
		}
		e.code(&l, s, r.Code, spanCode, line)
	}
	if r.Category != Unknown && category >= 0 {
		e.matchSpans(&l, s, m, category)
	}
	if line := ev.line(spanWait); line >= 0 && r.RetryAfterMS > 0 {
		l.add(spanWait, at.wait, line)
	}
	if r.Message != "" && r.Message == s.msg { // a message made valid UTF-8 is not the paste's
		line := category
		if line < 0 {
			line = ev.line(spanCode)
		}
		l.add(spanMessage, at.msg, line)
	}
	b.list, b.fields = l.out, l.fields
	// The Result's own copy, exactly as long: one allocation ("spans": [] when none, as
	// JSON, like every list the page reads).
	return append(make([]Span, 0, len(l.out)), l.out...)
}

// reasonSpans marks the signals a provider or wrapper was identified by.
func (e *engine) reasonSpans(l *spanList, s *signals, f int, rs []reason, at int) {
	for _, r := range rs {
		switch r.kind {
		case literalReason:
			h := s.hits[r.i]
			l.add(f, where{h.pos, h.end}, at)
		case fieldReason:
			// A field signal ("x_groq", "error.metadata.raw") is a key path: where its
			// last key is written.
			l.add(f, s.pos.field(e.fieldSig[r.i].text), at)
		default:
			e.code(l, s, r.code, f, at)
		}
	}
}

// code marks code as the paste writes it: the code the stages cut out of the text, else
// the exception whose name it is, else its first occurrence in the segment (a code the
// parser unescaped, or the entry's code from the catalog).
func (e *engine) code(l *spanList, s *signals, code string, f, at int) {
	p := s.pos
	for i, c := range s.codes {
		if c.value == code && p.codes[i].found() {
			l.add(f, p.codes[i], at)
			return
		}
	}
	for i, ex := range s.excs {
		if ex.name == code {
			l.add(f, p.excs[i], at)
			return
		}
	}
	for i, c := range s.codes {
		if c.value == code {
			l.add(f, p.first[i], at)
			return
		}
	}
	if c, ok := p.spotted(e, code); ok {
		l.add(f, c.exact, at)
		return
	}
	for _, n := range s.proseNums { // a business code written in prose (prosecodes.go)
		if n.value == code {
			l.add(f, n.at, at)
			return
		}
	}
}

// matchSpans marks what made the entry match: its code, its wording, the exception class,
// the status it agreed with.
func (e *engine) matchSpans(l *spanList, s *signals, m *match, at int) {
	w := m.why
	switch {
	case m.whyWords != "" && len(s.codes) > 0:
		e.code(l, s, s.codes[0].value, spanCategory, at)
	case w.code != "":
		e.code(l, s, w.code, spanCategory, at)
	}
	if w.typ != "" {
		// The entry's type as the body writes it (a type is matched regardless of case).
		for i, t := range s.body.types {
			if strings.EqualFold(t, w.typ) && s.pos.types[i].found() {
				l.add(spanCategory, s.pos.types[i], at)
				break
			}
		}
	}
	if w.wording {
		for _, h := range s.hits {
			if li := &e.info[h.id]; li.file == m.file && li.entry == m.entry {
				l.add(spanCategory, where{h.pos, h.end}, at)
			}
		}
	}
	if w.class != "" && s.primary >= 0 {
		l.add(spanCategory, s.pos.excs[s.primary], at)
	}
	if w.status != 0 && m.hasStatus && m.status.code == w.status {
		l.add(spanCategory, s.pos.status, at)
	}
}

// spansBuffers are the spans stage's working storage: the list the spans are gathered in
// before the Result gets its copy.
type spansBuffers struct {
	list   []Span
	fields []int8
}

// release drops a list a long paste grew (the Result holds its own copy).
func (b *spansBuffers) release() {
	if cap(b.list) > maxPooledHits {
		b.list, b.fields = nil, nil
	}
	b.list, b.fields = b.list[:0], b.fields[:0]
}
