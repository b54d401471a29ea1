package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Waits of the stated-timing family (issue 15, session 9): the forms the standards, the
// APIs' documentation and the libraries' sources write a wait in, decoded on a fixed clock.
func TestTiming12Waits(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		// Discord (discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit):
		// the body's retry_after is float seconds; Retry-After, in whole seconds (RFC 9110
		// delay-seconds), is the same wait rounded up.
		{"a body's fraction under a Retry-After that rounds it up",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 3\nX-RateLimit-Scope: user\n\n{\"message\": \"You are being rate limited.\", \"retry_after\": 2.345, \"global\": false}",
			2345},
		{"a body's fraction over a Retry-After that truncates it",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 2\n\n{\"message\": \"You are being rate limited.\", \"retry_after\": 2.345, \"global\": false}",
			2345},
		{"a body's wait a whole second or more under Retry-After is another wait",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n{\"message\": \"You are being rate limited.\", \"retry_after\": 2.345, \"global\": false}",
			5000},
		{"a reset header within the second under Retry-After is another limit's",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 20\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 19.5s\n\n{\"error\": {\"message\": \"Rate limit reached\"}}",
			20000},
		// Kubernetes' metav1.StatusDetails.RetryAfterSeconds (apimachinery's
		// pkg/apis/meta/v1/types.go), in the Status JSON and as client-go prints a StatusError.
		{"a Status's details.retryAfterSeconds",
			`{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"causes":[{"message":"Too many requests, please try again later."}],"retryAfterSeconds":7},"code":429}`,
			7000},
		{"client-go's printed StatusError",
			"<*errors.StatusError | 0xc000>: {\n    ErrStatus: {\n        Status: \"Failure\",\n        Message: \"the server has received too many requests and has asked us to try again later\",\n        Reason: \"TooManyRequests\",\n        Details: {\n            RetryAfterSeconds: 4,\n        },\n        Code: 429,\n    },\n}",
			4000},
		// Azure Resource Manager's RetryableError (learn.microsoft.com/en-us/azure/
		// azure-resource-manager/troubleshooting/error-retryable-error).
		{"an operation that can be retried in N seconds",
			`{"error": {"code": "RetryableError", "message": "A retryable error occurred.", "details": [{"code": "RetryableErrorDueToAnotherOperation", "message": "Operation X is updating resource Y. The call can be retried in 9 seconds."}]}}`,
			9000},
		// A sentence a terminal wrapped: the wait survives the line break, before "in" and
		// between the number and its unit.
		{"try again wrapped before in",
			"Error 429: Rate limit reached for requests per min. Please try again\n      in 7s. Visit the dashboard.",
			7000},
		{"try again wrapped before after",
			"429 Too Many Requests: please try again\nafter 3 seconds",
			3000},
		{"a number wrapped before its unit",
			"Rate limit reached for tokens per min (TPM). Please try again in 41\nms. Visit the dashboard.",
			41},
		{"a number wrapped before a unit's plural",
			"Rate limit reached. Please try again in 2\nseconds.",
			2000},
		{"a number wrapped before another word is no wait",
			"Rate limit reached. Please try again in 2\nsessions.",
			0},
		{"try again wrapped before another word is no wait",
			"Rate limit reached. Please try again\nlater, 5 seconds is not enough",
			0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
		})
	}
}

// The LiteLLM proxy's own limiter (litellm/proxy/hooks/parallel_request_limiter_v3.py):
// "Rate limit exceeded for {key}: {value}. Limit type: {type}. Current limit: {n},
// Remaining: {n}. Limit resets at: {%Y-%m-%d %H:%M:%S} UTC", raised as a 429. Its reset is
// its window's end: a rate limit, not an allowance reset at a set time.
func TestTiming12CounterResets(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		reset    string
	}{
		{"LiteLLM's limiter message whole",
			"Rate limit exceeded for user: u-17. Limit type: tokens. Current limit: 5000, Remaining: 0. Limit resets at: 2026-12-06 23:59:12 UTC",
			RateLimit, "2026-12-06T23:59:12Z"},
		{"its last sentence with the counter",
			"Current limit: 10, Remaining: 0. Limit resets at: 2026-12-07 00:00:41 UTC",
			RateLimit, "2026-12-07T00:00:41Z"},
		{"the same counter in a script's log of X-RateLimit headers",
			"HTTP 429: Limit: 900, Remaining: 0, Limit resets at: 2026-12-07 00:14:00 UTC",
			RateLimit, "2026-12-07T00:14:00Z"},
		// A reset at a set time with no counter and no window stays an allowance's.
		{"a set-time reset with nothing else",
			"Rate limit reached. Your limit resets at 2026-12-08 00:00 UTC.",
			Quota, "2026-12-08T00:00:00Z"},
		{"the same with the counter",
			"Rate limit reached. Remaining: 0. Your limit resets at 2026-12-08 00:00 UTC.",
			RateLimit, "2026-12-08T00:00:00Z"},
		// A counter with some left is no exhausted window.
		{"a counter with requests left",
			"Usage limit reached. Remaining: 0.5 credits. Your allowance resets at 2026-12-08 00:00 UTC.",
			Quota, "2026-12-08T00:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, r.Evidence)
			assert.Equal(t, tc.reset, r.ResetAt, r.Evidence)
		})
	}
}

// Rate-limit headers whose own names say the window or the wait: Kong's rate-limiting
// plugin (developer.konghq.com/plugins/rate-limiting/: X-RateLimit-Remaining-<Period> per
// configured period) and Discord's X-RateLimit-Reset-After (discord.com/developers/docs/
// topics/rate-limits#header-format: seconds, with decimals, until the bucket resets).
func TestTiming12HeaderNames(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		window   string
		waitMS   int64
	}{
		{"Kong's minute run out",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit-Second: 10\nX-RateLimit-Remaining-Second: 4\nX-RateLimit-Limit-Minute: 5\nX-RateLimit-Remaining-Minute: 0\n\n{\"message\":\"API rate limit exceeded\"}",
			RateLimit, "minute", 0},
		{"Kong's hour run out",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit-Hour: 100\nX-RateLimit-Remaining-Hour: 0\nRetry-After: 1200\n\n{\"message\":\"API rate limit exceeded\"}",
			RateLimit, "hour", 1200000},
		{"Kong's year is none of the windows",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit-Year: 100000\nX-RateLimit-Remaining-Year: 0\nRetry-After: 1200\n\n{\"message\":\"API rate limit exceeded\"}",
			RateLimit, "", 1200000},
		{"Discord's reset-after beside remaining 0",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: 5\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset-After: 1.337\nX-RateLimit-Bucket: abcd1234\n\n{\"message\": \"You are being rate limited.\", \"global\": false}",
			RateLimit, "", 1337},
		{"a reset-after with some left asks no wait",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: 5\nX-RateLimit-Remaining: 2\nX-RateLimit-Reset-After: 1.337\n\n{\"message\": \"You are being rate limited.\", \"global\": false}",
			RateLimit, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
		})
	}
}
