package decoder

import (
	"strings"
	"time"
)

// Waits the input asks for, strongest source first: the retry-after-ms header, the
// Retry-After header (seconds or an HTTP-date), a RetryInfo retryDelay, a body field
// (retry_after, estimated_time), a sentence ("Please retry after 54 seconds", "try again in
// 7.66s"), and last a rate-limit reset header whose remaining count is 0.

const (
	waitResetHeader = 2
	waitProse       = 3
	waitBody        = 4 // a body's retry_after field
	waitRetryInfo   = 6
	waitRetryAfter  = 9
	waitRetryAfterM = 10
)

func headerWaits(hs []header, now func() time.Time) []hint {
	if len(hs) == 0 {
		return nil // most pastes show no header: nothing below reads anything else
	}
	var out []hint
	ref := func() (time.Time, string) { return refTime(hs, now) }
	if v, ok := headerValue(hs, "retry-after-ms"); ok {
		if f, ok := parseDecimal(strings.TrimSpace(v)); ok && f >= 0 && f < 1e10 {
			out = appendHint(out, hint{wholeMS(f), waitRetryAfterM, "retry-after-ms: " + v, v})
		}
	}
	if v, ok := headerValue(hs, "retry-after"); ok {
		v = strings.TrimSpace(v)
		if f, ok := parseDecimal(v); ok && f >= 0 && f < 1e7 {
			out = appendHint(out, hint{wholeMS(f * 1000), waitRetryAfter, "Retry-After: " + v, v})
		} else if t, ok := parseHTTPDate(v); ok {
			r, against := ref()
			if saneReset(t, r) {
				out = appendHint(out, hint{t.Sub(r).Milliseconds(), waitRetryAfter, "Retry-After: " + v + " (a date; counted from " + against + ")", v})
			}
		} else if t, ok := epochTime(v); ok {
			// Some servers send a time in seconds since 1970, not a number of seconds.
			r, against := ref()
			if saneReset(t, r) {
				out = appendHint(out, hint{t.Sub(r).Milliseconds(), waitRetryAfter, "Retry-After: " + v + " (seconds since 1970; counted from " + against + ")", v})
			}
		}
	}
	if h, ok := latestReset(hs, ref); ok {
		out = append(out, h)
	}
	return append(out, suffixWaits(hs)...)
}

// suffixWaits reads the wait headers named by their unit, a family of their own: the Lens
// API's x-rate-limit-retry-after-seconds, beside its x-rate-limit-reset-date.
func suffixWaits(hs []header) []hint {
	var out []hint
	for _, h := range hs {
		if !strings.HasSuffix(h.name, "-retry-after-seconds") {
			continue
		}
		if f, ok := parseDecimal(strings.TrimSpace(h.value)); ok && f >= 0 && f < 1e8 {
			out = appendHint(out, hint{wholeMS(f * 1000), waitRetryAfter, h.name + ": " + h.value, h.value})
		}
	}
	return out
}

// latestReset is the wait until the latest reset of the limits that ran out: the request
// needs every one of them back. Reset headers count only for a limit whose remaining
// count is 0.
func latestReset(hs []header, ref func() (time.Time, string)) (hint, bool) {
	var best hint
	found := false
	exhaustedLimits(hs, true, func(h header, resetName, v string) {
		r, against := ref()
		ms, ok := resetWait(v, r)
		if !ok || (found && ms <= best.ms) {
			return
		}
		what := h.name + ": " + strings.TrimSpace(h.value) + " and " + resetName + ": " + v
		if _, isDur := parseDuration(v); !isDur {
			what += " (counted from " + against + ")"
		}
		best, found = hint{ms, waitResetHeader, what, v}, true
	})
	return best, found
}

// Sentences that state a wait, each followed by a number and a unit. "Retrying in 0.2
// seconds" is not one: that is a client's own log line, a wait it chose, not one the server
// asked for.
var waitMarkers = marks("retry after ", "try again in ", "retry in ",
	"try again after ", "expected available in ", "wait ", "retry-after: ", "resets in ",
	"reset after ",      // Code Assist's "Your quota will reset after 53s"
	"reset in ",         // go-github's RateLimitError, "[rate reset in 1m01s]"
	"reset occurs in ",  // PyGithub's retry, "Reset occurs in 0:00:59.473329 (1678352742 / ...)"
	"take a break for ", // Reddit's RATELIMIT, "Take a break for 14 minutes before trying again"
	"come back in ",     // a service's own allowance notice, "Come back in 3h 47m"
	"replenished in ",   // Azure API Management's quota policy, "Quota will be replenished in 22.14:18:12"
	// Azure Resource Manager's RetryableError details, "The call can be retried in 14
	// seconds" (from: https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-retryable-error).
	"retried in ",
	// The same sentences in the other languages errors are written in: Polish "Spróbuj
	// ponownie po 2492 sekundach", German "versuchen Sie es in 30 Sekunden erneut", Spanish
	// "inténtelo de nuevo en 20 segundos", Portuguese "tente novamente em 5 minutos", French
	// "réessayez dans 10 secondes", Chinese "请在30秒后重试" (ASCII-folded markers only:
	// the scan's case rule).
	"ponownie po ", "ponownie za ", "versuchen sie es in ", "de nuevo en ", "nuevamente en ",
	"novamente em ", "essayez dans ", "请在", "请于",
)

// Of a sentence written several times, the last is read: a log writes its attempts in
// order, and the wait the last one asked is the one still to come ("Your quota will reset
// after 5s.. Retrying", then "after 1s", then "after 0s").
func (s *signals) proseWaits() []hint {
	out := s.buf.waits[:0] // the decode's own storage: one allocation fewer a decode
	text := s.in.text
	for _, id := range waitMarkers {
		at := s.marks[id]
		for i := len(at) - 1; i >= 0; i-- {
			pos := at[i]
			start := pos + len(markers[id])
			if start > len(text) {
				continue
			}
			if strings.IndexByte(text[pos:start], '\n') >= 0 {
				// The scan matches a space of the marker to a run of white space: a
				// sentence a terminal wrapped and indented ("Please try again\n    in 12s")
				// ends later.
				start = endOf(text, pos, len(markers[id]))
			}
			if start < len(text) && text[start] == '\'' {
				start++ // Azure Resource Manager quotes it: "Please try again after '6' seconds"
			}
			if ms, used, ok := readAmountsAt(text[start:min(len(text), start+40)]); ok {
				// The sentence as written, quoted only when it is the wait the evidence gives
				// (adviser.retry): most of those read here are not.
				out = appendHint(out, hint{ms, waitProse, strings.TrimSpace(text[pos : start+used]), strings.TrimSpace(text[start : start+used])})
				break
			}
		}
	}
	for _, pos := range s.at(mWaitAfter) {
		if start, ok := amountBefore(text, pos); ok {
			if ms, used, ok := readAmountsAt(text[start:pos]); ok {
				out = appendHint(out, hint{ms, waitProse, strings.TrimSpace(text[start : pos+len(markers[mWaitAfter])]), strings.TrimSpace(text[start : start+used])})
			}
		}
	}
	s.buf.waits = out
	return out
}

// mWaitAfter is a wait sentence whose amount comes before its verb, as Japanese writes it:
// "30秒待ってから再試行してください" ("wait 30 seconds, then try again"), and a localised
// tool that left the unit in English, "84 seconds を待ってから".
var mWaitAfter = mark("待って")

// amountBefore is where the amount ends before a wait verb at pos starts: past the
// particle を and spaces, back over the unit (a few bytes) to the digits of the count.
func amountBefore(text string, pos int) (int, bool) {
	i := pos
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	i = len(strings.TrimSuffix(text[:i], "を"))
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && i-j < 12 && !isDigit(text[j-1]) {
		j--
	}
	if j == 0 || !isDigit(text[j-1]) {
		return 0, false
	}
	for j > 0 && (isDigit(text[j-1]) || text[j-1] == '.') {
		j--
	}
	return j, true
}

// readAmountsAt reads an amount and the smaller ones written after it: "3h 12m", "2 hours
// 5 minutes", "1m 30s".
func readAmountsAt(s string) (int64, int, bool) {
	ms, used, ok := readAmountAt(s)
	chained := false
	for ok {
		rest := strings.TrimLeft(pastPlural(s, used), " ,")
		if rest == "" || !isDigit(rest[0]) || len(rest) == len(s[used:]) {
			break
		}
		more, n, found := readAmountAt(rest)
		if !found || more >= ms {
			break
		}
		ms, used, chained = ms+more, len(s)-len(rest)+n, true
	}
	if chained { // the last unit's plural too: "2 hours 5 minutes", quoted whole
		used = len(s) - len(pastPlural(s, used))
	}
	return ms, used, ok
}

// pastPlural is s after used, past the "s" of a unit word's plural ("hours", "days").
func pastPlural(s string, used int) string {
	if used >= 3 && used < len(s) && lower(s[used]) == 's' && isLetter(s[used-1]) && isLetter(s[used-2]) {
		return s[used+1:]
	}
	return s[used:]
}

// readAmountAt reads "54 seconds", "7.66s", "20ms", "1m30s", "2 minutes", "6m0s" at the start
// of s, in any case. ASCII text is read as it is, letters compared ignoring case, so it is
// not copied; other text is lower-cased first, and the length used is then the lower-cased
// text's (as it was when every text was lower-cased).
func readAmountAt(s string) (int64, int, bool) {
	if ms, used, ok := readTimedelta(s); ok { // "0:00:59.473329", as Python prints a wait
		return ms, used, true
	}
	if !isASCII(s) {
		s = strings.ToLower(s)
	}
	i := 0
	for i < len(s) {
		c := lower(s[i])
		if !(isDigit(c) || c == '.' || c == 'm' || c == 's' || c == 'h') {
			break
		}
		i++
	}
	tok := strings.TrimRight(s[:i], ".")
	i = len(tok)
	if tok == "" || !isDigit(tok[0]) {
		return 0, 0, false
	}
	if lowerChanges(tok) { // "4S": rare enough to copy
		tok = strings.ToLower(tok)
	}
	if ms, ok := parseDuration(tok); ok && !isAllNumber(tok) {
		return ms, i, true
	}
	num := strings.TrimRight(tok, "mhs")
	f, ok := parseDecimal(num)
	if !ok || f < 0 || f > 1e7 {
		return 0, 0, false
	}
	rest := strings.TrimLeft(s[len(num):], " '") // "'6' seconds"
	// A terminal that wraps the line between the number and its unit ("try again in 20\ns."):
	// the unit on the next line must end where a word ends, as a unit and not another word.
	wrapped := strings.HasPrefix(rest, "\n")
	if wrapped {
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	for _, u := range waitUnits {
		if len(rest) >= len(u.word) && strings.EqualFold(rest[:len(u.word)], u.word) {
			end := len(s) - len(rest) + len(u.word)
			if wrapped && len(pastPlural(s, end)) > 0 && isLetter(pastPlural(s, end)[0]) {
				return 0, 0, false
			}
			return wholeMS(f * u.ms), end, true
		}
	}
	return 0, 0, false
}

// waitUnits in the order they are tried: longer words before their prefixes.
var waitUnits = []struct {
	word string
	ms   float64
}{{"millisecond", 1}, {"second", 1000}, {"minute", 60000}, {"hour", 3600000}, {"day", 86400000}, // Codex's "try again in 2 days 17 hours 14 minutes"
	// The units in the languages of waitMarkers' other sentences; "minut" (Polish) and
	// "second" already read their neighbours' (Minuten, secondes, segundos not: "segund").
	{"sekund", 1000}, {"segund", 1000}, {"minut", 60000}, {"godzin", 3600000}, {"stunde", 3600000},
	{"hora", 3600000}, {"heure", 3600000}, {"秒", 1000}, {"分钟", 60000}, {"小时", 3600000},
	{"分", 60000}, {"時間", 3600000}, // Japanese: "5分待って", "1時間後"
	{"sec", 1000}, {"min", 60000}, {"ms", 1}, {"s", 1000}}

func isAllNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '.' {
			return false
		}
	}
	return true
}

// bestWait picks the strongest hint of all the lists, in order; the first of equals wins.
// A wait beyond a year (maxResetMS) is no wait a server meant ("retry-after: 700000M"), as
// for resets. A strong source that truncates the wait to whole seconds yields its figure to
// a weaker one that states the same wait finer: Gemini's message "Please retry in
// 48.805646254s" beside its RetryInfo retryDelay "48s" (corpus README, retry_after_ms).
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func bestWait(lists ...[]hint) (hint, bool) {
	var best hint
	found := false
	for _, hs := range lists {
		for _, h := range hs {
			if h.ms < 0 || h.ms > maxResetMS {
				continue
			}
			if !found || h.strength > best.strength {
				best, found = h, true
			}
		}
	}
	if found && best.ms%1000 == 0 {
		whole, finer := best, false
		for _, hs := range lists {
			for _, h := range hs {
				if h.ms > whole.ms && h.ms < whole.ms+1000 {
					best, finer = h, true // the same wait, its fraction kept
				}
			}
		}
		if !finer && whole.strength > waitBody { // a header's whole seconds
			best = finerBelow(whole, lists)
		}
	}
	return best, found
}

// finerBelow is the figure a body or a sentence states finer than a whole-second header
// that rounds it up: Discord's body "retry_after": 0.661 beside its "Retry-After: 1"
// (https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit: the
// header is the same wait in whole seconds, rounded up, as RFC 9110's delay-seconds
// must be). A reset header's wait within the second is another limit's, and stays out.
func finerBelow(whole hint, lists [][]hint) hint {
	for _, hs := range lists {
		for _, h := range hs {
			if (h.strength == waitBody || h.strength == waitProse) && h.ms > whole.ms-1000 && h.ms < whole.ms && h.ms > 0 {
				return h
			}
		}
	}
	return whole
}

// finerProse is the message's own figure in place of a RetryInfo retryDelay that truncates
// it to whole seconds: Gemini's "Please retry in 36.429760048s." beside "retryDelay": "36s"
// (corpus README: where a message and a RetryInfo both state the wait, the message's figure
// counts). Only a sentence within the second after the delay is that figure; another one
// states some other wait.
func finerProse(best hint, prose []hint) hint {
	if best.strength != waitRetryInfo || best.ms%1000 != 0 {
		return best
	}
	for _, h := range prose {
		if h.strength == waitProse && h.ms > best.ms && h.ms < best.ms+1000 {
			return h
		}
	}
	return best
}
