package decoder

import "strings"

// Business codes written in prose. APIs with numeric business codes (MiniMax, Zhipu,
// Cloudflare Workers AI, Cloudflare's 1xxx pages) often reach the user as words, the code
// beside them: MiniMax's Anthropic-compatible endpoint ends its message with it
// ("insufficient balance (1008)"), Workers AI starts with it ("4006: you have used up your
// daily free allocation"), Cloudflare's pages say "Error 1015". Extraction keeps such
// numbers as candidates only: a number is a code when the catalog of the provider identify
// names defines it (match.go's proseCodes), never on its own.

// proseNumber is a number of four to six digits written where a business code is.
type proseNumber struct {
	value string
	// named: the words before it say it is a code ("Error 1015", "error code: 1015");
	// otherwise it sits in a code's place ("(1008)" after words, "4006: " leading a line).
	named bool
	where string
	at    where // its digits' place in the segment, for spans
}

// maxProseNumbers bounds the candidates kept: a log repeats the same few.
const maxProseNumbers = 8

// codeWords are the words that name the number after them a code, in lower case.
var codeWords = [...]string{"error ", "error code ", "error code: ", "error_code: ", "code ", "code: ", "errcode: ", "错误码: ", "错误码："}

// codeWordEnds are their last two bytes: most numbers follow words that end otherwise.
var codeWordEnds = lastPairs(codeWords[:])

// readProseNumbers finds the numbers written in a business code's place.
func (s *signals) readProseNumbers(text string, runs []where) {
	s.proseNums = s.buf.proseNums[:0]
	for _, r := range runs { // digitruns.go: a number here starts where a run does
		if len(s.proseNums) == maxProseNumbers {
			break
		}
		i, j := r.start, r.end
		if i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ':') {
			continue
		}
		if n := j - i; n < 4 || n > 6 || j < len(text) && (isWordByte(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			continue
		}
		if p, ok := proseNumberAt(text, i, j); ok {
			p.at = where{i, j}
			s.proseNums = append(s.proseNums, p)
		}
	}
	s.buf.proseNums = s.proseNums
}

// proseNumberAt says whether text[i:j], a run of digits, sits where a business code is.
func proseNumberAt(text string, i, j int) (proseNumber, bool) {
	n := text[i:j]
	before := text[max(0, i-12):i]
	words := codeWords[:]
	if !mayEndWithOne(before, codeWordEnds) { // most numbers follow none of them (fastpath3.go)
		words = nil
	}
	for _, w := range words {
		// Only the words that end as before does are compared (mayEndWithOne's reasoning).
		if len(before) >= len(w) && lower(before[len(before)-1]) == w[len(w)-1] && lower(before[len(before)-2]) == w[len(w)-2] &&
			lowerIs(before[len(before)-len(w):], w) {
			return proseNumber{n, true, "\"" + before[len(before)-len(w):] + n + "\"", nowhere}, true
		}
	}
	after := text[j:min(len(text), j+2)]
	// "(1008)" after words: "insufficient balance (1008)", "error (1008)".
	if i >= 2 && text[i-1] == '(' && text[i-2] == ' ' && strings.HasPrefix(after, ")") {
		return proseNumber{n, false, "\"(" + n + ")\"", nowhere}, true
	}
	// "4006: " at the start of a line (after its indentation, where normalize also blanked a
	// log prefix) or of a quoted string, or after a class's ": ".
	if strings.HasPrefix(after, ": ") && (leadsLine(text, i) || strings.IndexByte("\"'", text[i-1]) >= 0 || i >= 2 && text[i-2:i] == ": ") {
		return proseNumber{n, false, "\"" + n + ":\"", nowhere}, true
	}
	return proseNumber{}, false
}

// leadsLine reports whether text[i] is the first byte of its line after the line's
// indentation: a paste indented in an issue, or a log's prefix that normalize blanked
// (logprefix.go), leaves what the line starts with where it was.
func leadsLine(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}
