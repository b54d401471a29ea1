package decoder

import "strings"

// Codes that clients print in forms of their own, beside a message whose words find the
// entry: they key no entry (their numbers are only the service's own, and other services
// use the same numbers for other things), so they are the code reported beside the entry
// the words matched (signals.unkeyedCode).

// pymilvus prints its exceptions as "<MilvusException: (code=100, message=can't find
// collection[database=default][collection=x])>" (from: milvus-io/pymilvus
// pymilvus/exceptions.py, MilvusException.__str__: f"<{type(self).__name__}:
// (code={self.code}, message={self.message})>"). The number is the server's status code,
// or pymilvus's own ErrorCode for a failure raised before any call (ConnectionConfigException's
// 1); Milvus renumbered its codes (2.2's common.ErrorCode, 2.3's merr).

// mCodeEq is the "code=" key marker, read here only where it opens pymilvus's parenthesis.
var mCodeEq = mark("code=")

// readMilvusCode takes the number of the first ": (code=N, message=" the paste prints.
//
//go:noinline
func (s *signals) readMilvusCode() {
	text := s.in.text
	for _, pos := range s.at(mCodeEq) {
		if pos < 3 || text[pos-3:pos] != ": (" || s.unkeyedCode != "" {
			continue
		}
		rest := text[pos+len("code="):]
		n := 0
		if strings.HasPrefix(rest, "-") {
			n++
		}
		n += digitsAt(rest[n:], 12) // servicecodes.go
		if n == 0 || rest[n-1] == '-' || !strings.HasPrefix(rest[n:], ", message=") {
			continue
		}
		s.unkeyedCode = rest[:n]
		return
	}
}

// discord.py prints an HTTP error as "<status> <reason> (error code: <code>): <text>"
// ("discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions";
// from: Rapptz/discord.py discord/errors.py, HTTPException.__init__: fmt = '{0.status}
// {0.reason} (error code: {1})', then ': {2}' when the body has a message). The code is
// Discord's JSON error code (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes),
// whose numbers other APIs use for other errors (FastChat's 50001), so the words find the
// entry. Only the form after a status and its reason is read: "(Error Code: 5)" after
// other words is a program's exit or Windows error number.
var mErrorCodeParen = mark("(error code: ")

// readStatusErrorCode takes the code of the first "NNN Reason (error code: N)".
//
//go:noinline
func (s *signals) readStatusErrorCode() {
	text := s.in.text
	for _, pos := range s.at(mErrorCodeParen) {
		end := pos + len("(error code: ")
		if text[pos:end] != "(error code: " || s.unkeyedCode != "" || !afterStatusReason(text[max(0, pos-40):pos]) {
			continue
		}
		rest := text[end:]
		n := digitsAt(rest, 12) // servicecodes.go
		if n == 0 || n == len(rest) || rest[n] != ')' {
			continue
		}
		s.unkeyedCode = rest[:n]
		return
	}
}

// afterStatusReason reports whether before ends in an HTTP status, its reason phrase and
// one space: "403 Forbidden ", "429 Too Many Requests ".
func afterStatusReason(before string) bool {
	b := strings.TrimSuffix(before, " ")
	i := len(b)
	for i > 0 && (isLetter(b[i-1]) || b[i-1] == ' ' || b[i-1] == '-') {
		i--
	}
	// b[i:] is the space after the status, then the reason.
	if len(b) == len(before) || i+1 >= len(b) || b[i] != ' ' || i < 3 || !isAllDigits(b[i-3:i]) || b[i-3] < '1' || b[i-3] > '5' {
		return false
	}
	return i == 3 || !isDigit(b[i-4])
}
