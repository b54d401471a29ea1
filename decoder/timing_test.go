package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// timingClock is the decoder clock of the timing tests: a Thursday in January (no daylight
// saving anywhere north of the equator).
var timingClock = time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)

func timingDecoder() *Decoder { return New(WithClock(func() time.Time { return timingClock })) }

const geminiQuota = `google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota, please check your plan and billing details.', 'status': 'RESOURCE_EXHAUSTED', 'details': [{'@type': 'type.googleapis.com/google.rpc.QuotaFailure', 'violations': [{'quotaMetric': 'generativelanguage.googleapis.com/generate_content_free_tier_requests', 'quotaId': 'QUOTA_ID'}]}]}}`

// The window is read from quota ids, header names and wording.
func TestLimitWindow(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Gemini per-day quota id", replace(geminiQuota, "QUOTA_ID", "GenerateRequestsPerDayPerProjectPerModel-FreeTier"), "day"},
		{"Gemini per-minute quota id", replace(geminiQuota, "QUOTA_ID", "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"), "minute"},
		{"OpenAI TPM", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 14567, Requested 24754. Please try again in 18.642s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}", "minute"},
		{"Groq RPM", `{"error":{"message":"Rate limit reached for model ` + "`llama-3.3-70b-versatile`" + ` in organization ` + "`org_x`" + ` service tier ` + "`on_demand`" + ` on requests per minute (RPM): Limit 30, Used 30, Requested 1. Please try again in 2s.","type":"requests","code":"rate_limit_exceeded"}}`, "minute"},
		{"Groq TPD", "429 Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try again in 9m38.016s.", "day"},
		{"a code that names the day", `{"error":{"message":"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day","code":429}}`, "day"},
		{"OpenAI token header ran out", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-requests: 499\nx-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: 6m0s\n\n{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}", "minute"},
		{"Groq request header ran out: per day", "HTTP/1.1 429 Too Many Requests\nx-groq-region: us\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 2m59.56s\n\n{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}\n(api.groq.com)", "day"},
		{"Anthropic headers", "HTTP/1.1 429 Too Many Requests\nanthropic-ratelimit-input-tokens-remaining: 0\nanthropic-ratelimit-input-tokens-reset: 2026-01-15T09:00:30Z\n\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"}}", "minute"},
		{"no window said", "HTTP/1.1 429 Too Many Requests\n\n{\"error\":{\"message\":\"Too many requests\"}}", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, timingDecoder().Decode(tc.in).LimitWindow)
		})
	}
}

// Resets in every form, counted from the paste's Date header or else the clock.
func TestResetAt(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"duration header", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: 6m0s\n\n{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}", "2026-01-15T09:06:00Z"},
		{"milliseconds header, rounded up", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 59ms\n\n{\"error\":{\"message\":\"Rate limit reached\",\"code\":\"rate_limit_exceeded\"}}", "2026-01-15T09:00:01Z"},
		{"RFC 3339 header, from the Date header", "HTTP/1.1 429 Too Many Requests\ndate: Thu, 15 Jan 2026 08:59:00 GMT\nanthropic-ratelimit-tokens-remaining: 0\nanthropic-ratelimit-tokens-reset: 2026-01-15T09:00:00Z\n\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"}}", "2026-01-15T09:00:00Z"},
		{"the latest of several exhausted limits", "HTTP/1.1 429 Too Many Requests\nanthropic-ratelimit-requests-remaining: 0\nanthropic-ratelimit-requests-reset: 2026-01-15T09:00:05Z\nanthropic-ratelimit-tokens-remaining: 0\nanthropic-ratelimit-tokens-reset: 2026-01-15T09:00:40Z\n\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Rate limited\"}}", "2026-01-15T09:00:40Z"},
		{"epoch seconds header", "HTTP/1.1 403 Forbidden\nDate: Tue, 20 Aug 2013 14:50:41 GMT\nX-RateLimit-Limit: 60\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1377013266\n\n{\"message\": \"API rate limit exceeded\"}", "2013-08-20T15:41:06Z"},
		{"Retry-After as an epoch", "HTTP/1.1 429 Too Many Requests\nRetry-After: 1768467900\n\n{\"error\":{\"message\":\"Too many requests\"}}", "2026-01-15T09:05:00Z"},
		{"words: resets in 3h 12m", `{"error":{"message":"Rate limit exceeded. Your limit resets in 3h 12m.","code":"rate_limit_exceeded"}}`, "2026-01-15T12:12:00Z"},
		{"words: try again at 14:05 (the clock's zone)", "API Error: 429 usage limit reached, try again at 14:05", "2026-01-15T14:05:00Z"},
		{"words: a time with its zone, CET in winter", "Claude usage limit reached. Your limit will reset at 2pm (Europe/Berlin).", "2026-01-15T13:00:00Z"},
		{"words: a time already past today is tomorrow's", "You've hit your limit · resets 3am (America/New_York)", "2026-01-16T08:00:00Z"},
		{"words: a zone not known gives no time", "Claude usage limit reached. Your limit will reset at 2pm (Mars/Olympus).", ""},
		{"an epoch after a usage-limit line", "Claude AI usage limit reached|1768492800", "2026-01-15T16:00:00Z"},
		{"Google's per-day quota: midnight Pacific", replace(geminiQuota, "QUOTA_ID", "GenerateRequestsPerDayPerProjectPerModel-FreeTier"), "2026-01-16T08:00:00Z"},
		{"an epoch decades away is no reset", "HTTP/1.1 429 Too Many Requests\nRetry-After: 4102444800\n\n{\"error\":{\"message\":\"Too many requests\"}}", ""},
		{"an epoch already past on the clock is still the paste's reset", "Claude AI usage limit reached|1755615600", "2025-08-19T15:00:00Z"},
		{"an epoch before the paste's own Date is no reset", "HTTP/1.1 429 Too Many Requests\ndate: Thu, 15 Jan 2026 08:59:00 GMT\n\nClaude AI usage limit reached|1755615600", ""},
		{"a date and time with its zone, wrapped", "API Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"You\n    have reached your specified API usage limits. You will regain access on 2026-02-01 at\n    00:00 UTC.\"}}", "2026-02-01T00:00:00Z"},
		{"a month, day and year", "Claude usage limit reached. Your limit resets on Feb 3, 2026 at 5:00 PM (America/New_York).", "2026-02-03T22:00:00Z"},
		{"the exhausted limit's reset, later than Retry-After (an Elixir map)", `{:ok, %Req.Response{status: 429, headers: %{"anthropic-ratelimit-input-tokens-remaining" => ["0"], "anthropic-ratelimit-input-tokens-reset" => ["2025-04-30T13:32:11Z"], "anthropic-ratelimit-requests-remaining" => ["1000"], "anthropic-ratelimit-requests-reset" => ["2025-04-30T13:31:10Z"], "date" => ["Wed, 30 Apr 2025 13:31:10 GMT"], "retry-after" => ["4"]}}}`, "2025-04-30T13:32:11Z"},
		{"a reset-date header beside a wait in seconds", `{'Date': 'Tue, 17 Sep 2019 09:56:32 GMT', 'Content-Type': 'application/json', 'x-rate-limit-reset-date': '2019-10-12T00:27:49.018Z', 'x-rate-limit-remaining-request-per-minute': '9', 'x-rate-limit-retry-after-seconds': '2125876'}`, "2019-10-12T00:27:50Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := timingDecoder().Decode(tc.in)
			assert.Equal(t, tc.want, r.ResetAt, "%v", r.Evidence)
			assert.GreaterOrEqual(t, r.RetryAfterMS, int64(0))
			assert.LessOrEqual(t, r.RetryAfterMS, int64(maxResetMS))
		})
	}
}

// The category follows what waiting does; a request over its whole limit never fits.
func TestTimingCategory(t *testing.T) {
	for _, tc := range []struct {
		name, in  string
		cat       Category
		retryable bool
		window    string
	}{
		{"a daily allowance that refills: rate_limit, window day",
			"groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model `llama-3.1-8b-instant` in organization `org_x` service tier `on_demand` on tokens per day (TPD): Limit 500000, Used 499990, Requested 120. Please try again in 8.64s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
			RateLimit, true, "day"},
		{"an allowance that resets at a set time: quota",
			"⎿  API Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"You've hit your limit · resets 3pm (Europe/London)\"}}",
			Quota, false, ""},
		{"limit 0: quota",
			"429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current quota. * Quota exceeded for metric: generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro', 'status': 'RESOURCE_EXHAUSTED'}}",
			Quota, false, ""},
		{"Groq: a request over tokens per minute",
			"Error code: 413 - {'error': {'message': 'Request too large for model `llama-3.1-70b-versatile` in organization `org_x` on tokens per minute (TPM): Limit 6000, Requested 14368, please reduce your message size and try again.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
			RateLimit, false, "minute"},
		{"a day's quota resetting at midnight Pacific, whatever shorter wait RetryInfo asks",
			replace(geminiQuota, "QUOTA_ID'}", "GenerateRequestsPerDayPerProjectPerModel-FreeTier'}, {'quotaId': 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier'}, {'@type': 'type.googleapis.com/google.rpc.RetryInfo', 'retryDelay': '47s'}"),
			Quota, false, "day"},
		{"Google's quota_limit_value 0: quota",
			"429 Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com'. [reason: \"RATE_LIMIT_EXCEEDED\"\nmetadata {\n  key: \"quota_limit_value\"\n  value: \"0\"\n}\n]",
			Quota, false, "minute"},
		{"quota_limit_value 10 is a limit", `{"error":{"code":429,"message":"Quota exceeded for quota metric 'requests per minute'","status":"RESOURCE_EXHAUSTED","details":[{"metadata":{"quota_limit_value":"10"}}]}}`,
			RateLimit, true, "minute"},
		{"a wait of weeks: a month's allowance, not the per-minute limit named beside it",
			`{'Date': 'Tue, 17 Sep 2019 09:56:32 GMT', 'x-rate-limit-remaining-request-per-minute': '9', 'x-rate-limit-retry-after-seconds': '2125876'}`,
			Quota, false, "month"},
		{"a monthly allowance in words: quota, window month",
			"You've reached your monthly chat messages limit. Upgrade to Copilot Pro (30-day free trial) or wait until January 17, 2025 for your limit to reset.",
			Quota, false, "month"},
		{"OpenAI: a request over tokens per minute, though it says try again",
			"openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 0, Requested 44754. Please try again in 1m28s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
			RateLimit, false, "minute"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := timingDecoder().Decode(tc.in)
			assert.Equal(t, tc.cat, r.Category, "%v", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable)
			assert.Equal(t, tc.window, r.LimitWindow)
		})
	}
}

// A request over its whole limit: the fix says by how much to shrink it.
func TestNeverFitsSaysHowMuch(t *testing.T) {
	r := timingDecoder().Decode("Error code: 413 - {'error': {'message': 'Request too large for model `llama-3.1-70b-versatile` in organization `org_x` on tokens per minute (TPM): Limit 6000, Requested 14368, please reduce your message size and try again.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}")
	assert.Contains(t, r.Fix, "Cut at least 8,368 tokens")
	assert.Equal(t, "Fix the request first: it alone is larger than the whole limit.", r.Verdict)
}

// The verdict uses the reset and the window.
func TestVerdictUsesReset(t *testing.T) {
	r := timingDecoder().Decode("Claude usage limit reached. Your limit will reset at 2pm (Europe/Berlin).")
	require.Equal(t, "2026-01-15T13:00:00Z", r.ResetAt)
	assert.Equal(t, "Not before the limit resets at 13:00:00 UTC (in 4 h).", r.Verdict)
	r = timingDecoder().Decode("Claude AI usage limit reached|1768492800. You have reached your daily limit.")
	assert.Equal(t, "Not before the daily limit resets at 16:00:00 UTC (in 7 h).", r.Verdict)
}

func TestZones(t *testing.T) {
	for _, tc := range []struct {
		zone string
		ref  time.Time
		h, m int
		want string
	}{
		{"Europe/Berlin", time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC), 14, 0, "2026-07-01T12:00:00Z"},
		{"Europe/Berlin", time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC), 14, 0, "2026-01-01T13:00:00Z"},
		{"America/Los_Angeles", time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC), 0, 0, "2026-07-02T07:00:00Z"},
		{"America/Los_Angeles", time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC), 0, 0, "2026-01-02T08:00:00Z"},
		{"Australia/Sydney", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 14, 0, "2026-01-01T03:00:00Z"},
		{"Asia/Kolkata", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 14, 0, "2026-01-01T08:30:00Z"},
		{"UTC+8", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 2, 14, "2026-01-01T18:14:00Z"},
		{"GMT-05:00", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 9, 0, "2026-01-01T14:00:00Z"},
	} {
		z, ok := zoneNamed(tc.zone)
		require.True(t, ok, tc.zone)
		assert.Equal(t, tc.want, rfc3339(z.nextLocal(tc.ref, tc.h, tc.m)), tc.zone)
	}
}

func TestReadClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		h, m int
		ok   bool
	}{
		{"14:05", 14, 5, true}, {"2pm", 14, 0, true}, {"2:30 pm", 14, 30, true}, {"12am", 0, 0, true},
		{"2:14 AM GMT+8", 2, 14, true}, {"3 times", 0, 0, false}, {"25:00", 0, 0, false}, {"13pm", 0, 0, false},
	} {
		h, m, _, ok := readClock(tc.in)
		assert.Equal(t, tc.ok, ok, tc.in)
		if tc.ok {
			assert.Equal(t, [2]int{tc.h, tc.m}, [2]int{h, m}, tc.in)
		}
	}
}

func replace(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}
