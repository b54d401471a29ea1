package decoder

import (
	"strings"
	"unsafe"
)

// Spans tie each answer to the characters of the paste that decided it, so a reader can
// check "code insufficient_quota from the body's error.code" against the body itself.
//
// Positions are taken where the stages found each signal: the status number's anchor,
// the exception's position, the catalog literal's hit, and for values the parsers cut out
// of the text (a body's code, a header's wait, a message) their address, which says where
// in the text the slice lies. Only a signal that carries neither (a field signal's key, a
// value the parser had to unescape) is looked for again, and only inside the chosen error's
// segment. Offsets are in the segment until Decode maps them back to the input as given
// (mapSpans), through the segment's base, normalize's edits and the cut of a long paste.

// The stage runs after advise, on what the earlier stages handed on: the signals with their
// positions, identify's reasons, match's why, the Result and the evidence line advise
// tagged for each answer (lineTags, evidence.go). It gathers the spans in its own buffer
// (spansBuffers) and gives the Result its own copy.

var spanFieldNames = [spanFields]string{"provider", "wrapper", "http_status", "code", "category", "retry_after_ms", "message"}

// spanList gathers the spans of one decode, in the segment's offsets plus its base.
type spanList struct {
	text string
	base int
	out  []Span
}

// add records text[start:end] as supporting field f's evidence line ev, once.
func (l *spanList) add(f, start, end, ev int) {
	if start < 0 || end > len(l.text) || start >= end {
		return
	}
	sp := Span{Field: spanFieldNames[f], Start: l.base + start, End: l.base + end, Evidence: ev}
	// Of one answer's spans, one inside another says nothing more ("Azure" in "Azure
	// OpenAI"): only the outer is kept.
	for _, o := range l.out {
		if o.Field == sp.Field && o.Start <= sp.Start && sp.End <= o.End {
			return
		}
	}
	kept := l.out[:0]
	for _, o := range l.out {
		if o.Field != sp.Field || o.Start < sp.Start || sp.End < o.End {
			kept = append(kept, o)
		}
	}
	l.out = append(kept, sp)
}

// value records the value v the stages cut out of the text (see offsetIn), or, when v is a
// copy, its first occurrence in the segment.
func (l *spanList) value(f int, v string, ev int) bool {
	at := offsetIn(l.text, v)
	if at < 0 && v != "" {
		at = strings.Index(l.text, v)
	}
	if at < 0 {
		return false
	}
	l.add(f, at, at+len(v), ev)
	return true
}

// offsetIn returns where sub lies in text when sub is a slice of text, else -1. The
// stages cut codes, header values and messages out of the text without copying them, so
// their address is their position: nothing has to be threaded through the parsers, and no
// search can land on an earlier copy of the same word (a code also named in a URL).
func offsetIn(text, sub string) int {
	if sub == "" || len(sub) > len(text) {
		return -1
	}
	t := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(sub)))
	if p < t || p-t > uintptr(len(text)-len(sub)) {
		return -1
	}
	return int(p - t)
}

// spans works out the spans of the answers r gives, after advise has written r and tagged
// its evidence lines (ev). Only answers r still holds get spans (a thin paste drops its category
// and wait).
func (e *engine) spans(s *signals, id identity, m match, r *Result, ev lineTags, b *spansBuffers) []Span {
	l := spanList{text: s.in.text, base: s.in.base, out: b.list[:0]}
	if r.Provider != "" {
		e.reasonSpans(&l, s, spanProvider, id.reasons, ev.line(spanProvider))
	}
	if r.Wrapper != "" {
		e.reasonSpans(&l, s, spanWrapper, id.wreasons, ev.line(spanWrapper))
	}
	if at := ev.line(spanStatus); at >= 0 && r.HTTPStatus == m.status.code {
		l.status(s, m.status, spanStatus, at)
	}
	category := ev.line(spanCategory)
	if r.Code != "" {
		at := ev.line(spanCode)
		if at < 0 {
			at = category // the code came with the entry: its class or its wording
		}
		l.code(s, r.Code, spanCode, at)
	}
	if r.Category != Unknown && category >= 0 {
		e.matchSpans(&l, s, m, category)
	}
	if at := ev.line(spanWait); at >= 0 && r.RetryAfterMS > 0 {
		l.value(spanWait, s.wait.src, at)
	}
	if r.Message != "" {
		at := category
		if at < 0 {
			at = ev.line(spanCode)
		}
		l.value(spanMessage, strings.TrimSuffix(r.Message, "…"), at) // a clipped one: what it kept
	}
	b.list = l.out
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
			l.add(f, h.pos, h.end, at)
		case fieldReason:
			// A field signal ("x_groq", "error.metadata.raw") is a key path, with no
			// position: its last key is looked for in the segment.
			key, _, _ := strings.Cut(e.fieldSig[r.i].text, "=")
			key = key[strings.LastIndexByte(key, '.')+1:]
			if i := indexFold(l.text, key); i >= 0 {
				l.add(f, i, i+len(key), at)
			}
		default:
			l.code(s, r.code, f, at)
		}
	}
}

// code marks code as the paste writes it: the code the stages found, else the exception
// whose name it is, else its first occurrence in the segment.
func (l *spanList) code(s *signals, code string, f, at int) {
	for _, c := range s.codes {
		if c.value == code && offsetIn(l.text, c.value) >= 0 {
			l.value(f, c.value, at)
			return
		}
	}
	for _, ex := range s.excs {
		if ex.name == code {
			l.exception(ex, f, at)
			return
		}
	}
	l.value(f, code, at)
}

// status marks the status number an anchor found, or what stands for it: the exception
// class that implies it, the status name ("TOO_MANY_REQUESTS").
func (l *spanList) status(s *signals, st statusSeen, f, at int) {
	num := [3]byte{byte('0' + st.code/100%10), byte('0' + st.code/10%10), byte('0' + st.code%10)}
	isNum := func(j int) bool {
		return j >= 0 && j+3 <= len(l.text) && l.text[j] == num[0] && l.text[j+1] == num[1] && l.text[j+2] == num[2]
	}
	p := st.pos
	switch {
	case isNum(p):
		l.add(f, p, p+3, at)
	case st.strength == anchorClass && s.primary >= 0:
		l.exception(s.excs[classOf(s, st)], f, at)
	case p > 0 && p < len(l.text) && isLetter(l.text[p]):
		n := p
		for n < len(l.text) && (isLetter(l.text[n]) || l.text[n] == '_') {
			n++
		}
		l.add(f, p, n, at)
	default:
		// A status read from a body field or a page title carries no position: its number,
		// standing alone, in the segment.
		for j := 0; j+3 <= len(l.text); j++ {
			if isNum(j) && (j == 0 || !isDigit(l.text[j-1])) && (j+3 == len(l.text) || !isDigit(l.text[j+3])) {
				l.add(f, j, j+3, at)
				return
			}
		}
	}
}

// classOf is the exception whose class implied the status (statusOf tries the primary
// first, then the others, a cause among them): the one at the status's position.
func classOf(s *signals, st statusSeen) int {
	for i, ex := range s.excs {
		if ex.pos == st.pos {
			return i
		}
	}
	return s.primary
}

// exception marks an exception's class as written, module and all.
func (l *spanList) exception(ex exception, f, at int) {
	start := offsetIn(l.text, ex.name)
	if start < 0 {
		// A class the parser rebuilt: look for it just before its position.
		lo := max(0, min(ex.pos, len(l.text))-len(ex.full())-80)
		hi := min(len(l.text), ex.pos+len(ex.full()))
		j := strings.LastIndex(l.text[lo:hi], ex.name)
		if j < 0 {
			l.value(f, ex.name, at)
			return
		}
		start = lo + j
	}
	end := start + len(ex.name)
	if m := offsetIn(l.text, ex.module); m >= 0 && m < start {
		start = m
	}
	l.add(f, start, end, at)
}

// matchSpans marks what made the entry match: its code, its wording, the exception class,
// the status it agreed with.
func (e *engine) matchSpans(l *spanList, s *signals, m match, at int) {
	w := m.why
	switch {
	case m.whyWords != "" && len(s.codes) > 0:
		l.code(s, s.codes[0].value, spanCategory, at)
	case w.code != "":
		l.code(s, w.code, spanCategory, at)
	}
	if w.typ != "" {
		// The entry's type as the body writes it (a type is matched regardless of case).
		for _, t := range s.body.types {
			if strings.EqualFold(t, w.typ) && l.value(spanCategory, t, at) {
				break
			}
		}
	}
	if w.wording {
		for _, h := range s.hits {
			if li := &e.info[h.id]; li.file == m.file && li.entry == m.entry {
				l.add(spanCategory, h.pos, h.end, at)
			}
		}
	}
	if w.class != "" && s.primary >= 0 {
		l.exception(s.excs[s.primary], spanCategory, at)
	}
	if w.status != 0 && m.hasStatus && m.status.code == w.status {
		l.status(s, m.status, spanCategory, at)
	}
}

// spansBuffers are the spans stage's working storage: the list the spans are gathered in
// before the Result gets its copy.
type spansBuffers struct {
	list []Span
}

// release drops a list a long paste grew (the Result holds its own copy).
func (b *spansBuffers) release() {
	if cap(b.list) > maxPooledHits {
		b.list = nil
	}
	b.list = b.list[:0]
}
