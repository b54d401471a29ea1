package decoder

import (
	"strings"
	"unicode/utf8"
)

// DefaultMaxInput is how much of a paste the decoder examines. Longer input keeps its
// first quarter and its last three quarters of this (the error that ended a log is at its
// end; the request that caused it is often at its start), and the answer says so.
const DefaultMaxInput = 1 << 20

// normalized is the paste after the first stage.
type normalized struct {
	text      string
	origLen   int
	truncated bool
	// head and tail are how many bytes of a truncated paste's start and end were kept.
	head, tail int
	binary     bool
	// edits are where cleaning changed the text's length (spans.go maps offsets back to the
	// input through them); base is where text starts in the whole normalised paste, when
	// text is one error's segment of it.
	edits []edit
	base  int
	// unescapes are where a JSON log record's escapes were decoded in place (jsonlog.go):
	// the decoded text's offsets before the edits' (out: text, in: the cleaned text).
	unescapes []edit
	// unescapedAgain are the same for a record the first one's text held (a log record
	// written into another one's field), decoded a second time: offsets of text before
	// them are those of the first decoding's text.
	unescapedAgain []edit
	// retyped are where typographic quotes around a body were made plain (retype), in the
	// text after the escapes were decoded: a JSON log record keeps its own quotes plain.
	retyped []edit
	// served are the statuses of the access-log records normalize blanked, and whole is the
	// whole normalised paste their offsets are in, which a segment's text is a part of
	// (servedstatus.go).
	served []servedStatus
	whole  string
}

// normalize bounds the input and removes what only gets in the way of reading it: white
// space at its end (which every later pass would otherwise walk again), terminal colour
// codes, the box-drawing frames of rich tracebacks, carriage returns, NUL bytes, invalid
// UTF-8, the JSON log records an error is written into (jsonlog.go), the app's own
// access-log records (accesslog.go), the prefixes container logs put before every line
// (logprefix.go) and a markdown quote's markers (mdquote.go).
func normalize(in string, maxInput int) normalized {
	out := normalized{origLen: len(in)}
	if maxInput > 0 && len(in) > maxInput {
		head := maxInput / 4
		tail := maxInput - head
		in = in[:head] + truncMarker + in[len(in)-tail:]
		out.truncated, out.head, out.tail = true, head, tail
	}
	in = trimEndSpace(in)
	binary, dirty := inspect(in)
	out.binary = binary
	if !dirty {
		out.text = unlayer(in, &out)
		out.whole = out.text
		return out
	}
	var b strings.Builder
	b.Grow(len(in))
	for i := 0; i < len(in); {
		c, start, at := in[i], i, b.Len()
		switch {
		case c == 0x1b: // ANSI escape: ESC [ params letter
			i++
			if i < len(in) && in[i] == '[' {
				i++
				for i < len(in) && (in[i] < 0x40 || in[i] > 0x7e) {
					i++
				}
				i++
			}
			out.edits = appendEdit(out.edits, b.Len(), b.Len(), start, min(i, len(in)))
			continue
		case c == '\r':
			if i+1 >= len(in) || in[i+1] != '\n' {
				b.WriteByte('\n')
			} else {
				out.edits = appendEdit(out.edits, b.Len(), b.Len(), i, i+1)
			}
			i++
			continue
		case c == 0:
			b.WriteByte(' ')
			i++
			continue
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(in[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString("\uFFFD")
		case r >= 0x2500 && r <= 0x257F: // box drawing: │ ╭ ─ ╰
			b.WriteByte(' ')
		case r == 0xA0 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r == 0xFEFF:
		default:
			b.WriteString(in[i : i+size])
		}
		i += size
		if b.Len()-at != size {
			out.edits = appendEdit(out.edits, at, b.Len(), start, i)
		}
	}
	out.text = unlayer(b.String(), &out)
	out.whole = out.text
	return out
}

// unlayer takes off what the text was written inside: log prefixes, the JSON log records
// around it, typographic quotes, access-log records, log prefixes again (those the records
// held) and a markdown quote's markers. The second prefix pass is skipped when the first
// and the three between changed nothing: it would read the same text and find no prefix
// again (most pastes; a pass reads every line).
func unlayer(in string, out *normalized) string {
	first := blankLogPrefixes(in)
	t := blankAccessLogsKeeping(retype(unwrapLogRecords(first, out), &out.retyped), &out.served)
	if t != in || first != in { // a string unchanged is the same bytes: compared at once
		t = blankLogPrefixes(t)
	}
	return blankQuoteMarkers(t)
}

// retype turns the typographic quotes of a paste that writes a body with them
// (typographicObject) into plain ones, recording each change in es. It runs after a JSON log
// record is unwrapped, whose own string would end at a plain quote put inside it.
func retype(s string, es *[]edit) string {
	if !typographicObject(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		at := b.Len()
		switch r {
		case 0x2018, 0x2019: // ‘ ’
			b.WriteByte('\'')
		case 0x201C, 0x201D: // “ ”
			b.WriteByte('"')
		default:
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		*es = appendEdit(*es, at, b.Len(), i, i+size)
		i += size
	}
	return b.String()
}

// typographicObject reports whether s writes an object with typographic quotes ({‘error’:
// or {“error”:), as forums and word processors print a pasted body: they turn every quote
// of the paste so, and the body reads again once they are plain quotes. Only then are they
// turned back: elsewhere “ ” and ‘ ’ are a message's own (Chinese messages quote a
// parameter “model” inside a JSON string, which plain quotes would end).
func typographicObject(s string) bool {
	if strings.IndexByte(s, 0xE2) < 0 { // the first byte of all four quotes in UTF-8
		return false
	}
	for i := 0; ; {
		j := strings.IndexAny(s[i:], "{[")
		if j < 0 {
			return false
		}
		i += j + 1
		k := i
		for k < len(s) && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t') {
			k++
		}
		if strings.HasPrefix(s[k:], "\u2018") || strings.HasPrefix(s[k:], "\u201c") {
			return true
		}
	}
}

// inspect reports whether the start of s is mostly not text (binary), and whether s holds
// anything normalize removes or replaces (dirty): one pass that spends one comparison
// on each printable ASCII byte, which is nearly every byte of a paste.
func inspect(s string) (binary, dirty bool) {
	n := min(len(s), 4096)
	bad := 0
	for i := 0; i < n; {
		// Eight printable ASCII bytes at a time; any other byte takes the switch below.
		if i+8 <= n && printable8(word8(s, i)) {
			i += 8
			continue
		}
		c := s[i]
		switch {
		case c-0x20 < 0x60: // ' ' to DEL
			i++
			continue
		case c < utf8.RuneSelf: // a control byte
			if c == 0x1b || c == '\r' || c == 0 {
				dirty = true
			}
			if c == 0 || (c != '\n' && c != '\r' && c != '\t' && c != 0x1b) {
				bad++
			}
			i++
			continue
		}
		dirty = true
		r, size := utf8.DecodeRuneInString(s[i:n])
		if r == utf8.RuneError && size == 1 && n-i >= utf8.UTFMax {
			bad++ // as looksBinary counts it
		}
		i += size
	}
	for i := n; i < len(s) && !dirty; i++ { // past the first 4 KB only cleaning matters
		if i+8 <= len(s) && printable8(word8(s, i)) {
			i += 7
			continue
		}
		c := s[i]
		dirty = c == 0x1b || c == '\r' || c == 0 || c >= utf8.RuneSelf
	}
	return bad*10 > n, dirty
}

// trimEndSpace is s without the white space (isSpace) at its end: a padding of spaces (a
// terminal's copy of a wide line) eight bytes at a time, the rest byte by byte.
func trimEndSpace(s string) string {
	for len(s) >= 8 && word8(s, len(s)-8) == ' '*ones8 {
		s = s[:len(s)-8]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// printable8 reports whether the eight bytes in w (word8) are all printable ASCII (0x20 to
// 0x7f): a byte of 0x80 or more sets its top bit in w, and a byte below 0x20 sets it in
// w-0x2020... (the subtraction borrows there, and any borrow it passes on starts at such a
// byte, so the test never fails a word of printable bytes).
func printable8(w uint64) bool {
	return (w|(w-0x20*ones8))&highs8 == 0
}
