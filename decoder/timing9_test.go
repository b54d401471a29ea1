package decoder

import (
	"math/rand"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Waits, windows and resets in the forms the standards, the services' documentation and
// their client libraries write them (issue 15), decoded on a fixed clock: the time formats,
// the window words and acronyms in several languages, rate-limit headers printed as
// name=value, and what the window and the wait make of the category.
func TestTiming9Families(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		waitMS   int64
		reset    string
		window   string
	}{
		// RFC 9110 §5.6.7's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form of
		// Retry-After's HTTP-date, written in a sentence: the server's own instant to retry
		// at, the end of a wait rather than an allowance's set reset.
		{"an HTTP date in prose",
			"HTTP/1.1 429 Too Many Requests\n\nToo many requests. Please try again after Wed, 09 Dec 2026 10:00:00 GMT.",
			RateLimit, 0, "2026-12-09T10:00:00Z", ""},
		{"an HTTP date in prose, the weekday written whole",
			"status 429: slow down, retry after Tuesday, 08 Dec 2026 06:30:15 GMT",
			RateLimit, 0, "2026-12-08T06:30:15Z", ""},
		// ECMA-262's Date.prototype.toString: "Tue Dec 08 2026 10:15:00 GMT+0100 (Central
		// European Standard Time)", a JavaScript server's reset printed as it comes.
		{"a JavaScript Date string with an offset",
			"429 Rate limit exceeded. Remaining (req/min): 0. Resets at Tue Dec 08 2026 10:15:00 GMT+0100 (Central European Standard Time)",
			RateLimit, 0, "2026-12-08T09:15:00Z", "minute"},
		// A label's colon before the instant, as a limiter's template writes it; a reset at
		// a set time with no wait asked is an allowance's (timing.go), whichever status.
		{"a reset after a label's colon",
			"HTTP 429: rate limit exceeded. Limit resets at: 2026-12-07 05:00:00 UTC",
			Quota, 0, "2026-12-07T05:00:00Z", ""},
		// An epoch in a reset field of JSON escaped inside a JSON string.
		// A Claude plan's limit (exceeded_limit) is a quota: it resets at resetsAt, not after a short wait.
		{"an epoch in an escaped JSON reset field",
			`{"type":"error","error":{"type":"rate_limit_error","message":"{\"type\": \"exceeded_limit\", \"resetsAt\": 1796700000}"}}`,
			Quota, 0, "2026-12-08T03:20:00Z", ""},
		// The rate acronyms bare: "TPM limit reached", Alibaba Cloud's
		// Throttling.User QPS ("queries per second"), OpenAI's RPD.
		{"TPM limit",
			"Error code: 429 - Request was rejected due to rate limiting. TPM limit reached.", RateLimit, 0, "", "minute"},
		{"QPS limit",
			"HTTP 429 Throttling: QPS limit exceeded for this API key", RateLimit, 0, "", "second"},
		// A rate's unit after the counted noun: "req/min", "requests / 5h", "requests in 1 week".
		{"requests over five hours",
			"HTTP 429 {\"error\":{\"message\":\"Free allowance used (50 requests / 5h). Try again in 2h 10m.\"}}",
			Quota, 7800000, "2026-12-07T02:10:00Z", "hour"},
		{"requests in one week, no status",
			"You have exceeded the limit of 10 requests in 1 week.", Quota, 0, "", "week"},
		// Windows and waits in other languages.
		{"Chinese per-minute limit",
			"HTTP 429: 每分钟请求次数超过限制，请在30秒后重试", RateLimit, 30000, "2026-12-07T00:00:30Z", "minute"},
		{"Polish per-hour limit and wait",
			"Przekroczono limit 100 zapytań na godzinę. Spróbuj ponownie po 120 sekundach.", RateLimit, 120000, "2026-12-07T00:02:00Z", "hour"},
		{"German wait",
			"429 Zu viele Anfragen. Bitte versuchen Sie es in 30 Sekunden erneut.", RateLimit, 30000, "2026-12-07T00:00:30Z", ""},
		{"Spanish wait and window",
			"Demasiadas solicitudes: límite de 60 por minuto. Inténtelo de nuevo en 2 minutos.", RateLimit, 120000, "2026-12-07T00:02:00Z", "minute"},
		// HubSpot's policies (https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines).
		{"HubSpot's secondly limit",
			`{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","policyName":"SECONDLY"}`,
			RateLimit, 0, "", "second"},
		// Supabase Auth's email sending is limited per hour
		// (https://supabase.com/docs/guides/auth/rate-limits).
		{"Supabase's hourly email limit",
			`{"code":"over_sms_send_rate_limit","message":"sms rate limit exceeded"}`, RateLimit, 0, "", "hour"},
		// A limit no entry places, named by its window: what waiting does decides its kind.
		{"an hourly limit with a short wait",
			"Your hourly limit is reached; retry in 20 minutes.", RateLimit, 1200000, "2026-12-07T00:20:00Z", "hour"},
		{"a weekly allowance with no wait",
			"You've used your weekly allowance of agent runs.", Quota, 0, "", "week"},
		// The general wording's quota offer ("upgrade your plan") beside a short wait.
		{"upgrade or wait a few seconds",
			"You've hit your rate limit. Upgrade your plan or wait 10 seconds for your limit to reset.", RateLimit, 10000, "2026-12-07T00:00:10Z", ""},
		{"upgrade with no wait stays a quota",
			"You've reached your plan's limit. Upgrade your plan to continue.", Quota, 0, "", ""},
		// Rate-limit headers printed name=value, one to a line (logfmt).
		{"name=value rate-limit headers",
			"anthropic-ratelimit-unified-7d-status=rejected\nretry-after=7200   (2h)",
			Quota, 7200000, "2026-12-07T02:00:00Z", "week"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms; evidence: %v", r.Evidence)
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at; evidence: %v", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window; evidence: %v", r.Evidence)
		})
	}
}

// A window named in passing by an error that is no limit names no limit: a 400's
// parameter, a key=value pair that is no rate-limit header.
func TestTiming9NoLimitNamed(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"a 400 about a per-minute setting", "HTTP/1.1 400 Bad Request\n\n{\"error\":\"invalid value for max_requests_per_minute\"}",
			"", 400, "", InvalidRequest, false},
	})
	r := Decode("GET /v1/items?retry-after=30&page=2 returned 404 Not Found")
	assert.Zero(t, r.RetryAfterMS, "a URL's query is no header; evidence: %v", r.Evidence)
}

// Retry-After as an epoch, an epoch in milliseconds or an HTTP date, whatever its year,
// and the same instants after "try again after", never become a wait of decades or a
// negative one, nor a reset more than a year from the clock.
func TestTiming9InstantsNeverDecades(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return clock }))
	rng := rand.New(rand.NewSource(15))
	for i := 0; i < 400; i++ {
		at := time.Unix(rng.Int63n(10_000_000_000), 0).UTC() // 1970 to 2286
		if i%4 == 0 {                                        // and near the clock, where the instant is a real wait
			at = clock.Add(time.Duration(rng.Int63n(int64(48*time.Hour))) - 24*time.Hour)
		}
		httpDate := at.Format(time.RFC1123)
		for _, in := range []string{
			"HTTP/1.1 429 Too Many Requests\nRetry-After: " + strconv.FormatInt(at.Unix(), 10) + "\n\n{}",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: " + strconv.FormatInt(at.UnixMilli(), 10) + "\n\n{}",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: " + httpDate + "\n\n{}",
			"HTTP/1.1 429 Too Many Requests\n\nPlease try again after " + httpDate + ".",
			"429 rate limit exceeded, resets at " + at.Format("Mon Jan 02 2006 15:04:05 GMT-0700 (MST)"),
		} {
			r := d.Decode(in)
			assert.GreaterOrEqual(t, r.RetryAfterMS, int64(0), "%s", in)
			assert.LessOrEqual(t, r.RetryAfterMS, int64(maxResetMS), "%s", in)
			if r.ResetAt == "" {
				continue
			}
			rs, err := time.Parse(time.RFC3339, r.ResetAt)
			if assert.NoError(t, err, in) {
				assert.LessOrEqual(t, rs.Sub(clock), time.Duration(maxResetMS)*time.Millisecond, "%s gives reset %s", in, r.ResetAt)
				assert.GreaterOrEqual(t, rs.Year(), 2000, "%s gives reset %s", in, r.ResetAt)
			}
		}
	}
}
