package decoder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openAITPM is OpenAI's per-minute token limit as its message alone reads: Groq words its
// own token limits the same way, so nothing in it names either.
const openAITPM = "Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s."

func TestConfidence(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Confidence
	}{
		{"the provider's own entry, by code and wording",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
			Documented},
		{"the provider's own entry, by a code only it uses", `{"error":{"code":"NO_CREDITS","message":"no credits"}}`, Documented},
		{"OpenAI's TPM message alone: its org- id names OpenAI", openAITPM, Documented},
		{"general wording, no provider", "Error: rate limit exceeded, please slow down", Inferred},
		{"a gRPC status in a Python stack", `grpc._channel._InactiveRpcError: status = StatusCode.RESOURCE_EXHAUSTED details = "Quota exceeded"`, Inferred},
		{"a wrapper's re-print of a connection failure", "litellm.APIConnectionError: Connection error.", Inferred},
		{"a code every catalog that defines it agrees on", `{"error":{"code":"model_not_found"}}`, Inferred},
		{"a known provider, but only the generic layer's wording fits",
			"x-groq-region: us-east-1\n\nError: read ECONNRESET", Inferred},
		{"a known provider and its status line's reason phrase, nothing else",
			"HTTP/1.1 400 Bad Request\nx-groq-region: us-east-1\n\n{\"error\": \"something odd\"}", Guess},
		{"a status line alone", "HTTP/1.1 503 Service Unavailable", Guess},
		{"a status line whose reason phrase is the only wording", "HTTP/1.1 429 Too Many Requests", Guess},
		{"a provider's header and a status, nothing else", "HTTP/1.1 500 Internal Server Error\nx-groq-region: us-east-1", Guess},
		{"nothing to go on", "hello world", Guess},
		{"one letter", "x", Guess},
		{"empty", "", Guess},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.want, r.Confidence, "%s / %s\n%s", r.Provider, r.Category, strings.Join(r.Evidence, "\n"))
		})
	}
}

// reading is an alternative without its evidence, for comparing.
type reading struct {
	provider string
	category Category
	retry    bool
}

func readings(alts []Alternative) []reading {
	var out []reading
	for _, a := range alts {
		out = append(out, reading{a.Provider, a.Category, a.Retryable})
	}
	return out
}

func TestAlternatives(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		has      []reading // among the alternatives
		hasNot   []reading
		evidence string // in some alternative's evidence
	}{
		{"OpenAI's token limit alone is OpenAI's; Groq, which words it alike, the alternative", openAITPM,
			[]reading{{"groq", RateLimit, true}}, []reading{{"openai", RateLimit, true}},
			"Groq words its rate_limit_exceeded error the same way"},
		{"OpenAI named by its host: Groq's wording does not come close",
			openAITPM + " Visit https://platform.openai.com/account/rate-limits to learn more.",
			nil, []reading{{"groq", RateLimit, true}}, ""},
		{"two Groq entries worded alike with different verdicts (the TPM phrase split over two lines)",
			"RetryError [AI_RetryError]: Failed after 3 attempts. Last error: Rate limit reached for model `llama-3.1-8b-instant` in organization `org_x` service tier `on_demand` on tokens per \\\nminute (TPM): Limit 6000, Used 5034, Requested 1443. Please try again in 4.77s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing",
			[]reading{{"groq", Quota, false}}, nil, `the entry "Daily token or request allowance used up" of Groq fits almost as well`},
		// RATE_LIMITED is a code the general layers know: it names no provider, so Mistral
		// (which also sends it) is no reading of its own.
		{"a router's error that names its upstream and a code many APIs send",
			`{"success":false,"error":{"message":"azure-openai error: The system is currently experiencing high demand and cannot process your request. Please retry after 20 seconds.","code":"RATE_LIMITED"},"status":429}`,
			nil, []reading{{"mistral", RateLimit, true}}, ""},
		{"a clear answer has none",
			"HTTP/1.1 401 Unauthorized\nanthropic-organization-id: x\n\n{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}",
			nil, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			got := readings(r.Alternatives)
			for _, w := range tc.has {
				assert.Contains(t, got, w)
			}
			for _, w := range tc.hasNot {
				assert.NotContains(t, got, w)
			}
			if tc.has == nil && tc.hasNot == nil {
				assert.Empty(t, r.Alternatives)
			}
			if tc.evidence != "" {
				var evs []string
				for _, a := range r.Alternatives {
					evs = append(evs, a.Evidence)
				}
				assert.Contains(t, strings.Join(evs, "\n"), tc.evidence)
			}
		})
	}
}

// On every golden and corpus paste: a confidence, at most two alternatives, each a known
// category, explained, and unlike the answer and each other.
func TestAlternativesAreOtherReadings(t *testing.T) {
	for _, in := range sampleInputs(t) {
		r := Decode(in)
		require.Contains(t, []Confidence{Documented, Inferred, Guess}, r.Confidence, in)
		if r.Category == Unknown || r.Thin {
			assert.Equal(t, Guess, r.Confidence, in)
		}
		if r.Confidence == Documented {
			assert.NotEmpty(t, r.Provider, in)
			assert.False(t, r.Generic, in)
		}
		require.LessOrEqual(t, len(r.Alternatives), maxAlternatives, in)
		seen := []reading{{r.Provider, r.Category, r.Retryable}}
		for _, a := range r.Alternatives {
			ra := reading{a.Provider, a.Category, a.Retryable}
			assert.NotContains(t, seen, ra, in)
			seen = append(seen, ra)
			assert.True(t, a.Category.Valid() && a.Category != Unknown, in)
			assert.False(t, a.Category == Quota && a.Retryable, in)
			assert.NotEmpty(t, a.Evidence, in)
		}
	}
}

// sampleInputs returns the golden pastes and the dev and tune corpus's (eval is measured,
// not studied).
func sampleInputs(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	require.NoError(t, err)
	var ins []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		ins = append(ins, string(b))
	}
	for _, name := range []string{"dev.jsonl", "tune.jsonl"} {
		for _, c := range readCorpus(t, filepath.Join("testdata", "corpus", name)) {
			ins = append(ins, c.Input)
		}
	}
	return ins
}

// A documented code implies its status when the paste shows none; the evidence says so.
func TestStatusImpliedByDocumentedCode(t *testing.T) {
	for _, tc := range []struct {
		name, in, provider string
		status             int
		evidence           string
	}{
		{"OpenAI's insufficient_quota, body alone",
			`{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`,
			"openai", 429, "HTTP status 429: not in the paste, but OpenAI documents the code insufficient_quota with it at https://platform.openai.com/docs/guides/error-codes"},
		{"a general layer's code that comes with one status",
			`{"error":{"code":"NOT_FOUND"}}`,
			"", 404, "HTTP status 404: not in the paste, but the code NOT_FOUND comes with it (gRPC status codes)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider)
			assert.Equal(t, tc.status, r.HTTPStatus)
			assert.Contains(t, r.Evidence, tc.evidence)
		})
	}
}
