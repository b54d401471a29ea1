package retry

import (
	"time"

	"github.com/errlens/errlens/decoder"
)

// Shape is how one provider's official client spaces its retries, as the catalog's sdk
// section states it (decoder.Lookup(slug).SDK): the retry count, the backoff curve, the
// longest wait asked for by the server that it honours, and what it does with a POST. A
// provider whose section gives no curve takes the generic catalog's, errlens's own
// default (the Stainless curve, which most OpenAI-compatible APIs are called with).
//
// The computed wait before retry n (n = 1, 2, ...) is, in [DefaultBackoff],
//
//	min(Base × 2^(n-1), Max) × (JitterLow + (JitterHigh - JitterLow) × rand)
type Shape struct {
	// Name says whose behaviour this is, for a log line: "the Stainless SDK policy".
	Name string
	// Retries is the number of retries after the first attempt: the Python SDK's count,
	// else the Node SDK's, else 2.
	Retries int
	// Base is the first computed wait, Max the longest.
	Base, Max time.Duration
	// JitterLow and JitterHigh bound the random factor a computed wait is scaled by.
	JitterLow, JitterHigh float64
	// RetryAfterMax is the longest wait asked for by the server (Retry-After and the like)
	// that the client waits out; 0: no limit but Policy.MaxWait.
	RetryAfterMax time.Duration
	// PostRetry is what the client does with a POST after a failure the server may have
	// acted on: decoder.PostRetryAlways, PostRetryIdempotencyKey, PostRetryNever, or ""
	// when the catalog does not say (then only with an Idempotency-Key).
	PostRetry string
}

// defaultRetries is the count for a provider whose SDKs the catalog gives none (the
// Stainless SDKs' default). It cannot live in the generic catalog's sdk section: a retry
// count there would make the decoder describe an SDK for generic errors.
const defaultRetries = 2

// genericSlug names the generic catalog: errlens's default retry curve, and the answers
// for network failures.
const genericSlug = "generic"

// ShapeOf returns the Shape of the provider with the given catalog slug; an unknown or
// empty slug gets the generic catalog's.
func ShapeOf(provider string) Shape {
	var sdk decoder.SDK
	if p := decoder.Lookup(provider); p != nil {
		sdk = p.SDK
	}
	s := Shape{Retries: sdk.Python.Retries, PostRetry: sdk.PostRetry}
	if s.Retries == 0 {
		s.Retries = sdk.Node.Retries
	}
	if s.Retries == 0 {
		s.Retries = defaultRetries
	}
	curve := sdk
	if curve.BackoffBaseMS == 0 {
		if g := decoder.Lookup(genericSlug); g != nil {
			curve = g.SDK
		}
	}
	s.Name = curve.RetryPolicy
	s.Base = time.Duration(curve.BackoffBaseMS) * time.Millisecond
	s.Max = time.Duration(curve.BackoffMaxMS) * time.Millisecond
	s.JitterLow = float64(curve.BackoffJitterLowPct) / 100
	s.JitterHigh = float64(curve.BackoffJitterHighPct) / 100
	s.RetryAfterMax = time.Duration(curve.BackoffRetryAfterMaxS) * time.Second
	return s
}

// DefaultBackoff is the wait before retry number attempt (1 for the first retry) that the
// provider's client computes when the response asks for none: exponential from s.Base,
// capped at s.Max, scaled by a jitter factor; rnd is a random number in [0, 1). It is
// what a Policy with no Backoff of its own uses; wrap it to change the curve.
func DefaultBackoff(s Shape, attempt int, rnd float64) time.Duration {
	d := float64(s.Base)
	for i := 1; i < attempt && d < float64(s.Max); i++ {
		d *= 2
	}
	d = min(d, float64(s.Max))
	return time.Duration(d * (s.JitterLow + (s.JitterHigh-s.JitterLow)*rnd))
}
