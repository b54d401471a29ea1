package decoder

// A line states an error status (lineStatus) only where it holds a 4 or a 5 followed by two
// digits: a number from 400 to 599. twoFailureLines (attempts.go) reads only the lines that
// hold one, found in one pass over the paste, instead of scanning every line for statuses: a
// traceback's frame lines hold none (their numbers are line numbers, rarely 400 to 599).

// nextErrorNumber returns the first i >= from where text[i:i+3] is a 4 or 5 and two digits,
// or -1.
func nextErrorNumber(text string, from int) int {
	for i := from; i+3 <= len(text); i++ {
		if i+8 <= len(text) && !fourOrFive8(word8(text, i)) {
			i += 7 // no such number starts in these eight bytes
			continue
		}
		if c := text[i]; (c == '4' || c == '5') && isDigit(text[i+1]) && isDigit(text[i+2]) {
			return i
		}
	}
	return -1
}

// fourOrFive8 reports whether one of the eight bytes in w (word8) may be '4' or '5': xor
// with '4' turns exactly those into 0 and 1, and a word has a byte below 2 just when
// subtracting 2 from every byte sets a top bit that was clear (as lowDigit8).
func fourOrFive8(w uint64) bool {
	t := w ^ '4'*ones8
	return (t-2*ones8)&^t&highs8 != 0
}
