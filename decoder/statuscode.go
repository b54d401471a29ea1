package decoder

import "strings"

// Tools that log an API error on one line often write the provider's error type right after
// the status: OpenClaw's "HTTP 401 authentication_error: Invalid bearer token", "429
// rate_limit_error: ...". The word is the provider's code (Anthropic's error.type) when some
// catalog documents it; any other word there is prose ("HTTP 500 while reading").

// readStatusCode reads the snake_case code that follows the decided status's number and a
// space and ends at a colon, a quote or the line's end.
func (s *signals) readStatusCode(text string, eng *engine) {
	if !s.anyStatus {
		return
	}
	i := s.bestStatus.pos + 3
	if i+1 >= len(text) || text[i] != ' ' || !isDigit(text[i-1]) {
		return
	}
	j := i + 1
	for j < len(text) && ((text[j] >= 'a' && text[j] <= 'z') || isDigit(text[j]) || text[j] == '_') {
		j++
	}
	tok := text[i+1 : j]
	if len(tok) < 4 || tok[0] < 'a' || tok[0] > 'z' || strings.IndexByte(tok, '_') < 0 || !endsStatusCode(text[j:]) {
		return
	}
	if len(eng.byKey[normCode(tok)]) > 0 {
		s.addCode(tok, rankCode-1, "its place after the status")
	}
}

// endsStatusCode reports whether rest, what follows the word, ends it as a code: a colon
// before the message, a quote closing the field, or the line's end.
func endsStatusCode(rest string) bool {
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ':', '"', '\'', '\\', '\n', '\r':
		return true
	}
	return false
}
