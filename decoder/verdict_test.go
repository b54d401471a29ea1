package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// The verdict says when, on the decoder's clock.
func TestVerdictSaysWhen(t *testing.T) {
	at := func(s string) *Decoder {
		now, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return New(WithClock(func() time.Time { return now }))
	}
	for _, tc := range []struct{ name, now, in, want string }{
		{"a wait the response asks for, with its clock", "2026-03-02T14:02:34Z",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 19\n\n{\"error\": \"rate_limit_exceeded\", \"message\": \"Rate limit exceeded.\"}\n(https://api.pictograph.io)",
			"Retry after 19 s (at 14:02:53 UTC)."},
		{"a daily allowance that refills as time passes: a rate limit (DESIGN.md)", "2026-03-02T14:00:00Z",
			"groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try again in 9m38.016s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
			"Retry after 9 min 39 s (at 14:09:39 UTC)."},
		{"Google's per-day quota resets at midnight Pacific (PST)", "2026-01-15T02:48:00Z",
			`google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel-FreeTier'}]}]}}`,
			"Not before the daily limit resets at 00:00 PT (in 5 h 12 min)."},
		{"the same in summer (PDT)", "2026-07-15T06:30:00Z",
			`google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'GenerateRequestsPerDayPerProjectPerModel-FreeTier'}]}]}}`,
			"Not before the daily limit resets at 00:00 PT (in 30 min)."},
		{"context length with numbers", "2026-03-02T14:00:00Z",
			`openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 8192 tokens. However, you requested 12064 tokens (11064 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
			"Fix the request first: it is 3,872 tokens over the model's limit."},
		{"overloaded, with the SDK's own retries", "2026-03-02T14:00:00Z",
			`anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}`,
			"Wait and retry: the provider is overloaded; its SDK retries twice."},
		// The API is only the tool's default: the tool did the retrying, not the API's SDK
		// (Codex calls OpenAI with its own Rust client, Claude Code with its own loop).
		{"codex gave up: the tool's retries, not the openai SDK's", "2026-03-02T14:00:00Z",
			"exceeded retry limit, last status: 429 Too Many Requests, request id: 9c84b52ce87fbe62-SJC",
			"Retry with backoff: the error states no wait; OpenAI Codex CLI retries 4 times."},
		{"claude code's timeout: its own 10 retries", "2026-03-02T14:00:00Z",
			"API Error (Request timed out.) · Retrying in 1 seconds… (attempt 1/10)",
			"Retry with backoff: the error states no wait; Claude Code retries 10 times."},
		{"billing", "2026-03-02T14:00:00Z",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
			"Waiting will not clear a quota or billing error: add credits or raise the limit first."},
		{"a wrong key", "2026-03-02T14:00:00Z",
			`openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
			"Fix the API key first: the same request will fail again."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, at(tc.now).Decode(tc.in).Verdict)
		})
	}
}

// Too thin to judge: no verdict to act on, no category, and the answer says so.
func TestThinInputGetsNoVerdict(t *testing.T) {
	for _, in := range []string{"a", "openai.RateLimitError:", "anthropic.RateLimitError", "   x  "} {
		t.Run(in, func(t *testing.T) {
			r := Decode(in)
			assert.True(t, r.Thin)
			assert.Equal(t, Unknown, r.Category)
			assert.False(t, r.Retryable)
			assert.Equal(t, thinVerdict, r.Verdict)
			assert.Empty(t, r.Entry)
		})
	}
	// Enough to judge: a status with its message, a code, a documented wording.
	for _, in := range []string{
		"openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached', 'code': 'rate_limit_exceeded'}}",
		"Encountered a server error, please try again",
		"HTTP/1.1 503 Service Unavailable",
	} {
		r := Decode(in)
		assert.False(t, r.Thin, in)
		assert.NotEqual(t, thinVerdict, r.Verdict, in)
	}
}

func TestPacificMidnight(t *testing.T) {
	for _, tc := range []struct {
		now  string
		want time.Duration
	}{
		{"2026-01-01T08:00:00Z", 24 * time.Hour},             // 00:00 PST exactly: the next midnight
		{"2026-03-08T09:59:00Z", 21*time.Hour + time.Minute}, // 01:59 PST; the night is an hour short
		{"2026-03-08T10:00:00Z", 21 * time.Hour},             // 03:00 PDT
		{"2026-11-01T09:00:00Z", 23 * time.Hour},             // 01:00 PST, the change back
	} {
		now, _ := time.Parse(time.RFC3339, tc.now)
		assert.Equal(t, tc.want, untilPacificMidnight(now), tc.now)
	}
}
