package retry

import (
	"cmp"
	"time"

	"github.com/errlens/errlens/decoder"
)

// Shape is how one provider's official client spaces its retries, as the catalog states
// it: the retry count, the backoff curve, the longest wait asked for by the server that it
// honours, and what it does with a POST. The facts are those of the provider's reference
// client, the first of its sdk section's clients (decoder.Provider.Clients: its own, else
// those of the catalog it names in clients_of), which each catalog lists first: the
// provider's Python SDK (openai-python, botocore, google-genai). A provider whose catalog
// lists no client takes the generic catalog's retry_default, errlens's own policy (the
// Stainless curve, which most OpenAI-compatible APIs are called with). Either way the
// numbers are catalog data: this package holds no table of providers.
//
// The computed wait before retry n (n = 1, 2, ...) is, in [DefaultBackoff],
//
//	min(Base × 2^(n-1), Max) × (JitterLow + (JitterHigh - JitterLow) × rand)
type Shape struct {
	// Name says whose behaviour this is, for a log line: "the Stainless SDK policy".
	Name string
	// Retries is the number of retries after the first attempt: the reference client's
	// count, else the Python SDK's, else the Node SDK's, else retry_default's.
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

// genericSlug names the generic catalog: errlens's default retry policy, and the answers
// for network failures.
const genericSlug = "generic"

// ShapeOf returns the Shape of the provider with the given catalog slug; an unknown or
// empty slug gets the generic catalog's retry_default.
func ShapeOf(provider string) Shape {
	var sdk decoder.SDK
	var ref decoder.SDKRetrier
	if p := decoder.Lookup(provider); p != nil {
		sdk = p.SDK
		if cls := p.Clients(); len(cls) > 0 {
			ref = cls[0]
		}
	}
	def := referenceDefault()
	s := Shape{Retries: cmp.Or(ref.Retries, sdk.Python.Retries, sdk.Node.Retries, def.Retries), PostRetry: sdk.PostRetry}
	if ref.BackoffBaseMS == 0 {
		ref = def
	}
	s.Name = ref.Policy
	s.Base = time.Duration(ref.BackoffBaseMS) * time.Millisecond
	s.Max = time.Duration(ref.BackoffMaxMS) * time.Millisecond
	s.JitterLow = float64(ref.JitterLowPct) / 100
	s.JitterHigh = float64(ref.JitterHighPct) / 100
	s.RetryAfterMax = time.Duration(ref.WaitMaxS) * time.Second
	return s
}

// referenceDefault is the generic catalog's retry_default.
func referenceDefault() decoder.SDKRetrier {
	if g := decoder.Lookup(genericSlug); g != nil {
		return g.SDK.RetryDefault
	}
	return decoder.SDKRetrier{}
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
