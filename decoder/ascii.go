package decoder

import (
	"strconv"
	"strings"
)

// Byte and ASCII helpers every stage uses: which class a byte is in, and the few word
// shapes the decoder tests for (an identifier, an enum word, a run of digits). They live
// here, apart from any stage, so that using one is no call into another stage's file.

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isSpace(c byte) bool {
	// Most bytes are above ' ', and one comparison tells them.
	return c <= ' ' && (c == ' ' || c == '\n' || c == '\t' || c == '\r')
}

// isWordByte reports a letter, digit, '_' or '$': one load from wordBytes, where the five
// comparisons cost the literal scan's word-boundary tests and the scanners about ten
// instructions a byte.
func isWordByte(c byte) bool { return wordBytes[c] }

var wordBytes = wordByteTable()

// wordByteTable builds wordBytes (a function of its own, not inlined: inlined into the
// package's init, its loop cost the wasm more than the call).
//
//go:noinline
func wordByteTable() (t [256]bool) {
	for c := range t {
		b := byte(c)
		t[c] = b == '_' || b == '$' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
	}
	return t
}

// Not inlined: with isWordByte one table load it became cheap enough to inline, and its
// inlined copies cost the wasm more than the calls cost.
//
//go:noinline
func isIdentifier(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isWordByte(c) || c == '.' || c == '-' || c == ':' || c == '#' || c == '/') {
			return false
		}
	}
	return true
}

// isEnumWord reports an enum name (RESOURCE_EXHAUSTED, NOT_FOUND, UNAVAILABLE). Not
// inlined: each of nine callers held a copy of the loop.
//
//go:noinline
func isEnumWord(s string) bool {
	if len(s) < 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !((c >= 'A' && c <= 'Z') || c == '_') {
			return false
		}
	}
	return true
}

// isPlainWord reports a single lowercase English-like word ("client", "error"): as an
// error's type it names a class of failure, not one provider's error.
func isPlainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// isSnakeWord reports a lowercase snake_case name ("ssrf_blocked"): a code's spelling, never prose.
func isSnakeWord(s string) bool {
	under := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '_' && i > 0 && i < len(s)-1:
			under = true
		case c < 'a' || c > 'z':
			return false
		}
	}
	return under
}

// isAllDigits reports whether s is one or more ASCII digits. Not inlined: 17 callers, none in
// a per-byte loop, each took its own copy of the loop in the wasm.
//
//go:noinline
func isAllDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// asciiSpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func asciiSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r')
}

// itoa is strconv.Itoa kept out of line: inlined, its 35 callers (reasons and evidence
// text, built once a decode) each held a copy of Itoa's small-number path in the wasm.
//
// A status (100 to 599), the number most often written, is cut from statusDigits instead of
// allocated.
//
//go:noinline
func itoa(n int) string {
	if n >= 100 && n < 600 {
		i := (n - 100) * 3
		return statusDigits[i : i+3]
	}
	return strconv.Itoa(n)
}

// statusDigits is every number from 100 to 599, three digits each, one after another.
var statusDigits = statusDigitsText()

// statusDigitsText builds statusDigits (not inlined into the package's init, as
// wordByteTable).
//
//go:noinline
func statusDigitsText() string {
	b := make([]byte, 0, 500*3)
	for n := 100; n < 600; n++ {
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return string(b)
}

// escapeBefore reports a string escape (\n, \t, \r) just before start: in a JSON string or a
// repr the letter closes the escape and the next word starts at start ("...=None\nAvailable
// Model Group Fallbacks=" is a new line's first word).
func escapeBefore(text string, start int) bool {
	if start < 2 || text[start-2] != '\\' {
		return false
	}
	c := text[start-1]
	return c == 'n' || c == 't' || c == 'r'
}

// lineAt returns the line s starts with, without its newline: a log
// prefix's (logprefix.go), a quiet log line's (fallbackwords.go).
func lineAt(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// indexOf is slices.Index for a short list of strings, kept out of line: it stands for a map
// literal each (a map is built in code in the package's init) at a few call sites, where
// slices.Index was inlined at each (430 B of the gzipped wasm's code more).
//
//go:noinline
func indexOf(s string, list []string) int {
	for i, t := range list {
		if t == s {
			return i
		}
	}
	return -1
}

// isOneOf reports whether s is in list (slices.Contains; indexOf says why not that).
func isOneOf(s string, list []string) bool { return indexOf(s, list) >= 0 }
