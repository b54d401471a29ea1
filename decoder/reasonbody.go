package decoder

import "strings"

// A status text followed by the body or detail it came with is the response's status as
// surely as a .NET status name: fetch wrappers print `${statusText}: ${body}`
// ("Too Many Requests: {"error":{"code":"1302",...}}", "Not Found: {"result":null,...}"),
// Ruby and Go clients "Forbidden - ExpiredToken: The security token ...". Only the forms
// where the phrase opens the message (the paste's start, a line's, or after ": " or a
// quote) and is followed by a body (": {", ": [") or a dash and a capitalised detail
// (" - Word"), in HTTP's own capitalisation, so "not found: {path}" in prose stays wording.

// anchorReasonBody is a reason phrase before its body: stronger than an exception class's
// status, weaker than every number.
const anchorReasonBody = anchorEnum

// reasonBody finds the last reason phrase that opens a message and is followed by its body.
func reasonBody(text string) (statusSeen, bool) {
	var best statusSeen
	found := false
	if !holdsBodyMark(text) {
		return best, false
	}
	for start := 0; ; start++ {
		if start = nextUpper(text, start); start >= len(text) {
			break
		}
		if c := text[start]; c < 'A' || c > 'Z' || !opensAt(text, start) {
			continue
		}
		if code, n := reasonBeforeBody(text[start:]); n > 0 && !numberHeads(text, start) {
			where := "\" before the body it came with, the status text of "
			if detailAfter(text[start+n:]) {
				where = "\" heading its message, the status text of "
			}
			best, found = statusSeen{code, anchorReasonBody, start, "the reason phrase \"" + text[start:start+n] + where + itoa(code)}, true
			start += n - 1
		}
	}
	return best, found
}

// opensAt reports whether text[start] opens a message: the paste's or a line's start
// (after its indent, or a log prefix normalise blanked), or after ": " or a quote.
func opensAt(text string, start int) bool {
	j := start
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	if j == 0 || text[j-1] == '\n' {
		return true
	}
	switch text[start-1] {
	case '"', '\'', '\n':
		return true
	case ' ':
		return start > 1 && text[start-2] == ':'
	}
	return false
}

// reasonBeforeBody reports the error status whose reason phrase, written as HTTP writes it,
// opens s and is followed by a body or a dashed detail, and the phrase's length.
func reasonBeforeBody(s string) (int, int) {
	for _, code := range reasonByInitial[lower(s[0])-'a'] {
		p := reasonPhrases[code]
		if !strings.HasPrefix(s, p) {
			continue
		}
		rest := s[len(p):]
		if strings.HasPrefix(rest, ": {") || strings.HasPrefix(rest, ": [") || detailAfter(rest) ||
			(strings.HasPrefix(rest, " - ") && len(rest) > 3 && rest[3] >= 'A' && rest[3] <= 'Z') {
			return code, len(p)
		}
	}
	return 0, 0
}

// detailAfter reports a message after a status text and ": " ("Bad Request: model not
// found", "Unauthorized: Invalid API key"): fetch wrappers print `${res.statusText}: ${await
// res.text()}` with a plain-text body too, werkzeug's HTTPException "400 Bad Request: <description>"
// loses its number where an app logs only the name and description, and a Go server's
// http.Error(w, http.StatusText(code)+": "+msg, code) writes it so (net/http's StatusText).
// The detail must open with a letter or a quote, so a time or a count after the phrase
// ("Not Found: 3") is no message.
func detailAfter(rest string) bool {
	if len(rest) < 3 || rest[0] != ':' || rest[1] != ' ' {
		return false
	}
	c := rest[2]
	return isLetter(c) || c == '"' || c == '\'' || c == '`'
}

// holdsBodyMark reports whether text holds what must follow a reason phrase here (": {",
// ": [" or " - "): most pastes hold none, and then no capital letter need be tried. It hops
// from brace to brace, bracket to bracket and dash to dash (strings.IndexByte; IndexAny goes
// byte by byte), bytes rarer than the colons of a JSON body.
func holdsBodyMark(text string) bool {
	for _, c := range [...]byte{'{', '[', '-', ':'} {
		for i := strings.IndexByte(text, c); i >= 0 && i < len(text); i = indexByteFrom(text, i+1, c) {
			if c != '-' && i >= 2 && text[i-2] == ':' && text[i-1] == ' ' || c == ':' && i+2 < len(text) && text[i+1] == ' ' && detailAfter(text[i:]) ||
				c == '-' && i > 0 && i+1 < len(text) && text[i-1] == ' ' && text[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// numberHeads reports a number and a colon just before the phrase at text[start] ("429 :
// Too Many Requests: ...", "[Error : 429 : Too Many Requests"): the phrase belongs to that
// number, which anchor (status.go) has judged already, a status or not (TDLib's MTProto
// codes are none).
func numberHeads(text string, start int) bool {
	j := start
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ':') {
		j--
	}
	return j < start && j > 0 && isDigit(text[j-1]) && strings.IndexByte(text[j:start], ':') >= 0
}
