package decoder

import (
	"strings"
	"time"
)

// The timing step of advise: the limit's window and reset (window.go, reset.go), what they
// say about the category, and a request that can never fit the limit however long one
// waits.

// applyTiming sets r's LimitWindow and ResetAt, and moves a fixed-reset allowance to quota.
// en is the matched catalog entry, whose documented window counts when the paste names none.
func applyTiming(s *signals, r *Result, p *Provider, en *Entry, ev *evidence, now func() time.Time) {
	if r.Category != RateLimit && r.Category != Quota && r.HTTPStatus != 429 {
		return
	}
	window, why, quoted := s.limitWindow(p)
	if window == "" {
		window, why = reportedWindow(s.headers, p, r.RetryAfterMS)
	}
	if window == "" && en != nil && en.Window != "" && !outlastsWindow(r.RetryAfterMS, en.Window) {
		window, why = en.Window, "the documented window of \""+en.Title+"\""
	}
	if r.RetryAfterMS > weekMS && window != "month" {
		// A limit that comes back only after more than a week counts over a longer window,
		// and of the windows there are only a month is: a shorter one the paste names
		// (x-rate-limit-remaining-request-per-minute: 9) is another limit's.
		window, why, quoted = "month", "a wait of "+durationText(r.RetryAfterMS)+" outlasts a week", false
	}
	if window != "" {
		r.LimitWindow = window
		q := "" // the paste's own words are quoted
		if quoted {
			q = "\""
		}
		ev.add("the limit counts ", windowCounts(window), ": ", q, why, q)
	}
	rs, ok := s.resetTime(r.RetryAfterMS, window, p, now)
	if ok {
		r.ResetAt = rfc3339(rs.at)
		ev.add("the limit resets at ", r.ResetAt, " (", rs.what, ")")
	}
	switch {
	case refills(r, window, p):
		r.Category, r.Retryable = RateLimit, true
		ev.add("a ", window, "'s allowance that says to try again in ", secondsText(r.RetryAfterMS), " refills as time passes: a rate limit, not a quota")
	case waitClears(s, r, window):
		r.Category, r.Retryable = RateLimit, true
		ev.add("a limit that asks to wait ", secondsText(r.RetryAfterMS), " and names no longer window clears by waiting: a rate limit, not a quota")
	case r.Category != RateLimit:
	case s.said.limitZero:
		r.Category, r.Retryable = Quota, false
		ev.add("the limit is 0: this key or tier has no allowance for it, which no wait changes")
	case longWindow(window) && r.RetryAfterMS == 0:
		// A day's (or longer) allowance that asks for no wait: nothing says it refills
		// as time passes, and waiting seconds will not bring it back.
		r.Category, r.Retryable = Quota, false
		ev.add("a ", window, "'s allowance with no wait asked: waiting seconds will not clear it")
	case ok && rs.fixed && (longWindow(window) || window == "" && r.RetryAfterMS == 0 && !s.said.remainingZero):
		// A wait asked beside a day's allowance (Gemini's RetryInfo) clears only the
		// shorter limits named with it: the day's comes back at its set time. A counter's
		// "Remaining: 0" beside the reset, and no longer window, is a rate window's end.
		r.Category, r.Retryable = Quota, false
		ev.add("an allowance that resets at a set time, not a window that refills as time passes")
	}
}

const weekMS = 7 * 24 * 3600 * 1000

// neverFits makes a rate-limited request that alone exceeds its whole limit (tokens per
// minute: "Limit 6000, Requested 14368") not retryable, and says by how much to shrink it.
func neverFits(s *signals, r *Result, ev *evidence) {
	if r.Category != RateLimit {
		return
	}
	req, lim := s.overLimit.req, s.overLimit.limit
	if !s.overLimit.ok {
		return
	}
	r.Retryable = false
	cut := "Cut at least " + groupDigits(req-lim) + " tokens (" + itoa((req-lim)*100/max(req, 1)+1) + "% of the request)"
	if n := s.overLimit.counted; n > 0 {
		ev.add("the window counted ", itoa(n), " with the request against a limit of ", itoa(lim), ": what it held before was within the limit, so the request alone is at least ", itoa(req), ", larger than the whole limit: waiting cannot help, only a smaller request")
		cut += " to bring it to the " + groupDigits(lim) + "-token limit"
	} else {
		ev.add("the request alone (", itoa(req), ") is larger than the whole limit (", itoa(lim), "): waiting cannot help, only a smaller request")
	}
	if !strings.Contains(r.Fix, cut) {
		r.Fix = strings.TrimSpace(r.Fix + " " + cut + ", or ask for a higher limit.")
	}
}

// refills reports an allowance counted over a day or longer that refills continuously: it
// asks for a wait shorter than any reset at a set time (Groq's "tokens per day (TPD) ...
// Please try again in 8.64s"), and its code is no billing one. A provider whose per-day
// quotas reset at a set time (Google's, at midnight Pacific) does not refill, whatever wait
// it asks for.
func refills(r *Result, window string, p *Provider) bool {
	return r.Category == Quota && longWindow(window) && r.RetryAfterMS > 0 && r.RetryAfterMS < longestRateWindowMS &&
		!billingCode(r.Code) && !resetsAtPacificMidnight(p)
}

// billingCode reports a code that names credits, billing or a quota, not a rate.
func billingCode(code string) bool {
	c := strings.ToLower(code)
	for _, w := range [...]string{"quota", "credit", "billing", "insufficient", "balance", "payment", "exhausted"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// waitClears reports a quota answered by the general layers' wording alone ("upgrade your
// plan") for a limit that says waiting clears it: it asks a wait shorter than any
// allowance's reset, names no window of a day or longer, and has no billing code and no
// limit of 0. "You've hit your global rate limit. Please upgrade your plan or wait 6
// seconds for your limit to reset" is a rate limit whatever else it offers (DESIGN: the
// test between rate_limit and quota is what waiting does).
func waitClears(s *signals, r *Result, window string) bool {
	return r.Category == Quota && r.Generic && r.Entry != "" && r.RetryAfterMS > 0 && r.RetryAfterMS < longestRateWindowMS &&
		!longWindow(window) && !billingCode(r.Code) && !s.said.limitZero
}
