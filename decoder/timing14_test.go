package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func decodeAtTiming14(in string) Result {
	return New(WithClock(func() time.Time { return timing13Clock })).Decode(in)
}

// Windows of the rate-limit family (issue 15, session 14): a rate acronym with its count
// glued to it (OpenAI's tier names), a body field naming the window, the day's allowance
// named by its possessive, Brave's listed X-RateLimit fields and its documented errors.
func TestTiming14Windows(t *testing.T) {
	const brave = "HTTP/1.1 429 Too Many Requests\nDate: Mon, 07 Dec 2026 10:00:00 GMT\n" +
		"X-RateLimit-Limit: 20, 20000\nX-RateLimit-Policy: 20;w=1, 20000;w=2592000\n"
	for _, tc := range []struct {
		name, in, window string
	}{
		// OpenAI names an organization's tier by its per-minute limits, counts glued on
		// (platform.openai.com/docs/guides/rate-limits).
		{"a tier of glued counts", "Rate limit reached for 40KTPM-500RPM in organization org-abc on tokens", "minute"},
		{"a glued count in thousands, lower case", "429 Too Many Requests on the 90kTPM-1kRPM tier", "minute"},
		{"a count glued after a letter is no count", "429 Too Many Requests: see the v2RPM-limit policy", ""},
		// A limiter's JSON that names its window as a field.
		{"a window field", `429 {"error": "rate_limited", "window": "minute", "limit": 60, "used": 60}`, "minute"},
		{"a window field as an adjective", `{"error": {"code": "quota_exceeded", "limit_window": "daily", "limit": 1000}}`, "day"},
		{"a period field", `429 {"message": "Too many requests", "period": "Hour"}`, "hour"},
		{"an interval written as a length is none", `429 {"error": "too_many_requests", "interval": "100s"}`, ""},
		// The day's allowance by its possessive, with either apostrophe.
		{"today's allowance", "429: You have used today's request allowance for this key.", "day"},
		{"today’s allowance", "Limit reached: all of today’s credits are used.", "day"},
		// Brave's listed fields (api-dashboard.search.brave.com, web-search/response-headers):
		// the item reading 0 is the limit run out, its policy's w its window.
		{"the listed second run out", brave + "X-RateLimit-Remaining: 0, 19000\nX-RateLimit-Reset: 1, 86400\n\nrate limited", "second"},
		{"the listed month run out", brave + "X-RateLimit-Remaining: 12, 0\nX-RateLimit-Reset: 1, 86400\n\nrate limited", "month"},
		{"lists of different lengths name none", "HTTP/1.1 429 Too Many Requests\nX-RateLimit-Policy: 20;w=1, 20000;w=2592000\nX-RateLimit-Remaining: 0\n\nrate limited", ""},
		// Brave's documented errors (api-dashboard.search.brave.com/api-reference/web/search/get):
		// the plan's rate is per second, its quota per month.
		{"Brave's rate limit", `{"type": "ErrorResponse", "error": {"code": "RATE_LIMITED", "detail": "Request rate limit exceeded for plan.", "status": 429, "meta": {"component": "rate_limiter"}}}`, "second"},
		{"Brave's quota", `{"type": "ErrorResponse", "error": {"code": "QUOTA_LIMITED", "detail": "Request quota limit exceeded for plan.", "status": 429}}`, "month"},
		// A rate's unit after "every" or "in a", and a calendar day.
		{"requests every minute", "429 Too Many Requests: you may send 100 requests every minute", "minute"},
		{"requests in a minute", "429 Too Many Requests: no more than 20 requests in a minute", "minute"},
		{"requests every 5 minutes name none", "429 Too Many Requests: at most 100 requests every 5 minutes", ""},
		{"per calendar day", "429 Too Many Requests: the limit of 50 requests per calendar day is reached", "day"},
		// Groq's audio limits (console.groq.com/docs/rate-limits): audio seconds per hour.
		{"audio seconds per day by acronym", "429 rate_limit_exceeded: ASD limit reached for whisper-large-v3: Limit 28800, Used 28790, Requested 30", "day"},
		{"another API's RATE_LIMITED is not Brave's", `HTTP/1.1 429 Too Many Requests` + "\n\n" + `{"error": {"code": "RATE_LIMITED", "message": "Too many requests"}}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming14(tc.in)
			assert.Equal(t, tc.window, r.LimitWindow, r.Evidence)
		})
	}
}

// Waits and resets of the same family: a listed reset field's item for the limit run out,
// a sentence "come back in", a body's reset_seconds, python-telegram-bot's RetryAfter.
func TestTiming14Waits(t *testing.T) {
	const brave = "HTTP/1.1 429 Too Many Requests\nDate: Mon, 07 Dec 2026 10:00:00 GMT\n" +
		"X-RateLimit-Limit: 20, 20000\nX-RateLimit-Policy: 20;w=1, 20000;w=2592000\n"
	for _, tc := range []struct {
		name, in, reset string
		waitMS          int64
		category        Category
		status          int
	}{
		{"the listed second's reset", brave + "X-RateLimit-Remaining: 0, 19000\nX-RateLimit-Reset: 1, 86400\n\nrate limited", "2026-12-07T10:00:01Z", 1000, RateLimit, 429},
		{"the listed month's reset", brave + "X-RateLimit-Remaining: 12, 0\nX-RateLimit-Reset: 1, 86400\n\nrate limited", "2026-12-08T10:00:00Z", 86400000, Quota, 429},
		{"come back in", "Daily limit reached. Come back in 2h 5m.", "", 7500000, "", 0},
		{"a body's reset_seconds", `429 {"error": {"code": "cooldown", "message": "every key is cooling down", "reset_seconds": 3600}}`, "", 3600000, "", 429},
		// A Japanese wait, its amount before the verb: "wait 30 seconds, then retry".
		{"a Japanese wait in seconds", "429 リクエストが多すぎます。30秒待ってから再試行してください。", "", 30000, RateLimit, 429},
		{"a Japanese wait in minutes, no status", "レート制限に達しました。5分待ってください。", "", 300000, RateLimit, 0},
		{"a Japanese wait with an English unit", "要求はレート制限されました。45 seconds を待ってから、もう一度お試しください。", "", 45000, RateLimit, 0},
		{"a Japanese wait with no amount is none", "429 しばらく待ってください。", "", 0, RateLimit, 429},
		// Reset instants under more field names.
		{"a reset_timestamp epoch", `429 {"error": {"message": "rate limited", "reset_timestamp": 1796774400}}`, "2026-12-09T00:00:00Z", 0, "", 429},
		{"a next_reset instant", `429 {"error": {"message": "rate limited", "next_reset": "2026-12-09T00:00:00Z"}}`, "2026-12-09T00:00:00Z", 0, "", 429},
		{"a retry_at instant", `429 {"error": {"message": "rate limited", "retry_at": "2026-12-07T00:30:00Z"}}`, "2026-12-07T00:30:00Z", 0, "", 429},
		// python-telegram-bot's RetryAfter (telegram/error.py): the Bot API's 429 flood control.
		{"python-telegram-bot's RetryAfter", "telegram.error.RetryAfter: Flood control exceeded. Retry in 12.0 seconds", "", 12000, RateLimit, 429},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := decodeAtTiming14(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, r.Evidence)
			if tc.reset != "" {
				assert.Equal(t, tc.reset, r.ResetAt, r.Evidence)
			}
			if tc.category != "" {
				assert.Equal(t, tc.category, r.Category, r.Evidence)
			}
			assert.Equal(t, tc.status, r.HTTPStatus, r.Evidence)
		})
	}
}
