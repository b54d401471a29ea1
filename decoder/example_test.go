package decoder_test

import (
	"fmt"

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
	// OpenAI's token limit, its message alone: Groq words its own the same way, so neither
	// is named, the answer is general, and both come close.
	r := decoder.Decode("Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s.")
	fmt.Printf("%q %s %v %s\n", r.Provider, r.Category, r.Retryable, r.Confidence)
	for _, a := range r.Alternatives {
		fmt.Println("could also be:", a.Provider, a.Category, a.Retryable)
	}
	// Output:
	// "" rate_limit true inferred
	// could also be: openai rate_limit true
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
