package decoder

import (
	"strings"
	"time"
)

// Resets a paste fixes in time by itself, read in extraction for reset.go: the reset
// header of the limit that ran out (anthropic-ratelimit-input-tokens-reset:
// 2025-06-02T15:15:48Z, GitHub's x-ratelimit-reset: 1476480538), a 429's reset headers when
// it reports no remaining counts (Azure's x-rate-limit-reset-tokens: 55), and a reset field
// of a body or a printed struct (Codex's "resets_at":1775317531, X's reset: Some(1660051376)).
// An instant (RFC 3339, epoch seconds or milliseconds) is that instant, wherever the clock
// is; a number too small to be an epoch is seconds to wait, counted from the paste's Date
// or the clock. The magnitude tells them apart: ten digits are 2001 to 2286 as an epoch and
// over 30 years as a wait, which no server asks for (maxResetMS bounds both).

// headerReset reads one reset header's value: an instant, or a wait counted from ref.
func headerReset(name, v string, ref time.Time, against string) (reset, bool) {
	if t, ok := instantValue(v); ok {
		if !statedInstant(t, ref, against != "now") {
			return reset{}, false
		}
		return reset{at: upToSecond(t), what: name + ": " + strings.TrimSpace(v), instant: true}, true
	}
	ms, ok := parseDuration(v)
	if !ok || ms > maxResetMS {
		return reset{}, false
	}
	return reset{at: upToSecond(ref.Add(time.Duration(ms) * time.Millisecond)), what: name + ": " + strings.TrimSpace(v)}, true
}

// leadingRFC3339 reads an RFC 3339 instant that opens s, ended by white space, a quote,
// a comma, a bracket or a sentence's full stop, and how many bytes it takes.
func leadingRFC3339(s string) (time.Time, int, bool) {
	if len(s) < 20 || !isDigit(s[0]) || s[4] != '-' || s[10] != 'T' {
		return time.Time{}, 0, false // most text after a reset phrase: no RFC 3339 time
	}
	n := strings.IndexAny(s, " \t\r\n\"',;)]}")
	if n < 0 {
		n = len(s)
	}
	tok := strings.TrimRight(s[:n], ".")
	t, ok := parseRFC3339(tok)
	return t, len(tok), ok
}

// isResetHeader reports a rate-limit reset header: x-ratelimit-reset(-tokens),
// x-rate-limit-reset, anthropic-ratelimit-tokens-reset, RateLimit-Reset.
func isResetHeader(name string) bool {
	return (strings.Contains(name, "ratelimit-") || strings.Contains(name, "rate-limit-")) &&
		strings.Contains(name, "-reset") && !strings.HasSuffix(name, "-reset-date")
}

// unreportedReset is the latest reset header of a 429 whose headers report no remaining
// count: the response refused the request, so a limit ran out, and without the counts
// every reset it gives may be that limit's (Azure's 429 carries x-rate-limit-reset-tokens
// in place of Retry-After).
func unreportedReset(hs []header, ref time.Time, against string) (reset, bool) {
	var best reset
	found := false
	for _, h := range hs {
		if strings.Contains(h.name, "remaining") {
			return reset{}, false
		}
		if !isResetHeader(h.name) {
			continue
		}
		if rs, ok := headerReset(h.name, h.value, ref, against); ok && (!found || rs.at.After(best.at)) {
			best, found = rs, true
		}
	}
	return best, found
}

// unreportedWait is the wait the latest of a 429's reset headers asks for when its headers
// report no remaining count; a reset already past asks none.
func unreportedWait(hs []header, now func() time.Time) []hint {
	ref, against := refTime(hs, now)
	var best hint
	found := false
	for _, h := range hs {
		if strings.Contains(h.name, "remaining") {
			return nil
		}
		if !isResetHeader(h.name) {
			continue
		}
		if ms, ok := resetWait(h.value, ref); ok && ms >= 0 && (!found || ms > best.ms) {
			what := h.name + ": " + h.value
			if _, isDur := parseDuration(h.value); !isDur {
				what += " (counted from " + against + ")"
			}
			best, found = hint{ms, waitResetHeader, what, h.value}, true
		}
	}
	if !found {
		return nil
	}
	return []hint{best}
}

// Reset fields of a body or a printed struct, each followed by an instant. Google's
// ErrorInfo metadata for a quota (Code Assist's cloudcode-pa) names its reset
// quotaResetTimeStamp, an RFC 3339 instant, beside the wait quotaResetDelay.
// The same instants under the names other APIs give them (reset_time, resetTime), and a
// retry_after field that holds an instant rather than seconds ("retry_after":
// "2026-12-07T10:05:00Z"): only an instant is read from any of them.
var resetFieldMarks = marks("resets_at", "reset_at", "resetsAt", "resetAt", "reset: Some(", `"reset":`, "quotaResetTimeStamp",
	"reset_time", "resetTime", "retry_after", "retryAfter",
	// More names APIs give the same instant: the date a limit resets on, the next reset,
	// the instant to retry at, an epoch named a timestamp.
	"reset_date", "resetDate", "next_reset", "nextReset", "retry_at", "retryAt", "reset_timestamp", "resetTimestamp")

// fieldReset reads the first reset field that holds an instant: "resets_at":1775317531,
// "reset_at": "2026-04-04T15:45:31Z", reset: Some(1660051376). A small number there is not
// read: fields named so hold epochs in the APIs that send them, and a wait has its own
// fields (resets_in_seconds, retry_after).
func (s *signals) fieldReset(ref time.Time, fromDate bool) (reset, bool) {
	text := s.in.text
	for _, id := range resetFieldMarks {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			if start > len(text) {
				continue
			}
			v := fieldValue(text[start:min(len(text), start+48)])
			t, ok := instantValue(v)
			if !ok || !statedInstant(t, ref, fromDate) {
				continue
			}
			key := strings.TrimLeft(text[pos:start], `"`)
			if i := strings.IndexAny(key, `"': `); i > 0 {
				key = key[:i]
			}
			return reset{at: upToSecond(t), what: "the field " + key + " (" + v + ")", instant: true}, true
		}
	}
	return reset{}, false
}

// fieldValue is the value after a field's name: past the quotes (escaped too), colon or equals sign and a
// Rust Option's Some(, up to the quote, comma or bracket that ends it.
func fieldValue(s string) string {
	s = strings.TrimLeft(s, `\"' :=`+"\t") // a backslash too: a JSON string's escaped JSON, \"resetsAt\": 1733914800
	s = strings.TrimPrefix(s, "Some(")
	s = strings.TrimLeft(s, `"'`)
	end := strings.IndexAny(s, "\"', })]\r\n\t")
	if end < 0 {
		end = len(s)
	}
	return s[:end]
}
