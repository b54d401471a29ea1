package decoder

import "strings"

// A reason phrase with no number is still a status, when it is the whole message: fetch
// and most HTTP clients print a failed response's status text alone ("API request failed:
// Payment Required", `{"detail":"Not Found"}`, `{'error': 'Too Many Requests'}`,
// "AI_APICallError: Bad Request"). Only the whole message counts: "model not found" or
// "the request was forbidden by policy" are wording, not a status text.

// anchorReasonOnly is weaker than every numbered anchor and than a class's status.
const anchorReasonOnly = 1

// reasonOnly finds the last reason phrase that makes up a whole message: after ": ", a
// quote or a line start (blanks before it on its line are no separator), and before a quote, a
// period, a comma or the line's end.
//
// A status text is capitalised ("forbidden" in lower case is a code or a word), so the
// search goes from capital letter to capital letter, passing eight bytes that hold none at a
// time: it runs on every paste that shows no numbered status, and most bytes are neither a
// capital nor a separator.
func reasonOnly(text string) (statusSeen, bool) {
	var best statusSeen
	found := false
	next := 0 // separators before this are inside a phrase already found
	for start := 0; ; start++ {
		if start = nextUpper(text, start); start >= len(text) {
			break
		}
		if c := text[start]; c < 'A' || c > 'Z' {
			continue
		}
		sep := start - 1 // where the separator before it starts
		switch c := byteAt(text, sep); {
		case c == '"' || c == '\'' || c == '\n':
		case c == ' ' && byteAt(text, sep-1) == ':':
			sep--
		case c == ' ' || c == 0:
			// Only blanks before it on its line: indented, or a log prefix normalised away.
			if sep = blanksBack(text, start); sep > 0 && text[sep-1] != '\n' {
				continue
			}
		default:
			continue
		}
		if sep < next {
			continue
		}
		if code, n := reasonAt(text[start:]); n > 0 {
			best, found = statusSeen{code, anchorReasonOnly, start, "the reason phrase \"" + text[start:start+n] + "\" alone, the status text of " + itoa(code)}, true
			next = start + n
		}
	}
	return best, found
}

// reasonAt reports the error status whose reason phrase s starts with, followed by the
// message's end, and the phrase's length.
func reasonAt(s string) (int, int) {
	for _, code := range reasonByInitial[lower(s[0])-'a'] {
		p := reasonPhrases[code]
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		if len(s) == len(p) {
			return code, len(p)
		}
		switch s[len(p)] {
		case '"', '\'', '.', ',', '\n', '\r', '}':
			return code, len(p)
		case ' ':
			// Spaces to the line's end: a JSON log record's message, decoded in place,
			// pads each line's freed bytes so (jsonlog.go).
			if rest := strings.TrimLeft(s[len(p):], " "); rest == "" || rest[0] == '\n' || rest[0] == '\r' {
				return code, len(p)
			}
		}
		// httr's reason table names the RFC that added a status after its phrase ("Too Many
		// Requests (RFC 6585)", "Unprocessable Entity (WebDAV; RFC 4918)"), and R clients
		// print http_status(res)$reason alone.
		// from: httr, R/response-status.r (http_statuses)
		if rest := s[len(p):]; strings.HasPrefix(rest, " (RFC ") || strings.HasPrefix(rest, " (WebDAV; RFC ") {
			return code, len(p)
		}
		// Python requests' HTTPError with its number cut: "Client Error: NOT FOUND for url: ...".
		if strings.HasPrefix(s[len(p):], " for url") {
			return code, len(p)
		}
	}
	return 0, 0
}

// The statuses whose reason phrase names the status and nothing else (not "Conflict" or
// "Gone", which are words messages use).
var reasonOnlyCodes = []int{400, 401, 402, 403, 404, 405, 407, 408, 413, 415, 422, 429, 500, 501, 502, 503, 504}

// mReasons are the phrases of reasonOnlyCodes, found by the literal scan with the rest. It
// finds every place the paste writes one as reasonOnly and reasonBody read it (and more: it
// folds white space), so where it found none, neither need hop from capital to capital.
var mReasons = func() []int {
	ids := make([]int, len(reasonOnlyCodes))
	for i, code := range reasonOnlyCodes {
		ids[i] = mark(reasonPhrases[code])
	}
	return ids
}()

// showsReason reports whether the literal scan found one of the phrases (mReasons).
func (s *signals) showsReason() bool { return s.showsAny(reasonSet) }

var reasonSet = setOf(mReasons)

// reasonByInitial holds reasonOnlyCodes by their phrase's first letter, lower-cased: a long
// log has a message start on every line, and each is tried against one or two phrases.
var reasonByInitial = func() (by [26][]int) {
	for _, code := range reasonOnlyCodes {
		c := lower(reasonPhrases[code][0]) - 'a'
		by[c] = append(by[c], code)
	}
	return by
}()

// byteAt is text[i], or 0 outside the text.
func byteAt(text string, i int) byte {
	if i < 0 || i >= len(text) {
		return 0
	}
	return text[i]
}

// blanksBack is where the run of spaces and tabs that ends at i starts.
func blanksBack(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i
}
