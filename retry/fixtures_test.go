package retry_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// reply is one canned HTTP response.
type reply struct {
	status  int
	headers map[string]string
	body    string
}

// The seed providers' errors as their servers send them: status, real header names, body.
var (
	cerebras429 = reply{429, map[string]string{
		"Content-Type":                        "application/json",
		"Retry-After":                         "3",
		"X-Ratelimit-Limit-Requests-Day":      "14400",
		"X-Ratelimit-Limit-Tokens-Minute":     "60000",
		"X-Ratelimit-Remaining-Requests-Day":  "14388",
		"X-Ratelimit-Remaining-Tokens-Minute": "0",
		"X-Ratelimit-Reset-Requests-Day":      "33011.4",
		"X-Ratelimit-Reset-Tokens-Minute":     "11.4",
	}, `{"message":"Tokens per minute limit exceeded - too many tokens processed.","type":"too_many_tokens_error","param":"quota","code":"token_quota_exceeded"}`}
	cerebras429NoWait = reply{429, map[string]string{
		"Content-Type":                    "application/json",
		"X-Ratelimit-Limit-Requests-Day":  "14400",
		"X-Ratelimit-Limit-Tokens-Minute": "60000",
	}, `{"message":"Requests per minute limit exceeded - too many requests sent.","type":"too_many_requests_error","param":"quota","code":"request_quota_exceeded"}`}
	pictograph429 = reply{429, map[string]string{
		"Content-Type": "application/json", "Retry-After": "30",
		"X-Ratelimit-Limit": "100", "X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "30",
	}, `{"error":"rate_limit_exceeded","message":"Rate limit exceeded. Please retry after 30 seconds.","retry_after":30}`}
	pictograph429Long = reply{429, map[string]string{"Content-Type": "application/json", "Retry-After": "200"},
		`{"error":"rate_limit_exceeded","message":"Rate limit exceeded. Please retry after 200 seconds.","retry_after":200}`}
	pictograph402 = reply{402, map[string]string{"Content-Type": "application/json"},
		`{"error":"insufficient_credits","message":"Insufficient compute credit for this operation","detail":{"required":120,"remaining":15,"upgrade_url":"https://app.pictograph.io/settings/billing"}}`}
	pictograph503 = reply{503, map[string]string{"Content-Type": "application/json"},
		`{"error":"service_unavailable","message":"Service temporarily unavailable"}`}
	a15t503 = reply{503, map[string]string{"Content-Type": "application/json"},
		`{"error":{"type":"server_error","code":"model_overloaded","message":"Model is currently overloaded and could not handle the request."}}`}
	a15t500 = reply{500, map[string]string{"Content-Type": "application/json"},
		`{"error":{"type":"server_error","code":"internal_error","message":"Unexpected internal gateway error."}}`}
	openpixels200 = reply{200, map[string]string{"Content-Type": "application/json"},
		`{"id":"job_8f2","status":"error","error":{"type":"BILLING_ERROR","code":"NO_CREDITS","message":"Insufficient credits for the requested operation","params":{}}}`}
	opengradient500 = reply{500, map[string]string{"Content-Type": "application/json"},
		`{"detail":"Internal Server Error"}`}
	openaiQuota = reply{429, map[string]string{"Content-Type": "application/json", "X-Request-Id": "req_123"},
		`{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`}
	openai401 = reply{401, map[string]string{"Content-Type": "application/json"},
		`{"error":{"message":"Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`}
	bedrock503 = reply{503, map[string]string{"Content-Type": "application/json",
		"X-Amzn-Errortype": "ServiceUnavailableException:http://internal.amazon.com/coral/com.amazon.bedrock/"},
		`{"message":"Service unavailable. Try your request again later."}`}
	ok200 = reply{200, map[string]string{"Content-Type": "application/json"}, `{"ok":true}`}
)

// The hosts the requests are addressed to. The test server answers for all of them, so the
// response a client sees carries the real host in resp.Request.URL, as in production.
const (
	cerebrasURL     = "http://api.cerebras.ai/v1/chat/completions"
	pictographURL   = "http://api.pictograph.io/api/v1/datasets"
	a15tURL         = "http://api.platform.a15t.com/v1/chat/completions"
	openpixelsURL   = "http://worker.openpixels.ai/poll/job_8f2"
	opengradientURL = "http://llmogevm.opengradient.ai/v1/chat/completions"
	openaiURL       = "http://api.openai.com/v1/models"
	bedrockURL      = "http://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku/invoke"
)

// seen is one request as the server received it.
type seen struct {
	method, key, body string
	header            http.Header
}

// server answers with the replies in order, repeating the last one; it listens on
// 127.0.0.1 and records what it received.
type server struct {
	*httptest.Server
	mu      sync.Mutex
	replies []reply
	got     []seen
}

func newServer(t *testing.T, replies ...reply) *server {
	t.Helper()
	s := &server{replies: replies}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		n := len(s.got)
		s.got = append(s.got, seen{r.Method, r.Header.Get("Idempotency-Key"), string(b), r.Header})
		rep := s.replies[min(n, len(s.replies)-1)]
		s.mu.Unlock()
		for k, v := range rep.headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(rep.status)
		_, _ = io.WriteString(w, rep.body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) requests() []seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seen(nil), s.got...)
}

// base is a transport that connects to the test server whatever host the URL names.
func (s *server) base() *http.Transport {
	addr := s.Listener.Addr().String()
	return &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
}

// get sends one request straight to the test server (no retries) and returns the response.
func (s *server) get(t *testing.T, url string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.base().RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = resp.Body.Close() })
	return resp
}

// sleeps records the waits a Transport asks for instead of sleeping.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

func fixed(v float64) func() float64 { return func() float64 { return v } }

func secs(v ...float64) []time.Duration {
	out := make([]time.Duration, len(v))
	for i, s := range v {
		out[i] = time.Duration(s * float64(time.Second))
	}
	return out
}
