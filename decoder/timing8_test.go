package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Waits, windows and resets as the services' own documentation and client libraries write
// them (issue 15), decoded on a fixed clock.
func TestTiming8Families(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		at       time.Time // the decoder's clock; zero: clock
		category Category
		waitMS   int64
		reset    string
		window   string
	}{
		// Discord: "X-RateLimit-Reset: Epoch time (seconds since 00:00:00 UTC on January 1,
		// 1970) at which the rate limit resets", its example 1470173023.123; the body's
		// retry_after is seconds (https://discord.com/developers/docs/topics/rate-limits).
		{"discord fractional epoch reset beside retry_after",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: 5\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1470173023.123\nX-RateLimit-Reset-After: 1.337\n\n{\"message\": \"You are being rate limited.\", \"retry_after\": 1.337, \"global\": false}",
			time.Date(2016, 8, 2, 21, 23, 20, 0, time.UTC), RateLimit, 1337, "2016-08-02T21:23:44Z", ""},
		{"a fractional epoch already past: the reset still, no wait from it",
			"HTTP/1.1 429 Too Many Requests\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1470173023.5",
			time.Time{}, RateLimit, 0, "2016-08-02T21:23:44Z", ""},
		// GitHub: "If you exceed your primary rate limit, you will receive a 403 or 429
		// response"; its documented body "API rate limit exceeded for xxx.xxx.xxx.xxx. (But
		// here's the good news: ...)"; 60 requests per hour unauthenticated, 5,000 per hour
		// for a user, a GitHub App installation's at least 5,000 per hour
		// (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api).
		{"github unauthenticated primary limit, no status",
			"API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
			time.Time{}, RateLimit, 0, "", "hour"},
		{"github primary limit for a user, as 403",
			"HTTP/2 403\n\n{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}",
			time.Time{}, RateLimit, 0, "", "hour"},
		// go-github's RateLimitError prints the time left to x-ratelimit-reset as "[rate
		// reset in 12m30s]" (formatRateReset); the hourly limit resets within the hour.
		{"go-github's rate reset in",
			"GET https://api.github.com/user/repos: 403 API rate limit exceeded for user ID 1. [rate reset in 12m30s]",
			time.Time{}, RateLimit, 750000, "2026-12-07T00:12:30Z", "hour"},
		// PyGithub's GithubRetry logs the wait to x-ratelimit-reset as str(timedelta):
		// "Reset occurs in {str(delta)} ({value} / {reset})".
		{"PyGithub's timedelta, rounded up",
			"INFO - Response body indicates retry-able error: You have exceeded a secondary rate limit.\nINFO - Reset occurs in 0:01:30.000001 (1796601690 / 2026-12-07 00:01:30+00:00)",
			time.Time{}, RateLimit, 90001, "2026-12-07T00:01:31Z", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := clock
			if !tc.at.IsZero() {
				at = tc.at
			}
			r := New(WithClock(func() time.Time { return at })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms; evidence: %v", r.Evidence)
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at; evidence: %v", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window; evidence: %v", r.Evidence)
		})
	}
}

// A fractional epoch in Retry-After or a reset header is bounded like a whole one: never a
// wait of decades, never a negative one, never a reset before the paste's Date.
func TestFractionalEpochBounds(t *testing.T) {
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return ref }))
	for _, v := range []string{"1767225600.5", "1767225599.999", "9999999999.9", "1000000000.1", "1767225600.1234567890", "1767225600."} {
		r := d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nretry-after: " + v +
			"\nx-ratelimit-remaining: 0\nx-ratelimit-reset: " + v + "\n\n{\"message\": \"You are being rate limited.\"}")
		checkResetBounds(t, r, ref, v, v)
	}
}

func TestReadTimedelta(t *testing.T) {
	for _, tc := range []struct {
		in   string
		ms   int64
		used int
		ok   bool
	}{
		{"0:00:59.473329 (1678352742", 59474, 14, true},
		{"0:00:59", 59000, 7, true},
		{"12:30:00.5", 45000500, 10, true},
		{"2 days, 0:00:01", 0, 0, false}, // a day or more: a quota's reset, not PyGithub's wait
		{"0:00:00.000001", 1, 14, true},
		{"0:61:00", 0, 0, false},
		{"12:30", 0, 0, false},
		{"1:02:03:04", 0, 0, false},
		{"123:00:00", 0, 0, false},
	} {
		ms, used, ok := readTimedelta(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		assert.Equal(t, tc.ms, ms, tc.in)
		assert.Equal(t, tc.used, used, tc.in)
	}
}

// Windows named by an adjective of period qualifying the allowance a few words on, by the
// headers of a plan's unified limits, and the general wording of a day's or a week's
// allowance used up (RFC 6585's 429 leaves the policy to the server: the words say it).
func TestTiming8Windows(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		category Category
		retry    bool
		window   string
	}{
		{"daily with the count between", "Daily request 500 limit exceeded. Please try again tomorrow.", Quota, false, "day"},
		{"daily usage limit, come back tomorrow", "You've reached your daily usage limit. Please come back tomorrow.", Quota, false, "day"},
		{"weekly usage limit", "You have reached your weekly usage limit. Upgrade your plan for more.", Quota, false, "week"},
		{"monthly token quota", "HTTP 429: monthly token quota exceeded for this key", Quota, false, "month"},
		{"hourly request cap on a 429", "HTTP/1.1 429 Too Many Requests\n\n{\"error\": \"Hourly request cap reached, slow down\"}", RateLimit, true, "hour"},
		{"daily said of something else names no window", "HTTP/1.1 429 Too Many Requests\n\nThe daily reports job hit the rate limit", RateLimit, true, ""},
		{"daily across a sentence names no window", "HTTP/1.1 429 Too Many Requests\n\nSync runs daily. Rate limit exceeded.", RateLimit, true, ""},
		// Claude subscriptions report each window of the plan's allowance in its own header,
		// anthropic-ratelimit-unified-5h-status and -7d-status: allowed, allowed_warning or
		// rejected (https://support.claude.com/en/articles/11145838: a 5-hour session and
		// weekly limits).
		{"unified 7d rejected", "anthropic-ratelimit-unified-status: rejected\nanthropic-ratelimit-unified-5h-status: allowed\nanthropic-ratelimit-unified-7d-status: rejected", Quota, false, "week"},
		{"unified 5h rejected", "anthropic-ratelimit-unified-status: rejected\nanthropic-ratelimit-unified-5h-status: rejected\nanthropic-ratelimit-unified-7d-status: allowed_warning", Quota, false, "hour"},
		{"unified both rejected: the longer", "anthropic-ratelimit-unified-status: rejected\nanthropic-ratelimit-unified-5h-status: rejected\nanthropic-ratelimit-unified-7d-status: rejected", Quota, false, "week"},
		// Claude Code's notice of the plan's session limit, "Session limit reached ∙ resets
		// <time>": its code names the five_hour limit "session limit" (the rateLimitType map
		// of npm @anthropic-ai/claude-code 2.0.77 and 2.1.197), so the window is the hour's.
		{"claude code session notice", "Session limit reached ∙ resets 8pm", Quota, false, "hour"},
		{"claude code weekly notice keeps its entry's window", "Weekly limit reached · resets 10am (Asia/Seoul)", Quota, false, "week"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC) })).Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable; evidence: %v", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window; evidence: %v", r.Evidence)
		})
	}
}

func TestPeriodMinutes(t *testing.T) {
	for seg, want := range map[string]int{"5h": 300, "7d": 10080, "7d_opus": 10080, "1m": 1, "2w": 20160,
		"unified": 0, "h": 0, "5": 0, "5hh": 0, "status": 0, "1234d": 0} {
		assert.Equal(t, want, periodMinutes(seg), seg)
	}
}

// The answers of the families the stated-wait pastes fell into, from the services' docs.
func TestTiming8Answers(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Z.ai: 1305 "The service may be temporarily overloaded, please try again later"
		// (https://docs.z.ai/api-reference/api-code; BigModel: 该模型当前访问量过大): the
		// platform's load, not the account's limit.
		{"zhipu 1305 is the platform's load", `{"error":{"code":"1305","message":"The service may be temporarily overloaded, please try again later"}}`, "zhipu", 429, "1305", Overloaded, true},
		// Moonshot: 429 rate_limit_reached_error "Your account {uid}<{ak-id}> request reached
		// max request: {RPM}, please try again after {time} seconds"
		// (https://platform.moonshot.ai/docs/api/chat#error-explanation).
		{"moonshot max request, its type mangled", "Error code: 429 - Your account cn1234<ak-abc> request reached max request: 3, please try again after 1 seconds", "moonshot", 429, "", RateLimit, true},
		{"moonshot max concurrency", "Error code: 429 - Your account cn1234<ak-abc> request reached max concurrency: 1, please try again after 1 seconds", "moonshot", 429, "", RateLimit, true},
		// Gemini API: a 429 RESOURCE_EXHAUSTED is its rate limit, retryable after slowing down,
		// unless a per-day quota id or "limit: 0" says otherwise; its message "You exceeded
		// your current quota" in a google.rpc.Status body with RetryInfo
		// (https://ai.google.dev/gemini-api/docs/troubleshooting,
		// https://ai.google.dev/gemini-api/docs/rate-limits).
		{"gemini 429 body, message cut short", `{"error":{"code":429,"message":"You exceeded your current quota... Please retry in 20.5s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"20s"}]}}`, "gemini", 429, "RESOURCE_EXHAUSTED", RateLimit, true},
		{"gemini's message with its docs link, no status", "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.", "gemini", 429, "", RateLimit, true},
		{"gemini per-day id stays a quota", "You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.\n* Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro", "gemini", 429, "", Quota, false},
		{"openai's insufficient_quota stays openai's", "Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", "openai", 429, "insufficient_quota", Quota, false},
		// GitHub Copilot Chat: "Sorry, your request was rate-limited. Please wait N minutes
		// before trying again", in a localised wording too
		// (https://docs.github.com/en/copilot/concepts/rate-limits).
		{"copilot chat speed limited", "Sorry, your request was speed limited. Please wait 5 minutes before trying again.", "", 0, "", RateLimit, true},
	})
}
