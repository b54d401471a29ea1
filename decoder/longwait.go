package decoder

// documentedRateLimit reports an error that an API's or a tool's own catalog documents as
// a rate limit, matched by its code or wording (not by the status alone): a window the
// service itself calls a rate limit clears by waiting, so it stays one however long the
// wait it asks for. GitHub documents Copilot's ("a rate limit that restricts the number of
// Copilot model requests you can make within a specific time period ... try again in 58
// hours") as temporary: wait and try again (docs.github.com/en/copilot/concepts/rate-limits);
// DESIGN's test between rate_limit and quota is what waiting does, not how long it takes.
// The general layers' wording does not say what the window is, so there a long wait is an
// allowance resetting; a service's own layer that documents its waits as the time until
// the request can be repeated (Limits.WaitRepeats: Telegram's flood control) is no such
// wording. A tool that bounds the wait it retries after (limits.
// longest_retried_wait_s) documents a longer one as a quota: Gemini CLI words Code Assist's
// per-minute and daily limits alike ("You have exhausted your capacity on this model") and
// stops on "Your quota will reset after 12h34m16s" (a TerminalQuotaError). So is a wait of an
// hour or more beside an entry documented with a window of a minute or less: the same words
// then report a longer allowance (Gemini Code Assist's "Your quota will reset after 53s" is
// its per-minute limit, "... after 8h44m7s" its daily one,
// developers.google.com/gemini-code-assist/resources/quotas).
func (a *adviser) documentedRateLimit() bool {
	if a.en == nil || a.ef.Kind == KindGeneric && !a.ef.Limits.WaitRepeats || a.en.Category != RateLimit || !a.m.keyed {
		return false
	}
	longest := int64(a.ef.Limits.LongestRetriedWaitS) * 1000
	return (longest == 0 || a.r.RetryAfterMS <= longest) && !outlastsWindow(a.r.RetryAfterMS, a.en.Window)
}

// outlastsWindow reports a wait of an hour or more (longestRateWindowMS) asked beside a
// documented window of a minute or less: the wait is not that window's.
func outlastsWindow(waitMS int64, window string) bool {
	return window != "" && windowOrder(window) <= windowOrder("minute") && waitMS >= longestRateWindowMS
}
