package decoder

// A wait of an hour or more usually means an allowance resetting, not a short rate-limit
// window, so advise makes such a rate limit a quota (advice.go). The exception is an error
// the API's or tool's own catalog documents as a rate limit: its documentation says what
// waiting does (GitHub's Copilot limits requests "within a specific time period" and says
// to wait and try again, whether the wait is a minute or two days), and DESIGN's test
// between rate_limit and quota is what waiting does, not how long it is.

// documentedRateLimit reports whether the matched entry is a rate limit documented by the
// identified provider's catalog or the wrapper's, matched by its own code or wording: not a
// general layer's wording, nor a status alone.
func (a *adviser) documentedRateLimit() bool {
	en, ef := a.en, a.ef
	if en == nil || ef == nil || ef.Kind == KindGeneric || en.Category != RateLimit || !a.m.keyed {
		return false
	}
	return a.id.provider >= 0 && a.e.files[a.id.provider] == ef || a.id.wrapper >= 0 && a.e.files[a.id.wrapper] == ef
}
