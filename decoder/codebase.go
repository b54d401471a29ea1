package decoder

import "strings"

// codeBase is a code without its plan suffix: "user_global_rate_limited:pro" is
// user_global_rate_limited. Only a snake_case base followed by one word is cut, so URN
// types ("urn:kaizen:problem-details:not-found") keep their colons.
func codeBase(s string) string {
	if strings.IndexByte(s, ':') < 0 { // most codes: one fast look, not LastIndexByte's byte loop
		return s
	}
	i := strings.LastIndexByte(s, ':')
	if i <= 0 || i == len(s)-1 || strings.IndexByte(s[:i], ':') >= 0 || strings.IndexByte(s[:i], '_') < 0 {
		return s
	}
	for k := i + 1; k < len(s); k++ {
		if !isLetter(s[k]) && !isDigit(s[k]) && s[k] != '_' && s[k] != '-' {
			return s
		}
	}
	return s[:i]
}
