package decoder

// documentedRateLimit reports an error that an API's or a tool's own catalog documents as
// a rate limit, matched by its code or wording (not by the status alone), asking for a
// wait under a day: a window of hours the service itself calls a rate limit (Copilot's
// "rate limit that restricts the number of Copilot model requests ... try again in 2
// hours") clears by waiting, so it stays one. The general layers' wording does not say
// what the window is; and a wait of a day or more is an allowance resetting, whatever it
// is called.
func (a *adviser) documentedRateLimit() bool {
	return a.en != nil && a.ef.Kind != KindGeneric && a.en.Category == RateLimit && a.m.keyed &&
		a.r.RetryAfterMS < 24*longestRateWindowMS
}
