package decoder

import (
	"strings"
	"unicode/utf8"
)

// Evidence: the lines a Result gives for its answer. The buffer they are written into, and
// the wording of what identify and match hand on (the reasons a provider was named, the
// parts that made an entry match), live here, so that the stage writing the Result words
// them without calling back into the stages that found them. Sentences about one answer
// (a status, a wait) are written where that answer is decided, with the helpers of words.go.

// evidence gathers the evidence lines' text in one buffer and makes it a string once, at
// the end: one allocation for all the lines instead of one or more per line.
type evidence struct {
	buf  []byte
	ends []int // where each line ends in buf
	// tags are the lines each answer's spans support (spans.go reads them).
	tags lineTags
	// text holds the other sentences of the Result built per decode (the reference, what
	// the SDK did, the verdict): lines makes them strings in the lines' one allocation,
	// where each was a concatenation of its own. texts[f] is field f's, in text.
	text  []byte
	texts [textFields]struct{ start, end int }
	// says are where each SDKWait's sentence ends in text, the first starting at saysFrom.
	says     []int
	saysFrom int
}

// The Result's fields written into evidence.text.
const (
	textReference = iota
	textSDKBehavior
	textVerdict
	textFields
)

// fill records text[start:] (written since start) as what field f becomes when lines
// runs; nothing written leaves the field as it is.
func (ev *evidence) fill(f, start int) {
	ev.texts[f].start, ev.texts[f].end = start, len(ev.text)
}

// setTexts gives r the fields written into text, from all, which holds text from n on.
func (ev *evidence) setTexts(r *Result, all string, n int) {
	for f, t := range ev.texts {
		if t.start == t.end {
			continue
		}
		s := all[n+t.start : n+t.end]
		switch f {
		case textReference:
			r.Reference = s
		case textSDKBehavior:
			r.SDKBehavior = s
		case textVerdict:
			r.Verdict = s
		}
	}
	ev.setSays(r.SDKWaits, all, n)
}

// setSays gives each of out its sentence (written by sdkWaits), from all, which holds text from n on.
func (ev *evidence) setSays(out []SDKWait, all string, n int) {
	start := ev.saysFrom
	for i, end := range ev.says {
		out[i].Says, start = all[n+start:n+end], end
	}
}

// The answers a span can support (spanFieldNames, spans.go, names them as the Result's JSON
// fields). They are here because advise tags the evidence line of each as it writes it.
const (
	spanProvider = iota
	spanWrapper
	spanStatus
	spanCode
	spanCategory
	spanWait
	spanMessage
	spanFields
)

// lineTags holds, for each answer, the index of the evidence line that supports it, plus
// one (zero: none).
type lineTags [spanFields]int

// tag says that the next evidence line finished is the one that supports field f.
func (ev *evidence) tag(f int) { ev.tags[f] = len(ev.ends) + 1 }

// line returns the index of the evidence line tagged for field f, -1 when none.
func (t *lineTags) line(f int) int { return t[f] - 1 }

// add appends one line, the concatenation of parts. (Not inlined: advise calls it and
// write a few dozen times, and each inlined copy of the loop grew the wasm binary.)
//
//go:noinline
func (ev *evidence) add(parts ...string) {
	ev.write(parts...)
	ev.end()
}

// write adds parts to the line being written; end finishes it.
//
//go:noinline
func (ev *evidence) write(parts ...string) {
	b := ev.buf // in a register through the loop, stored once
	for _, p := range parts {
		b = append(b, p...)
	}
	ev.buf = b
}

// end closes the line being added. Not inlined: its append was copied into every place
// that writes a reason.
//
//go:noinline
func (ev *evidence) end() { ev.ends = append(ev.ends, len(ev.buf)) }

func (ev *evidence) len() int { return len(ev.ends) }

// lines returns the lines added, nil when none, each valid UTF-8 (snippets of the paste
// may hold anything: an invalid sequence becomes U+FFFD). They share one string and own
// their memory (the buffer itself stays in the scratch).
func (ev *evidence) lines() []string { return ev.linesFor(nil) }

// linesFor is lines, and gives r the fields written into text, in the same string.
func (ev *evidence) linesFor(r *Result) []string {
	n := len(ev.buf)
	// Appended in place, so that a buffer grown for text stays in the scratch.
	ev.buf = append(ev.buf, ev.text...)
	all := string(ev.buf)
	ev.buf = ev.buf[:n]
	if r != nil {
		ev.setTexts(r, all, n)
	}
	if len(ev.ends) == 0 {
		return nil
	}
	all = all[:n]
	// Valid text cut where characters start leaves valid lines: one check for them all.
	valid := utf8.ValidString(all)
	for _, end := range ev.ends {
		if end < len(all) && !utf8.RuneStart(all[end]) {
			valid = false // a line ends inside a character
		}
	}
	out := make([]string, len(ev.ends))
	start := 0
	for i, end := range ev.ends {
		line := all[start:end]
		if !valid && !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "\uFFFD")
		}
		out[i] = line
		start = end
	}
	return out
}

// whyParts is what made an entry score, worded (why) only for the entry that wins.
type whyParts struct {
	code    string // the code as written, or the exception that stands for it
	byClass string // when code is an exception name: the entry code it stands for
	typ     string // the entry's type, when it scored
	wording bool
	class   string // the entry's SDK class the paste raised
	status  int    // the entry's status, when it agreed
}

// writeTo writes the parts, separated by commas, into the current evidence line; filedAs is
// the entry's own spelling of the code, when the paste's is alike only once normalised
// (match.filedAs). (A parameter, not a part: whyParts is copied for every entry scored.)
func (w *whyParts) writeTo(ev *evidence, filedAs string) {
	first := true
	// sep starts every part but the first.
	sep := func() {
		if !first {
			ev.write(", ")
		}
		first = false
	}
	switch {
	case w.code != "" && w.byClass != "":
		sep()
		ev.write("exception ", w.code)
	case w.code != "" && filedAs != "":
		sep()
		ev.write("code \"", w.code, "\", which it files as \"", filedAs, "\"")
	case w.code != "":
		sep()
		ev.write("code \"", w.code, "\"")
	}
	if w.typ != "" {
		sep()
		ev.write("type \"", w.typ, "\"")
	}
	if w.wording {
		sep()
		ev.write("its wording")
	}
	if w.class != "" {
		sep()
		ev.write("exception ", w.class)
	}
	if w.status != 0 {
		sep()
		ev.write("status ", itoa(w.status))
	}
}

// topReasons returns the four strongest reasons (the first of equals first).
func topReasons(rs []reason) []reason {
	sortStable(rs, func(a, b reason) bool { return a.weight > b.weight })
	return rs[:min(len(rs), 4)]
}

// writeReasons writes reasons into the current evidence line, separated by commas.
func (e *engine) writeReasons(ev *evidence, s *signals, rs []reason) {
	for i, r := range rs {
		if i > 0 {
			ev.write(", ")
		}
		switch r.kind {
		case literalReason:
			h := s.hits[r.i]
			ev.write(signalWords(e.info[h.id].kind), " \"", oneSpaced(s.in.text[h.pos:h.end]), "\"")
		case fieldReason:
			ev.write("body field ", e.fieldSig[r.i].text)
		case codeSpeltReason:
			ev.write("code \"", r.code, "\", written as only ", e.files[r.i].Name, " writes it")
		case businessCodeReason:
			ev.write("code \"", r.code, "\" beside the wording ", e.files[r.i].Name, " documents it with")
		case businessStatusReason:
			ev.write("code \"", r.code, "\" with the HTTP status ", e.files[r.i].Name, " documents it with")
		case defaultReason:
			ev.write(e.files[r.i].Name, " calls it unless another API's address is set, and the paste shows no other")
		case configuredReason:
			ev.write(e.files[r.i].Name, " calls it when set up for it, and the paste shows its signs and no other API's")
		default:
			ev.write("code \"", r.code, "\", which only ", e.files[r.i].Name, " uses")
		}
	}
}

func signalWords(kind string) string {
	switch kind {
	case "host":
		return "host"
	case "module":
		return "module"
	case "package":
		return "package"
	case "label":
		return "wrapper label"
	case "class":
		return "exception class"
	case "header":
		return "header"
	case "key":
		return "API key prefix"
	case "request_id":
		return "request ID prefix"
	case "model":
		return "model family (its maker, weak)"
	case "cloud":
		return "the cloud's own wording"
	case "name":
		return "the name"
	case "entry":
		return "wording only it uses:"
	case "traceback":
		return "a traceback of bare file names, as its crash report prints them:"
	}
	return "the phrase"
}
