package retry_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
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

// Each seed provider's live error, as a real response from a server on 127.0.0.1.
func TestClassifyProviders(t *testing.T) {
	cases := []struct {
		name      string
		url       string
		reply     reply
		provider  string
		status    int
		code      string
		category  decoder.Category
		retryable bool
		waitMS    int64
	}{
		{"cerebras 429", cerebrasURL, cerebras429, "cerebras", 429, "token_quota_exceeded", decoder.RateLimit, true, 3000},
		{"pictograph 429", pictographURL, pictograph429, "pictograph", 429, "rate_limit_exceeded", decoder.RateLimit, true, 30000},
		{"pictograph 429 long", pictographURL, pictograph429Long, "pictograph", 429, "rate_limit_exceeded", decoder.RateLimit, true, 200000},
		{"pictograph 402", pictographURL, pictograph402, "pictograph", 402, "insufficient_credits", decoder.Quota, false, 0},
		{"pictograph 503", pictographURL, pictograph503, "pictograph", 503, "service_unavailable", decoder.Overloaded, true, 0},
		{"a15t 503", a15tURL, a15t503, "a15t", 503, "model_overloaded", decoder.Overloaded, true, 0},
		{"a15t 500", a15tURL, a15t500, "a15t", 500, "internal_error", decoder.Server, false, 0},
		{"openpixels 200", openpixelsURL, openpixels200, "openpixels", 200, "NO_CREDITS", decoder.Quota, false, 0},
		{"opengradient 500", opengradientURL, opengradient500, "opengradient", 500, "", decoder.Server, true, 0},
		{"openai 429 quota", openaiURL, openaiQuota, "openai", 429, "insufficient_quota", decoder.Quota, false, 0},
		{"openai 401", openaiURL, openai401, "openai", 401, "invalid_api_key", decoder.Authentication, false, 0},
		{"bedrock 503", bedrockURL, bedrock503, "bedrock", 503, "ServiceUnavailableException", decoder.Overloaded, true, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.reply)
			resp := srv.get(t, tc.url)
			r := retry.Classify(resp)
			assert.Equal(t, tc.provider, r.Provider)
			assert.Equal(t, tc.status, r.HTTPStatus)
			assert.Equal(t, tc.code, r.Code)
			assert.Equal(t, tc.category, r.Category)
			assert.Equal(t, tc.retryable, r.Retryable)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS)
			assert.NotEmpty(t, r.Evidence)

			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tc.reply.body, string(body), "the body is still there for the caller")
		})
	}
}

// On 127.0.0.1 with no host to go by, the body and headers alone still name the provider.
func TestClassifyWithoutHost(t *testing.T) {
	for _, tc := range []struct {
		reply    reply
		provider string
	}{
		{cerebras429, "cerebras"},
		{pictograph429, "pictograph"},
		{a15t503, "a15t"},
		{openpixels200, "openpixels"},
	} {
		srv := newServer(t, tc.reply)
		resp := srv.get(t, srv.URL+"/v1/x")
		assert.Equal(t, tc.provider, retry.Classify(resp).Provider)
	}
}

func TestClassifyBody(t *testing.T) {
	t.Run("longer than MaxBody", func(t *testing.T) {
		big := `{"error":{"code":"model_overloaded","message":"` + strings.Repeat("x", retry.MaxBody) + `"}}`
		srv := newServer(t, reply{503, map[string]string{"Content-Type": "application/json"}, big})
		resp := srv.get(t, a15tURL)
		r := retry.Classify(resp)
		assert.Equal(t, 503, r.HTTPStatus)
		assert.Contains(t, strings.Join(r.Evidence, "\n"), "only the first 1048576 bytes of the body were read")
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.Equal(t, big, string(body), "every byte, read or not, reaches the caller")
	})
	t.Run("exactly MaxBody", func(t *testing.T) {
		body := strings.Repeat("a", retry.MaxBody)
		resp := &http.Response{StatusCode: 500, Body: io.NopCloser(strings.NewReader(body)), Header: http.Header{}}
		r := retry.Classify(resp)
		assert.NotContains(t, strings.Join(r.Evidence, "\n"), "bytes of the body were read")
		got, _ := io.ReadAll(resp.Body)
		assert.Len(t, got, retry.MaxBody)
	})
	t.Run("gzip left in place", func(t *testing.T) {
		var zb bytes.Buffer
		zw := gzip.NewWriter(&zb)
		_, _ = io.WriteString(zw, a15t503.body)
		require.NoError(t, zw.Close())
		resp := &http.Response{StatusCode: 503, Proto: "HTTP/2.0", Header: http.Header{"Content-Encoding": {"gzip"}},
			Body: io.NopCloser(bytes.NewReader(zb.Bytes()))}
		r := retry.Classify(resp)
		assert.Equal(t, "model_overloaded", r.Code)
		got, _ := io.ReadAll(resp.Body)
		assert.Equal(t, zb.Bytes(), got, "the caller gets the bytes as they came")
	})
	t.Run("read error mid-body", func(t *testing.T) {
		boom := errors.New("connection lost")
		resp := &http.Response{StatusCode: 503, Header: http.Header{},
			Body: io.NopCloser(io.MultiReader(strings.NewReader(`{"error":{"code":"model_`), &failing{boom}))}
		r := retry.Classify(resp)
		assert.Equal(t, 503, r.HTTPStatus)
		assert.Contains(t, strings.Join(r.Evidence, "\n"), "connection lost")
		got, err := io.ReadAll(resp.Body)
		assert.ErrorIs(t, err, boom, "the caller sees the same failure")
		assert.Equal(t, `{"error":{"code":"model_`, string(got))
	})
	t.Run("no body, no request", func(t *testing.T) {
		r := retry.Classify(&http.Response{StatusCode: 429, Status: "429 Too Many Requests", Header: http.Header{"Retry-After": {"7"}}})
		assert.Equal(t, 429, r.HTTPStatus)
		assert.Equal(t, decoder.RateLimit, r.Category)
		assert.Equal(t, int64(7000), r.RetryAfterMS)
	})
	t.Run("nil", func(t *testing.T) {
		assert.Equal(t, decoder.Unknown, retry.Classify(nil).Category)
	})
	t.Run("close reaches the real body", func(t *testing.T) {
		c := &closeRecorder{Reader: strings.NewReader("{}")}
		resp := &http.Response{StatusCode: 500, Header: http.Header{}, Body: c}
		retry.Classify(resp)
		require.NoError(t, resp.Body.Close())
		assert.True(t, c.closed)
	})
	t.Run("query and credentials are not rendered", func(t *testing.T) {
		srv := newServer(t, reply{400, nil, "{}"})
		req, _ := http.NewRequest(http.MethodGet, "http://user:secret@generativelanguage.googleapis.com/v1/models?key=AIzaSECRET", nil)
		resp, err := srv.base().RoundTrip(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		r := retry.Classify(resp)
		all := strings.Join(r.Evidence, " ") + r.Message + r.Fix
		assert.NotContains(t, all, "secret")
		assert.NotContains(t, all, "AIzaSECRET")
	})
}

type failing struct{ err error }

func (f *failing) Read([]byte) (int, error) { return 0, f.err }

type closeRecorder struct {
	io.Reader
	closed bool
}

func (c *closeRecorder) Close() error { c.closed = true; return nil }

// opaque is an error whose text names no cause; only its chain does.
type opaque struct{ err error }

func (o opaque) Error() string { return "the upstream call failed" }
func (o opaque) Unwrap() error { return o.err }

func TestClassifyError(t *testing.T) {
	reset := &url.Error{Op: "Post", URL: "https://api.cerebras.ai/v1/chat/completions",
		Err: &net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}}
	refused := &url.Error{Op: "Get", URL: "http://127.0.0.1:1/x",
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}}
	cert := &url.Error{Op: "Get", URL: "https://api.openai.com/v1/models",
		Err: &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}}
	notFound := &url.Error{Op: "Get", URL: "https://api.nope.invalid/x",
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "api.nope.invalid", IsNotFound: true}}}
	tempDNS := &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "server misbehaving", Name: "api.groq.com", IsTemporary: true}}
	cases := []struct {
		name      string
		err       error
		category  decoder.Category
		retryable bool
		provider  string
		entry     string // the catalog entry whose answer applies; "" for none
	}{
		{"connection reset", reset, decoder.Connection, true, "cerebras", "net-connection-reset-by-peer"},
		// The decoder reads the text itself and agrees: its entry stays.
		{"connection refused", refused, decoder.Connection, true, "", "net-econnrefused"},
		{"connection refused, text says nothing", opaque{syscall.ECONNREFUSED}, decoder.Connection, true, "", "net-connection-refused-go"},
		{"deadline", fmt.Errorf("calling the model: %w", context.DeadlineExceeded), decoder.Timeout, true, "", "net-context-deadline-exceeded"},
		{"url timeout", &url.Error{Op: "Get", URL: "https://api.groq.com/openai/v1/models", Err: os.ErrDeadlineExceeded}, decoder.Timeout, true, "groq", "net-i-o-timeout"},
		{"unexpected EOF", fmt.Errorf("reading stream: %w", io.ErrUnexpectedEOF), decoder.Connection, true, "", "net-unexpected-eof"},
		{"EOF", &url.Error{Op: "Get", URL: "http://127.0.0.1:4444/x", Err: io.EOF}, decoder.Connection, true, "", "net-unexpected-eof"},
		{"certificate", cert, decoder.Connection, false, "openai", "net-x509-certificate"},
		{"hostname", x509.HostnameError{Certificate: &x509.Certificate{}, Host: "api.openai.com"}, decoder.Connection, false, "openai", "net-x509-certificate"},
		{"no such host", notFound, decoder.Connection, false, "", "net-no-such-host"},
		{"temporary DNS", tempDNS, decoder.Connection, true, "groq", "net-eai-again"},
		{"unreachable", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ENETUNREACH}, decoder.Connection, true, "", "net-enetunreach"},
		{"host unreachable", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.EHOSTUNREACH}, decoder.Connection, true, "", "net-ehostunreach"},
		{"broken pipe", &net.OpError{Op: "write", Net: "tcp", Err: os.NewSyscallError("write", syscall.EPIPE)}, decoder.Connection, true, "", "net-epipe"},
		{"other op error", &net.OpError{Op: "write", Net: "tcp", Err: errors.New("broken")}, decoder.Connection, true, "", ""},
		{"cancelled", fmt.Errorf("stream: %w", context.Canceled), decoder.Unknown, false, "", ""},
		// No network cause: the text decides, as for a paste.
		{"sdk error text", errors.New(`POST "https://api.openai.com/v1/chat/completions": 429 Too Many Requests {"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}`), decoder.Quota, false, "openai", "insufficient-quota"},
		{"plain", errors.New("boom"), decoder.Unknown, false, "", ""},
		{"nil", nil, decoder.Unknown, false, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := retry.ClassifyError(tc.err)
			assert.Equal(t, tc.category, r.Category)
			assert.Equal(t, tc.retryable, r.Retryable)
			assert.Equal(t, tc.provider, r.Provider)
			assert.NotEmpty(t, r.Evidence)
			if tc.category != decoder.Unknown || tc.name == "cancelled" {
				assert.NotEmpty(t, r.Fix)
				assert.NotEmpty(t, r.Title)
			}
			assert.Equal(t, tc.entry, r.Entry)
			if tc.entry == "" {
				assert.Empty(t, r.Reference)
				return
			}
			// The answer is the catalog's, with its link: no copy in Go.
			p := decoder.Lookup(r.Provider)
			if r.Generic || p == nil {
				p = decoder.Lookup("generic")
			}
			var e *decoder.Entry
			for i := range p.Errors {
				if p.Errors[i].ID == r.Entry {
					e = &p.Errors[i]
				}
			}
			require.NotNil(t, e, "entry %s in %s", r.Entry, p.Slug)
			assert.Equal(t, e.Fix, r.Fix)
			assert.Equal(t, e.Source, r.Source)
			assert.Equal(t, p.Reference(e), r.Reference)
		})
	}
}

// Errors from a real client: a closed port, a dropped connection, a client timeout.
func TestClassifyErrorLive(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()
	_, err = http.Get(closed)
	require.Error(t, err)
	r := retry.ClassifyError(err)
	assert.Equal(t, decoder.Connection, r.Category)
	assert.True(t, r.Retryable)
	assert.Contains(t, strings.Join(r.Evidence, "\n"), "ECONNREFUSED")

	drop := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
			c.Close()
		}
	}))
	defer drop.Close()
	_, err = http.Get(drop.URL)
	require.Error(t, err)
	r = retry.ClassifyError(err)
	assert.Equal(t, decoder.Connection, r.Category, err.Error())
	assert.True(t, r.Retryable)

	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer slow.Close()
	_, err = (&http.Client{Timeout: 20 * time.Millisecond}).Get(slow.URL)
	require.Error(t, err)
	r = retry.ClassifyError(err)
	assert.Equal(t, decoder.Timeout, r.Category, err.Error())
	assert.True(t, r.Retryable)
}

func TestDecide(t *testing.T) {
	rl := func(provider string, waitMS int64) decoder.Result {
		return decoder.Result{Provider: provider, HTTPStatus: 429, Category: decoder.RateLimit, Retryable: true, RetryAfterMS: waitMS}
	}
	srvErr := func(provider string) decoder.Result {
		return decoder.Result{Provider: provider, HTTPStatus: 503, Category: decoder.Overloaded, Retryable: true}
	}
	cases := []struct {
		name    string
		policy  *retry.Policy
		r       decoder.Result
		attempt int
		retry   bool
		wait    time.Duration
	}{
		{"asked wait honoured", nil, rl("cerebras", 3000), 1, true, 3 * time.Second},
		{"asked wait in ms", nil, rl("openai", 1500), 2, true, 1500 * time.Millisecond},
		{"stainless retries spent", nil, rl("cerebras", 3000), 3, false, 0},
		{"stainless over 60 s", nil, rl("anthropic", 61000), 1, false, 61 * time.Second},
		{"pictograph 120 s is waited", nil, rl("pictograph", 120000), 1, true, 120 * time.Second},
		{"pictograph 121 s stops", nil, rl("pictograph", 121000), 1, false, 121 * time.Second},
		{"pictograph third retry", &retry.Policy{Rand: fixed(0.5)}, srvErr("pictograph"), 3, true, 4 * time.Second},
		{"pictograph fourth stops", &retry.Policy{Rand: fixed(0.5)}, srvErr("pictograph"), 4, false, 0},
		{"pictograph jitter top", &retry.Policy{Rand: fixed(1)}, srvErr("pictograph"), 1, true, 1250 * time.Millisecond},
		{"groq backoff", &retry.Policy{Rand: fixed(1)}, srvErr("groq"), 2, true, time.Second},
		{"bedrock capped at 20 s", &retry.Policy{Rand: fixed(1), MaxRetries: 10}, srvErr("bedrock"), 7, true, 20 * time.Second},
		{"bedrock 4th retry", &retry.Policy{Rand: fixed(1)}, srvErr("bedrock"), 4, true, 8 * time.Second},
		{"bedrock 5 attempts (botocore legacy mode)", &retry.Policy{Rand: fixed(1)}, srvErr("bedrock"), 5, false, 0},
		{"bedrock long asked wait", nil, rl("bedrock", 300000), 1, true, 300 * time.Second},
		{"MaxWait stops a long asked wait", &retry.Policy{MaxWait: time.Minute}, rl("bedrock", 300000), 1, false, 300 * time.Second},
		{"MaxWait cuts a backoff", &retry.Policy{MaxWait: 3 * time.Second, MaxRetries: 9, Rand: fixed(1)}, srvErr("bedrock"), 5, true, 3 * time.Second},
		{"MaxRetries", &retry.Policy{MaxRetries: 5, Rand: fixed(1)}, srvErr("cerebras"), 5, true, 8 * time.Second},
		{"unknown provider", &retry.Policy{Rand: fixed(1)}, srvErr(""), 1, true, 500 * time.Millisecond},
		{"Provider fallback", &retry.Policy{Rand: fixed(0.5), Provider: "pictograph"}, srvErr(""), 3, true, 4 * time.Second},
		{"attempt 0 is the first", &retry.Policy{Rand: fixed(1)}, srvErr("openai"), 0, true, 500 * time.Millisecond},
		{"not retryable", nil, decoder.Result{Provider: "a15t", HTTPStatus: 500, Category: decoder.Server, Retryable: false, Title: "internal_error"}, 1, false, 0},
	}
	for _, c := range []decoder.Category{decoder.Quota, decoder.Authentication, decoder.Permission, decoder.NotFound,
		decoder.InvalidRequest, decoder.ContextLength, decoder.ContentFilter, decoder.Unknown} {
		// Even marked retryable, with a wait: these stop.
		cases = append(cases, struct {
			name    string
			policy  *retry.Policy
			r       decoder.Result
			attempt int
			retry   bool
			wait    time.Duration
		}{"never " + string(c), nil, decoder.Result{Provider: "groq", Category: c, Retryable: true, RetryAfterMS: 1000}, 1, false, 0})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.policy.Decide(tc.r, tc.attempt)
			assert.Equal(t, tc.retry, d.Retry, d.Reason)
			assert.Equal(t, tc.wait, d.Wait, d.Reason)
			assert.NotEmpty(t, d.Reason)
		})
	}
}
