package decoder

import "strings"

// Some clients close an error's message with its code in parentheses: VS Code's Copilot
// Chat prints the Copilot API's "Sorry, you've exceeded your 5 hour session limits. Please
// retry after 2733 seconds. (user_global_rate_limited:pro)". The code may carry the
// caller's plan after a colon; the plan narrows who hit the limit, not what the limit is,
// so the code matches its base code (codeBase) and is reported as written.

// readParenCodes reads the first "(code)" that ends a line, where the code (its base, the
// part before a plan suffix) is snake_case and some catalog documents it: a parenthesis
// closing a line otherwise holds prose ("(see docs)") or a count ("(attempt 3/10)").
func (s *signals) readParenCodes(text string, eng *engine) {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return
		}
		end := i + j
		i = end + 1
		if !endsLine(text[i:]) {
			continue
		}
		open := strings.LastIndexByte(text[max(0, end-80):end], '(')
		if open < 0 {
			continue
		}
		tok := text[max(0, end-80)+open+1 : end]
		if base := codeBase(tok); strings.IndexByte(base, '_') > 0 && isIdentifier(tok) && len(eng.byKey[normCode(tok)]) > 0 {
			s.addCode(tok, rankCode-1, "the code ("+tok+") closing the message")
			return
		}
	}
}

// endsLine reports whether rest, what follows a closing parenthesis, ends its line: only
// a full stop, quotes or spaces before the line break or the end.
func endsLine(rest string) bool {
	for k := 0; k < len(rest); k++ {
		switch rest[k] {
		case '\n', '\r':
			return true
		case '.', '"', '\'', ' ', '\t':
		default:
			return false
		}
	}
	return true
}
