package retry

import (
	"time"

	"github.com/errlens/errlens/decoder"
)

// How each family of official clients spaces its retries. The numbers the catalog holds
// (each provider's retry count in sdk.python/sdk.node.retries, and sdk.retry_after_max_s)
// come from decoder.Lookup; this table holds only what the catalog states in prose: the
// backoff curve, its jitter, and how long a wait asked for by the server is honoured.
//
// A computed wait before retry n (n = 1, 2, ...) is
//
//	min(base × 2^(n-1), max) × (jitterLo + (jitterHi - jitterLo) × rand)
type shape struct {
	name               string
	retries            int           // retries after the first attempt; 0: the catalog's count, else defaultRetries
	base, max          time.Duration // first wait and the longest computed wait
	jitterLo, jitterHi float64       // the wait is scaled by a random factor in this range
	askedMax           time.Duration // longest asked-for wait honoured; 0: no limit but Policy.MaxWait
}

const defaultRetries = 2

var shapes = map[string]shape{
	// openai-python _base_client.py (Stainless): INITIAL_RETRY_DELAY 0.5, MAX_RETRY_DELAY 8,
	// jitter 1 - 0.25*random(); a retry-after(-ms) header is used when 0 < value <= 60 s.
	// The same generated client ships for Anthropic, Groq, Cerebras and others.
	"stainless": {name: "the Stainless SDK policy", base: 500 * time.Millisecond, max: 8 * time.Second,
		jitterLo: 0.75, jitterHi: 1, askedMax: 60 * time.Second},
	// Pictograph error-handling docs: 5xx and network errors up to 3 retries, 1 s -> 2 s -> 4 s
	// (the SDK's retry.py: 1 s x 2^attempt, jitter x0.75-1.25, cap 30 s); a 429 is waited out
	// only when Retry-After <= 120 s, a longer one is raised at once.
	"pictograph": {name: "the Pictograph SDK policy", base: time.Second, max: 30 * time.Second,
		jitterLo: 0.75, jitterHi: 1.25, askedMax: 120 * time.Second},
	// botocore retries/standard.py: 3 attempts in all (2 retries), delay = rand(0,1) x
	// min(2^(attempt-1), 20 s). botocore does not read Retry-After; a wait the response asks
	// for is honoured anyway, capped only by Policy.MaxWait.
	"aws-standard": {name: "the AWS SDK standard retry mode", retries: 2, base: time.Second, max: 20 * time.Second,
		jitterLo: 0, jitterHi: 1},
	// cohere (Fern-generated client): 1 s doubling to 60 s, +-10 % jitter; honours retry-after.
	"fern": {name: "the Fern SDK policy", base: time.Second, max: 60 * time.Second,
		jitterLo: 0.9, jitterHi: 1.1},
	// replicate-python RetryTransport: 0.1 s x 2^(n-1), +-10 % jitter, at most 60 s.
	"replicate": {name: "the Replicate client policy", base: 100 * time.Millisecond, max: 60 * time.Second,
		jitterLo: 0.9, jitterHi: 1.1},
	// google-api-core / google-genai: 1 s doubling to 60 s with jitter.
	"google": {name: "the Google client policy", base: time.Second, max: 60 * time.Second,
		jitterLo: 0.5, jitterHi: 1},
	// Everything else: the Stainless curve, which most OpenAI-compatible APIs are called with.
	"default": {name: "errlens's default policy", base: 500 * time.Millisecond, max: 8 * time.Second,
		jitterLo: 0.75, jitterHi: 1, askedMax: 60 * time.Second},
}

// families says which shape each provider's official (or usual) client follows; a provider
// not listed gets "default".
var families = map[string]string{
	"openai": "stainless", "azure-openai": "stainless", "anthropic": "stainless",
	"groq": "stainless", "cerebras": "stainless", "deepseek": "stainless",
	"openrouter": "stainless", "perplexity": "stainless", "fireworks": "stainless",
	"pictograph": "pictograph",
	"bedrock":    "aws-standard",
	"cohere":     "fern",
	"replicate":  "replicate",
	"gemini":     "google", "vertex-ai": "google",
}

// shapeFor returns the provider's shape with its retry count and asked-wait limit filled in
// from the catalog where the catalog has them.
func shapeFor(slug string) shape {
	fam, ok := families[slug]
	if !ok {
		fam = "default"
	}
	sh := shapes[fam]
	p := decoder.Lookup(slug)
	if sh.retries == 0 && p != nil {
		sh.retries = p.SDK.Python.Retries
		if sh.retries == 0 {
			sh.retries = p.SDK.Node.Retries
		}
	}
	if sh.retries == 0 {
		sh.retries = defaultRetries
	}
	if p != nil && p.SDK.RetryAfterMaxS > 0 {
		sh.askedMax = time.Duration(p.SDK.RetryAfterMaxS) * time.Second
	}
	return sh
}
