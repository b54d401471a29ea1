package decoder

import (
	"strings"
	"time"
)

// What the advise stage's timing and SDK sentences need that only the paste's words can
// tell, read here in extraction (handOn) so that no later stage reads the text: a reset
// stated as a time of day or an epoch (reset.go weighs it against the wait), a "limit: 0"
// (timing.go), the window the wording names and the words that named it (window.go), and
// the attempt count an SDK printed with the error (sdk.go).

// stated is what handStated hands on.
type stated struct {
	reset    reset // a reset the words state, if hasReset
	hasReset bool
	// exhausted is the latest reset header of a limit whose remaining count is 0: the
	// time the failing request needs, which a Retry-After may put earlier.
	exhausted    reset
	hasExhausted bool
	limitZero    bool // "limit: 0" ends there (Google's free tier for a model it does not serve free)
	// remainingZero: "Remaining: 0" ends there, a counter as the rate-limit headers give it
	// in words (LiteLLM's "Current limit: 2, Remaining: 0. Limit resets at: ..."): the reset
	// beside it is its window's end, not an allowance's set time.
	remainingZero bool
	window        string // the longest window the wording names, "" when none
	windowWhy     string // the words that named it (the evidence quotes them)
	tried         attempts
}

// handStated reads the stated facts into s.said. The reset is read only when a marker for
// it occurs: only then is the decoder's clock asked.
func (s *signals) handStated(now func() time.Time) {
	d := &s.said
	if s.gate(clockSet) || s.gate(epochSet) {
		ref, against := refTime(s.headers, now)
		fromDate := against != "now"
		if d.reset, d.hasReset = s.clockReset(ref, fromDate); !d.hasReset {
			d.reset, d.hasReset = s.epochReset(ref, fromDate)
		}
	}
	if !d.hasReset && s.gate(resetFieldSet) {
		ref, against := refTime(s.headers, now)
		d.reset, d.hasReset = s.fieldReset(ref, against != "now")
	}
	if !d.hasReset && s.body.resetAt != "" { // a field the marks miss: a wrapped name
		ref, against := refTime(s.headers, now)
		if t, ok := parseRFC3339(s.body.resetAt); ok && statedInstant(t, ref, against != "now") {
			d.reset, d.hasReset = reset{at: upToSecond(t), what: "the field quotaResetTimeStamp (" + s.body.resetAt + ")", instant: true}, true
		}
	}
	d.exhausted, d.hasExhausted = exhaustedReset(s.headers, now)
	if !d.hasExhausted && s.hasHTTP && s.http.code == 429 && len(s.headers) > 0 {
		ref, against := refTime(s.headers, now)
		d.exhausted, d.hasExhausted = unreportedReset(s.headers, ref, against)
	}
	d.limitZero = s.statesLimitZero()
	d.remainingZero = s.endsZero(mRemainingZero)
	d.window, d.windowWhy = s.wordedWindow()
	if d.window == "" { // "Daily request 200 limit": the adjective a few words before
		d.window, d.windowWhy = s.qualifiedWindow()
	}
	if d.window == "" { // "(req/min)", "30 requests / 5h": a rate's unit (windowrate.go)
		d.window, d.windowWhy = s.rateWindow()
	}
	if d.window == "" { // "rpm_rate_limit_exceeded", "limit of 3 RPM" (windowacronym.go)
		d.window, d.windowWhy = s.acronymWindow()
	}
	if d.window == "" && s.body.window != "" { // {"window": "hour"} (windowfield.go)
		d.window, d.windowWhy = s.body.window, s.body.windowText
	}
	d.tried = s.printedAttempts()
}

// exhaustedReset is when the last of the limits that ran out comes back, by their reset
// headers (anthropic-ratelimit-input-tokens-reset beside its remaining: 0), else by a
// header that names the reset's date.
func exhaustedReset(hs []header, now func() time.Time) (reset, bool) {
	if len(hs) == 0 {
		return reset{}, false
	}
	at, against := refTime(hs, now)
	var best reset
	found := false
	exhaustedLimits(hs, false, func(h header, name, v string) {
		if rs, ok := headerReset(name, v, at, against); ok && (!found || rs.at.After(best.at)) {
			rs.what = h.name + ": " + strings.TrimSpace(h.value) + " and " + rs.what
			best, found = rs, true
		}
	})
	if found {
		return best, true
	}
	for _, h := range hs { // an instant of its own: x-rate-limit-reset-date (the Lens API)
		if t, ok := parseRFC3339(h.value); ok && strings.HasSuffix(h.name, "-reset-date") && statedInstant(t, at, against != "now") {
			return reset{at: upToSecond(t), what: h.name + ": " + h.value, instant: true}, true
		}
	}
	return reset{}, false
}

// The markers of clockReset and fieldReset, as sets (showsAny).
var clockSet, resetFieldSet, epochSet = setOf(clockMarks), setOf(resetFieldMarks), setOf(epochMarks)

var (
	mLimitZero      = mark("limit: 0")
	mQuotaLimitZero = mark("quota_limit_value")
	mRemainingZero  = mark("remaining: 0")
)

// endsZero reports marker id ("remaining: 0") not followed by more digits or a decimal
// fraction ("0.5"); a sentence's full stop ends it ("Remaining: 0. Limit resets at").
func (s *signals) endsZero(id int) bool {
	text := s.in.text
	for _, pos := range s.at(id) {
		end := pos + len(markers[id])
		if end >= len(text) || !isDigit(text[end]) && (text[end] != '.' || end+1 >= len(text) || !isDigit(text[end+1])) {
			return true
		}
	}
	return false
}

// statesLimitZero reports "limit: 0" not followed by more digits ("limit: 05") or a decimal,
// or Google's ErrorInfo metadata giving the quota's limit as 0: "quota_limit_value": "0"
// in JSON, key: "quota_limit_value" value: "0" as google-api-core prints it.
func (s *signals) statesLimitZero() bool {
	text := s.in.text
	for _, pos := range s.at(mLimitZero) {
		end := pos + len(markers[mLimitZero])
		if end >= len(text) || !isDigit(text[end]) && text[end] != '.' {
			return true
		}
	}
	for _, pos := range s.at(mQuotaLimitZero) {
		start := pos + len(markers[mQuotaLimitZero])
		rest := strings.TrimLeft(text[start:min(len(text), start+40)], "\"' \t\r\n:,")
		rest = strings.TrimLeft(strings.TrimPrefix(rest, "value"), "\"' \t\r\n:")
		if len(rest) >= 2 && rest[0] == '0' && (rest[1] == '"' || rest[1] == '\'') {
			return true
		}
	}
	return false
}

// wordedWindow is the longest window the wording names, and the words that named it.
func (s *signals) wordedWindow() (window, why string) {
	// Of the markers the paste shows (a few), those of windowWords rows: the first row of
	// the highest rank.
	best, rank := -1, 0 // the windowWords row that names it, and its windowOrder
	for _, m := range s.buf.marked {
		if m >= len(windowRowsOf) {
			continue
		}
		for _, i := range windowRowsOf[m] {
			if r := windowMarkRanks[i]; r > rank || r == rank && r > 0 && i < best {
				best, rank = i, r
			}
		}
	}
	if best < 0 {
		return "", ""
	}
	id := windowMarks[best]
	pos := s.at(id)[0]
	return windowWords[best].window, strings.TrimSpace(s.in.text[pos : pos+len(markers[id])])
}

// windowRowsOf lists, by marker id, the windowWords rows of that marker.
var windowRowsOf = func() [][]int {
	rows := make([][]int, len(markers))
	for i, id := range windowMarks {
		rows[id] = append(rows[id], i)
	}
	return rows
}()

// windowMarkRanks is windowOrder of each windowWords row's window, looked up once here
// rather than twice per row a paste names on every decode.
var windowMarkRanks = func() []int {
	ranks := make([]int, len(windowWords))
	for i, w := range windowWords {
		ranks[i] = windowOrder(w.window)
	}
	return ranks
}()

// attempts is how many times the paste says the request was tried, and where it says so.
type attempts struct {
	n    int
	what string
}

// The keys printedAttempts reads, found by the literal scan: most pastes hold none, and
// four searches of the whole text cost more than the rest of the stated facts together.
var (
	mAttemptsJSON = mark(`"attempts":`)
	mAttempts     = mark("attempts: ")
	mMaxRetries   = mark("reached max retries: ")
	mFailedAfter  = mark("Failed after ")
)

// printedAttempts reads the attempt count an SDK printed with the error: the AWS SDK's
// $metadata.attempts, botocore's "(reached max retries: 4)", the Vercel AI SDK's "Failed
// after 3 attempts".
func (s *signals) printedAttempts() attempts {
	if !s.gate(attemptsSet) { // most pastes: none of the four, and no look-up of each
		return attempts{}
	}
	text := s.in.text
	for _, f := range [...]struct {
		key   string
		mark  int
		extra int // retries count one less than attempts
		what  string
	}{
		{`"attempts":`, mAttemptsJSON, 0, "$metadata.attempts"},
		{"attempts: ", mAttempts, 0, "$metadata.attempts"},
		{"reached max retries: ", mMaxRetries, 1, "\"reached max retries\""},
		{"Failed after ", mFailedAfter, 0, "\"Failed after N attempts\""},
	} {
		i := s.firstExact(f.mark, f.key)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(text[i+len(f.key):min(len(text), i+len(f.key)+8)], " ")
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if v, ok := atoi(rest[:n]); ok && v > 0 && v < 100 {
			return attempts{v + f.extra, f.what}
		}
	}
	return attempts{}
}

// attemptsSet is printedAttempts' markers: with none of them, every key is skipped.
var attemptsSet = setOf([]int{mAttemptsJSON, mAttempts, mMaxRetries, mFailedAfter})

// reset is a reset time found, and how.
type reset struct {
	at   time.Time
	what string
	// fixed is a reset at a set time (a clock time, an epoch, midnight), which makes a
	// daily allowance a quota: it does not refill as time passes.
	fixed bool
	// instant is a reset the paste fixes in time by itself (an RFC 3339 time, an epoch, a
	// date with its year): it stands whatever clock a wait would count from.
	instant bool
	wall    wallClock // a time of day as printed, for a provider's own zone (wallclock.go)
}

// Phrases followed by a time of day.
var clockMarks = marks("reset at ", "resets at ", "resets ", "reset on ", "try again at ", "retry at ",
	"available again at ", "available again on ", "regain access ", "限额将在",
	"will reset",                       // "Your limit will reset\n     at 3pm (America/Santiago)", wrapped by the terminal
	"try again after ", "retry after ", // crates.io's "Please try again after Thu, 12 Dec 2024 14:24:53 GMT"
)

// clockReset reads a reset stated as a time of day: "resets 3pm (America/New_York)", "will
// reset at 2pm (Europe/Berlin)", "try again at 14:05" (a time with no zone is the clock's),
// and as a date and time: Anthropic's spend limit, "You will regain access on 2025-07-01 at
// 00:00 UTC". A date that gives its year is that instant (statedInstant bounds it); one
// without is the next time the calendar reads it.
func (s *signals) clockReset(ref time.Time, fromDate bool) (reset, bool) {
	text := s.in.text
	for _, id := range clockMarks {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			window := text[start:min(len(text), start+60)]
			rest := pastJoiner(window)
			// The instant, the bytes of rest it takes, the zone named and the wall clock read.
			var (
				at      time.Time
				used    int
				zname   string
				w       wallClock
				instant bool
			)
			if t, n, ok := leadingRFC3339(rest); ok { // "Your quota will reset at 2026-12-08T00:00:00Z"
				if !statedInstant(t, ref, fromDate) {
					continue
				}
				at, used, instant = upToSecond(t), n, true
			} else {
				y, mon, day, dused := readDate(rest)
				rest = rest[dused:]
				h, m, cused, ok := readClock(rest)
				if !ok {
					continue
				}
				used = cused
				sec, sused := readSeconds(rest[used:])
				used += sused
				if sused > 0 { // Go's time.Time.String writes a fraction when there is one: ".5", rounded up
					up, fused := fractionUp(rest[used:])
					sec, used = sec+up, used+fused
				}
				z, zn, zused, ok := readZone(rest[used:], ref)
				if !ok {
					continue
				}
				zname, used = zn, used+zused
				w = wallClock{y, mon, day, h, m, sec, zname == ""}
				if at, ok = w.on(z, ref, fromDate); !ok {
					continue
				}
				instant = w.y != 0 && !w.zoneless
			}
			end := start + len(window) - len(rest) + used // rest is window's tail
			what := "\"" + oneSpaced(strings.TrimSpace(text[pos:end])) + "\""
			if zname != "" {
				what += " (" + zname + ")"
			}
			fixed := id != mTryAgainAfter && id != mRetryAfter // a server's "try again after <date>" is a wait's end
			return reset{at: at, what: what, fixed: fixed, instant: instant, wall: w}, true
		}
	}
	return reset{}, false
}

// readClock reads a time of day at the start of s: "14:05", "2pm", "2:30 pm", "2:14 AM".
func readClock(s string) (h, m, used int, ok bool) {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return 0, 0, 0, false
	}
	h, _ = atoi(s[:i])
	hasMin := false
	if i+2 < len(s) && s[i] == ':' && isDigit(s[i+1]) && isDigit(s[i+2]) {
		m = int(s[i+1]-'0')*10 + int(s[i+2]-'0')
		i += 3
		hasMin = true
	}
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	switch mer := strings.ToLower(s[j:min(len(s), j+2)]); {
	case mer == "am" || mer == "pm":
		if h < 1 || h > 12 {
			return 0, 0, 0, false
		}
		h %= 12
		if mer == "pm" {
			h += 12
		}
		i = j + 2
	case !hasMin:
		return 0, 0, 0, false // "resets 3 times" is no time of day
	}
	if i < len(s) && (isLetter(s[i]) || isDigit(s[i])) || h > 23 || m > 59 {
		return 0, 0, 0, false
	}
	return h, m, i, true
}

// readZone reads the zone after a time of day: " (Europe/Berlin)", " UTC", " GMT+8". With
// none, the time is read on the clock's own zone; with one not known, there is no answer.
func readZone(s string, ref time.Time) (zone, string, int, bool) {
	t := strings.TrimLeft(s, " ")
	skip := len(s) - len(t)
	if strings.HasPrefix(t, "(") {
		if e := strings.IndexByte(t, ')'); e > 1 {
			z, ok := zoneNamed(t[1:e])
			return z, t[1:e], skip + e + 1, ok
		}
	}
	if n := numericOffsetLen(t); n > 0 {
		m, _ := offsetMinutes(t[:n])
		return zone{m, noDST}, t[:n], skip + n, true
	}
	n := 0
	for n < len(t) && (isLetter(t[n]) || isDigit(t[n]) || t[n] == '+' || t[n] == '-' || t[n] == ':' || t[n] == '/' || t[n] == '_') {
		n++
	}
	if n > 0 {
		if z, ok := zoneNamed(t[:n]); ok {
			return z, t[:n], skip + n, true
		}
	}
	_, off := ref.Zone()
	return zone{off / 60, noDST}, "", 0, true
}

// numericOffsetLen is the length of a numeric UTC offset at the start of s, "+0800" or
// "-05:00", as Go's time.Time.String ("2006-01-02 15:04:05.999999999 -0700 MST", from:
// https://pkg.go.dev/time#Time.String) and RFC 5322 dates write it; 0 when s opens with none.
func numericOffsetLen(s string) int {
	if len(s) < 5 || (s[0] != '+' && s[0] != '-') || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0
	}
	n := 0
	switch {
	case isDigit(s[3]) && isDigit(s[4]):
		n = 5
	case s[3] == ':' && len(s) >= 6 && isDigit(s[4]) && isDigit(s[5]):
		n = 6
	default:
		return 0
	}
	if n < len(s) && isDigit(s[n]) {
		return 0
	}
	if _, ok := offsetMinutes(s[:n]); !ok {
		return 0
	}
	return n
}

// fractionUp reads a fraction of a second, ".25", at the start of s: 1 when any of its
// digits is not 0 (a reset rounds up to the second), and how many bytes it takes.
func fractionUp(s string) (up, used int) {
	if len(s) < 2 || s[0] != '.' || !isDigit(s[1]) {
		return 0, 0
	}
	used = 1
	for used < len(s) && isDigit(s[used]) {
		if s[used] != '0' {
			up = 1
		}
		used++
	}
	return up, used
}

// epochReset reads an epoch stated as the end of a limit: a tool's usage-limit line,
// "limit reached|1749924000" (a reset at a set time), and a ban or block "until" an epoch
// in seconds or milliseconds, Binance's "IP banned until 1660090423228" (the end of a wait
// the server set, not a fixed schedule) (from:
// https://developers.binance.com/docs/binance-spot-api-docs/errors, code -1003).
func (s *signals) epochReset(ref time.Time, fromDate bool) (reset, bool) {
	for _, id := range epochMarks {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			rest := s.in.text[start:min(len(s.in.text), start+14)]
			n := 0
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
			if n < len(rest) && isLetter(rest[n]) {
				continue // "until 1660090423228ms" is no bare epoch
			}
			t, ok := epochTime(rest[:n])
			if !ok || !statedInstant(t, ref, fromDate) {
				continue
			}
			unit := "seconds"
			if n == 13 {
				unit = "milliseconds"
			}
			what := "the time after \"" + strings.TrimSpace(markers[id]) + "\" (" + rest[:n] + ", " + unit + " since 1970)"
			return reset{at: upToSecond(t), what: what, fixed: id == mLimitPipe, instant: true}, true
		}
	}
	return reset{}, false
}

// epochMarks are the words an epoch follows as the end of a limit.
var epochMarks = []int{mLimitPipe, mark("banned until "), mark("blocked until ")}
var mLimitPipe = mark("limit reached|")
