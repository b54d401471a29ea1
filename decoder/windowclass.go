package decoder

// namedLimit makes a limit of an error that no entry matched and nothing else placed, when
// the paste names the window of the limit it ran into: the wording ("Przekroczono limit 20
// żądań na godzinę", "You've hit your weekly limit", "每日请求限制", "20 requests in 1
// week") or the header of a limit refused (anthropic-ratelimit-unified-5h-status:
// rejected). A window is said only of a limit, so the error is one; which kind follows from
// what waiting does, as for any limit: applyTiming and the long-wait rule decide, from the
// window and the wait asked for, whether it is a rate limit or an allowance (quota); a
// window shorter than a day decides only with the wait it asks for. A
// status other than 429 names another failure, whose text may mention a rate in passing.
func namedLimit(s *signals, r *Result, p *Provider, en *Entry, ev *evidence) {
	if en != nil || r.Category != Unknown || r.HTTPStatus != 0 && r.HTTPStatus != 429 {
		return
	}
	window, why, quoted := s.limitWindow(p)
	if window == "" || !longWindow(window) && r.RetryAfterMS == 0 {
		// A shorter window with no wait asked says too little: a limit of hours may be a
		// plan's session allowance (the 5-hour limits of Claude and Codex, back only at
		// their reset) or an hourly rate limit the next minutes clear, and a rate per
		// minute is as often a setting or advice the error quotes as the limit it hit.
		return
	}
	if quoted {
		why = "\"" + why + "\""
	}
	r.Category, r.Retryable = RateLimit, true
	r.Fix = "A limit counted " + windowCounts(window) + " ran out: retry once it has reset (the message or the service's documentation says when), send fewer requests, or ask for a higher limit."
	ev.add("the paste names the window of the limit it ran into (", why, "): a limit, not an unknown error")
	neverFits(s, r, ev) // a request larger than that whole limit: no wait helps (run before, on an unknown)
}
