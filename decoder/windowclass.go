package decoder

// namedLimit makes a limit of an error that no entry matched and nothing else placed, when
// the paste names the window of the limit it ran into: the wording ("Przekroczono limit 20
// żądań na godzinę", "You've hit your weekly limit", "每日请求限制", "20 requests in 1
// week") or the header of a limit refused (anthropic-ratelimit-unified-5h-status:
// rejected). A window is said only of a limit, so the error is one; which kind follows from
// what waiting does, as for any limit: applyTiming and the long-wait rule decide, from the
// window and the wait asked for, whether it is a rate limit or an allowance (quota). A
// status other than 429 names another failure, whose text may mention a rate in passing.
func namedLimit(s *signals, r *Result, p *Provider, en *Entry, ev *evidence) {
	if en != nil || r.Category != Unknown || r.HTTPStatus != 0 && r.HTTPStatus != 429 {
		return
	}
	window, why, quoted := s.limitWindow(p)
	if window == "" {
		return
	}
	if quoted {
		why = "\"" + why + "\""
	}
	r.Category, r.Retryable = RateLimit, true
	r.Fix = "A limit counted " + windowCounts[window] + " ran out: retry once it has reset (the message or the service's documentation says when), send fewer requests, or ask for a higher limit."
	ev.add("the paste names the window of the limit it ran into (", why, "): a limit, not an unknown error")
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
