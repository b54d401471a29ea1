package decoder

// rateWindow reads the window from a rate written as a count over a unit of time, where
// windowWords' fixed phrases miss it: Firecrawl's "Remaining (req/min): 0", a gateway's
// "Free quota used (30 requests / 5h)", Froide's "the limit of 20 requests in 1 week". The
// unit follows the counted noun and its separator directly ("/", " / ", " in 1 ", " in
// one "), so that a time said of something else names no window; a count before the unit
// ("5h") is the window's length, named by its unit as the corpus labels them (a 5-hour
// limit is "hour"). The longest window so named wins, as in wordedWindow.
func (s *signals) rateWindow() (window, why string) {
	text := s.in.text
	rank := 0
	for i, id := range rateMarks {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			w, n := rateUnit(text[start:min(len(text), start+16)])
			if i >= perRateFrom && !isWholeUnit(text[start:start+n]) {
				continue // "requests per 100 seconds": a window none of the six
			}
			if r := windowOrder(w); r > rank {
				rank, window, why = r, w, text[pos:start+n] // quoted where it is said (applyTiming)
			}
		}
	}
	return window, why
}

// The counted nouns with their separators: each is followed by the unit of time. From
// perRateFrom on, the separator is "per", after which a count other than 1 makes a window
// none of the six ("requests per 100 seconds"), as Binance words its limits: "Too much
// request weight used; current limit is %s request weight per %s %s" with the interval's
// count and unit ("per 1 MINUTE") (from: https://developers.binance.com/docs/binance-spot-api-docs/errors,
// code -1003), and Etherscan's "Max calls per sec rate limit reached (5/sec)"
// (from: https://docs.etherscan.io/resources/rate-limits).
var rateMarks = marks("req/", "reqs/", "request/", "requests/", "requests / ", "tokens/", "tokens / ",
	"calls/", "calls / ", "queries/", "messages/", "requests in 1 ", "requests in one ",
	"requests per ", "request per ", "calls per ", "call per ", "weight per ", "queries per ", "messages per ",
	// The same rate with the unit after "every" or "each", or "in a": "100 requests every
	// minute", "20 requests in a minute"; a count other than 1 names none of the six here
	// too ("every 5 minutes").
	"requests every ", "requests each ", "requests in a ", "calls every ", "calls in a ", "tokens every ")

const perRateFrom = 13 // the first "per" mark in rateMarks

// isWholeUnit reports a unit read by rateUnit with no count before it or a count of 1:
// "sec", "1 MINUTE", "minute".
func isWholeUnit(s string) bool {
	return s != "" && (!isDigit(s[0]) || s[0] == '1' && (len(s) == 1 || !isDigit(s[1])))
}

// rateUnit reads a unit of time at the start of s, with an optional count before it
// ("min", "5h", "1 day", "week"), and how many bytes it takes; "" when s starts with none.
// The unit must end there: "min" is not "minimum", "m" not "model".
func rateUnit(s string) (string, int) {
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	if i > 0 && i < len(s) && s[i] == ' ' {
		i++
	}
	for _, u := range rateUnits {
		if !lowerHasPrefix(s[i:], u.word) {
			continue
		}
		j := i + len(u.word)
		if j < len(s) && lower(s[j]) == 's' && len(u.word) > 2 { // "minutes", "hours"
			j++
		}
		if j == len(s) || !isLetter(s[j]) {
			return u.window, j
		}
	}
	return "", 0
}

// rateUnits are the units of time a rate is written with, longer words before their
// prefixes.
var rateUnits = [...]struct{ word, window string }{
	{"second", "second"}, {"sec", "second"}, {"minute", "minute"}, {"min", "minute"},
	{"hour", "hour"}, {"hr", "hour"}, {"day", "day"}, {"week", "week"}, {"month", "month"},
	{"s", "second"}, {"m", "minute"}, {"h", "hour"}, {"d", "day"}, {"w", "week"},
}
