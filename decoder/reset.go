package decoder

import (
	"strings"
	"time"
)

// When the limit resets (Result.ResetAt). Resets come as waits (headers and sentences that
// waits.go reads, counted from the paste's own Date header when it has one, else from the
// decoder's clock), as a time of day in words ("Your limit will reset at 2pm
// (Europe/Berlin)", "try again at 14:05"), as an epoch after a tool's usage-limit line
// ("Claude AI usage limit reached|1749924000"), and, for Google's per-day quotas that say
// nothing, as the documented midnight Pacific time.

// maxResetMS bounds any reset read from a paste: a year. Beyond that (an epoch read as
// seconds, a date decades away) it is a misreading, never a wait.
const maxResetMS = 366 * 24 * 3600 * 1000

// reset is a reset time found, and how.
type reset struct {
	at   time.Time
	what string
	// fixed is a reset at a set time (a clock time, an epoch, midnight), which makes a
	// daily allowance a quota: it does not refill as time passes.
	fixed bool
}

// resetTime works out when the limit resets: from the wait the input asks for, else the
// words; for a provider whose per-day quotas reset at midnight Pacific (Google's, in its
// catalog's limits), that documented reset first.
func (s *signals) resetTime(waitMS int64, window string, p *Provider, now func() time.Time) (reset, bool) {
	ref, against := refTime(s.headers, now)
	if window == "day" && resetsAtPacificMidnight(p) {
		// Documented, and later than the RetryInfo delay these errors also carry.
		at := ref.Add(untilPacificMidnight(ref))
		return reset{at, "Google's per-day quotas reset at midnight Pacific time", true}, true
	}
	if waitMS > 0 {
		// Rounded up to the second: retrying early fails again.
		at := ref.Add(time.Duration(waitMS)*time.Millisecond + time.Second - time.Nanosecond).Truncate(time.Second)
		return reset{at: at, what: "the wait counted from " + against}, true
	}
	if r, ok := s.clockReset(ref); ok {
		return r, true
	}
	if r, ok := s.epochReset(ref); ok {
		return r, true
	}
	return reset{}, false
}

// Phrases followed by a time of day.
var clockMarks = func() []int {
	var ids []int
	for _, p := range []string{"reset at ", "resets at ", "resets ", "try again at ", "retry at ", "available again at "} {
		ids = append(ids, mark(p))
	}
	return ids
}()

// clockReset reads a reset stated as a time of day: "resets 3pm (America/New_York)", "will
// reset at 2pm (Europe/Berlin)", "try again at 14:05" (a time with no zone is the clock's).
func (s *signals) clockReset(ref time.Time) (reset, bool) {
	text := s.in.text
	for _, id := range clockMarks {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			window := text[start:min(len(text), start+60)]
			rest := strings.TrimPrefix(window, "at ")
			mon, day, dused := readMonthDay(rest)
			rest = rest[dused:]
			h, m, used, ok := readClock(rest)
			if !ok {
				continue
			}
			z, zname, zused, ok := readZone(rest[used:], ref)
			if !ok {
				continue
			}
			at := z.nextLocal(ref, h, m)
			if mon != 0 {
				at = z.nextDate(ref, mon, day, h, m)
			}
			end := start + len(window) - len(rest) + used + zused // rest is window's tail
			what := "\"" + strings.TrimSpace(text[pos:end]) + "\""
			if zname != "" {
				what += " (" + zname + ")"
			}
			return reset{at, what, true}, true
		}
	}
	return reset{}, false
}

// readMonthDay reads a date before a time: "May 5 at ", "Jan 12, ". It returns month 0
// when there is none.
func readMonthDay(s string) (time.Month, int, int) {
	if len(s) < 5 {
		return 0, 0, 0
	}
	mon, ok := months[s[:1]+strings.ToLower(s[1:3])]
	if !ok {
		return 0, 0, 0
	}
	i := 3
	for i < len(s) && isLetter(s[i]) { // "September"
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return 0, 0, 0
	}
	j := i + 1
	for j < len(s) && j < i+3 && isDigit(s[j]) {
		j++
	}
	day, ok := atoi(s[i+1 : j])
	if !ok || day < 1 || day > 31 {
		return 0, 0, 0
	}
	rest := strings.TrimLeft(s[j:], ",")
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "at ")
	return mon, day, len(s) - len(rest)
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

// epochReset reads an epoch a tool prints after its usage-limit line, "limit reached|1749924000".
func (s *signals) epochReset(ref time.Time) (reset, bool) {
	for _, pos := range s.at(mLimitPipe) {
		start := pos + len(markers[mLimitPipe])
		rest := s.in.text[start:min(len(s.in.text), start+14)]
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if t, ok := epochTime(rest[:n]); ok && saneReset(t, ref) {
			return reset{t, "the time after \"limit reached|\" (" + rest[:n] + ", seconds since 1970)", true}, true
		}
	}
	return reset{}, false
}

var mLimitPipe = mark("limit reached|")

// rfc3339 writes t in UTC to the second, "2026-01-01T05:12:00Z". Written by hand:
// time.Format would add tens of KB to the WebAssembly build.
func rfc3339(t time.Time) string {
	y, mo, d := t.UTC().Date() // once: Year, Month and Day would each work out the date
	h, mi, sec := t.UTC().Clock()
	var buf [32]byte // one allocation, the string itself
	b := appendPadded(buf[:0], y, 4)
	b = appendPadded(append(b, '-'), int(mo), 2)
	b = appendPadded(append(b, '-'), d, 2)
	b = appendPadded(append(b, 'T'), h, 2)
	b = appendPadded(append(b, ':'), mi, 2)
	b = appendPadded(append(b, ':'), sec, 2)
	return string(append(b, 'Z'))
}

// resetsAtPacificMidnight reports a provider whose per-day quotas reset at 00:00 Pacific.
func resetsAtPacificMidnight(p *Provider) bool { return p != nil && p.Limits.DailyResetPacificMidnight }
