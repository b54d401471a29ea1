package decoder

// Shortcuts of the third speed pass (issue 13): tests that let the hot loops pass over bytes
// or candidates that cannot matter, each held to the plain code it stands for by
// fastpath3_test.go.

// digit8 flags (the top bit of each byte, 0 for none) the eight bytes in w (word8) that may
// be an ASCII digit: xor with '0' turns exactly the digits into 0 to 9, and subtracting 10
// from every byte sets the top bit, clear before, of those below 10. A borrow can only make a
// byte above a digit look like one too, so a word it says holds none holds none, and its
// lowest flag is a digit (firstFlagged).
func digit8(w uint64) uint64 {
	t := w ^ '0'*ones8
	return (t - 10*ones8) &^ t & highs8
}

// lastPairs lists the distinct last two bytes of words (each at least two bytes long), for
// mayEndWithOne.
func lastPairs(words []string) [][2]byte {
	var ends [][2]byte
	for _, w := range words {
		e := [2]byte{w[len(w)-2], w[len(w)-1]}
		known := false
		for _, k := range ends {
			known = known || k == e
		}
		if !known {
			ends = append(ends, e)
		}
	}
	return ends
}

// mayEndWithOne reports whether s may end with one of the lower-case words whose last two
// bytes are ends (lastPairs), ignoring ASCII case as lowerIs does. Its strings.ToLower path
// (for text outside ASCII) cannot match where these two bytes do not: no character outside
// ASCII lowers to an ASCII byte but Kelvin's sign, to 'k', which ends none of the words it
// is used for.
func mayEndWithOne(s string, ends [][2]byte) bool {
	if len(s) < 2 {
		return false
	}
	e := [2]byte{lower(s[len(s)-2]), lower(s[len(s)-1])}
	for _, k := range ends {
		if k == e {
			return true
		}
	}
	return false
}

// isNumber reports whether atoi reads s as n. An HTTP status has three digits, and so has
// every status a retry_on list names: a three-byte s is compared digit by digit (atoi reads
// a three-byte string as a number from 100 to 999 only when all three are digits), which
// spares sdkRetries an atoi per item and client on every decode.
func isNumber(s string, n int) bool {
	if len(s) == 3 && n >= 100 && n <= 999 {
		return s[0] == byte('0'+n/100) && s[1] == byte('0'+n/10%10) && s[2] == byte('0'+n%10)
	}
	m, ok := atoi(s)
	return ok && m == n
}
