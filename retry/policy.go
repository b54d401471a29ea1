package retry

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/errlens/errlens/decoder"
)

// Decision is the answer to "send it again?".
type Decision struct {
	// Retry is true when the request should be sent again after Wait.
	Retry bool
	// Wait is how long to wait before the retry. When Retry is false it is the wait the
	// response asked for when that is longer than the policy waits out by itself (the
	// caller may schedule the call for later), and 0 otherwise.
	Wait time.Duration
	// Reason says why, in words for a log line.
	Reason string
}

// Policy decides retries. The zero value follows each provider's documented client policy;
// the fields tighten it or replace a piece of it.
type Policy struct {
	// MaxRetries, when above 0, replaces the provider's retry count.
	MaxRetries int
	// MaxWait, when above 0, caps every wait: a computed backoff is cut to it, and a wait
	// the response asks for that is longer stops the retries instead.
	MaxWait time.Duration
	// Provider is the slug whose policy applies when the Result names no provider (an API
	// behind a proxy or a custom base URL whose errors carry no signal of their own).
	Provider string
	// Rand returns a number in [0, 1) for jitter; nil uses math/rand/v2. Tests fix it.
	Rand func() float64
	// Backoff computes the wait before retry number attempt when the response asks for
	// none; rnd comes from Rand. nil is DefaultBackoff, the provider's own curve.
	Backoff func(s Shape, attempt int, rnd float64) time.Duration
	// SafeMethodsOnly keeps the rule net/http itself uses for its own retries: only GET,
	// HEAD, OPTIONS, TRACE, PUT and DELETE, or a request with an Idempotency-Key header,
	// and with a body req.GetBody can replay, are sent again. By default a POST is sent
	// again too when the server cannot have acted on it, or when the provider's SDK would
	// send it again (see CheckRetry).
	SafeMethodsOnly bool
}

// Decide decides with the zero Policy: each provider's own rules, with real jitter.
func Decide(r decoder.Result, attempt int) Decision { return (*Policy)(nil).Decide(r, attempt) }

// Errors that re-sending the same request cannot fix, whatever else the Result says.
var neverRetry = map[decoder.Category]bool{
	decoder.Quota: true, decoder.Authentication: true, decoder.Permission: true,
	decoder.NotFound: true, decoder.InvalidRequest: true, decoder.ContextLength: true,
	decoder.ContentFilter: true, decoder.Unknown: true,
}

// Decide answers for the Result of attempt number attempt (1 for the first response,
// 2 for the first retry's, ...): stop when the error cannot clear by waiting (Retryable
// false, or a quota, billing, authentication, permission, not-found, invalid-request,
// context-length or content-filter error) or when the provider's retries are spent;
// otherwise retry after the wait the response asks for (Retry-After, retry-after-ms,
// RetryInfo, a body field) when the provider's client waits that long, else after the
// provider's backoff with jitter. A nil Policy is the zero Policy.
//
// Decide looks at the error only; whether the request itself can be sent again (its
// method, its body) is CheckRetry's question.
func (p *Policy) Decide(r decoder.Result, attempt int) Decision {
	if p == nil {
		p = &Policy{}
	}
	attempt = max(attempt, 1)
	if neverRetry[r.Category] {
		return Decision{Reason: "stop: " + categoryWords(r.Category) + " does not clear by sending the same request again"}
	}
	if !r.Retryable {
		return Decision{Reason: "stop: " + subject(r) + " is not retryable"}
	}
	sh := ShapeOf(p.provider(r))
	retries := sh.Retries
	if p.MaxRetries > 0 {
		retries = p.MaxRetries
	}
	if attempt > retries {
		return Decision{Reason: "stop: " + strconv.Itoa(retries) + " retries spent (" + sh.Name + ")"}
	}
	nth := "retry " + strconv.Itoa(attempt) + " of " + strconv.Itoa(retries)
	if r.RetryAfterMS > 0 {
		return p.waitAsked(sh, time.Duration(r.RetryAfterMS)*time.Millisecond, nth)
	}
	return p.waitBackoff(sh, attempt, nth)
}

// provider is the slug whose client policy applies to r.
func (p *Policy) provider(r decoder.Result) string {
	if r.Provider == "" && p != nil {
		return p.Provider
	}
	return r.Provider
}

// waitAsked honours the wait the response asks for, unless it is longer than the
// provider's client (or MaxWait) waits out.
func (p *Policy) waitAsked(sh Shape, asked time.Duration, nth string) Decision {
	limit := sh.RetryAfterMax
	if p.MaxWait > 0 && (limit == 0 || p.MaxWait < limit) {
		limit = p.MaxWait
	}
	if limit > 0 && asked > limit {
		return Decision{Wait: asked, Reason: "stop: the response asks to wait " + durText(asked) + ", longer than the " + durText(limit) + " " + sh.Name + " waits out; try again after that wait"}
	}
	return Decision{Retry: true, Wait: asked, Reason: nth + " after " + durText(asked) + ", the wait the response asks for"}
}

// waitBackoff waits the provider's computed backoff, cut to MaxWait.
func (p *Policy) waitBackoff(sh Shape, attempt int, nth string) Decision {
	rnd, backoff := rand.Float64, DefaultBackoff
	if p.Rand != nil {
		rnd = p.Rand
	}
	if p.Backoff != nil {
		backoff = p.Backoff
	}
	wait := max(backoff(sh, attempt, rnd()), 0)
	if p.MaxWait > 0 && wait > p.MaxWait {
		wait = p.MaxWait
	}
	return Decision{Retry: true, Wait: wait, Reason: nth + " after " + durText(wait) + " (" + sh.Name + " backoff)"}
}

func subject(r decoder.Result) string {
	if r.Title != "" {
		return "\"" + r.Title + "\""
	}
	return "this error"
}

func categoryWords(c decoder.Category) string {
	switch c {
	case decoder.Quota:
		return "a quota or billing error"
	case decoder.Unknown:
		return "an error errlens cannot place"
	}
	return "a " + string(c) + " error"
}

func durText(d time.Duration) string {
	if d%time.Second == 0 {
		return strconv.FormatInt(int64(d/time.Second), 10) + " s"
	}
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + " s"
}
