package decoder

import (
	"time"
)

// What each of the provider's client libraries will do with the wait this error asks for
// (issue 15, item 4), from the catalog's sdk.clients: each library's statuses, retries,
// the wait headers it honours and up to what wait, and its own backoff. The same
// `Retry-After: 171` is waited out by one library, retried too early by another (it clamps
// the wait to 8 s, or ignores it for its backoff) and given up on by a third.
//
// The libraries read the wait from the response's headers. A paste that shows the wait only
// in the body ("Please try again in 17s") is taken to have had it in a header too, as the
// providers that word it so also send Retry-After; a library that reads no header keeps to
// its backoff whatever the paste says.

// SDKWait is what one client library does with this error's wait.
type SDKWait struct {
	// SDK names the library: "openai-python".
	SDK string `json:"sdk"`
	// Action is one of the SDKWait* values.
	Action string `json:"action"`
	// WaitMS is the wait before its first retry (its backoff's first step, before jitter,
	// when it keeps to its backoff); 0 when it does not retry.
	WaitMS int64 `json:"wait_ms,omitempty"`
	// Attempts is how many requests it makes in all before it raises the error, the first
	// included.
	Attempts int `json:"attempts"`
	// Says is the same in words, for the page and the CLI.
	Says string `json:"says"`
}

// Values of SDKWait.Action.
const (
	SDKWaitWaits        = "waits"         // waits what the error asks and retries
	SDKWaitRetriesEarly = "retries_early" // retries before the wait asked or the reset
	SDKWaitBacksOff     = "backs_off"     // no wait known: retries after its own backoff
	SDKWaitGivesUp      = "gives_up"      // the wait asked is more than it honours: raises at once
	SDKWaitNoRetry      = "no_retry"      // does not retry this error (by default)
)

// sdkWaits says what each client library of p does with a retryable error r; nil when the
// catalog lists none or the error is not one that waiting clears.
func sdkWaits(p *Provider, r *Result, hs []header, now func() time.Time) []SDKWait {
	var ev evidence
	out := ev.sdkWaits(p, r, hs, now)
	ev.setSays(out, string(ev.text), 0)
	return out
}

// sdkWaits is sdkWaits writing the sentences into ev.text: they become the Says fields
// when the lines are made (setTexts), in the lines' one allocation, where they had one of
// their own (this runs on every retryable decode).
func (ev *evidence) sdkWaits(p *Provider, r *Result, hs []header, now func() time.Time) []SDKWait {
	if p == nil || !r.Retryable || r.Thin {
		return nil
	}
	clients := sdkClients(p)
	if len(clients) == 0 {
		return nil
	}
	need := neededWaitMS(r, hs, now)
	status := r.HTTPStatus
	if status == 0 {
		status = impliedStatus(r.Category)
	}
	out := make([]SDKWait, 0, len(clients))
	b := ev.text
	ev.saysFrom = len(b)
	// Most clients keep to the section's retry_on: its answer is read once.
	sectionRetries := sdkRetries(p.SDK.RetryOn, status, r.Category)
	var rest [2]int // where the last sentence written whole goes on after its library's name
	for i := range clients {
		cl := &clients[i]
		retries := sectionRetries
		if len(cl.RetryOn) > 0 {
			retries = sdkRetries(cl.RetryOn, status, r.Category)
		}
		w := clientWait(cl, retries, r.RetryAfterMS, need)
		if i > 0 && sameWords(&w, &out[i-1]) { // a provider's libraries mostly do alike
			b = append(append(b, w.SDK...), b[rest[0]:rest[1]]...)
		} else {
			start := len(b)
			b = w.words(b, cl, r)
			rest = [2]int{start + len(w.SDK), len(b)}
		}
		ev.says = append(ev.says, len(b))
		out = append(out, w)
	}
	ev.text = b
	return out
}

// sameWords reports whether words says w as it says prev but for the library's name: the
// actions whose sentence reads only the action, the wait and the attempts, alike.
func sameWords(w, prev *SDKWait) bool {
	return (w.Action == SDKWaitWaits || w.Action == SDKWaitBacksOff) && w.Action == prev.Action &&
		w.WaitMS == prev.WaitMS && w.Attempts == prev.Attempts
}

// clientWait decides one library's action: retries tells whether it retries this error at
// all, asked is the wait the error asks for, need how long the limit needs (asked, else
// until the reset; 0 when unknown).
func clientWait(cl *SDKRetrier, retries bool, asked, need int64) SDKWait {
	w := SDKWait{SDK: cl.Name, Attempts: 1}
	if cl.Retries == 0 || !retries {
		w.Action = SDKWaitNoRetry
		return w
	}
	w.Attempts = cl.Retries + 1
	w.WaitMS, w.Action = int64(cl.BackoffBaseMS), SDKWaitBacksOff
	if asked > 0 && len(cl.Reads) > 0 {
		maxMS := int64(cl.WaitMaxS) * 1000
		switch {
		case maxMS == 0 || asked <= maxMS:
			w.WaitMS = asked
		case cl.OverMax == OverMaxGiveUp:
			return SDKWait{SDK: cl.Name, Action: SDKWaitGivesUp, Attempts: 1}
		case cl.OverMax == OverMaxClamp:
			w.WaitMS = maxMS
		}
	}
	switch {
	case need > 0 && w.WaitMS < need:
		w.Action = SDKWaitRetriesEarly
	case need > 0:
		w.Action = SDKWaitWaits
	}
	return w
}

// neededWaitMS is how long the limit needs: the wait the error asks for, else the time
// until its reset counted from the paste's Date header or the clock; 0 when unknown.
func neededWaitMS(r *Result, hs []header, now func() time.Time) int64 {
	if r.RetryAfterMS > 0 {
		return r.RetryAfterMS
	}
	if r.ResetAt == "" {
		return 0
	}
	at, ok := parseRFC3339(r.ResetAt)
	if !ok {
		return 0
	}
	ref, _ := refTime(hs, now)
	if d := at.Sub(ref); d > 0 {
		return d.Milliseconds()
	}
	return 0
}

// impliedStatus is the status an error of category c comes with when the paste shows none,
// for matching a library's retry_on.
func impliedStatus(c Category) int {
	switch c {
	case RateLimit:
		return 429
	case Overloaded:
		return 503
	case Server:
		return 500
	}
	return 0
}

// words appends w said in a sentence to b: "openai-python waits 17 s and retries (up to
// 2 times)".
func (w *SDKWait) words(b []byte, cl *SDKRetrier, r *Result) []byte {
	n, times := timesWords(w.Attempts - 1)
	switch w.Action {
	case SDKWaitWaits:
		return appendWords(b, w.SDK, " waits ", secondsNumber(w.WaitMS), " s and retries (up to ", n, times)
	case SDKWaitRetriesEarly:
		if w.WaitMS == int64(cl.BackoffBaseMS) && (r.RetryAfterMS == 0 || len(cl.Reads) == 0 || cl.OverMax == OverMaxBackoff) {
			return appendWords(b, w.SDK, " retries after about ", secondsNumber(w.WaitMS), " s by its own backoff, before the limit resets (up to ", n, times)
		}
		return appendWords(b, w.SDK, " retries after ", secondsNumber(w.WaitMS), " s, before the limit resets (up to ", n, times)
	case SDKWaitBacksOff:
		return appendWords(b, w.SDK, " retries after about ", secondsNumber(w.WaitMS), " s by its own backoff (up to ", n, times)
	case SDKWaitGivesUp:
		return appendWords(b, w.SDK, " gives up at once: it waits out at most ", secondsNumber(int64(cl.WaitMaxS)*1000), " s, and this asks for ", secondsNumber(r.RetryAfterMS), " s")
	}
	if cl.Retries == 0 {
		return appendWords(b, w.SDK, " does not retry unless retries are turned on, so it raises this at once")
	}
	return appendWords(b, w.SDK, " does not retry ", errorsText(r))
}
