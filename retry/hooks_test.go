package retry_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// PrepareRetry sees each retry's request, with the body rewound, and what it changes is
// sent: a request signed with the time (AWS SigV4) is signed again.
func TestTransportPrepareRetry(t *testing.T) {
	srv := newServer(t, bedrock503, bedrock503, ok200)
	var sl sleeps
	signed := 0
	sign := func(r *http.Request) {
		signed++
		r.Header.Set("X-Amz-Date", "20260419T0000"+strconv.Itoa(signed)+"Z")
	}
	tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep,
		PrepareRetry: func(r *http.Request) error {
			body, err := io.ReadAll(r.Body)
			require.NoError(t, err)
			assert.Equal(t, chatPayload, string(body), "the body is rewound before PrepareRetry")
			r.Body = io.NopCloser(strings.NewReader(string(body)))
			sign(r)
			return nil
		}}
	req, _ := http.NewRequest(http.MethodPost, bedrockURL, strings.NewReader(chatPayload))
	sign(req)
	resp, err := tr.RoundTrip(req)
	require.NoError(t, err)
	resp.Body.Close()
	got := srv.requests()
	require.Len(t, got, 3)
	for i, g := range got {
		assert.Equal(t, "20260419T0000"+strconv.Itoa(i+1)+"Z", g.header.Get("X-Amz-Date"))
		assert.Equal(t, chatPayload, g.body)
	}
	assert.Equal(t, "20260419T00001Z", req.Header.Get("X-Amz-Date"), "the caller's request is not modified")
}

// An error from PrepareRetry ends the retries with it.
func TestTransportPrepareRetryFails(t *testing.T) {
	srv := newServer(t, bedrock503)
	var sl sleeps
	expired := errors.New("credentials expired")
	tr := &retry.Transport{Base: srv.base(), Sleep: sl.sleep, PrepareRetry: func(*http.Request) error { return expired }}
	req, _ := http.NewRequest(http.MethodGet, bedrockURL, nil)
	_, err := tr.RoundTrip(req)
	require.ErrorIs(t, err, expired)
	assert.Len(t, srv.requests(), 1)
}

// CheckRetry replaced: an API that reports errors inside a 200 (OpenPixels) is retried by
// a decision that classifies the 200 itself and otherwise keeps the Policy's.
func TestTransportCheckRetryReplaced(t *testing.T) {
	busy := reply{200, map[string]string{"Content-Type": "application/json"},
		`{"id":"job_8f2","status":"error","error":{"type":"PROVIDER_ERROR","code":"PROVIDER_OVERLOADED","message":"Upstream provider overloaded"}}`}
	srv := newServer(t, busy, ok200)
	var sl sleeps
	p := &retry.Policy{Rand: fixed(1)}
	tr := &retry.Transport{Base: srv.base(), Policy: p, Sleep: sl.sleep,
		CheckRetry: func(ctx context.Context, a *retry.Attempt) retry.Decision {
			if a.Err == nil && a.Response.StatusCode == 200 {
				if r := retry.Classify(a.Response); r.Category != "" && r.Category != decoder.Unknown && r.Retryable {
					return retry.Decision{Retry: true, Wait: time.Second, Reason: "error inside a 200: " + r.Code}
				}
			}
			return p.CheckRetry(ctx, a)
		}}
	req, _ := http.NewRequest(http.MethodGet, openpixelsURL, nil)
	resp, err := tr.RoundTrip(req)
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.JSONEq(t, ok200.body, string(body))
	assert.Len(t, srv.requests(), 2)
	assert.Equal(t, secs(1), sl.all())
}

// ErrorHandler is called once, when the Transport gives up, and its answer is returned.
func TestTransportErrorHandler(t *testing.T) {
	srv := newServer(t, a15t503)
	var sl sleeps
	var gave []*retry.Attempt
	var why retry.Decision
	tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep,
		ErrorHandler: func(a *retry.Attempt, d retry.Decision) (*http.Response, error) {
			gave = append(gave, a)
			why = d
			a.Response.Body.Close()
			return nil, errors.New("giving up after " + strconv.Itoa(a.N) + " attempts: " + a.Result.Code)
		}}
	req, _ := http.NewRequest(http.MethodPost, a15tURL, strings.NewReader(chatPayload))
	resp, err := tr.RoundTrip(req)
	assert.Nil(t, resp)
	require.EqualError(t, err, "giving up after 3 attempts: model_overloaded")
	require.Len(t, gave, 1)
	assert.Equal(t, 503, gave[0].Response.StatusCode)
	assert.Equal(t, "stop: 2 retries spent (errlens's default policy)", why.Reason)
	assert.Len(t, srv.requests(), 3)

	// Not called on success.
	gave = nil
	ok := newServer(t, ok200)
	tr.Base = ok.base()
	req, _ = http.NewRequest(http.MethodPost, a15tURL, strings.NewReader(chatPayload))
	resp, err = tr.RoundTrip(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Empty(t, gave)
}

// Backoff replaced: a constant wait instead of the provider's curve; a wait the response
// asks for still wins.
func TestPolicyBackoffReplaced(t *testing.T) {
	p := &retry.Policy{MaxRetries: 3, Backoff: func(s retry.Shape, attempt int, rnd float64) time.Duration {
		return 250 * time.Millisecond
	}}
	r := decoder.Result{Provider: "openai", HTTPStatus: 500, Category: decoder.Server, Retryable: true}
	for attempt := 1; attempt <= 3; attempt++ {
		assert.Equal(t, 250*time.Millisecond, p.Decide(r, attempt).Wait)
	}
	r.RetryAfterMS = 2000
	assert.Equal(t, 2*time.Second, p.Decide(r, 1).Wait)

	// Wrapping DefaultBackoff: the provider's curve, at least 1 s.
	p.Backoff = func(s retry.Shape, attempt int, rnd float64) time.Duration {
		return max(retry.DefaultBackoff(s, attempt, rnd), time.Second)
	}
	p.Rand = fixed(1)
	r.RetryAfterMS = 0
	assert.Equal(t, []time.Duration{time.Second, time.Second, 2 * time.Second},
		[]time.Duration{p.Decide(r, 1).Wait, p.Decide(r, 2).Wait, p.Decide(r, 3).Wait})
}

// The Shapes read from the catalog are the ones retry/shapes.go held as a Go table before
// the catalog had them, but for two facts that now follow the catalog's clients: Bedrock's
// count (botocore's default legacy mode: 4 retries), and the longest Retry-After waited out
// by openai-python, the reference client of OpenAI and of the APIs called with the openai
// SDKs (clients_of, Fireworks included): 120 s, read from its code at a pinned commit
// (decoder/catalog/openai.json), where the section's older backoff fields said 60 s, which
// is openai-node's bound.
func TestShapeOf(t *testing.T) {
	ms := time.Millisecond
	stainless := retry.Shape{Name: "the Stainless SDK policy", Retries: 2, Base: 500 * ms, Max: 8 * time.Second,
		JitterLow: 0.75, JitterHigh: 1, RetryAfterMax: time.Minute, PostRetry: decoder.PostRetryAlways}
	openaiPython := stainless
	openaiPython.RetryAfterMax = 2 * time.Minute
	google := retry.Shape{Name: "the Google client policy", Retries: 2, Base: time.Second, Max: time.Minute,
		JitterLow: 0.5, JitterHigh: 1, PostRetry: decoder.PostRetryAlways}
	def := retry.Shape{Name: "errlens's default policy", Retries: 2, Base: 500 * ms, Max: 8 * time.Second,
		JitterLow: 0.75, JitterHigh: 1, RetryAfterMax: time.Minute}
	withRetries := func(s retry.Shape, n int) retry.Shape { s.Retries = n; return s }
	withPost := func(s retry.Shape, p string) retry.Shape { s.PostRetry = p; return s }
	cases := map[string]retry.Shape{
		"openai": openaiPython, "azure-openai": openaiPython, "deepseek": openaiPython, "openrouter": openaiPython,
		"fireworks": openaiPython, "anthropic": stainless, "groq": stainless, "cerebras": stainless, "perplexity": stainless,
		"pictograph": {Name: "the Pictograph SDK policy", Retries: 3, Base: time.Second, Max: 30 * time.Second,
			JitterLow: 0.75, JitterHigh: 1.25, RetryAfterMax: 2 * time.Minute, PostRetry: decoder.PostRetryIdempotencyKey},
		"bedrock": {Name: "the botocore legacy retry mode", Retries: 4, Base: time.Second, Max: 20 * time.Second,
			JitterLow: 0, JitterHigh: 1, PostRetry: decoder.PostRetryAlways},
		"cohere": {Name: "the Fern SDK policy", Retries: 2, Base: time.Second, Max: time.Minute,
			JitterLow: 0.9, JitterHigh: 1.1, PostRetry: decoder.PostRetryAlways},
		"replicate": {Name: "the Replicate client policy", Retries: 9, Base: 100 * ms, Max: time.Minute,
			JitterLow: 0.9, JitterHigh: 1.1, PostRetry: decoder.PostRetryNever},
		"gemini": google, "vertex-ai": google,
		"a15t": def, "": def, "no-such-provider": def, "mistral": def, "opengradient": def,
		"together": withPost(withRetries(def, 5), decoder.PostRetryAlways),
		"xai":      withPost(withRetries(def, 5), decoder.PostRetryAlways),
	}
	for slug, want := range cases {
		assert.Equal(t, want, retry.ShapeOf(slug), slug)
	}
}

// The package-level CheckRetry, the default a user's own CheckRetry wraps, decides as the
// zero Policy does.
func TestPackageCheckRetryIsTheZeroPolicy(t *testing.T) {
	req, err := http.NewRequest(http.MethodPost, "https://api.openai.com/v1/chat/completions", strings.NewReader("{}"))
	require.NoError(t, err)
	for _, r := range []decoder.Result{
		{Provider: "openai", HTTPStatus: 429, Category: decoder.RateLimit, Retryable: true, RetryAfterMS: 1000},
		{Provider: "openai", HTTPStatus: 429, Category: decoder.Quota},
		{Provider: "openai", HTTPStatus: 401, Category: decoder.Authentication},
	} {
		a := &retry.Attempt{N: 1, Request: req, Response: &http.Response{StatusCode: r.HTTPStatus, Request: req}, Result: r}
		want := (*retry.Policy)(nil).CheckRetry(context.Background(), a)
		got := retry.CheckRetry(context.Background(), a)
		assert.Equal(t, want, got, r.Category)
	}
	a := &retry.Attempt{N: 1, Request: req, Response: &http.Response{StatusCode: 429, Request: req},
		Result: decoder.Result{Provider: "openai", HTTPStatus: 429, Category: decoder.RateLimit, Retryable: true, RetryAfterMS: 1000}}
	assert.True(t, retry.CheckRetry(context.Background(), a).Retry, "a POST 429 with Retry-After is retried")
}
