package retry_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// A Cerebras 429 as the server sends it: the verdict, the wait the response asks for, and
// the body, still there for the caller.
func ExampleClassify() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Retry-After", "3")
		w.Header().Set("X-Ratelimit-Remaining-Tokens-Minute", "0")
		w.WriteHeader(http.StatusTooManyRequests)
		io.WriteString(w, `{"message":"Tokens per minute limit exceeded - too many tokens processed.","type":"too_many_tokens_error","param":"quota","code":"token_quota_exceeded"}`)
	}))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/v1/chat/completions")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()

	r := retry.Classify(resp)
	fmt.Println(r.Provider, r.HTTPStatus, r.Code, r.Category, r.Retryable, r.RetryAfterMS)
	body, _ := io.ReadAll(resp.Body)
	fmt.Printf("%.35s...\n", body)
	// Output:
	// cerebras 429 token_quota_exceeded rate_limit true 3000
	// {"message":"Tokens per minute limit...
}

// A connection reset while reading a Cerebras response: the category comes from the error
// chain, the provider from the URL in the error.
func ExampleClassifyError() {
	err := &url.Error{Op: "Post", URL: "https://api.cerebras.ai/v1/chat/completions",
		Err: &net.OpError{Op: "read", Net: "tcp", Err: os.NewSyscallError("read", syscall.ECONNRESET)}}
	r := retry.ClassifyError(err)
	fmt.Println(r.Provider, r.Category, r.Retryable)
	// Output: cerebras connection true
}

// Pictograph's client waits out a 429 only when Retry-After is at most 120 s: a 200 s wait
// stops the retries, and the Decision says how long the server wants.
func ExampleDecide() {
	r := decoder.Decode("HTTP/1.1 429 Too Many Requests\nRetry-After: 200\n\n" +
		`{"error":"rate_limit_exceeded","message":"Rate limit exceeded. Please retry after 200 seconds.","retry_after":200}`)
	d := retry.Decide(r, 1)
	fmt.Println(r.Provider, d.Retry, d.Wait)
	fmt.Println(d.Reason)
	// Output:
	// pictograph false 3m20s
	// stop: the response asks to wait 200 s, longer than the 120 s the Pictograph SDK policy waits out; try again after that wait
}

// Pictograph's documented backoff for a 5xx: 1 s, 2 s, 4 s, then stop. Rand fixed at the
// middle of the jitter range makes the waits exact.
func ExamplePolicy_Decide() {
	p := &retry.Policy{Rand: func() float64 { return 0.5 }}
	r := decoder.Result{Provider: "pictograph", HTTPStatus: 503, Category: decoder.Overloaded, Retryable: true}
	for attempt := 1; attempt <= 4; attempt++ {
		d := p.Decide(r, attempt)
		fmt.Println(attempt, d.Retry, d.Wait)
	}
	// A billing error stops at once, whatever the status.
	fmt.Println(p.Decide(decoder.Result{Provider: "openai", HTTPStatus: 429, Category: decoder.Quota}, 1).Reason)
	// Output:
	// 1 true 1s
	// 2 true 2s
	// 3 true 4s
	// 4 false 0s
	// stop: a quota or billing error does not clear by sending the same request again
}

// An http.Client whose calls are retried by the provider's rules. Sleep is replaced to show
// the waits instead of sleeping them.
func ExampleTransport() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"error":{"type":"server_error","code":"model_overloaded","message":"Model is currently overloaded."}}`)
			return
		}
		io.WriteString(w, `{"choices":[]}`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &retry.Transport{
		Policy: &retry.Policy{Rand: func() float64 { return 1 }}, // no jitter: a stable output
		Sleep: func(ctx context.Context, d time.Duration) error {
			fmt.Println("waiting", d)
			return nil
		},
		OnRetry: func(attempt int, r decoder.Result, d retry.Decision) {
			fmt.Println(r.Provider, r.Code, "->", d.Reason)
		},
	}}
	resp, err := client.Get(srv.URL + "/v1/chat/completions")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, "after", calls, "calls")
	// Output:
	// a15t model_overloaded -> retry 1 of 2 after 0.5 s (errlens's default policy backoff)
	// waiting 500ms
	// a15t model_overloaded -> retry 2 of 2 after 1 s (errlens's default policy backoff)
	// waiting 1s
	// 200 after 3 calls
}

// A chat completion is a POST. A 429 means the server did not act on it, so the Transport
// sends it again, body and all, after the wait the response asks for.
func ExampleTransport_post() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		body, _ := io.ReadAll(r.Body)
		fmt.Printf("call %d: %s %s\n", calls, r.Method, body)
		if calls == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"error":{"message":"Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.","type":"requests","param":null,"code":"rate_limit_exceeded"}}`)
			return
		}
		io.WriteString(w, `{"choices":[{"message":{"role":"assistant","content":"Hello!"}}]}`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &retry.Transport{
		// The test server's address names no provider: say whose rules apply.
		Policy: &retry.Policy{Provider: "openai"},
		Sleep: func(ctx context.Context, d time.Duration) error { // print the wait instead of waiting
			fmt.Println("waiting", d)
			return nil
		},
		OnRetry: func(attempt int, r decoder.Result, d retry.Decision) {
			fmt.Println(r.HTTPStatus, r.Category, "->", d.Reason)
		},
	}}
	resp, err := client.Post(srv.URL+"/v1/chat/completions", "application/json",
		strings.NewReader(`{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}`))
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, "after", calls, "calls")
	// Output:
	// call 1: POST {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}
	// 429 rate_limit -> retry 1 of 2 after 1 s, the wait the response asks for; safe for a POST: status 429, so the server did not act on it
	// waiting 1s
	// call 2: POST {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}
	// 200 after 2 calls
}

// After a 502 the server may have acted on a POST: for an API whose SDK does not send it
// again (or which the catalog does not describe), the Transport does so only with an
// Idempotency-Key. AddIdempotencyKey gives the POST one, the same on every attempt, so an
// API that de-duplicates by the key (Pictograph does, for 24 hours) does the work once.
func ExampleTransport_idempotencyKey() {
	var keys []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		keys = append(keys, r.Header.Get("Idempotency-Key"))
		if len(keys) == 1 {
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, `{"error":{"type":"server_error","code":"model_server_error","message":"Model responded with a server error."}}`)
			return
		}
		io.WriteString(w, `{"id":"img_1"}`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &retry.Transport{
		AddIdempotencyKey: true,
		Sleep:             func(context.Context, time.Duration) error { return nil },
	}}
	// strings.Reader, bytes.Reader and bytes.Buffer bodies get a GetBody from NewRequest.
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/images", strings.NewReader(`{"name":"x.jpg"}`))
	resp, err := client.Do(req)
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	fmt.Println(resp.StatusCode, len(keys), keys[0] == keys[1], len(keys[0]))
	// Output: 200 2 true 36
}

// net/http's own rule, which a Policy with SafeMethodsOnly keeps: a POST is sent again only
// with an idempotency key and a body that can be replayed.
func ExampleReplayable() {
	post, _ := http.NewRequest(http.MethodPost, "https://api.pictograph.io/api/v1/images", strings.NewReader(`{"name":"x.jpg"}`))
	fmt.Println(retry.Replayable(post))
	post.Header.Set("Idempotency-Key", "upload-x-jpg-2026-04-19")
	fmt.Println(retry.Replayable(post))
	// Output:
	// false
	// true
}

// Sleep returns early, with the context's error, when the context is done.
func ExampleSleep() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(retry.Sleep(ctx, time.Hour))
	// Output: context canceled
}

// The Transport's decisions can be extended: PrepareRetry re-signs each retry (AWS SigV4
// signs the time), CheckRetry wraps the Policy's decision (here: at most one retry of a
// 500), and ErrorHandler shapes what the caller gets when the Transport gives up.
func ExampleTransport_hooks() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("server: signed", r.Header.Get("X-Signed"))
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, `{"message":"Internal server error"}`)
	}))
	defer srv.Close()

	p := &retry.Policy{Provider: "bedrock", Rand: func() float64 { return 1 }}
	signed := 0
	sign := func(r *http.Request) error {
		signed++
		r.Header.Set("X-Signed", fmt.Sprint(signed))
		return nil
	}
	client := &http.Client{Transport: &retry.Transport{
		Policy:       p,
		Sleep:        func(context.Context, time.Duration) error { return nil },
		PrepareRetry: sign,
		CheckRetry: func(ctx context.Context, a *retry.Attempt) retry.Decision {
			d := p.CheckRetry(ctx, a)
			if d.Retry && a.Response != nil && a.Response.StatusCode == 500 && a.N > 1 {
				return retry.Decision{Reason: "stop: one retry of a 500 is enough here"}
			}
			return d
		},
		ErrorHandler: func(a *retry.Attempt, d retry.Decision) (*http.Response, error) {
			if a.Response != nil {
				a.Response.Body.Close()
			}
			return nil, fmt.Errorf("gave up after %d attempts (%s)", a.N, d.Reason)
		},
	}}
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/model/x/invoke", strings.NewReader(`{}`))
	_ = sign(req)
	_, err := client.Do(req)
	fmt.Println(err.(*url.Error).Err) // http.Client adds the method and URL
	// Output:
	// server: signed 1
	// server: signed 2
	// gave up after 2 attempts (stop: one retry of a 500 is enough here)
}
