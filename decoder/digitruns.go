package decoder

// The text's runs of digits, found once for the readers that look only at numbers: the
// anchored statuses (scanStatuses) and the numbers in a business code's place
// (readProseNumbers). Each read the whole text for its own digits before; both look only
// where a run starts, as neither a status nor a prose number starts after a digit.

// digitRuns appends to runs each maximal run of ASCII digits in text, in order: eight bytes
// at a time up to the first digit (digit8's lowest flag is exact; one above it may not be).
func digitRuns(text string, runs []where) []where {
	for i := 0; i < len(text); i++ {
		if i+8 <= len(text) {
			m := digit8(word8(text, i))
			if m == 0 {
				i += 7
				continue
			}
			i += firstFlagged(m)
		}
		if !isDigit(text[i]) {
			continue
		}
		j := i + 1
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		runs = append(runs, where{i, j})
		i = j // text[j] is no digit
	}
	return runs
}

// scanStatusRuns is scanStatuses for a text whose digit runs are known: a status starts
// only where a run does, and is the whole run, three digits long (statusAt turns away a
// number with a digit before or after it), so no other run needs the call.
func scanStatusRuns(text string, runs []where, add func(statusSeen)) {
	for _, r := range runs {
		if r.end-r.start != 3 {
			continue
		}
		if s, ok := statusAt(text, r.start); ok {
			add(s)
		}
	}
}
