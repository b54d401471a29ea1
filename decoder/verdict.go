package decoder

import "time"

// The verdict in one plain sentence that says when: "Retry after 19 s (at 14:02:53 UTC)",
// "Not before the daily limit resets at 00:00 PT (in 5 h 12 min)", "Fix the request first:
// it is 3,872 tokens over the model's limit", "Wait and retry: the provider is overloaded;
// its SDK retries twice". A paste too thin to judge gets no verdict, only a request for more.

// thinVerdict is the verdict of a paste too thin to judge (thin.go).
const thinVerdict = "Paste more of the error: there is not enough here to judge by."

// appendVerdict appends r's verdict to b. now is the decoder's clock (WithClock), daily
// whether the error says its limit is a daily one, p the provider (nil when unknown), and
// retrier the catalog whose retries the paste went through: the provider's SDK, or the tool
// when the API is only the tool's default (Codex does not call OpenAI through the openai
// SDK). (Appended: the sentence goes into the Result's text with the evidence.)
func appendVerdict(b []byte, r *Result, now time.Time, daily bool, p, retrier *Provider) []byte {
	switch {
	case isThin(r):
		return append(b, thinVerdict...)
	case r.Retryable && r.RetryAfterMS > 0 && r.RetryAfterMS < 10000:
		// Too soon for a clock to help. durationText's words for a wait under 10 s.
		return appendWords(b, "Retry after ", secondsNumber(max(100, (r.RetryAfterMS+99)/100*100)), " s.")
	case r.Retryable && r.RetryAfterMS > 0:
		return appendWords(b, "Retry after ", durationText(r.RetryAfterMS), " (at ", resetClock(r, now), ").")
	case r.Retryable && r.Category == Overloaded:
		return appendWords(b, "Wait and retry: the provider is overloaded", sdkRetriesClause(retrier), ".")
	case r.Retryable:
		return appendWords(b, "Retry with backoff: the error states no wait", sdkRetriesClause(retrier), ".")
	case r.Category == Quota || (r.Category == RateLimit && daily):
		return append(b, notBefore(r, now, daily, p)...)
	}
	return append(b, fixFirst(r)...)
}

// notBefore says when a quota or an allowance can work again, when the error says.
func notBefore(r *Result, now time.Time, daily bool, p *Provider) string {
	switch {
	case daily && resetsAtPacificMidnight(p):
		// Google's per-day quotas reset at midnight Pacific time.
		wait := untilPacificMidnight(now)
		return "Not before the daily limit resets at 00:00 PT (in " + durationText(wait.Milliseconds()) + ")."
	case r.ResetAt != "":
		return resetSentence(r, now)
	case r.RetryAfterMS > 0:
		return "Not before " + durationText(r.RetryAfterMS) + " from now (at " + clockText(now, r.RetryAfterMS) + "), when the limit resets."
	case daily && allowanceWord(r.LimitWindow) != "daily":
		// A weekly or monthly spending or plan limit: raising it works at once.
		return "Not before the " + allowanceWord(r.LimitWindow) + " limit resets or is raised; the error does not say when."
	case daily:
		return "Not before the daily limit resets; the error does not say when."
	}
	return "Waiting will not clear a quota or billing error: add credits or raise the limit first."
}

// allowanceWord names a long window's allowance: a monthly spending limit is not a daily one.
func allowanceWord(window string) string {
	switch window {
	case "week":
		return "weekly"
	case "month":
		return "monthly"
	}
	return "daily"
}

// fixFirst says what to change before sending again, for an error that will fail the same way.
func fixFirst(r *Result) string {
	switch r.Category {
	case ContextLength:
		if r.ContextUsed > r.ContextLimit && r.ContextLimit > 0 {
			return "Fix the request first: it is " + groupDigits(r.ContextUsed-r.ContextLimit) + " tokens over the model's limit."
		}
		return "Fix the request first: it is longer than the model's context window."
	case Authentication:
		return "Fix the API key first: the same request will fail again."
	case Permission:
		return "Fix the access first: this key may not use this model or resource."
	case NotFound:
		return "Fix the model name or path first: it does not exist for this key."
	case ContentFilter:
		return "Change the content first: the same request will be refused again."
	case Conflict:
		return "Resolve the conflict first: the same request will conflict again."
	case RateLimit:
		return "Fix the request first: it alone is larger than the whole limit."
	case Unknown:
		return "Not recognised: do not retry blindly; read the evidence."
	}
	return "Fix the request first: the same request will fail again."
}

// sdkRetriesClause says how many times the provider's SDK, or the tool, retries by default,
// when known. A tool is named: it is not an SDK the user chose.
func sdkRetriesClause(p *Provider) string {
	if p == nil {
		return ""
	}
	n := max(p.SDK.Python.Retries, p.SDK.Node.Retries)
	if p.Kind == KindWrapper {
		if n == 0 {
			return ""
		}
		return "; " + p.Name + " retries " + countText(n)
	}
	if n == 0 {
		if len(p.SDK.RetryOn) == 0 {
			return ""
		}
		return "; its SDK does not retry by default"
	}
	return "; its SDK retries " + countText(n)
}

// clockText is the time of day a wait ends, on the decoder's clock, in UTC: the first whole
// second after it. Written by hand: time.Format would add tens of KB to the WebAssembly build.
func clockText(now time.Time, ms int64) string {
	end := now.UnixMilli() + ms
	secs := (end + 999) / 1000
	day := ((secs % 86400) + 86400) % 86400
	h, m, sec := day/3600, day%3600/60, day%60
	return string([]byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10), ':',
		byte('0' + sec/10), byte('0' + sec%10), ' ', 'U', 'T', 'C'})
}

// resetSentence says when the limit resets, from r.ResetAt and r.LimitWindow: "Not before
// the daily limit resets at 00:00:00 UTC (in 5 h 12 min)."
func resetSentence(r *Result, now time.Time) string {
	at, _ := parseRFC3339(r.ResetAt)
	ms := at.Sub(now).Milliseconds()
	limit := "the limit"
	if adj := windowAdjective(r.LimitWindow); adj != "" {
		limit = "the " + adj + " limit"
	}
	if ms <= 0 {
		return "Try again: " + limit + " was due to reset at " + r.ResetAt + "."
	}
	return "Not before " + limit + " resets at " + clockText(now, ms) + " (in " + durationText(ms) + ")."
}

// resetClock is the time of day a wait ends: the reset time when the paste gave one (it may
// count from the response's own Date header), else the wait from the decoder's clock.
func resetClock(r *Result, now time.Time) string {
	if at, ok := parseRFC3339(r.ResetAt); ok {
		return clockText(at, 0)
	}
	return clockText(now, r.RetryAfterMS)
}
