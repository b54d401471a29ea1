package decoder

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Text helpers that give the same answers as the strings calls they stand for, without
// allocating in the common case (ASCII, nothing to change). Each falls back to the plain
// call for anything else, so their results never differ.

// isASCII reports whether s holds only bytes below 0x80: eight at a time. (Not inlined:
// called with the rest of a line or a number's words, 15 inlined copies of the byte loop
// cost more instructions than the call.)
//
//go:noinline
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&highs8 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// oneSpaced is strings.Join(strings.Fields(t), " "): t with each run of white space made
// one space and none at either end. Text that is so already comes back as it is.
func oneSpaced(t string) string {
	if t == "" || asciiSpace(t[0]) || asciiSpace(t[len(t)-1]) {
		return strings.Join(strings.Fields(t), " ")
	}
	for i := 0; i < len(t); i++ {
		if i+8 <= len(t) { // most of a snippet is printable ASCII: eight bytes at a time
			m := spaceOrHigh8(word8(t, i))
			if m == 0 {
				i += 7
				continue
			}
			i += firstFlagged(m)
		}
		c := t[i]
		if c >= utf8.RuneSelf || (asciiSpace(c) && (c != ' ' || t[i-1] == ' ')) {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return t
}

// word8 reads s[i:i+8] as one little-endian word, for tests on eight bytes at a time
// (printable8, lowDigit8). Those are separate functions so that each, and this, stays small
// enough for the compiler to inline into the scanning loops.
func word8(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check; the eight loads below become one
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

const ones8, highs8 = 0x0101010101010101, 0x8080808080808080

// hasUpper8 flags (as digit8) the bytes of w that are an ASCII capital letter. Of the bytes
// below 0x80 (t), adding 0x3f sets the top bit from 'A' up and adding 0x25 from '[' up;
// neither carries into the next byte, so every flag is exact.
func hasUpper8(w uint64) uint64 {
	t := w &^ highs8
	return (t + 0x3f*ones8) &^ (t + 0x25*ones8) &^ w & highs8
}

// nextUpper is the first index from i on that may hold a capital letter (hasUpper8 flags it;
// callers still test the byte), or len(text): it passes eight bytes that hold none at a time.
// The reason-phrase searches step from capital to capital with it.
func nextUpper(text string, i int) int {
	for i+8 <= len(text) {
		if m := hasUpper8(word8(text, i)); m != 0 {
			return i + firstFlagged(m)
		}
		i += 8
	}
	return i
}

// spaceOrHigh8 flags (as digit8) the bytes of w at or below ' ' or from 0x80 up: those
// have the top bit set in w, or in w-0x2121... (the subtraction borrows there, and a borrow
// it passes on starts at such a byte, so the lowest flag is always right).
func spaceOrHigh8(w uint64) uint64 {
	return (w | (w - 0x21*ones8)) & highs8
}

// firstFlagged is the offset in its word of the byte whose top bit is the lowest one set in
// m, a mask from one of the word tests (digit8, lowDigit8, fourOrFive8, hasUpper8). In each,
// a wrong flag can only follow a right one (a borrow runs upwards), so the lowest flag is
// always right: a scan that jumps to that byte passes over none it looks for. Jumping there,
// rather than stepping one byte and testing the next eight again, spares up to seven word
// tests per byte found.
func firstFlagged(m uint64) int { return bits.TrailingZeros64(m) >> 3 }

// lowerChanges reports strings.ToLower(s) != s.
func lowerChanges(s string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) != s
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerIs reports strings.ToLower(s) == low.
func lowerIs(s, low string) bool {
	if !isASCII(s) {
		return strings.ToLower(s) == low
	}
	if len(s) != len(low) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != low[i] {
			return false
		}
	}
	return true
}

// lowerHasPrefix is strings.HasPrefix(strings.ToLower(s), low) for an ASCII, lower-case low,
// without lowering all of s: up to its first byte that is not ASCII, lowering s changes
// only capitals, byte for byte, so a difference there answers at once.
func lowerHasPrefix(s, low string) bool {
	if len(s) < len(low) {
		return strings.HasPrefix(strings.ToLower(s), low)
	}
	for i := 0; i < len(low); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.HasPrefix(strings.ToLower(s), low)
		case lower(c) != low[i]:
			return false
		}
	}
	return true
}

// appendNorm appends normCode(s) to dst, allocating nothing for ASCII codes.
func appendNorm(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, normCode(s)...)
	}
	s = strings.TrimSpace(s)
	// IndexByte first: it reads many bytes an instruction, LastIndexByte one at a time.
	if strings.IndexByte(s, '#') >= 0 { // "com.amazon...#ThrottlingException"
		s = s[strings.LastIndexByte(s, '#')+1:]
	}
	s = codeBase(s)
	if n := len(s) - len("exception"); n > 0 && strings.EqualFold(s[n:], "exception") {
		s = s[:n]
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '-':
			if i == 0 && len(s) > 1 && isAllDigits(s[1:]) { // as normCode: -1003 is not 1003
				dst = append(dst, c)
			}
		case '_', ' ', '.':
		default:
			dst = append(dst, lower(c))
		}
	}
	return dst
}

// appendNormEach appends to dst normCode of each of n strings (at(i) gives the i-th),
// the n sharing one allocation for their text.
func appendNormEach(dst []string, n int, at func(i int) string) []string {
	if n == 0 {
		return dst
	}
	var buf [256]byte
	b := buf[:0]
	var endsBuf [16]int
	ends := endsBuf[:0]
	for i := 0; i < n; i++ {
		b = appendNorm(b, at(i))
		ends = append(ends, len(b))
	}
	all := string(b)
	start := 0
	for _, e := range ends {
		dst = append(dst, all[start:e])
		start = e
	}
	return dst
}

// sameLower reports strings.ToLower(a) == strings.ToLower(b).
func sameLower(a, b string) bool {
	if !isASCII(a) || !isASCII(b) {
		return strings.ToLower(a) == strings.ToLower(b)
	}
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// lowerEach returns strings.ToLower of each of n qualified names (at(i) gives module and
// name, joined with a dot when there is a module), sharing one allocation for their text.
func lowerEach(n int, at func(i int) (module, name string)) []string {
	var buf [256]byte
	b := buf[:0]
	var endsBuf [16]int
	ends := endsBuf[:0]
	for i := 0; i < n; i++ {
		module, name := at(i)
		switch {
		case !isASCII(module) || !isASCII(name):
			full := name
			if module != "" {
				full = module + "." + name
			}
			b = append(b, strings.ToLower(full)...)
		default:
			for j := 0; j < len(module); j++ {
				b = append(b, lower(module[j]))
			}
			if module != "" {
				b = append(b, '.')
			}
			for j := 0; j < len(name); j++ {
				b = append(b, lower(name[j]))
			}
		}
		ends = append(ends, len(b))
	}
	all := string(b)
	out := make([]string, n)
	start := 0
	for i, e := range ends {
		out[i] = all[start:e]
		start = e
	}
	return out
}

// hasLowerSuffix reports strings.HasSuffix(strings.ToLower(s), suffix) for a lower-case
// ASCII suffix.
func hasLowerSuffix(s, suffix string) bool {
	if !isASCII(s) {
		return strings.HasSuffix(strings.ToLower(s), suffix)
	}
	return hasFoldSuffix(s, suffix)
}

// hasFoldSuffix reports whether s ends in suffix, ignoring ASCII case.
func hasFoldSuffix(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	t := s[len(s)-len(suffix):]
	for i := len(t) - 1; i >= 0; i-- { // from the end: most candidates differ there
		if lower(t[i]) != lower(suffix[i]) {
			return false
		}
	}
	return true
}

// oneField reports len(strings.Fields(s)) == 1.
func oneField(s string) bool {
	if !isASCII(s) {
		return len(strings.Fields(s)) == 1
	}
	fields, inField := 0, false
	for i := 0; i < len(s); i++ {
		if asciiSpace(s[i]) {
			inField = false
		} else if !inField {
			inField = true
			fields++
		}
	}
	return fields == 1
}

// normList holds normCode lists one after another in one slice, reused by the next
// decode.
type normList []string

// of returns normCode of each of n strings (at(i) gives the i-th), stored in l; the list is
// the caller's until l is emptied.
func (l *normList) of(n int, at func(i int) string) []string {
	start := len(*l)
	*l = appendNormEach(*l, n, at)
	return (*l)[start:len(*l):len(*l)]
}
