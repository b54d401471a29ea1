package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Windows and resets of the stated-timing family (issue 15, session 8's rate limits that
// say when to retry or which window failed), in the forms the standards and the APIs'
// documentation write them, decoded on a fixed clock.
func TestTiming11Families(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		status   int
		reset    string
		window   string
	}{
		// draft-ietf-httpapi-ratelimit-headers-07 §5: RateLimit-Policy items "<quota>;w=<s>";
		// the fields report the policy whose quota is RateLimit-Limit.
		{"a RateLimit-Policy of one minute, used up",
			"HTTP/1.1 429 Too Many Requests\nRateLimit-Limit: 100\nRateLimit-Remaining: 0\nRateLimit-Reset: 50\nRateLimit-Policy: 100;w=60\n\n{}",
			RateLimit, 429, "", "minute"},
		{"of two policies, the one RateLimit-Limit reports",
			"HTTP/1.1 429 Too Many Requests\nRateLimit-Limit: 10\nRateLimit-Remaining: 0\nRateLimit-Reset: 1\nRateLimit-Policy: 10;w=1, 1000;w=3600\n\n{}",
			RateLimit, 429, "", "second"},
		{"a policy of 100 seconds names no window",
			"HTTP/1.1 429 Too Many Requests\nRateLimit-Limit: 100\nRateLimit-Remaining: 0\nRateLimit-Reset: 50\nRateLimit-Policy: 100;w=100\n\n{}",
			RateLimit, 429, "", ""},
		// draft-ietf-httpapi-ratelimit-headers-09 §4, §5: a named policy and the one RateLimit field.
		{"a named policy of a day, reported with r=0",
			"HTTP/1.1 429 Too Many Requests\nRateLimit-Policy: \"daily\";q=1000;w=86400\nRateLimit: \"daily\";r=0;t=3600\n\n{}",
			Quota, 429, "", "day"}, // a day's allowance asking no wait (timing.go)
		{"a named policy with some left names none",
			"HTTP/1.1 429 Too Many Requests\nRateLimit-Policy: \"daily\";q=1000;w=86400\nRateLimit: \"daily\";r=12;t=3600\n\n{}",
			RateLimit, 429, "", ""},
		// Binance's -1003 templates (developers.binance.com/docs/binance-spot-api-docs/errors):
		// "Too much request weight used; current limit is %s request weight per %s %s." and the
		// ban "Way too much request weight used; IP banned until %s." (milliseconds).
		{"Binance's request weight per 1 MINUTE",
			`{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}`,
			RateLimit, 429, "", "minute"},
		{"Binance's interval of 10 seconds names no window",
			`{"code":-1003,"msg":"Too much request weight used; current limit is 50 request weight per 10 SECOND."}`,
			RateLimit, 429, "", ""},
		{"Binance's ban until an epoch in milliseconds",
			`HTTP 418 I'm a teapot {"code":-1003,"msg":"Way too much request weight used; IP banned until 1797000000500. Please use WebSocket Streams for live updates to avoid bans."}`,
			RateLimit, 418, "2026-12-11T14:40:01Z", ""},
		{"a block until an epoch in seconds",
			"429 Too Many Requests: this client is blocked until 1797000000, slow down",
			RateLimit, 429, "2026-12-11T14:40:00Z", ""},
		// Etherscan (docs.etherscan.io/resources/rate-limits): "Max calls per sec rate limit reached (5/sec)".
		{"calls per sec",
			`{"status":"0","message":"NOTOK","result":"Max calls per sec rate limit reached (5/sec)"}`,
			RateLimit, 0, "", "second"},
		{"requests per 1 hour",
			"HTTP 429: you sent too many requests per 1 hour from this key",
			RateLimit, 429, "", "hour"},
		{"requests per 100 seconds names no window",
			"HTTP 429: rate limit exceeded, 1000 requests per 100 seconds per user",
			RateLimit, 429, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, r.Evidence)
			if tc.reset != "" {
				assert.Equal(t, tc.reset, r.ResetAt, r.Evidence)
			}
		})
	}
}

// Catalog knowledge of the family: a documented wording's status (status_worded), a
// service's wait that is the time until the request may be repeated however long
// (limits.wait_repeats), each written from the source the entry cites.
func TestTiming11Catalog(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		status   int
		waitMS   int64
		window   string
	}{
		// rest_framework/exceptions.py Throttled: 429, "Request was throttled." plus
		// "Expected available in {wait} seconds." (django-rest-framework.org/api-guide/throttling/).
		{"DRF's throttle, a long wait still a rate limit",
			`{"detail": "Request was throttled. Expected available in 50000 seconds."}`,
			RateLimit, 429, 50000000, ""},
		{"DRF's throttle, a short wait",
			`{"detail":"Request was throttled. Expected available in 12 seconds."}`,
			RateLimit, 429, 12000, ""},
		// shopify.dev/docs/api/usage/rate-limits: the REST Admin API's 429 body.
		{"Shopify's REST throttle with its status",
			`{"errors":"Exceeded 4 calls per second for api client. Reduce request rates to resume uninterrupted service."}`,
			RateLimit, 429, 0, "second"},
		// Go's net/http StatusTeapot text, with which Binance answers a banned IP.
		{"418 I'm a teapot is read as a status",
			`binance 418 I'm a teapot {"code":-1003,"msg":"Way too many requests; IP banned until 1797000000000."}`,
			RateLimit, 418, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, r.Evidence)
		})
	}
}

// A negative code keeps its sign when codes are compared (normCode, appendNorm): Binance's
// -1003 (developers.binance.com/docs/binance-spot-api-docs/errors) is not Cloudflare's 1003
// (developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/).
func TestNegativeCodesKeepTheirSign(t *testing.T) {
	for _, tc := range []struct{ in, entry string }{
		{`{"code":-1003,"msg":"Too many requests queued."}`, "binance-too-many-requests"},
		{`{"code":1003,"message":"Direct IP access not allowed"}`, "cloudflare-1003"},
		{`APIError(code=-1003): Too much request weight used; current limit is 1200 request weight per 1 MINUTE.`, "binance-too-many-requests"},
	} {
		r := Decode(tc.in)
		assert.Equal(t, tc.entry, r.Entry, tc.in)
	}
	assert.Equal(t, "-1003", normCode("-1003"))
	assert.Equal(t, "1003", normCode("1003"))
	assert.Equal(t, "ratelimit", normCode("-rate-limit"))
	assert.Equal(t, normCode("-1003"), string(appendNorm(nil, "-1003")))
}

// Where the message and a RetryInfo both state the wait, the message's figure counts: the
// RetryInfo retryDelay (google.rpc.RetryInfo, a Duration the Gemini API writes in whole
// seconds) truncates the message's "Please retry in 36.429760048s" (ai.google.dev/gemini-api/docs/troubleshooting).
// A sentence stating another wait does not replace it.
func TestMessageWaitOverTruncatedRetryInfo(t *testing.T) {
	body := func(msg, delay string) string {
		return `{"error": {"code": 429, "message": "` + msg + `", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "` + delay + `"}]}}`
	}
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		{"the message's fraction", body("Resource has been exhausted. Please retry in 7.123456s.", "7s"), 7124},
		{"the message's whole seconds", body("Resource has been exhausted. Please retry in 12s.", "12s"), 12000},
		{"another wait in the message", body("Resource has been exhausted. Please retry in 30.5s.", "7s"), 7000},
		{"a RetryInfo with a fraction of its own", body("Resource has been exhausted. Please retry in 7.9s.", "7.5s"), 7500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.waitMS, Decode(tc.in).RetryAfterMS)
		})
	}
}
