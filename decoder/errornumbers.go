package decoder

// A line states an error status (lineStatus) only where it holds a 4 or a 5 followed by two
// digits: a number from 400 to 599. twoFailureLines (attempts.go) reads only the lines that
// hold one, found in one pass over the paste, instead of scanning every line for statuses: a
// traceback's frame lines hold none (their numbers are line numbers, rarely 400 to 599).

// nextErrorNumber returns the first i >= from where text[i:i+3] is a 4 or 5 and two digits,
// or -1.
func nextErrorNumber(text string, from int) int {
	for i := from; i+3 <= len(text); i++ {
		if i+8 <= len(text) {
			m := fourOrFive8(word8(text, i))
			if m == 0 {
				i += 7 // no such number starts in these eight bytes
				continue
			}
			i += firstFlagged(m)
		}
		if c := text[i]; (c == '4' || c == '5') && i+3 <= len(text) && isDigit(text[i+1]) && isDigit(text[i+2]) {
			return i
		}
	}
	return -1
}

// fourOrFive8 flags (as digit8) the eight bytes in w (word8) that may be '4' or '5': xor
// with '4' turns exactly those into 0 and 1, and subtracting 2 from every byte sets the top
// bit, clear before, of those below 2 (as lowDigit8).
func fourOrFive8(w uint64) uint64 {
	t := w ^ '4'*ones8
	return (t - 2*ones8) &^ t & highs8
}
