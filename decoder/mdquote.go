package decoder

import "strings"

// A paste posted in a forum or an issue is often quoted as markdown, each line after a
// `> ` (or `>> ` for a quote inside a quote), and a long message hard-wrapped: Anthropic's
// "This request would\n> exceed the rate limit for your organization" no longer reads as
// the sentence it is while the marker sits between its words. blankQuoteMarkers blanks each
// line's markers (offsets are kept), so a wrapped sentence is words and white space again.
// A marker may follow a log prefix or an indent, which the text keeps as spaces.
//
// curl -v writes `> ` before each request line and header it sent and `< ` before each it
// received, and those must stay marked: a paste with such a line is left alone.
func blankQuoteMarkers(s string) string {
	if !strings.Contains(s, ">") {
		return s
	}
	var marks []int // line start, marker start and end, three per quoted line
	for at := 0; at < len(s); {
		line := lineAt(s[at:])
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		if n := quoteMarkerLen(line[lead:]); n > 0 {
			if curlLine(line[lead+n:]) {
				return s
			}
			marks = append(marks, at+lead, at+lead+n)
		} else if strings.HasPrefix(line[lead:], "< ") {
			return s
		}
		at += len(line) + 1
	}
	if len(marks) == 0 {
		return s
	}
	b := []byte(s)
	for k := 0; k < len(marks); k += 2 {
		for i := marks[k]; i < marks[k+1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// quoteMarkerLen returns the length of the markdown quote markers line starts with (">",
// "> ", ">> ", "> > "), 0 if none; "->" or ">=" is no marker.
func quoteMarkerLen(line string) int {
	if line == "" || line[0] != '>' {
		return 0
	}
	n := 0
	for n < len(line) && (line[n] == '>' || line[n] == ' ') {
		n++
	}
	if n < len(line) && line[n-1] == '>' {
		return 0 // ">=", ">foo": not followed by a space
	}
	return n
}

// curlLine reports whether a quoted line is one curl -v sent: its request line
// ("> POST /v1/chat/completions HTTP/1.1").
func curlLine(rest string) bool {
	for _, m := range [...]string{"GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}
