package decoder

import "strings"

// A message the parsers unescaped (a body's "message":"Unknown name \"text\"\n...") is a
// copy: the paste does not write it as it reads, so looking it up as it reads finds
// nothing and the answer would show no span for it. It is looked up again as it was most
// likely escaped: as a JSON string writes it, as a JSON string inside another does (a body
// a log line quotes), then as a Python repr does (its double quotes as they are).

// escapedAt is where text writes v escaped, when v holds a character a string escapes.
func escapedAt(text, v string) where {
	if !strings.ContainsAny(v, "\"'\\\n\r\t") {
		return nowhere
	}
	once := escapeString(v, '"')
	for _, e := range [...]string{once, escapeString(once, '"'), escapeString(v, '\'')} {
		if e == v {
			continue
		}
		if at := strings.Index(text, e); at >= 0 {
			return where{at, at + len(e)}
		}
	}
	return nowhere
}

// escapeString writes v as a string quoted with quote writes it: the quote, backslashes and
// line breaks escaped. (Hand-written: strings.Replacer would cost the wasm 10 KB.)
//
// Not inlined: escapedAt calls it three times, and each inlined copy cost the wasm ~1 KB.
//
//go:noinline
func escapeString(v string, quote byte) string {
	b := make([]byte, 0, len(v)+len(v)/8)
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case quote, '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
