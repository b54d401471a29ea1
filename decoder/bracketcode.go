package decoder

import "strings"

// Apps that re-print a business error often put its numeric code in square brackets before
// the message, the body's {"code", "message"} pair flattened: "[1302][您的账户已达到速率限制，
// 请您控制请求频率]", "[1214], [history参数非法，请检查文档]" for Zhipu's codes
// (https://docs.bigmodel.cn/cn/faq/api-code). As with a code closing the message
// (parencode.go), a bracketed number may be anything (a log's thread id, a count, a year),
// so it is read as the error's code only where it has four digits or more and the paste
// carries the words of a provider's entry documenting that code (engine.wordedCode); it must
// open the message: at a line's start or after a label's ": ", followed by the message, in
// brackets or not.

// readBracketCodes reads the first "[code]" that opens a message, where code is a business
// number some provider's entry matched by its words in this paste documents.
func (s *signals) readBracketCodes(text string, eng *engine) {
	// Most pastes: no bracket (one search), or no phrase of a business number's entry.
	if strings.IndexByte(text, '[') < 0 || !eng.wordsBusinessNumber(s.hits) {
		return
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '[')
		if j < 0 {
			return
		}
		open := i + j
		i = open + 1
		k := i
		for k < len(text) && k-i <= 6 && isDigit(text[k]) {
			k++
		}
		if k-i < 4 || k >= len(text) || text[k] != ']' || !opensBracketMessage(text[:open], text[k+1:]) {
			continue
		}
		if tok := text[i:k]; eng.wordedCode(s.hits, tok) {
			s.addCode(tok, rankCode-1, "the code ["+tok+"] opening the message")
			return
		}
	}
}

// opensBracketMessage reports whether a bracketed code between before and after opens a
// message: at a line's start (after spaces) or a label's colon, and followed by the message,
// its own brackets, or a comma or colon before it.
func opensBracketMessage(before, after string) bool {
	lt := strings.TrimRight(before[max(0, len(before)-40):], " \t")
	if lt != "" && !strings.HasSuffix(lt, "\n") && !strings.HasSuffix(lt, ":") && !strings.HasSuffix(lt, "：") {
		return false
	}
	after = strings.TrimLeft(after, ",:： ")
	return after != "" && (after[0] == '[' || isLetter(after[0]) || after[0] >= 0x80)
}

// wordsBusinessNumber reports whether one of the paste's catalog phrases is a provider
// entry's whose code is a business number of four digits or more: only then can a bracketed
// number be one (wordedCode).
func (e *engine) wordsBusinessNumber(hits []litHit) bool {
	for _, h := range hits {
		if l := &e.info[h.id]; l.entry >= 0 && e.files[l.file].Kind == KindProvider {
			if c := e.files[l.file].Errors[l.entry].Code; len(c) >= 4 && isAllDigits(c) {
				return true
			}
		}
	}
	return false
}
