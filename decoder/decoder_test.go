package decoder

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var fixedClock = WithClock(func() time.Time { return time.Date(2024, 3, 26, 19, 59, 0, 0, time.UTC) })

// The input forms of the design, one row each, with what must come out.
func TestInputForms(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		provider string
		status   int
		code     string
		category Category
		retry    bool
		waitMS   int64
	}{
		{"raw JSON body (a15t)", `{"error": {"type": "bad_request", "code": "invalid_argument", "message": "Invalid 'temperature': decimal above maximum value. "}}`,
			"", 400, "invalid_argument", InvalidRequest, false, 0},
		{"curl -i with Retry-After", "HTTP/1.1 429 Too Many Requests\r\nDate: Tue, 26 Mar 2024 19:59:59 GMT\r\nContent-Type: application/json\r\nRetry-After: 7\r\nx-ratelimit-limit-requests-minute: 30\r\n\r\n{\"message\":\"Requests per minute limit exceeded - too many requests sent.\",\"type\":\"too_many_requests_error\",\"param\":\"quota\",\"code\":\"request_quota_exceeded\"}",
			"cerebras", 429, "request_quota_exceeded", RateLimit, true, 7000},
		{"Retry-After as an HTTP-date", "HTTP/2 503\ndate: Tue, 26 Mar 2024 19:59:59 GMT\nretry-after: Tue, 26 Mar 2024 20:00:29 GMT\n\nupstream unavailable",
			"", 503, "", Overloaded, true, 30000},
		{"retry-after-ms beats Retry-After", "HTTP/1.1 429 Too Many Requests\nretry-after: 2\nretry-after-ms: 1500\n\n{}",
			"", 429, "", RateLimit, true, 1500},
		{"x-should-retry false overrides a 500", "HTTP/1.1 500 Internal Server Error\nx-should-retry: false\n\n{}",
			"", 500, "", Server, false, 0},
		{"x-should-retry true cannot make billing retryable", "HTTP/1.1 429 Too Many Requests\nx-should-retry: true\n\n{\"error\":{\"message\":\"You exceeded your current quota, please check your plan and billing details.\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}",
			"openai", 429, "insufficient_quota", Quota, false, 0},
		{"Python SDK line with dict repr", `cerebras.cloud.sdk.AuthenticationError: Error code: 401 - {'message': 'Wrong API Key', 'type': 'invalid_request_error', 'param': 'api_key', 'code': 'wrong_api_key'}`,
			"cerebras", 401, "wrong_api_key", Authentication, false, 0},
		{"Python traceback, last exception wins", "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    client.chat.completions.create(model=\"x\")\n  File \"/site-packages/cerebras/cloud/sdk/_base_client.py\", line 1040, in request\n    raise self._make_status_error_from_response(err.response) from None\ncerebras.cloud.sdk.NotFoundError: Error code: 404 - {'message': 'Model some-model does not exist or you do not have access to it.', 'type': 'not_found_error', 'param': 'model', 'code': 'model_not_found'}",
			"cerebras", 404, "model_not_found", NotFound, false, 0},
		{"OpenGradient credits error", "opengradient.client.exceptions.InsufficientCreditsError: Insufficient credits (Status code: 402) (Required: 120, Available: 15)",
			"opengradient", 402, "", Quota, false, 0},
		{"OpenGradient rate limit", "opengradient.client.exceptions.RateLimitError: Rate limit exceeded (Status code: 429)",
			"opengradient", 429, "", RateLimit, true, 0},
		{"Pictograph 402 detail block", `{"detail": {"error": "insufficient_credits", "message": "Not enough credits", "required": 50, "remaining": 10, "upgrade_url": "https://app.pictograph.io/billing"}}`,
			"pictograph", 402, "insufficient_credits", Quota, false, 0},
		{"SSE error after 200 (a15t)", "data: {\"id\":\"1\",\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\nevent: error\ndata: {\"error\": {\"type\": \"server_error\", \"code\": \"stream_terminated\", \"message\": \"The model stream was unexpectedly terminated\"}}\n",
			// The seed: an error "can occur after returning a 200 response"; that 200 is not shown here.
			"a15t", 0, "stream_terminated", Server, true, 0},
		{"OpenPixels error inside a 200 result", `{"id": "job_123", "status": "failed", "error": {"type": "BILLING_ERROR", "code": "NO_CREDITS", "message": "Insufficient credits for this operation", "params": {}}}`,
			"openpixels", 0, "NO_CREDITS", Quota, false, 0},
		{"LiteLLM re-print", "litellm.RateLimitError: RateLimitError: CerebrasException - We're experiencing high traffic right now! Please try again soon.",
			"cerebras", 429, "", Overloaded, true, 0},
		{"log line with escaped JSON", `2024-05-01T10:00:00Z ERROR request failed body="{\"message\":\"Tokens per minute limit exceeded - too many tokens processed.\",\"type\":\"too_many_requests_error\",\"param\":\"quota\",\"code\":\"token_quota_exceeded\"}" status=429`,
			"", 429, "token_quota_exceeded", RateLimit, true, 0},
		{"bare message", "Requests per minute limit exceeded - too many requests sent.",
			"cerebras", 429, "", RateLimit, true, 0},
		{"status line alone", "HTTP/1.1 504 Gateway Timeout", "", 504, "", Timeout, true, 0},
		{"problem+json", "HTTP/1.1 403 Forbidden\nContent-Type: application/problem+json\n\n{\"type\": \"https://example.com/probs/out-of-credit\", \"title\": \"You do not have enough credit.\", \"status\": 403}",
			"", 403, "https://example.com/probs/out-of-credit", Quota, false, 0},
	}
	d := New(fixedClock)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := d.Decode(tc.in)
			if tc.provider != "" {
				assert.Equal(t, tc.provider, r.Provider, "provider")
			}
			assert.Equal(t, tc.status, r.HTTPStatus, "status")
			assert.Equal(t, tc.code, r.Code, "code")
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms")
			assert.NotEmpty(t, r.Evidence)
		})
	}
}

// Numbers inside a message are not statuses unless anchored.
func TestStatusIsAnchored(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Rate limit reached. Please retry in 18.403s", 0},
		{"File \"x.py\", line 403, in call", 0},
		{"took 500 ms", 0},
		{"Error code: 429 - {}", 429},
		{"API Error: 400 Upstream provider returned HTTP 400.", 400},
		{"[429 Too Many Requests] Quota exceeded", 429},
		{"status_code=503, response=oops", 503},
		{"Error: 422 status code (no body)", 422},
		{"HTTP/1.1 404 Not Found", 404},
	}
	for _, tc := range tests {
		r := Decode(tc.in)
		assert.Equal(t, tc.want, r.HTTPStatus, tc.in)
	}
}

// Hostile and odd input returns quickly with a clear answer and bounded memory.
// Hostile and broken pastes: each gets its own answer, with evidence, in bounded memory.
// The allocation bound is 64 MB whatever the paste's size, because at most DefaultMaxInput
// bytes are examined.
func TestBadInput(t *testing.T) {
	big := strings.Repeat("INFO all good here, nothing to see\n", 300000) // ~10 MB
	tests := []struct {
		name     string
		in       string
		category Category
		status   int
		evidence string // a phrase one evidence line must contain
	}{
		{"empty", "", Unknown, 0, "no status, error code"},
		{"whitespace", " \n\t ", Unknown, 0, "no status, error code"},
		{"binary", string([]byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8}) + strings.Repeat("\x00\x01", 1000), Unknown, 0, "binary data"},
		{"truncated JSON", `{"error": {"message": "Rate limit reached for gpt-4 in organization org-x on tokens per min. Limit: 10000 / min. Please try again in 6ms.", "type": "tokens", "par`, RateLimit, 429, "try again in 6ms"}, // OpenAI's (org-), which sends it with 429
		{"HTML proxy page", "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>", Server, 502, "page title"},
		{"10 MB of log", big, Unknown, 0, "only the first 256 KB and the last 768 KB were examined"},
		{"100000-deep nesting", strings.Repeat("{\"a\":", 100000) + strings.Repeat("}", 100000), Unknown, 0, "no status, error code"},
		{"1000000 brackets", strings.Repeat("[", 1000000), Unknown, 0, "no status, error code"},
		{"a million-line traceback", "Traceback (most recent call last):\n" + strings.Repeat("  File \"a.py\", line 1, in f\n", 1000000) + "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}", RateLimit, 429, "were examined"},
		{"5 MB escape sequence in a JSON string", `{"error": {"message": "` + strings.Repeat(`\u00e9\n`, 5<<20/8) + `"}}`, Unknown, 0, "the input is 5 MB"},
		{"unterminated string with braces", "{\"a\": \"" + strings.Repeat("{x", 500000), Unknown, 0, "no status, error code"},
		{"invalid UTF-8", "HTTP/1.1 500 \xff\xfe\xfd Internal Server Error", Server, 500, "status line"},
		// NULs are read as spaces: the status line, header and body around them still count.
		{"NUL bytes inside an HTTP response", "HTTP/1.1 429 Too\x00Many Requests\x00\nretry-after: 5\x00\n\n{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate\x00limit\"}}", RateLimit, 429, "Retry-After: 5"},
		{"a megabyte of NULs", strings.Repeat("\x00", 1<<20), Unknown, 0, "binary data"},
		{"NULs before a JSON body", strings.Repeat("\x00", 3000) + `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`, Overloaded, 529, "overloaded_error"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := Decode(tc.in)
			runtime.ReadMemStats(&after)
			assert.Equal(t, tc.category, r.Category)
			assert.Equal(t, tc.status, r.HTTPStatus)
			assert.Contains(t, strings.Join(r.Evidence, "\n"), tc.evidence)
			assert.NotEmpty(t, r.Fix)
			assert.Equal(t, len(tc.in) > DefaultMaxInput, r.Truncated, "truncated")
			// Allocation stays within a small multiple of what is examined.
			alloc := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, alloc, uint64(64<<20), "allocated bytes")
			t.Logf("%d bytes in, %.1f MB allocated", len(tc.in), float64(alloc)/(1<<20))
		})
	}
	r := Decode(big)
	assert.True(t, r.Truncated)
	assert.Equal(t, Unknown, r.Category)
	assert.Contains(t, strings.Join(r.Evidence, " "), "were examined")
	// A huge traceback still gives its final exception (the tail is what is examined).
	r = Decode("Traceback (most recent call last):\n" + strings.Repeat("  File \"a.py\", line 1, in f\n", 1000000) + "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached', 'code': 'rate_limit_exceeded'}}")
	assert.True(t, r.Truncated)
	assert.Equal(t, 429, r.HTTPStatus)
	assert.Equal(t, RateLimit, r.Category)
	assert.Equal(t, "openai", r.Provider)
	r = Decode("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>")
	assert.Equal(t, 502, r.HTTPStatus)
	assert.True(t, r.Retryable)
}

// The tolerant parser reads Python reprs, JS printouts and escaped JSON.
func TestParseObjects(t *testing.T) {
	budget := 1 << 20
	objs := parseObjects(`x {'a': True, 'b': None, "c": [1, 2.5], d: 'e', f: b'{"g": 1}'} y`, &budget, 8)
	require.Len(t, objs, 1)
	o := objs[0]
	assert.True(t, o.get("a").b)
	assert.Equal(t, nullNode, o.get("b").kind)
	assert.Len(t, o.get("c").arr, 2)
	assert.Equal(t, "e", o.get("d").text())
	assert.Equal(t, `{"g": 1}`, o.get("f").text())

	objs = parseObjects(`log: {\"error\":{\"code\":\"x\",\"message\":\"a \\\"quoted\\\" word\"}} end`, &budget, 8)
	require.Len(t, objs, 1)
	assert.Equal(t, "x", objs[0].get("error").get("code").text())
	assert.Equal(t, `a "quoted" word`, objs[0].get("error").get("message").text())

	// A broken envelope still yields the intact body inside it.
	objs = parseObjects(`{"error":{"message":"{\n  "error": {\n    "code": 429,\n    "status": "RESOURCE_EXHAUSTED"\n  }\n}\n","code":429}}`, &budget, 8)
	require.NotEmpty(t, objs)
	assert.Equal(t, "RESOURCE_EXHAUSTED", objs[0].get("error").get("status").text())
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]int64{"45.8s": 45800, "20ms": 20, "6m0s": 360000, "1.5s": 1500, "26s": 26000, "2": 2000,
		"2m30.5s": 150500, "1h": 3600000, "3ms5": 5003,
		// a fraction of a millisecond rounds up, as the corpus labels stated waits; float
		// noise (1.2 x 1000 just above 1200) does not
		"0.579276118s": 580, "12.013647075s": 12014, "1.2s": 1200, "0.1s": 100, "59.0004s": 59001} {
		got, ok := parseDuration(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"soon", "m", "5x", "s5"} {
		_, ok := parseDuration(in)
		assert.False(t, ok, in)
	}
}

func TestContextNumbers(t *testing.T) {
	tests := []struct {
		in          string
		used, limit int
	}{
		{"This model's maximum context length is 8192 tokens. However, you requested 8554 tokens (7554 in the messages, 1000 in the completion).", 8554, 8192},
		{"prompt is too long: 208656 tokens > 200000 maximum", 208656, 200000},
		{"current length is 42328 while limit is 40000", 42328, 40000},
		{"input length and `max_tokens` exceed context limit: 179413 + 32768 > 200000, decrease input length", 212181, 200000},
	}
	for _, tc := range tests {
		sig := extract(normalize(tc.in, DefaultMaxInput), load().eng)
		u, l, _, ok := sig.contextNumbers()
		require.True(t, ok, tc.in)
		assert.Equal(t, tc.used, u)
		assert.Equal(t, tc.limit, l)
	}
	r := Decode("anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'prompt is too long: 208656 tokens > 200000 maximum'}}")
	assert.Equal(t, ContextLength, r.Category)
	assert.Equal(t, 208656, r.ContextUsed)
	assert.Equal(t, 200000, r.ContextLimit)
	assert.Contains(t, r.Fix, "8656 tokens")
}

// details looks the general detail keys up without lower-casing them each time.
func TestDetailKeysAreLowerCase(t *testing.T) {
	for _, k := range detailKeys {
		assert.Equal(t, strings.ToLower(k), k)
	}
}

// The evidence for a cut paste states the sizes this Decoder kept, not the default's.
func TestTruncationEvidenceFollowsMaxInput(t *testing.T) {
	in := strings.Repeat("x", 185<<10) + "\nopenai.RateLimitError: Error code: 429"
	r := New(WithMaxInput(64 << 10)).Decode(in)
	assert.True(t, r.Truncated)
	assert.Contains(t, r.Evidence, "the input is 185 KB; only the first 16 KB and the last 48 KB were examined")
	r = Decode(strings.Repeat("y", 2<<20))
	assert.Contains(t, r.Evidence, "the input is 2 MB; only the first 256 KB and the last 768 KB were examined")
}
