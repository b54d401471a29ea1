package decoder

import "strings"

// Segmenting a paste: a log can hold several errors (a 429, a success line, then a 401).
// Reading them all at once answers with one error's status, another's code and a third's
// wait. So before anything else is read, the paste is split into its error occurrences,
// and one of them answers alone: the last, unless it is too thin to judge and an earlier one
// is not (a wrapper's "RetryError" after the 429 that caused it).
//
// An occurrence starts at a line that shows something the occurrence being read already
// has: a second error status, a second exception, a second error body. A curl dump (status
// line, headers, body) or an SDK line ("RateLimitError: Error code: 429 - {...}") is one
// occurrence; so is a chained traceback ("During handling of the above exception ...").
// A success line ("INFO 200 OK", "HTTP/1.1 200 OK") ends the occurrence before it.

// anchorKind is what a line shows of an error.
type anchorKind uint8

const (
	kindStatus    anchorKind = 1 << iota // an error status: "HTTP/1.1 429", "Error code: 401"
	kindException                        // an exception line: "openai.RateLimitError: ..."
	kindBody                             // an error body: {"error": ...}
	kindText                             // text after a success line, nothing more
)

// occurrence is one error's span of the paste. afterOK marks one that a success line
// separates from the occurrence before it: the two are never read as one error.
type occurrence struct {
	start, end int
	afterOK    bool
}

// segmenter walks the lines of a paste, cutting it into occurrences.
type segmenter struct {
	text    string
	occs    []occurrence
	start   int        // where the occurrence being read starts
	have    anchorKind // what it has shown so far
	chained bool       // a chain marker: the next exception is the same error's
	depth   int        // brace depth at the start of the line: inside a body spread over lines
	inStr   bool       // inside a double-quoted string across lines
	sawOK   bool       // a success line since the last occurrence
	inHTML  bool       // inside an HTML page: its title and heading repeat one status
	status  int        // the error status the occurrence showed; lineSt: the line's
	lineSt  int
	// html: the paste holds "<html" somewhere (one search, rather than one per line).
	html bool
}

// occurrences splits text into its error occurrences, in order, appending to buf. Lines that
// show no error (a preamble, success lines) belong to none.
func occurrences(text string, buf []occurrence) []occurrence {
	g := segmenter{text: text, occs: buf[:0], html: indexFold(text, "<html") >= 0}
	eachLine(text, g.line)
	g.cut(len(text))
	return g.occs
}

// line reads one line at off.
func (g *segmenter) line(line string, off int) {
	if (g.depth > 0 || g.inHTML) && g.outside(line) {
		g.depth, g.inStr, g.inHTML = 0, false, false
	}
	inside := g.depth > 0 || g.inHTML
	g.track(line)
	if inside || len(line) > 4096 {
		return // a line of a body spread over several: the body's opening line counted
	}
	if g.html && indexFold(line, "<html") >= 0 && indexFold(line, "</html") < 0 {
		g.inHTML = true
	}
	t := trimIndent(line)
	switch {
	case isChainLine(t) || isCauseLine(t):
		g.chained = true
		return
	case strings.HasPrefix(t, "Traceback (most recent call last)"):
		if g.chained {
			g.have, g.chained = 0, false
		} else if g.have&^kindText != 0 {
			g.cut(off)
		}
		return
	case isFrameLine(line) || isRPCField(t):
		return
	}
	k, success, response := g.kinds(line, off)
	switch {
	case response:
		// "HTTP/1.1 200 OK" opens a response: an error may come in its body or stream.
		g.cut(off)
		g.have = kindStatus
	case success:
		g.cut(off)
		g.start = off + len(line) + 1
		g.sawOK = true
	case k == 0 && g.have == 0 && g.start == off && t != "":
		// The first line of the paste or after a success line opens an occurrence, even
		// when it shows no status, class or body ("Encountered a server error").
		g.have = kindText
	case k == kindStatus && g.have&^kindText == kindStatus && g.lineSt == g.status:
		// The status alone said again ("Status Code: 404", then "404 The model ... does not
		// exist"): the same error's message under its status, not a second error.
	case g.have&k != 0 && !g.chained:
		g.cut(off)
		g.have, g.status = k, g.lineSt
	default:
		if g.have&kindStatus == 0 && k&kindStatus != 0 {
			g.status = g.lineSt
		}
		g.have |= k
		g.chained = false
	}
}

// outside reports a line that cannot be part of a body or page spread over lines, however
// its braces or tags were left open (half a body pasted): a line of its own at the margin,
// a log record (a timestamp or a level) in a page.
func (g *segmenter) outside(line string) bool {
	if line == "" {
		return false
	}
	c := line[0]
	if g.depth > 0 && (isLetter(c) || isDigit(c)) {
		return true
	}
	return isDigit(c) || hasLevel(line)
}

// hasLevel reports a log record that opens with its level: "INFO ...", "ERROR: ...".
func hasLevel(line string) bool {
	for _, lv := range [...]string{"INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "CRITICAL"} {
		if strings.HasPrefix(line, lv) && (len(line) == len(lv) || !isLetter(line[len(lv)])) {
			return true
		}
	}
	return false
}

// cut ends the occurrence being read at end; it is kept when it showed an error.
// Not inlined: once a line at most, and its five copies were wasm bytes for nothing.
//
//go:noinline
func (g *segmenter) cut(end int) {
	if g.have != 0 && end > g.start {
		g.occs = append(g.occs, occurrence{g.start, min(end, len(g.text)), g.sawOK})
		g.sawOK = false
	}
	g.start, g.have, g.chained = end, 0, false
}

// kinds reports what the line at off shows of an error, whether it is a success line (a
// 2xx status and nothing of an error, as a log prints it), and whether it is the status
// line of a 2xx response, whose body follows.
func (g *segmenter) kinds(line string, off int) (k anchorKind, success, response bool) {
	ok2xx := false
	g.lineSt = 0
	scanStatuses(line, func(st statusSeen) {
		switch {
		case st.code >= 400 && st.strength >= anchorLead:
			k |= kindStatus
			g.lineSt = st.code
		case st.code < 300 && st.strength == anchorStatusLine:
			response = true
		case st.code < 300 && st.strength >= anchorPhrase:
			ok2xx = true
		}
	})
	if hasExceptionLine(line) {
		k |= kindException
	}
	if g.opensErrorBody(line, off) {
		k |= kindBody
	}
	return k, k == 0 && ok2xx && !response, k == 0 && response
}

// hasExceptionLine reports whether the line prints an exception of its own (not as the
// cause of another).
func hasExceptionLine(line string) bool {
	for _, e := range exceptionsInLine(line, 0) {
		if !e.cause {
			return true
		}
	}
	return false
}

// opensErrorBody reports whether an object opening on this line holds an error member
// soon after its brace (on this line or the next few of a pretty-printed body).
func (g *segmenter) opensErrorBody(line string, off int) bool {
	i := strings.IndexByte(line, '{')
	if i < 0 {
		return false
	}
	window := g.text[off+i : min(len(g.text), off+i+max(len(line)-i, 0)+200)]
	return strings.Contains(window, `"error"`) || strings.Contains(window, `'error'`) ||
		strings.Contains(window, `\"error\"`) || strings.Contains(window, `"errors"`)
}

// track follows the brace depth of bodies spread over several lines, counting braces outside
// double-quoted strings. Unbalanced text (half a body) leaves the rest of the paste inside
// one occurrence, which is how it was read before segmenting.
func (g *segmenter) track(line string) {
	inStr, depth := g.inStr, g.depth // locals: the loop keeps them in registers
	for i := 0; i < len(line); i++ {
		c := line[i]
		if !trackedBytes[c] {
			continue
		}
		switch {
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr = true
		case c == '{':
			depth++
		case c == '}' && depth > 0:
			depth--
		}
	}
	g.inStr, g.depth = inStr, depth
	if g.depth == 0 {
		g.inStr = false // a quote left open on a line of prose ("5" tall) ends with it
	}
	if g.inHTML && indexFold(line, "</html") >= 0 {
		g.inHTML = false
	}
}

// trackedBytes are the bytes track acts on; every other byte leaves its state as it is.
var trackedBytes = [256]bool{'"': true, '\\': true, '{': true, '}': true}

// isChainLine reports Python's markers between the exceptions of one chain.
func isChainLine(t string) bool {
	return strings.HasPrefix(t, "During handling of the above exception") ||
		strings.HasPrefix(t, "The above exception was the direct cause")
}

// isRPCField reports a field line of grpc-python's print of a failed call ("<_InactiveRpcError
// of RPC that terminated with:", then "status = StatusCode.UNAVAILABLE", "details = ...",
// "debug_error_string = ..."): the call's own error, however much its details quote.
func isRPCField(t string) bool {
	return strings.HasPrefix(t, "status = StatusCode.") || strings.HasPrefix(t, "details = ") ||
		strings.HasPrefix(t, "debug_error_string = ")
}
