package retry_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// Issue 20: the calls people make to AI APIs are POSTs. Each case sends one POST to a test
// server answering the replies in order, and checks how many reach it, the waits, and
// what the caller gets.
var (
	openai429 = reply{429, map[string]string{"Content-Type": "application/json", "Retry-After": "1"},
		`{"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`}
	openai500 = reply{500, map[string]string{"Content-Type": "application/json"},
		`{"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}`}
	cerebras500 = reply{500, map[string]string{"Content-Type": "application/json"},
		`{"message":"Internal server error","type":"internal_server_error","param":"","code":""}`}
	pictograph500 = reply{500, map[string]string{"Content-Type": "application/json"},
		`{"error":"internal_error","message":"Internal server error"}`}
	replicate500 = reply{500, map[string]string{"Content-Type": "application/problem+json"},
		`{"detail":"Internal server error","status":500}`}
	replicate503 = reply{503, map[string]string{"Content-Type": "application/problem+json"},
		`{"detail":"Service unavailable","status":503}`}
)

const (
	openaiChatURL = "http://api.openai.com/v1/chat/completions"
	replicateURL  = "http://api.replicate.com/v1/predictions"
)

const chatPayload = `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}`

func TestTransportPOST(t *testing.T) {
	cases := []struct {
		name    string
		url     string
		key     string // Idempotency-Key header
		replies []reply
		// want
		requests int
		waits    []time.Duration
		status   int
		reason   string // in the last decision
	}{
		{"openai 429 Retry-After 1 then 200", openaiChatURL, "", []reply{openai429, ok200}, 2, secs(1), 200, "done: "},
		{"openai 429 every time", openaiChatURL, "", []reply{openai429}, 3, secs(1, 1), 429, "2 retries spent"},
		// A 500 may have been acted on; the Stainless SDKs send the POST again anyway
		// (0.5 s doubling, x0.875 at rand 0.5).
		{"openai 500 then 200", openaiChatURL, "", []reply{openai500, ok200}, 2, secs(0.4375), 200, "done: "},
		{"cerebras 500", cerebrasURL, "", []reply{cerebras500}, 3, secs(0.4375, 0.875), 500, "2 retries spent"},
		// Pictograph's SDK sends a write again only with an Idempotency-Key.
		{"pictograph 500 without a key", pictographURL, "", []reply{pictograph500}, 1, nil, 500, "sends it again only with an Idempotency-Key"},
		{"pictograph 500 with a key", pictographURL, "upload-1", []reply{pictograph500, ok200}, 2, secs(1), 200, "done: "},
		{"pictograph 503 without a key", pictographURL, "", []reply{pictograph503, ok200}, 2, secs(1), 200, "done: "},
		{"pictograph 429 without a key", pictographURL, "", []reply{pictograph429, ok200}, 2, secs(30), 200, "done: "},
		// replicate-python never sends a POST twice; a 503 is still safe.
		{"replicate 500", replicateURL, "", []reply{replicate500}, 1, nil, 500, "never sends one twice"},
		{"replicate 503", replicateURL, "", []reply{replicate503, ok200}, 2, secs(0.1), 200, "done: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.replies...)
			var sl sleeps
			var decided []retry.Decision
			tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(0.5)}, Sleep: sl.sleep,
				OnRetry: func(_ int, _ decoder.Result, d retry.Decision) { decided = append(decided, d) }}
			var last retry.Decision
			tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
				last = tr.Policy.CheckRetry(ctx, a)
				return last
			}
			req, err := http.NewRequest(http.MethodPost, tc.url, strings.NewReader(chatPayload))
			require.NoError(t, err)
			if tc.key != "" {
				req.Header.Set("Idempotency-Key", tc.key)
			}
			resp, err := tr.RoundTrip(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, tc.status, resp.StatusCode)
			got := srv.requests()
			assert.Len(t, got, tc.requests, "requests reaching the server")
			assert.Equal(t, tc.waits, sl.all(), "waits")
			assert.Contains(t, last.Reason, tc.reason)
			for _, g := range got {
				assert.Equal(t, chatPayload, g.body)
				assert.Equal(t, tc.key, g.key)
			}
			// OnRetry sees every retry and, after a failure, the stop.
			if tc.status >= 400 {
				require.Len(t, decided, tc.requests)
				assert.Equal(t, last, decided[len(decided)-1])
			} else {
				assert.Len(t, decided, tc.requests-1)
			}
		})
	}
}

// SafeMethodsOnly keeps net/http's rule: a POST without a key is sent once, even after a 429.
func TestTransportSafeMethodsOnlyPOST(t *testing.T) {
	srv := newServer(t, openai429, ok200)
	var sl sleeps
	var decided []retry.Decision
	tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{SafeMethodsOnly: true}, Sleep: sl.sleep,
		OnRetry: func(_ int, _ decoder.Result, d retry.Decision) { decided = append(decided, d) }}
	resp, err := (&http.Client{Transport: tr}).Post(openaiChatURL, "application/json", strings.NewReader(chatPayload))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 429, resp.StatusCode)
	assert.Len(t, srv.requests(), 1)
	assert.Empty(t, sl.all())
	require.Len(t, decided, 1)
	assert.Equal(t, "stop: a POST without an Idempotency-Key is sent once (SafeMethodsOnly)", decided[0].Reason)
}

// deadAddr is a local address nothing listens on: connecting is refused.
func deadAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// A refused connection: the request never left, so a POST is sent again even to an API
// with side effects, on Pictograph's schedule (3 retries, 1 s, 2 s, 4 s).
func TestTransportPOSTConnectionRefused(t *testing.T) {
	addr := deadAddr(t)
	var dials atomic.Int32
	base := &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		dials.Add(1)
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
	var sl sleeps
	var acted []retry.Acted
	tr := &retry.Transport{Base: base, Policy: &retry.Policy{Rand: fixed(0.5)}, Sleep: sl.sleep}
	tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
		acted = append(acted, a.Acted)
		return tr.Policy.CheckRetry(ctx, a)
	}
	req, _ := http.NewRequest(http.MethodPost, pictographURL, strings.NewReader(`{"name":"x.jpg"}`))
	_, err := tr.RoundTrip(req)
	require.Error(t, err)
	assert.Equal(t, int32(4), dials.Load())
	assert.Equal(t, secs(1, 2, 4), sl.all())
	assert.Equal(t, []retry.Acted{retry.DidNotAct, retry.DidNotAct, retry.DidNotAct, retry.DidNotAct}, acted)
}

// A connection that breaks before the request is written, with an error that names no
// dial (a proxy reset the tunnel): net/http's trace shows nothing was written, so even
// Pictograph's POST without a key is sent again.
func TestTransportPOSTResetBeforeSend(t *testing.T) {
	var dials atomic.Int32
	base := &http.Transport{DialContext: func(context.Context, string, string) (net.Conn, error) {
		dials.Add(1)
		return nil, fmt.Errorf("proxy tunnel: %w", syscall.ECONNRESET)
	}}
	var sl sleeps
	var acted []retry.Acted
	tr := &retry.Transport{Base: base, Policy: &retry.Policy{Rand: fixed(0.5)}, Sleep: sl.sleep}
	tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
		acted = append(acted, a.Acted)
		return tr.Policy.CheckRetry(ctx, a)
	}
	req, _ := http.NewRequest(http.MethodPost, pictographURL, strings.NewReader(`{"name":"x.jpg"}`))
	_, err := tr.RoundTrip(req)
	require.ErrorIs(t, err, syscall.ECONNRESET)
	assert.Equal(t, int32(4), dials.Load())
	assert.Equal(t, secs(1, 2, 4), sl.all())
	assert.Equal(t, retry.DidNotAct, acted[0])
}

// dropServer reads each request whole, then closes the connection without an answer for
// the first drops requests: the server may have acted, the client got nothing.
func dropServer(t *testing.T, drops int) *server {
	s := newServer(t, ok200)
	handler := s.Config.Handler
	var n atomic.Int32
	s.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if int(n.Add(1)) > drops {
			handler.ServeHTTP(w, r)
			return
		}
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.got = append(s.got, seen{r.Method, r.Header.Get("Idempotency-Key"), string(b), r.Header})
		s.mu.Unlock()
		if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
			_ = c.Close()
		}
	})
	return s
}

// A connection lost after the request was sent (net/http's WroteHeaders fired): the server
// may have acted. Stainless SDKs send the POST again; Pictograph's only with a key.
func TestTransportPOSTResetAfterSend(t *testing.T) {
	cases := []struct {
		name, url, key string
		requests       int
		err            bool
	}{
		{"cerebras", cerebrasURL, "", 2, false},
		{"pictograph without a key", pictographURL, "", 1, true},
		{"pictograph with a key", pictographURL, "upload-2", 2, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := dropServer(t, 1)
			var sl sleeps
			var acted []retry.Acted
			tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep}
			tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
				acted = append(acted, a.Acted)
				return tr.Policy.CheckRetry(ctx, a)
			}
			req, _ := http.NewRequest(http.MethodPost, tc.url, strings.NewReader(chatPayload))
			if tc.key != "" {
				req.Header.Set("Idempotency-Key", tc.key)
			}
			resp, err := tr.RoundTrip(req)
			if tc.err {
				require.Error(t, err)
			} else {
				require.NoError(t, err)
				resp.Body.Close()
				assert.Equal(t, 200, resp.StatusCode)
			}
			assert.Len(t, srv.requests(), tc.requests)
			assert.Equal(t, retry.MayHaveActed, acted[0])
		})
	}
}

// A RoundTripper that is not net/http's reports no progress through httptrace: then only
// errors that come before sending (a failed dial) count as "did not act".
func TestTransportPOSTErrorsWithoutTrace(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "server misbehaving", Name: "api.pictograph.io", IsTemporary: true}}
	read := &net.OpError{Op: "read", Net: "tcp", Err: io.ErrUnexpectedEOF}
	for _, tc := range []struct {
		name     string
		err      error
		url      string
		attempts int
	}{
		{"pictograph dial", dial, pictographURL, 4},
		{"pictograph read", read, pictographURL, 1},
		{"cerebras read", read, cerebrasURL, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			var sl sleeps
			tr := &retry.Transport{
				Base:   roundTripFunc(func(*http.Request) (*http.Response, error) { calls++; return nil, tc.err }),
				Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep,
			}
			req, _ := http.NewRequest(http.MethodPost, tc.url, strings.NewReader(chatPayload))
			_, err := tr.RoundTrip(req)
			require.ErrorIs(t, err, tc.err)
			assert.Equal(t, tc.attempts, calls)
		})
	}
}

// Every byte value, through GetBody and through the copy the Transport keeps of a body
// without one, arrives the same on every attempt.
func TestTransportBodyReplayedByteIdentical(t *testing.T) {
	payload := make([]byte, 3*256+7)
	for i := range payload {
		payload[i] = byte(i * 7)
	}
	for _, tc := range []struct {
		name string
		body func() io.Reader
	}{
		{"GetBody", func() io.Reader { return bytes.NewReader(payload) }},
		{"kept by the Transport", func() io.Reader { return io.NopCloser(bytes.NewReader(payload)) }},
		{"kept, length unknown", func() io.Reader {
			return io.MultiReader(bytes.NewReader(payload[:100]), bytes.NewReader(payload[100:]))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, openai500, openai429, ok200)
			var sl sleeps
			tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(1)}, Sleep: sl.sleep}
			req, _ := http.NewRequest(http.MethodPost, openaiChatURL, tc.body())
			resp, err := tr.RoundTrip(req)
			require.NoError(t, err)
			resp.Body.Close()
			got := srv.requests()
			require.Len(t, got, 3)
			for _, g := range got {
				assert.Equal(t, string(payload), g.body)
			}
		})
	}
}

// A body without GetBody longer than MaxBufferedBody is sent once, whole, and the
// decision after the failure says why.
func TestTransportBodyOverLimit(t *testing.T) {
	payload := strings.Repeat("x", 100)
	for _, tc := range []struct {
		name   string
		length int64 // req.ContentLength: known, or -1 unknown (the Transport reads to find out)
	}{
		{"length known", 100},
		{"length unknown", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, openai429, ok200)
			var sl sleeps
			var decided []retry.Decision
			tr := &retry.Transport{Base: srv.base(), Sleep: sl.sleep, MaxBufferedBody: 16,
				OnRetry: func(_ int, _ decoder.Result, d retry.Decision) { decided = append(decided, d) }}
			req, _ := http.NewRequest(http.MethodPost, openaiChatURL, io.NopCloser(strings.NewReader(payload)))
			req.ContentLength = tc.length
			resp, err := tr.RoundTrip(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, 429, resp.StatusCode)
			got := srv.requests()
			require.Len(t, got, 1)
			assert.Equal(t, payload, got[0].body)
			require.Len(t, decided, 1)
			assert.False(t, decided[0].Retry)
			assert.Contains(t, decided[0].Reason, "larger than the 16 bytes the Transport keeps")
		})
	}
}

// The statuses that say the server did not act, against the ones that do not: a POST to
// Pictograph without a key is sent again after the first only.
func TestTransportPOSTStatusActed(t *testing.T) {
	for _, tc := range []struct {
		status   int
		requests int
	}{
		{408, 2}, {429, 2}, {503, 2}, {529, 2},
		{500, 1}, {502, 1}, {504, 1},
	} {
		t.Run(strconv.Itoa(tc.status), func(t *testing.T) {
			failed := reply{tc.status, map[string]string{"Content-Type": "text/plain"}, http.StatusText(tc.status)}
			srv := newServer(t, failed, ok200)
			var sl sleeps
			var acted retry.Acted = -1
			tr := &retry.Transport{Base: srv.base(), Policy: &retry.Policy{Rand: fixed(0.5)}, Sleep: sl.sleep}
			tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
				if a.N == 1 {
					acted = a.Acted
					assert.True(t, a.Result.Retryable, "the decoder finds %d retryable", tc.status)
				}
				return tr.Policy.CheckRetry(ctx, a)
			}
			req, _ := http.NewRequest(http.MethodPost, pictographURL, strings.NewReader(`{"name":"x.jpg"}`))
			resp, err := tr.RoundTrip(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Len(t, srv.requests(), tc.requests)
			want := retry.MayHaveActed
			if tc.requests == 2 {
				want = retry.DidNotAct
			}
			assert.Equal(t, want, acted)
		})
	}
}

// A TLS handshake that fails (here: the server speaks plain HTTP) happens before any of the
// request is written: the server did not act.
func TestTransportTLSHandshakeDidNotAct(t *testing.T) {
	srv := newServer(t, ok200)
	var acted []retry.Acted
	tr := &retry.Transport{Sleep: func(context.Context, time.Duration) error { return nil }}
	tr.CheckRetry = func(ctx context.Context, a *retry.Attempt) retry.Decision {
		acted = append(acted, a.Acted)
		return retry.Decision{Reason: "stop: recorded"}
	}
	req, _ := http.NewRequest(http.MethodPost, "https://"+srv.Listener.Addr().String()+"/v1/chat/completions", strings.NewReader(chatPayload))
	_, err := tr.RoundTrip(req)
	require.Error(t, err)
	assert.Equal(t, []retry.Acted{retry.DidNotAct}, acted, err.Error())
	assert.Empty(t, srv.requests())
}
