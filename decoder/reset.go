package decoder

import (
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

// resetTime works out when the limit resets: from the wait the input asks for, else the
// words; for a provider whose per-day quotas reset at midnight Pacific (Google's, in its
// catalog's limits), that documented reset first.
func (s *signals) resetTime(waitMS int64, window string, p *Provider, now func() time.Time) (reset, bool) {
	ref, against := refTime(s.headers, now)
	if window == "day" && resetsAtPacificMidnight(p) {
		// Documented, and later than the RetryInfo delay these errors also carry.
		at := ref.Add(untilPacificMidnight(ref))
		return reset{at: at, what: "Google's per-day quotas reset at midnight Pacific time", fixed: true}, true
	}
	if waitMS > 0 {
		// Rounded up to the second: retrying early fails again.
		at := upToSecond(ref.Add(time.Duration(waitMS) * time.Millisecond))
		// The request needs every limit that ran out back; and an instant the paste fixes
		// (the exhausted limit's RFC 3339 or epoch reset) stands where the wait would count
		// only from the decoder's clock.
		// A wait in whole seconds is rounded up: an instant stated within the second before
		// its end is the same reset, stated exactly (Codex's reset-at beside its
		// reset-after-seconds).
		if x := s.said.exhausted; s.said.hasExhausted && (x.at.After(at) || x.instant && (against == "now" || !x.at.Before(at.Add(-time.Second)))) {
			return x, true
		}
		if x := s.said.reset; s.said.hasReset && x.instant && (x.at.After(at) || against == "now") {
			return x, true
		}
		what := "the wait counted from now" // the common case, without a concatenation
		if against != "now" {
			what = "the wait counted from " + against
		}
		return reset{at: at, what: what}, true
	}
	if s.said.hasReset { // read in extraction (stated.go, resetinstants.go)
		return inProviderZone(s.said.reset, p, ref, against != "now")
	}
	if s.said.hasExhausted { // an instant already past asks no wait, but is still the reset
		return s.said.exhausted, true
	}
	return reset{}, false
}

// rfc3339 writes t in UTC to the second, "2026-01-01T05:12:00Z". Written by hand:
// time.Format would add tens of KB to the WebAssembly build.
func rfc3339(t time.Time) string {
	y, mo, d := t.UTC().Date() // once: Year, Month and Day would each work out the date
	h, mi, sec := t.UTC().Clock()
	var buf [32]byte // one allocation, the string itself
	if y < 0 || y > 9999 {
		b := appendPadded(buf[:0], y, 4)
		b = appendPadded(append(b, '-'), int(mo), 2)
		b = appendPadded(append(b, '-'), d, 2)
		b = appendPadded(append(b, 'T'), h, 2)
		b = appendPadded(append(b, ':'), mi, 2)
		b = appendPadded(append(b, ':'), sec, 2)
		return string(append(b, 'Z'))
	}
	// Every field of a four-digit year's time has a fixed width: its two-digit pieces are
	// written in place, without appendPadded's shifting (in a loop: seven inlined copies
	// cost the wasm about 600 gzipped bytes).
	b := append(buf[:0], "0000-00-00T00:00:00Z"...)
	for i, v := range [...]int{y / 100, y % 100, int(mo), d, h, mi, sec} {
		at := rfc3339Pieces[i]
		b[at], b[at+1] = byte('0'+v/10), byte('0'+v%10)
	}
	return string(b)
}

// rfc3339Pieces are where rfc3339's two-digit pieces start.
var rfc3339Pieces = [...]int{0, 2, 5, 8, 11, 14, 17}

// resetsAtPacificMidnight reports a provider whose per-day quotas reset at 00:00 Pacific.
func resetsAtPacificMidnight(p *Provider) bool { return p != nil && p.Limits.DailyResetPacificMidnight }
