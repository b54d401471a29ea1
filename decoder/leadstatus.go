package decoder

import "strings"

// More places a status number opens or names an error message, as real pastes print them:
//
//	API Request failed "400 Please reduce the length ..."   (a quoted message)
//	"message": "403 Permission denied on resource ..."       (a message field)
//	⎿  401 {"error": ...}                                   (a TUI's gutter before it)
//	✗ 402 You have no quota                                 (an agent CLI's mark, Copilot CLI's)
//	Error: [503 ] The service is currently unavailable.    (bracketed, gRPC-js style)
//	OpenAI Image Error: 400 - Your request was rejected ... (a dash before the message)
//	429 余额不足或无可用资源包                                (a message in Chinese)
//	Anthropic - Forbidden (403)                             (the reason phrase, then the number)
//	[provider.api_error] 400 total message size ...          (an error code's label before it)
//
// Each is a message start or a reason phrase beside the number, as anchorLead and
// anchorPhrase require; a bare number elsewhere stays no status.

// opensMessage reports whether an error status number, between left and right on its line,
// opens a message in one of the forms above (leadsMessage has checked it is an error's).
func opensMessage(left, right string) bool {
	lt := strings.TrimRight(left, " ")
	// "[503 ] ..." or "[429] ...": the number alone in brackets, at a message start.
	if strings.HasSuffix(lt, "[") {
		r := strings.TrimLeft(right, " ")
		return strings.HasPrefix(r, "] ") && len(r) > 2 && (isLetter(r[2]) || r[2] >= 0x80)
	}
	opens := quoteOpens(lt) || onlySymbols(lt) || quoteOpens(trimGutter(lt)) || // `"msg": "✗ 402 You have ...`
		quoteOpens(strings.TrimSuffix(lt, "`")) // inline code in a quoted field: "msg":"`401 Bad credentials`"
	if !opens && !strings.HasSuffix(left, ": ") && lt != "" {
		return false
	}
	if len(right) < 3 || right[0] != ' ' {
		return false
	}
	r := right[1]
	switch {
	case r == '-' && right[2] == ' ': // "400 - Your request ..."
		return len(right) > 3 && (right[3] == '{' || isLetter(right[3]))
	case r >= 0x80: // a message in another script
		return !onlySymbols(right[1:min(len(right), 4)])
	case opens:
		return r == '{' || isLetter(r)
	}
	return false
}

// quoteOpens reports a left side that ends in an opening quote, not an escaped one.
func quoteOpens(lt string) bool {
	return strings.HasSuffix(lt, "\"") && !strings.HasSuffix(lt, "\\\"")
}

// trimGutter drops the gutter symbols and spaces that end lt ("msg": "✗ ), or returns ""
// when there are none, so that a quote before a gutter opens the message as one before it.
func trimGutter(lt string) string {
	core := strings.TrimRightFunc(lt, func(r rune) bool { return r == ' ' || boxOrArrow(r) })
	if core == lt {
		return ""
	}
	return core
}

// onlySymbols reports whether s, non-empty, holds neither ASCII letters nor digits nor
// quotes nor letters of other scripts: a gutter ("⎿", "│", "»", "> ") before a message.
func onlySymbols(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case r < 0x80 && (isLetter(byte(r)) || isDigit(byte(r)) || r == '"' || r == '\'' || r == '=' || r == ':'):
			return false
		case r >= 0x80 && !boxOrArrow(r):
			return false
		}
	}
	return true
}

// boxOrArrow reports the symbols terminals and TUIs draw before a line: box drawing,
// arrows, bullets, guillemets, and the marks agent CLIs put before a failure (Copilot
// CLI's "✗ 402 You have no quota", Codex's "■").
func boxOrArrow(r rune) bool {
	return r >= 0x2500 && r <= 0x259F || r >= 0x2190 && r <= 0x21FF || r == 0x2022 || r == 0x00BB || r == 0x276F || r == 0x25CF ||
		r >= 0x2713 && r <= 0x2718 || r == 0x25A0
}

// phraseBefore reports "Forbidden (403)": the code in parentheses right after its own
// reason phrase.
func phraseBefore(left, right string, code int) string {
	if !strings.HasPrefix(right, ")") || !strings.HasSuffix(left, "(") {
		return ""
	}
	p, ok := reasonPhrases[code]
	lt := strings.TrimRight(left[:len(left)-1], " ")
	if !ok || !hasFoldSuffix(lt, p) {
		return ""
	}
	return lt[len(lt)-len(p):]
}

// afterCodeLabel reports whether left, the text before a status number, ends in a bracketed
// machine code and one space: "[provider.api_error] 400 ...". Kimi Code prints its errors as
// "[<code>] <message>" (apps/kimi-code/src/tui/utils/event-payload.ts:
// `[${error.code}] ${error.message}`, in github.com/MoonshotAI/kimi-code), and an
// APIStatusError's message is the SDK's "<status> <message>" (packages/agent-core-v2/src/
// kosong/contract/errors.ts; codes provider.api_error, provider.auth_error,
// provider.rate_limit, context.overflow). The label must read as a code, lower case with a
// dot or an underscore, so a log level ("[ERROR] 400 items") or a date is not one.
func afterCodeLabel(left string) bool {
	if !strings.HasSuffix(left, "] ") {
		return false
	}
	l := left[:len(left)-2]
	open := strings.LastIndexByte(l, '[')
	if open < 0 || open == len(l)-1 {
		return false
	}
	label, marked := l[open+1:], false
	for i := 0; i < len(label); i++ {
		switch c := label[i]; {
		case c == '.' || c == '_':
			marked = true
		case c >= 'a' && c <= 'z' || isDigit(c):
		default:
			return false
		}
	}
	return marked && isLetter(label[0])
}
