package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Reset forms as the providers document them, decoded on a fixed clock: an instant the
// paste states stands wherever the clock is (before it: no wait; decades away: nothing),
// a number too small to be an epoch is seconds to wait.
func TestResetInstants(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in   string
		at         time.Time // the decoder's clock; zero: clock
		waitMS     int64
		reset      string
		limitWinow string
	}{
		// Anthropic: "anthropic-ratelimit-input-tokens-reset: The time when the input token
		// rate limit will be fully replenished, provided in RFC 3339 format"; retry-after is
		// seconds. The exhausted limit's instant is the reset, not the clock plus the wait.
		{"anthropic RFC 3339 reset beside retry-after", "status: 429\nanthropic-ratelimit-input-tokens-remaining: 0\nanthropic-ratelimit-input-tokens-reset: 2025-06-02T15:15:48Z\nanthropic-ratelimit-requests-remaining: 4000\nanthropic-ratelimit-requests-reset: 2025-06-02T15:14:45Z\nretry-after: 16",
			time.Time{}, 16000, "2025-06-02T15:15:48Z", "minute"},
		// GitHub: "x-ratelimit-reset: The time at which the current rate limit window resets,
		// in UTC epoch seconds".
		{"github epoch, clock before it", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-limit: 5000\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 1476480538",
			time.Date(2016, 10, 14, 21, 0, 0, 0, time.UTC), 1738000, "2016-10-14T21:28:58Z", ""},
		{"github epoch, clock long after it: no wait", "x-ratelimit-limit: 5000\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 1476480538",
			time.Time{}, 0, "2016-10-14T21:28:58Z", ""},
		{"an epoch in 2286 is no reset", "HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 9999999999",
			time.Time{}, 0, "", ""},
		// X API v2: "x-rate-limit-reset: the remaining window before the rate limit resets,
		// in UTC epoch seconds", on a 429 that reports no remaining count here.
		{"X epoch on a 429 without remaining", "HTTP/1.1 429 Too Many Requests\nx-rate-limit-reset: 1660051376",
			time.Date(2022, 8, 9, 13, 10, 0, 0, time.UTC), 776000, "2022-08-09T13:22:56Z", ""},
		{"a printed struct's reset: Some(epoch)", `ApiError { status: 429, detail: "Too Many Requests", reset: Some(1660051376) }`,
			time.Time{}, 0, "2022-08-09T13:22:56Z", ""},
		// Azure OpenAI's 429 gives x-rate-limit-reset-tokens in seconds where Retry-After is
		// missing; httpcore prints the headers as byte-string pairs. policy-id names the
		// deployment's token limit, which Azure documents per minute (TPM).
		{"azure seconds in httpcore's header pairs", "return_value=(b'HTTP/1.1', 429, b'Too Many Requests', [(b'x-rate-limit-reset-tokens', b'55'), (b'apim-request-id', b'x'), (b'policy-id', b'DeploymentRatelimit-Token'),",
			time.Time{}, 55000, "2026-12-07T00:00:55Z", "minute"},
		// The Codex backend's usage_limit_reached body: resets_at is epoch seconds,
		// resets_in_seconds the wait; the instant stands, not the clock plus the wait.
		{"codex resets_at", `{"error":{"type":"usage_limit_reached","message":"The usage limit has been reached","resets_at":1775317531,"resets_in_seconds":602705},"status":429}`,
			time.Time{}, 602705000, "2026-04-04T15:45:31Z", ""},
		// Google's ErrorInfo for a Code Assist quota (cloudcode-pa, as a proxy logged it):
		// metadata quotaResetTimeStamp is the reset instant, RetryInfo the wait.
		{"google ErrorInfo quotaResetTimeStamp", "429 - {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"You have exhausted your capacity on this model. Your quota will reset after 0s.\",\n    \"status\": \"RESOURCE_EXHAUSTED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"RATE_LIMIT_EXCEEDED\",\n        \"domain\": \"cloudcode-pa.googleapis.com\",\n        \"metadata\": {\n          \"quotaResetDelay\": \"579.276118ms\",\n          \"quotaResetTimeStamp\": \"2026-01-18T07:44:02Z\"\n        }\n      },\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.RetryInfo\",\n        \"retryDelay\": \"0.579276118s\"\n      }\n    ]\n  }\n}",
			time.Date(2026, 1, 18, 7, 43, 50, 0, time.UTC), 580, "2026-01-18T07:44:02Z", ""},
		// The same field in Gemini CLI's output, its name wrapped at the terminal's width
		// (gemini-cli-m007): a member name holds no line break, so it is read whole.
		{"a wrapped quotaResetTimeStamp", "[API Error: {\"error\":{\"code\":429,\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"QUOTA_EXHAUSTED\",\"metadata\":{\"quotaResetDelay\":\"5h59m59.960323804s\",\"quotaResetTi\n  meStamp\":\"2025-12-03T07:45:40Z\"}},{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\"21599.960323804s\"}]}}]",
			time.Time{}, 21599961, "2025-12-03T07:45:40Z", ""},
		{"an RFC 3339 reset_at field", `{"status":429,"error":{"message":"Rate limit exceeded","reset_at":"2026-12-07T00:05:00Z"}}`,
			time.Time{}, 0, "2026-12-07T00:05:00Z", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := clock
			if !tc.at.IsZero() {
				at = tc.at
			}
			r := New(WithClock(func() time.Time { return at })).Decode(tc.in)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms")
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at")
			assert.Equal(t, tc.limitWinow, r.LimitWindow, "limit_window")
		})
	}
}

// Resets in words with a zone, counted from the clock: the zone's offset and daylight-saving
// rule as the time-zone database gives them (Etc/GMT+5 is UTC-5, POSIX's sign; Chile keeps
// UTC-3 from the first Sunday on or after 2 September to that of April, else UTC-4; New
// Zealand UTC+13 from the last Sunday of September to the first Sunday of April).
func TestResetInWordsWithZone(t *testing.T) {
	for _, tc := range []struct {
		in    string
		at    time.Time
		reset string
	}{
		{"Claude usage limit reached. Your limit will reset at 1pm (Etc/GMT+5).", time.Date(2025, 6, 14, 17, 56, 6, 0, time.UTC), "2025-06-14T18:00:00Z"},
		{"Claude usage limit reached. Your limit will reset \n     at 3pm (America/Santiago).", time.Date(2025, 10, 9, 12, 0, 0, 0, time.UTC), "2025-10-09T18:00:00Z"},
		{"Claude usage limit reached. Your limit will reset at 3pm (America/Santiago).", time.Date(2025, 6, 9, 12, 0, 0, 0, time.UTC), "2025-06-09T19:00:00Z"},
		{"Weekly limit reached · resets 10am (Asia/Seoul)", time.Date(2025, 12, 1, 4, 32, 7, 0, time.UTC), "2025-12-02T01:00:00Z"},
		{"You've hit your session limit · resets 9am (Pacific/Auckland)", time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC), "2026-01-10T20:00:00Z"},
		{"You've hit your session limit · resets 9am (Pacific/Auckland)", time.Date(2026, 7, 10, 0, 0, 0, 0, time.UTC), "2026-07-10T21:00:00Z"},
		{"Claude usage limit reached. Your limit will reset at Oct 9, 6pm (Europe/Berlin).", time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC), "2025-10-09T16:00:00Z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return tc.at })).Decode(tc.in)
			assert.Equal(t, tc.reset, r.ResetAt)
		})
	}
}
