package decoder

import (
	"strings"
	"time"
)

// Reading times a paste states: HTTP-dates, RFC 3339 timestamps, Unix epochs,
// google.protobuf.Duration waits, and the reference time (the paste's own Date header, else
// the decoder's clock) waits and resets count from. Extraction reads waits and advise reads
// resets with them, so they belong to neither.

// parseDuration reads "45.8s", "1.5s", "20ms", "6m0s", "2m30.5s", or plain seconds, in
// milliseconds, a fraction rounded up.
func parseDuration(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	var total float64
	start := 0 // the number being read is s[start:i]: a slice, not a string grown per digit
	seen := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) || c == '.' {
			continue
		}
		num := s[start:i]
		unit := 1000.0
		switch {
		case strings.HasPrefix(s[i:], "ms"):
			unit = 1
			i++
		case c == 's':
		case c == 'm':
			unit = 60000
		case c == 'h':
			unit = 3600000
		default:
			return 0, false
		}
		v, ok := parseDecimal(num)
		if !ok {
			return 0, false
		}
		total += v * unit
		start = i + 1
		seen = true
	}
	if num := s[start:]; num != "" {
		v, ok := parseDecimal(num)
		if !ok {
			return 0, false
		}
		total += v * 1000
		seen = true
	}
	if !seen || total < 0 || total > 1e12 {
		return 0, false
	}
	return wholeMS(total), true
}

// parseHTTPDate reads the IMF-fixdate of RFC 9110: "Tue, 26 Mar 2024 19:59:59 GMT".
func parseHTTPDate(s string) (time.Time, bool) {
	f := strings.Fields(strings.TrimSpace(s))
	if len(f) != 6 || f[5] != "GMT" {
		return time.Time{}, false
	}
	day, ok1 := atoi(f[1])
	mon, ok := monthNamed(f[2])
	year, ok2 := atoi(f[3])
	hms := strings.Split(f[4], ":")
	if !ok1 || !ok2 || !ok || len(hms) != 3 {
		return time.Time{}, false
	}
	h, ok1 := atoi(hms[0])
	m, ok2 := atoi(hms[1])
	sec, ok3 := atoi(hms[2])
	if !ok1 || !ok2 || !ok3 {
		return time.Time{}, false
	}
	return time.Date(year, mon, day, h, m, sec, 0, time.UTC), true
}

// parseRFC3339 reads "2024-03-26T20:00:00Z" (fractions and offsets allowed).
func parseRFC3339(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	num := func(a, b int) int {
		v, ok := atoi(s[a:b])
		if !ok {
			return -1
		}
		return v
	}
	y, mo, d, h, mi, se := num(0, 4), num(5, 7), num(8, 10), num(11, 13), num(14, 16), num(17, 19)
	if y < 0 || mo < 1 || mo > 12 || d < 0 || h < 0 || mi < 0 || se < 0 {
		return time.Time{}, false
	}
	rest := s[19:]
	nanos := 0
	if strings.HasPrefix(rest, ".") {
		k := 1
		for k < len(rest) && isDigit(rest[k]) {
			k++
		}
		frac := (rest[1:k] + "000000000")[:9]
		nanos, _ = atoi(frac)
		rest = rest[k:]
	}
	t := time.Date(y, time.Month(mo), d, h, mi, se, nanos, time.UTC)
	switch {
	case rest == "Z" || rest == "":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, ok1 := atoi(rest[1:3])
		om, ok2 := atoi(rest[4:6])
		if !ok1 || !ok2 {
			return time.Time{}, false
		}
		off := time.Duration(oh)*time.Hour + time.Duration(om)*time.Minute
		if rest[0] == '+' {
			t = t.Add(-off)
		} else {
			t = t.Add(off)
		}
	default:
		return time.Time{}, false
	}
	return t, true
}

// refTime is what a relative wait counts from: the paste's Date header, else the clock.
func refTime(hs []header, now func() time.Time) (time.Time, string) {
	if v, ok := headerValue(hs, "date"); ok {
		if t, ok := parseHTTPDate(v); ok {
			return t, "the Date header"
		}
	}
	return now(), "now"
}

// epochTime reads epoch seconds (10 digits) or milliseconds (13 digits). Seconds with a
// fraction are read to the second, rounded up: Discord's X-RateLimit-Reset, "1470173023.123"
// (https://discord.com/developers/docs/topics/rate-limits#header-format).
func epochTime(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	up := int64(0)
	if len(v) > 11 && v[10] == '.' && isAllDigits(v[11:]) {
		if strings.Trim(v[11:], "0") != "" {
			up = 1
		}
		v = v[:10]
	}
	if !isAllDigits(v) {
		return time.Time{}, false
	}
	n, ok := atoi(v)
	switch {
	case !ok:
		return time.Time{}, false
	case len(v) == 10:
		return time.Unix(int64(n)+up, 0).UTC(), true
	case len(v) == 13:
		return time.UnixMilli(int64(n)).UTC(), true
	}
	return time.Time{}, false
}

// saneReset reports a reset time that is a wait from ref: not past, not beyond a year.
func saneReset(t, ref time.Time) bool {
	d := t.Sub(ref).Milliseconds()
	return d >= 0 && d <= maxResetMS
}

// statedInstant reports a reset the paste states as an instant (an epoch after a usage-limit
// line, a dated time) that can be one: not beyond a year after ref and not before 2000; and,
// when ref is the paste's own Date header, not before it. Counted from the decoder's clock
// instead, an instant already past is still the reset the paste states (a log pasted
// later): the verdict then says it was due, and no wait is made of it.
func statedInstant(t, ref time.Time, fromDate bool) bool {
	if t.Year() < 2000 || t.Sub(ref).Milliseconds() > maxResetMS {
		return false
	}
	return !fromDate || !t.Before(ref)
}

// upToSecond rounds t up to a whole second: a reset is written to the second, and retrying
// before it fails again.
func upToSecond(t time.Time) time.Time {
	return t.Add(time.Second - time.Nanosecond).Truncate(time.Second)
}

// instantValue reads an RFC 3339 time, an epoch (10 digits: seconds, 13: milliseconds) or
// an HTTP-date (RFC 9110's IMF-fixdate, "Mon, 07 Dec 2026 10:02:00 GMT", as some servers
// write x-ratelimit-reset in the form of Retry-After's date).
func instantValue(v string) (time.Time, bool) {
	if t, ok := parseRFC3339(v); ok {
		return t, true
	}
	if t, ok := epochTime(v); ok {
		return t, true
	}
	return parseHTTPDate(v)
}

// resetWait turns a reset header's value into a wait from ref: an RFC 3339 time
// (anthropic-ratelimit-tokens-reset), epoch seconds (x-ratelimit-reset: 1377013266), or a
// duration (x-ratelimit-reset-tokens: 6m0s, 59ms); the instants as instantValue reads them.
func resetWait(v string, ref time.Time) (int64, bool) {
	if t, ok := instantValue(v); ok {
		return t.Sub(ref).Milliseconds(), saneReset(t, ref)
	}
	ms, ok := parseDuration(v)
	return ms, ok && ms <= maxResetMS
}

// monthNamed is the month abbreviated as name ("Jan" .. "Dec", in that case). A search of
// twelve names: data, where a map literal was built in the package's init.
func monthNamed(name string) (time.Month, bool) {
	i := indexOf(name, monthNames)
	return time.Month(i + 1), i >= 0
}

var monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// The six windows a limit counts over, ranked and worded: the signals' window readers rank
// what they find by windowOrder, advise words the answer's window (window.go), so they
// belong to neither stage.

// windows are the windows a limit counts over, shortest first, with how a limit counts
// over each (for the evidence) and its adjective (for the verdict). The hour window also
// stands for windows of several hours (the 5-hour plan limits of Claude, Codex and Z.ai:
// the window's unit, as the corpus labels them), so it is not said "per hour" and has no
// adjective: they are not hourly.
var windows = [...]struct{ name, counts, adjective string }{
	{"second", "per second", "per-second"},
	{"minute", "per minute", "per-minute"},
	{"hour", "over hours (one or several)", ""},
	{"day", "per day", "daily"},
	{"week", "per week", "weekly"},
	{"month", "per month", "monthly"},
}

// windowOrder ranks windows (from 1; 0 for none of the six): of several named, the
// longest is the one waiting must outlast. A look along windows, where three maps built in
// the package's init (and a map look-up's call at each of some 15 places) cost the wasm
// more. Not inlined: its loop copied into each caller cost more than the call.
//
//go:noinline
func windowOrder(w string) int {
	for i := range windows {
		if windows[i].name == w {
			return i + 1
		}
	}
	return 0
}

// windowCounts is how a limit counts over window w, for the evidence ("" for none).
func windowCounts(w string) string {
	if r := windowOrder(w); r > 0 {
		return windows[r-1].counts
	}
	return ""
}

// windowAdjective is window w's adjective, for the verdict ("" for none, and for hours).
func windowAdjective(w string) string {
	if r := windowOrder(w); r > 0 {
		return windows[r-1].adjective
	}
	return ""
}
