package decoder_test

import (
	"fmt"
	"time"

	"github.com/errlens/errlens/decoder"
)

func ExampleDecode() {
	r := decoder.Decode(`cerebras.cloud.sdk.RateLimitError: Error code: 429 - {'message': 'Requests per minute limit exceeded - too many requests sent.', 'type': 'too_many_requests_error', 'param': 'quota', 'code': 'request_quota_exceeded'}`)
	fmt.Println(r.Provider, r.HTTPStatus, r.Code, r.Category, r.Retryable)
	// Output: cerebras 429 request_quota_exceeded rate_limit true
}

func ExampleDecode_quota() {
	// A 429 that waiting will not fix: OpenAI's billing error.
	r := decoder.Decode(`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`)
	fmt.Println(r.Provider, r.HTTPStatus, r.Code, r.Category, r.Retryable)
	// Output: openai 429 insufficient_quota quota false
}

func ExampleDecode_alternatives() {
	// OpenAI's token limit, its message alone: the org- id names OpenAI, and Groq, which
	// words its own the same way, comes close.
	r := decoder.Decode("Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s.")
	fmt.Printf("%q %s %v %s\n", r.Provider, r.Category, r.Retryable, r.Confidence)
	for _, a := range r.Alternatives {
		fmt.Println("could also be:", a.Provider, a.Category, a.Retryable)
	}
	// Output:
	// "openai" rate_limit true documented
	// could also be: groq rate_limit true
}

func ExampleNew() {
	d := decoder.New(decoder.WithMaxInput(64 << 10))
	r := d.Decode("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\n\r\n")
	fmt.Println(r.HTTPStatus, r.Category, r.Retryable, r.RetryAfterMS)
	// Output: 503 overloaded true 30000
}

func ExampleLookup() {
	p := decoder.Lookup("a15t")
	for _, e := range p.Errors {
		if e.Code == "model_overloaded" {
			fmt.Println(e.Status, e.Category, e.Retryable)
		}
	}
	// Output: 503 overloaded true
}

func ExampleWithClock() {
	// When the limit resets, counted from the decoder's clock: a usage limit stated as a
	// time of day in a named zone.
	now := time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)
	d := decoder.New(decoder.WithClock(func() time.Time { return now }))
	r := d.Decode("You've hit your session limit · resets 10:30pm (Europe/Berlin)")
	fmt.Println(r.Wrapper, r.Category, r.ResetAt)
	fmt.Println(r.Verdict)
	// Output:
	// claude-code quota 2026-01-15T21:30:00Z
	// Not before the limit resets at 21:30:00 UTC (in 12 h 30 min).
}

func ExampleAttempt() {
	// A retry log: each failure in order, with the wait the SDK took before the next.
	r := decoder.Decode(`2024-05-14 09:12:31,402 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"
2024-05-14 09:12:31,403 - INFO - Retrying request to /chat/completions in 0.455016 seconds
2024-05-14 09:12:32,011 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"`)
	for _, a := range r.Attempts {
		fmt.Println(a.Time, a.HTTPStatus, a.WaitTakenMS)
	}
	// Output:
	// 2024-05-14 09:12:31,402 429 456
	// 2024-05-14 09:12:32,011 429 0
}

func ExampleDecode_spans() {
	// Where each answer came from: byte offsets into the input as given, CRLF and all.
	in := "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 20\r\n\r\n{\"error\": {\"code\": \"rate_limit_exceeded\", \"message\": \"Slow down.\"}}"
	r := decoder.Decode(in)
	for _, sp := range r.Spans {
		if sp.Field == "http_status" || sp.Field == "code" || sp.Field == "retry_after_ms" {
			fmt.Printf("%s %q: %s\n", sp.Field, in[sp.Start:sp.End], r.Evidence[sp.Evidence])
		}
	}
	// Output:
	// http_status "429": HTTP status 429 from the status line "HTTP/1.1 429 Too Many Requests"
	// code "rate_limit_exceeded": code "rate_limit_exceeded" from the body's error.code
	// retry_after_ms "20": asks to wait 20 s: Retry-After: 20
}
