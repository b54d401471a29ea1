package decoder

import "strings"

// Ruby (and Rust, C++) name a class inside its module with "::": Stripe::RateLimitError,
// Miasma::Error::ApiError::RequestError. The exception reader and the catalog's classes
// both write the scope as dots, so "Stripe::RateLimitError: ..." is the class the Stripe
// layer lists as Stripe::RateLimitError, not any library's RateLimitError.

// rubyScope reports whether the byte before line[start] ends a "::" that joins two names.
// Not inlined: with isWordByte one table load it became cheap enough to inline, and its
// inlined copies cost the wasm more than the calls cost.
//
//go:noinline
func rubyScope(line string, start int) bool {
	c := line[start-1]
	if c != ':' {
		return false
	}
	if start >= 2 && line[start-2] == ':' {
		return start >= 3 && isWordByte(line[start-3]) // the second colon of "A::B"
	}
	return start < len(line) && line[start] == ':' && start >= 2 && isWordByte(line[start-2]) // the first
}

// scopeAsDots writes a class name's "::" scopes as dots.
func scopeAsDots(s string) string {
	if !strings.Contains(s, "::") {
		return s
	}
	return strings.ReplaceAll(s, "::", ".")
}
