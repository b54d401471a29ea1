package retry_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// Each case: the server's replies (the last repeats), the request, and what the Transport
// must do: how many requests reach the server, which waits it asks for, what the caller gets.
func TestTransportProviders(t *testing.T) {
	cases := []struct {
		name    string
		url     string
		replies []reply
		rand    float64
		// want
		requests int
		waits    []time.Duration
		status   int
		provider string
	}{
		// Cerebras (Stainless client): 2 retries; a retry-after of 3 s is within the 60 s it
		// honours, so each wait is exactly 3 s.
		{"cerebras 429 retry-after", cerebrasURL, []reply{cerebras429}, 1, 3, secs(3, 3), 429, "cerebras"},
		{"cerebras 429 then 200", cerebrasURL, []reply{cerebras429, ok200}, 1, 2, secs(3), 200, "cerebras"},
		// Without a retry-after: 0.5 s doubling, jitter x(0.75..1); rand 1 is the top.
		{"cerebras 429 backoff", cerebrasURL, []reply{cerebras429NoWait}, 1, 3, secs(0.5, 1), 429, "cerebras"},
		{"cerebras 429 backoff jitter floor", cerebrasURL, []reply{cerebras429NoWait}, 0, 3, secs(0.375, 0.75), 429, "cerebras"},
		// Pictograph: 3 retries; a 429's Retry-After <= 120 s is waited out, 200 s is not.
		{"pictograph 429 Retry-After 30", pictographURL, []reply{pictograph429}, 0.5, 4, secs(30, 30, 30), 429, "pictograph"},
		{"pictograph 429 Retry-After 200", pictographURL, []reply{pictograph429Long}, 0.5, 1, nil, 429, "pictograph"},
		{"pictograph 402 credits", pictographURL, []reply{pictograph402}, 0.5, 1, nil, 402, "pictograph"},
		// 5xx: 1 s -> 2 s -> 4 s (jitter x0.75..1.25, rand 0.5 is the middle).
		{"pictograph 503", pictographURL, []reply{pictograph503}, 0.5, 4, secs(1, 2, 4), 503, "pictograph"},
		{"pictograph 503 then 200", pictographURL, []reply{pictograph503, pictograph503, ok200}, 0.5, 3, secs(1, 2), 200, "pictograph"},
		// a15t: model_overloaded is retryable, internal_error is not (its code table).
		{"a15t 503 model_overloaded", a15tURL, []reply{a15t503}, 1, 3, secs(0.5, 1), 503, "a15t"},
		{"a15t 500 internal_error", a15tURL, []reply{a15t500}, 1, 1, nil, 500, "a15t"},
		// OpenPixels sends its errors inside a 200: the Transport does not retry 2xx.
		{"openpixels 200 with error", openpixelsURL, []reply{openpixels200}, 1, 1, nil, 200, ""},
		{"opengradient 500", opengradientURL, []reply{opengradient500}, 1, 3, secs(0.5, 1), 500, "opengradient"},
		// Never retried: billing and authentication.
		{"openai 429 insufficient_quota", openaiURL, []reply{openaiQuota}, 1, 1, nil, 429, "openai"},
		{"openai 401", openaiURL, []reply{openai401}, 1, 1, nil, 401, "openai"},
		// Bedrock, botocore's default legacy mode (the catalog's count): 5 attempts,
		// rand x 2^(n-1) s.
		{"bedrock 503", bedrockURL, []reply{bedrock503}, 1, 5, secs(1, 2, 4, 8), 503, "bedrock"},
		{"bedrock 503 jitter", bedrockURL, []reply{bedrock503}, 0.25, 5, secs(0.25, 0.5, 1, 2), 503, "bedrock"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.replies...)
			var sl sleeps
			var decided []retry.Decision
			client := &http.Client{Transport: &retry.Transport{
				Base:    srv.base(),
				Policy:  &retry.Policy{Rand: fixed(tc.rand)},
				Sleep:   sl.sleep,
				OnRetry: func(_ int, r decoder.Result, d retry.Decision) { decided = append(decided, d) },
			}}
			resp, err := client.Get(tc.url)
			require.NoError(t, err)
			defer resp.Body.Close()

			assert.Equal(t, tc.status, resp.StatusCode)
			assert.Len(t, srv.requests(), tc.requests, "requests reaching the server")
			assert.Equal(t, tc.waits, sl.all(), "waits")
			// OnRetry sees each retry, and the stop after the last failure.
			stops := 0
			if tc.status >= 400 {
				stops = 1
				assert.False(t, decided[len(decided)-1].Retry)
			}
			assert.Len(t, decided, len(tc.waits)+stops)

			// The caller still reads the whole body, classified or not.
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tc.replies[min(tc.requests, len(tc.replies))-1].body, string(body))
			if tc.provider != "" {
				resp.Body = io.NopCloser(bytes.NewReader(body))
				assert.Equal(t, tc.provider, retry.Classify(resp).Provider)
			}
		})
	}
}

// A 429 whose wait is longer than Pictograph's client waits out: the Transport returns it
// at once, and the Decision says how long the server wants.
func TestTransportLongWaitDecision(t *testing.T) {
	srv := newServer(t, pictograph429Long)
	resp := srv.get(t, pictographURL)
	d := retry.Decide(retry.Classify(resp), 1)
	assert.False(t, d.Retry)
	assert.Equal(t, 200*time.Second, d.Wait)
	assert.Contains(t, d.Reason, "120 s")
}

// Which requests are sent again after a 503, by default and with SafeMethodsOnly (net/http's
// own rule, the Transport's only one before issue 20). A 503 means the server did not act,
// so by default every request is sent again when its body can be: through GetBody, or
// from the copy the Transport keeps of one without.
func TestTransportIdempotency(t *testing.T) {
	payload := `{"model":"llama3.1-8b","messages":[{"role":"user","content":"hi"}]}`
	cases := []struct {
		name   string
		method string
		body   func() io.Reader // nil: no body
		key    string
		noGet  bool // drop req.GetBody, as a streaming body has none
		addKey bool
		// requests reaching the server: by default, and with SafeMethodsOnly
		requests, safeOnly int
	}{
		{"GET", http.MethodGet, nil, "", false, false, 4, 4},
		{"DELETE", http.MethodDelete, nil, "", false, false, 4, 4},
		{"PUT with a replayable body", http.MethodPut, func() io.Reader { return strings.NewReader(payload) }, "", false, false, 4, 4},
		{"POST without a key", http.MethodPost, func() io.Reader { return strings.NewReader(payload) }, "", false, false, 4, 1},
		{"POST with a key", http.MethodPost, func() io.Reader { return strings.NewReader(payload) }, "upload-x-jpg-2026-04-19", false, false, 4, 4},
		{"POST with a key but no GetBody", http.MethodPost, func() io.Reader { return strings.NewReader(payload) }, "k1", true, false, 4, 1},
		{"PUT without GetBody", http.MethodPut, func() io.Reader { return strings.NewReader(payload) }, "", true, false, 4, 1},
		{"POST given a key", http.MethodPost, func() io.Reader { return bytes.NewBufferString(payload) }, "", false, true, 4, 4},
		{"POST without GetBody given a key", http.MethodPost, func() io.Reader { return strings.NewReader(payload) }, "", true, true, 4, 1},
	}
	for _, tc := range cases {
		for _, safeOnly := range []bool{false, true} {
			name := tc.name
			want := tc.requests
			if safeOnly {
				name += " SafeMethodsOnly"
				want = tc.safeOnly
			}
			t.Run(name, func(t *testing.T) {
				srv := newServer(t, pictograph503)
				var sl sleeps
				var body io.Reader
				if tc.body != nil {
					body = tc.body()
				}
				req, err := http.NewRequest(tc.method, pictographURL, body)
				require.NoError(t, err)
				if tc.key != "" {
					req.Header.Set("Idempotency-Key", tc.key)
				}
				if tc.noGet {
					req.GetBody = nil
					req.Body = io.NopCloser(req.Body) // hide the type too
				}
				var decided []retry.Decision
				tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(0.5), SafeMethodsOnly: safeOnly},
					Sleep: sl.sleep, AddIdempotencyKey: tc.addKey,
					OnRetry: func(_ int, _ decoder.Result, d retry.Decision) { decided = append(decided, d) }}
				resp, err := tr.RoundTrip(req)
				require.NoError(t, err)
				resp.Body.Close()

				got := srv.requests()
				require.Len(t, got, want)
				assert.Len(t, sl.all(), want-1)
				require.Len(t, decided, want, "OnRetry sees each retry and the stop")
				if want == 1 {
					assert.Contains(t, decided[0].Reason, "stop: ", "the stop says why")
				}
				assert.Equal(t, tc.key, req.Header.Get("Idempotency-Key"), "the caller's request is not modified")
				for _, g := range got {
					assert.Equal(t, tc.method, g.method)
					if tc.body != nil {
						assert.Equal(t, payload, g.body, "the body is replayed whole")
					}
					switch {
					case tc.key != "":
						assert.Equal(t, tc.key, g.key)
					case tc.addKey:
						assert.Len(t, g.key, 36, "a UUID")
						assert.Equal(t, got[0].key, g.key, "the same key on every retry")
					default:
						assert.Empty(t, g.key, "no key unless asked")
					}
				}
			})
		}
	}
}

func TestReplayable(t *testing.T) {
	get, _ := http.NewRequest(http.MethodGet, "http://x/", nil)
	post, _ := http.NewRequest(http.MethodPost, "http://x/", strings.NewReader("{}"))
	keyed, _ := http.NewRequest(http.MethodPost, "http://x/", strings.NewReader("{}"))
	keyed.Header.Set("X-Idempotency-Key", "k")
	emptyPost, _ := http.NewRequest(http.MethodPost, "http://x/", nil)
	emptyPost.Header.Set("Idempotency-Key", "k")
	stream, _ := http.NewRequest(http.MethodPut, "http://x/", io.NopCloser(strings.NewReader("{}")))
	blankKey, _ := http.NewRequest(http.MethodPost, "http://x/", strings.NewReader("{}"))
	blankKey.Header.Set("Idempotency-Key", " ")
	for _, tc := range []struct {
		name string
		req  *http.Request
		want bool
	}{
		{"GET", get, true},
		{"POST", post, false},
		{"POST with X-Idempotency-Key", keyed, true},
		{"POST with a key and no body", emptyPost, true},
		{"PUT with an opaque body", stream, false},
		{"POST with a blank key", blankKey, false},
	} {
		assert.Equal(t, tc.want, retry.Replayable(tc.req), tc.name)
	}
}

// Network failures are retried like 5xx; a certificate failure is not.
func TestTransportConnectionErrors(t *testing.T) {
	var n int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		if n == 1 { // drop the first connection without an answer
			c, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				c.Close()
			}
			return
		}
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()
	var sl sleeps
	client := &http.Client{Transport: &retry.Transport{Base: (&server{Server: srv}).base(), Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep}}
	resp, err := client.Get(cerebrasURL)
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, 2, n)
	assert.Equal(t, secs(0.5), sl.all())

	// Nothing listens: refused every time, 2 retries, then the error itself comes back.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	sl = sleeps{}
	client = &http.Client{Transport: &retry.Transport{Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep}}
	_, err = client.Get("http://" + addr + "/v1/models")
	require.Error(t, err)
	assert.Equal(t, secs(0.5, 1), sl.all())
	assert.Equal(t, decoder.Connection, retry.ClassifyError(err).Category)
}

// Pictograph's client retries network errors 3 times, 1 s -> 2 s -> 4 s. The bare error a
// RoundTripper returns names no host; the Transport adds the request's URL, as http.Client
// does, so the provider's policy applies.
func TestTransportNetworkErrorPolicy(t *testing.T) {
	reset := &net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}
	calls := 0
	var sl sleeps
	var seen []decoder.Result
	tr := &retry.Transport{
		Base:    roundTripFunc(func(*http.Request) (*http.Response, error) { calls++; return nil, reset }),
		Policy:  &retry.Policy{Rand: fixed(0.5)},
		Sleep:   sl.sleep,
		OnRetry: func(_ int, r decoder.Result, _ retry.Decision) { seen = append(seen, r) },
	}
	req, _ := http.NewRequest(http.MethodGet, pictographURL+"?api_key=secret", nil)
	resp, err := tr.RoundTrip(req)
	assert.Nil(t, resp)
	require.ErrorIs(t, err, syscall.ECONNRESET, "the last error comes back as it was")
	assert.Equal(t, 4, calls)
	assert.Equal(t, secs(1, 2, 4), sl.all())
	require.NotEmpty(t, seen)
	assert.Equal(t, "pictograph", seen[0].Provider)
	assert.Equal(t, decoder.Connection, seen[0].Category)
	assert.NotContains(t, strings.Join(seen[0].Evidence, " "), "secret")
}

// A cancelled context ends the wait at once, and no further attempt is made.
func TestTransportContextCancelledWhileWaiting(t *testing.T) {
	srv := newServer(t, pictograph503)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tr := &retry.Transport{Base: srv.base(), Sleep: func(ctx context.Context, d time.Duration) error {
		cancel() // the caller gives up during the first wait
		return retry.Sleep(ctx, time.Hour)
	}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pictographURL, nil)
	require.NoError(t, err)
	// The wait is an hour: returning at all (go test's own timeout catches a hang) shows
	// the cancellation ended it.
	resp, err := tr.RoundTrip(req)
	assert.Nil(t, resp)
	require.ErrorIs(t, err, context.Canceled)
	assert.Len(t, srv.requests(), 1)
}

// A context that is already done stops the retries before any wait.
func TestTransportContextDoneAfterAttempt(t *testing.T) {
	srv := newServer(t, pictograph503)
	ctx, cancel := context.WithCancel(context.Background())
	var sl sleeps
	tr := &retry.Transport{Base: roundTripFunc(func(r *http.Request) (*http.Response, error) {
		resp, err := srv.base().RoundTrip(r)
		cancel()
		return resp, err
	}), Sleep: sl.sleep}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, pictographURL, nil)
	resp, err := tr.RoundTrip(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 503, resp.StatusCode)
	assert.Empty(t, sl.all())
}

func TestSleep(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	// An hour's sleep on a done context returns at once with its error (a hang would be
	// caught by go test's own timeout).
	assert.ErrorIs(t, retry.Sleep(ctx, time.Hour), context.Canceled)
	assert.NoError(t, retry.Sleep(context.Background(), 0))
	assert.NoError(t, retry.Sleep(context.Background(), time.Microsecond))
}

// The zero Transport works: http.DefaultTransport and the zero Policy.
func TestTransportZeroValue(t *testing.T) {
	srv := newServer(t, ok200)
	resp, err := (&http.Client{Transport: &retry.Transport{}}).Get(srv.URL)
	require.NoError(t, err)
	defer resp.Body.Close()
	var v map[string]bool
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	assert.True(t, v["ok"])
}

// A body that cannot be replayed a second time makes RoundTrip fail cleanly.
func TestTransportGetBodyFails(t *testing.T) {
	srv := newServer(t, pictograph503)
	req, _ := http.NewRequest(http.MethodPut, pictographURL, strings.NewReader("{}"))
	req.GetBody = func() (io.ReadCloser, error) { return nil, errors.New("gone") }
	var sl sleeps
	_, err := (&retry.Transport{Base: srv.base(), Sleep: sl.sleep}).RoundTrip(req)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "gone")
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
