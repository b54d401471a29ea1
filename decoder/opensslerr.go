package decoder

import "strings"

// OpenSSL prints an entry of its error queue as "error:<code>:<library>:<function>:<reason>"
// (ERR_error_string_n, https://docs.openssl.org/master/man3/ERR_error_string/): the code
// is eight hex digits packing the library and the reason, the reason the lower-case words
// of the reason's name ("certificate verify failed" is CERTIFICATE_VERIFY_FAILED, the name
// Python prints in brackets). OpenSSL 3 leaves the function empty
// ("error:0A000086:SSL routines::certificate verify failed"). Every runtime that links
// OpenSSL prints the string as it is: Python 2's ssl, Ruby, PHP, Node, curl.
var mOpenSSLError = mark("error:")

// readOpenSSLError takes an OpenSSL error string's packed code, and its reason's name
// below it so that the reason's catalog entry (tls.json) answers.
//
// Not inlined: its one caller is a small group of readers behind one gate, where the
// inliner would copy it in, which only costs the wasm.
//
//go:noinline
func (s *signals) readOpenSSLError() {
	s.after(mOpenSSLError, "error:", func(rest string) {
		if len(rest) < 9 || rest[8] != ':' || !isHexWord(rest[:8]) {
			return
		}
		line, _, _ := strings.Cut(rest[9:], "\n")
		fields := strings.SplitN(line, ":", 4) // library, function, reason (and what follows)
		if len(fields) < 3 {
			return
		}
		s.addCode(rest[:8], rankCode, "the OpenSSL error "+rest[:8])
		if name := opensslReasonName(fields[2]); name != "" {
			s.addCode(name, rankErrorString, "the OpenSSL reason \""+strings.TrimSpace(fields[2])+"\"")
		}
	})
}

// isHexWord reports whether s is all hex digits, as OpenSSL prints its codes (upper case).
func isHexWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && (s[i] < 'A' || s[i] > 'F') {
			return false
		}
	}
	return s != ""
}

// opensslReasonName is the name of the reason OpenSSL words as r: its words upper-cased
// and joined by underscores; "" when r is not such words.
func opensslReasonName(r string) string {
	r = strings.TrimSpace(r)
	if len(r) < 4 || len(r) > 64 {
		return ""
	}
	b := []byte(r)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		case c == ' ':
			b[i] = '_'
		case !isDigit(c):
			return ""
		}
	}
	return string(b)
}
