package decoder

import "strings"

// qualifiedWindow reads the window from an adjective of period qualifying the limit a few
// words on, where windowWords' fixed phrases miss it: "Daily request 200 limit exceeded",
// "your weekly usage limit", "monthly token quota". The noun must follow within the same
// clause (four words, no sentence or clause mark between), so that "daily" said of
// something else ("daily reports ... rate limit") names no window. The longest window so
// named wins, as in wordedWindow.
func (s *signals) qualifiedWindow() (window, why string) {
	text := s.in.text
	rank := 0
	for i, id := range periodMarks {
		for _, pos := range s.at(id) {
			if pos > 0 && isLetter(text[pos-1]) { // "bi-daily" is fine, "semidaily" no adjective
				continue
			}
			end, ok := limitNounAfter(text[pos+len(markers[id]) : min(len(text), pos+len(markers[id])+48)])
			if r := windowOrder(periodWords[i].window); ok && r > rank {
				rank = r
				window = periodWords[i].window
				why = text[pos : pos+len(markers[id])+end] // quoted where it is said (applyTiming)
			}
		}
	}
	return window, why
}

// periodWords are the adjectives of period, each with the window it names.
var periodWords = []struct{ word, window string }{
	{"secondly ", "second"}, // HubSpot's "You have reached your secondly limit" (policyName SECONDLY)
	{"hourly ", "hour"}, {"daily ", "day"}, {"weekly ", "week"}, {"monthly ", "month"},
}

var periodMarks = func() []int {
	ids := make([]int, len(periodWords))
	for i, w := range periodWords {
		ids[i] = mark(w.word)
	}
	return ids
}()

// limitNouns are the nouns of an allowance that the adjective may qualify.
var limitNouns = [...]string{"limit", "quota", "allowance", "allocation", "cap"}

// limitNounAfter reports whether one of the first four words of s is a limitNoun (its
// plural too), and where that word ends; a word holding a clause mark (".", ",", ";", ":",
// a line break) ends the search.
func limitNounAfter(s string) (int, bool) {
	i := 0
	for w := 0; w < 4; w++ {
		for _, n := range limitNouns {
			if lowerHasPrefix(s[i:], n) {
				j := i + len(n)
				if j < len(s) && lower(s[j]) == 's' {
					j++
				}
				if j == len(s) || !isLetter(s[j]) {
					return j, true
				}
			}
		}
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 || strings.ContainsAny(s[i:i+k], ".,;:\n") {
			return 0, false
		}
		i += k + 1
	}
	return 0, false
}
