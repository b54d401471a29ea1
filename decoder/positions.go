package decoder

import (
	"strings"
	"unsafe"
)

// Extraction's last step: where each value it hands on is written (where.go), worked out
// while the text is at hand. A value the parsers cut out of the text without copying it
// (a body's code, a header's wait, a message) lies at its address, which says where in the
// text the slice is: nothing has to be threaded through the parsers, and no search can
// land on an earlier copy of the same word (a code also named in a URL). A value that is a
// copy (one the parser unescaped) is looked for: its first occurrence. A catalog code is
// looked for when a later stage asks where it is written (spotted, spotlits.go).

// locate fills in s.pos from the signals and the text.
func (s *signals) locate(eng *engine) {
	text, p := s.in.text, &s.buf.pos
	s.pos = p
	p.size, p.text = len(text), text
	p.codes, p.first = p.codes[:0], p.first[:0]
	for _, c := range s.codes {
		at := sliceAt(text, c.value)
		first := at
		if !at.found() {
			first = valueAt(text, c.value)
		}
		p.codes, p.first = append(p.codes, at), append(p.first, first)
	}
	p.types = p.types[:0]
	for _, t := range s.body.types {
		p.types = append(p.types, valueAt(text, t))
	}
	p.excs = p.excs[:0]
	for _, ex := range s.excs {
		p.excs = append(p.excs, exceptionAt(text, ex))
	}
	clear(p.fields)
	p.fields = p.fields[:0]
	for sig, ok := range s.body.fields { // the field signals identify may credit
		if ok {
			p.fields = append(p.fields, fieldSpot{sig, fieldKeyAt(text, sig)})
		}
	}
	p.status = nowhere
	if s.hasHTTP {
		p.status = s.statusAt(text, s.http)
	}
	p.msg = valueAt(text, strings.TrimSuffix(s.msg, "…")) // a clipped one: what it kept
	if !p.msg.found() {
		p.msg = escapedAt(text, strings.TrimSuffix(s.msg, "…"))
	}
	p.wait = valueAt(text, s.wait.src)
}

// offsetIn returns where sub lies in text when sub is a slice of text, else -1. Not
// inlined: it was copied into four callers, which run a few times a decode.
//
//go:noinline
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

// sliceAt is where v lies when it is a slice of text.
func sliceAt(text, v string) where {
	if at := offsetIn(text, v); at >= 0 {
		return where{at, at + len(v)}
	}
	return nowhere
}

// valueAt is where v lies when it is a slice of text, else its first occurrence.
func valueAt(text, v string) where {
	if w := sliceAt(text, v); w.found() || v == "" {
		return w
	}
	if at := strings.Index(text, v); at >= 0 {
		return where{at, at + len(v)}
	}
	return nowhere
}

// exceptionAt is an exception's class as written, module and all.
func exceptionAt(text string, ex exception) where {
	start := offsetIn(text, ex.name)
	if start < 0 {
		// A class the parser rebuilt: look for it just before its position.
		lo := max(0, min(ex.pos, len(text))-len(ex.full())-80)
		hi := min(len(text), ex.pos+len(ex.full()))
		j := strings.LastIndex(text[lo:hi], ex.name)
		if j < 0 {
			return valueAt(text, ex.name)
		}
		start = lo + j
	}
	end := start + len(ex.name)
	if m := offsetIn(text, ex.module); m >= 0 && m < start {
		start = m
	}
	return where{start, end}
}

// fieldKeyAt is where a field signal ("x_groq", "error.metadata.raw=...") writes its last
// key: a key path carries no position, so it is the key's first occurrence, case aside.
func fieldKeyAt(text, sig string) where {
	key := fieldKey(sig)
	i := indexFold(text, key)
	if i < 0 {
		return nowhere
	}
	return where{i, i + len(key)}
}

// statusAt is the status number an anchor found, or what stands for it: the exception
// class that implies it, the status name ("TOO_MANY_REQUESTS").
func (s *signals) statusAt(text string, st statusSeen) where {
	num := [3]byte{byte('0' + st.code/100%10), byte('0' + st.code/10%10), byte('0' + st.code%10)}
	isNum := func(j int) bool {
		return j >= 0 && j+3 <= len(text) && text[j] == num[0] && text[j+1] == num[1] && text[j+2] == num[2]
	}
	p := st.pos
	switch {
	case isNum(p):
		return where{p, p + 3}
	case st.strength == anchorClass && s.primary >= 0:
		return exceptionAt(text, s.excs[classOf(s, st)])
	case p > 0 && p < len(text) && isLetter(text[p]):
		n := p
		for n < len(text) && (isLetter(text[n]) || text[n] == '_') {
			n++
		}
		return where{p, n}
	}
	// A status read from a body field or a page title carries no position: its number,
	// standing alone, in the segment.
	for j := 0; j+3 <= len(text); j++ {
		if isNum(j) && (j == 0 || !isDigit(text[j-1])) && (j+3 == len(text) || !isDigit(text[j+3])) {
			return where{j, j + 3}
		}
	}
	return nowhere
}

// release drops the field texts and lists a long paste grew.
func (p *positions) release() {
	clear(p.fields)
	p.text = ""
	if cap(p.codes) > maxPooledHits || cap(p.types) > maxPooledHits || cap(p.excs) > maxPooledHits ||
		cap(p.fields) > maxPooledHits {
		*p = positions{}
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
