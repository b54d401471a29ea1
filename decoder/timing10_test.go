package decoder

import (
	"testing"
	"time"
	_ "time/tzdata" // the IANA database, to check the zone table against (tests only)

	"github.com/stretchr/testify/assert"
)

// The zone table (zones.go) agrees with the IANA time-zone database on every name it holds
// that the database knows, every three hours of 2026 and 2027: offsets and daylight saving
// alike. Abbreviations the database does not hold ("pt", "kst") are skipped.
func TestZoneTableMatchesIANA(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	checked := 0
	for _, z := range zones {
		loc, err := time.LoadLocation(ianaName(z.name))
		if err != nil {
			continue
		}
		checked++
		for u := start; u.Year() < 2028; u = u.Add(3 * time.Hour) {
			_, want := u.In(loc).Zone()
			if got := int(z.offsetAt(u) / time.Second); got != want {
				t.Errorf("%s at %s: offset %d s, IANA says %d s", z.name, u.Format(time.RFC3339), got, want)
				break
			}
		}
	}
	assert.Greater(t, checked, 100, "most of the table is IANA names")
}

// ianaName writes a lower-cased zone name as the database spells it: "america/st_johns" is
// "America/St_Johns", "utc" is "UTC".
func ianaName(name string) string {
	switch name {
	case "utc", "gmt", "cet":
		return map[string]string{"utc": "UTC", "gmt": "GMT", "cet": "CET"}[name]
	case "etc/utc":
		return "Etc/UTC"
	case "africa/dar_es_salaam":
		return "Africa/Dar_es_Salaam"
	}
	b := []byte(name)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '/' || c == '_'
	}
	return string(b)
}

// Windows and resets in forms the decoder read wrong or not at all (issue 15), written from
// the documentation and source of what prints them, decoded on a fixed clock.
func TestTiming10Families(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, in string
		category Category
		reset    string
		window   string
	}{
		// OpenAI's rate-limit sentence with the unit before its colon or comma
		// (https://platform.openai.com/docs/guides/rate-limits).
		{"per min before a colon",
			"Rate limit reached for gpt-image-1 in organization org-abc on images per min: Limit 5, Used 5, Requested 1.",
			RateLimit, "", "minute"},
		{"per min before a comma",
			`{"error": {"message": "Rate limit reached for gpt-4o in organization org-abc on requests per min, please slow down", "type": "requests", "code": "rate_limit_exceeded"}}`,
			RateLimit, "", "minute"},
		{"per min in brackets",
			"HTTP 429: rate limit exceeded (60 requests per min)", RateLimit, "", "minute"},
		// Go's time.Time.String, "2006-01-02 15:04:05.999999999 -0700 MST", as a Go
		// server writes its reset into a message: the numeric offset fixes the instant.
		{"a Go time with its offset",
			"HTTP 429: You have exceeded the monthly usage quota. It will reset at 2026-12-31 23:59:59 +0800 CST.",
			Quota, "2026-12-31T15:59:59Z", "month"},
		{"a Go time with a fraction and a negative offset",
			"429 rate limit exceeded: daily quota used, resets at 2026-12-08 10:00:00.25 -0500 EST",
			Quota, "2026-12-08T15:00:01Z", "day"},
		{"an ISO offset with its colon",
			"HTTP 429: daily limit reached. Limit resets at: 2026-12-08 00:00:00 +05:30",
			Quota, "2026-12-07T18:30:00Z", "day"},
		// Zones of the IANA database beyond the first table: Brazil's north-east (UTC-3,
		// no daylight saving), Australia's central zone (UTC+9:30, with it).
		{"America/Recife",
			"You've hit your limit · resets Dec 8 at 4pm (America/Recife)", Quota, "2026-12-08T19:00:00Z", ""},
		{"Australia/Adelaide in its summer",
			"You've hit your limit · resets Dec 8 at 4pm (Australia/Adelaide)", Quota, "2026-12-08T05:30:00Z", ""},
		// A Google API quota limit's id names its duration, "1d" or "100s" (quota.proto).
		{"a Google limit id of a day",
			"Quota exceeded for quota group 'ReadGroup' and limit 'CLIENT_PROJECT-1d' of service 'sheets.googleapis.com' for consumer 'project_number:1'.",
			Quota, "", "day"},
		{"a Google limit id of 100 seconds names none of the windows",
			"Quota exceeded for quota group 'ReadGroup' and limit 'USER-100s' of service 'sheets.googleapis.com' for consumer 'project_number:1'.",
			"", "", ""}, // its category is not this test's: only that no window is read
		// RFC 6585's reason phrase as a code, in the singular, beside an hourly limit.
		{"Too Many Request as a code",
			`{"type":"TOO_MANY_REQUEST","message":"Hourly limit reached"}`, RateLimit, "", "hour"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithClock(func() time.Time { return clock })).Decode(tc.in)
			if tc.category != "" {
				assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			}
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at; evidence: %v", r.Evidence)
			assert.Equal(t, tc.window, r.LimitWindow, "limit_window; evidence: %v", r.Evidence)
		})
	}
}

// Response headers printed one to a line as an object's members, as Node's util.inspect
// prints a Headers object (openai-node's APIError.headers: keys that are no identifier
// quoted, strings in single quotes) and Python's pprint a dict: the exhausted limit's reset
// counts from the printed Date, and the quotes are not part of the values.
func TestTiming10PrintedHeaderObjects(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return clock }))
	for _, tc := range []struct{ name, in, reset string }{
		{"util.inspect of a Headers object, cut short",
			"Error: 429 Rate limit reached\n    at APIError.generate (node_modules/openai/error.js:63:20) {\n  status: 429,\n  headers: Headers {\n" +
				"    date: 'Mon, 07 Dec 2026 10:00:00 GMT',\n    'retry-after': '2',\n    'x-ratelimit-remaining-requests': '499',\n" +
				"    'x-ratelimit-remaining-tokens': '0',\n    'x-ratelimit-reset-requests': '120ms',\n    'x-ratelimit-reset-tokens': '30.5s',",
			"2026-12-07T10:00:31Z"},
		{"pprint of a dict, double quotes",
			"RateLimitError: Error code: 429\nheaders = {\n \"date\": \"Mon, 07 Dec 2026 10:00:00 GMT\",\n \"x-ratelimit-remaining-tokens\": \"0\",\n \"x-ratelimit-reset-tokens\": \"6m0s\",\n",
			"2026-12-07T10:06:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := d.Decode(tc.in)
			assert.Equal(t, tc.reset, r.ResetAt, "reset_at; evidence: %v", r.Evidence)
		})
	}
	// A printed object's "event" and "data" members are no stream's framing, and a quoted
	// key whose value is no string is a field, not a header.
	hs, sseError, sseData := scanHeaderLines("{\n  \"event\": \"error\",\n  \"data\": \"{}\",\n  \"retry-after\": 30,\n  'x-request-id': 'req_1',\n}")
	assert.False(t, sseError)
	assert.False(t, sseData)
	assert.Equal(t, []header{{"x-request-id", "req_1"}}, hs)
}

// google-api-dotnet-client's RequestError.ToString ("{Message} [{Code}]", "Errors [", each
// SingleError as "Message[..] Location[.. - ..] Reason[..] Domain[..]"): the status in
// brackets and the Reason as the code, with its line breaks or without.
func TestTiming10DotnetRequestError(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"a daily limit, as printed",
			"Google.Apis.Requests.RequestError\nDaily Limit Exceeded [403]\nErrors [\n\tMessage[Daily Limit Exceeded] Location[ - ] Reason[dailyLimitExceeded] Domain[usageLimits]\n]\n",
			"", 403, "dailyLimitExceeded", Quota, false},
		{"a per-minute rate limit, the line breaks lost",
			"Google.Apis.Requests.RequestErrorRate Limit Exceeded [403]Errors [ Message[Rate Limit Exceeded] Location[ - ] Reason[rateLimitExceeded] Domain[usageLimits]]",
			"", 403, "rateLimitExceeded", RateLimit, true},
		{"a log's prefix on every line",
			"api-1  | Google.Apis.Requests.RequestError\napi-1  | Daily Limit Exceeded [403]\napi-1  | Errors [\napi-1  | \tMessage[Daily Limit Exceeded] Location[ - ] Reason[dailyLimitExceeded] Domain[usageLimits]\napi-1  | ]",
			"", 403, "dailyLimitExceeded", Quota, false},
		{"a number in brackets that is no error status is not read",
			"Batch [123]\nErrors [ none ]", "", 0, "", Unknown, false},
	})
}

// Claude Code's line under a subscription limit's notice (getUpsellMessage) names the tool,
// whatever separator the notice was pasted with: the notice's reset is then read.
func TestTiming10ClaudeCodeUpsell(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return clock }))
	for _, in := range []string{
		"You've hit your limit - resets Dec 9, 2pm (Europe/Berlin)\n/login to switch to an API usage-billed account.",
		"You've hit your limit - resets Dec 9, 2pm (Europe/Berlin)\n/upgrade to increase your usage limit.",
	} {
		r := d.Decode(in)
		assert.Equal(t, "claude-code", r.Wrapper, "%s; evidence: %v", in, r.Evidence)
		assert.Equal(t, Quota, r.Category, "%s", in)
		assert.Equal(t, "2026-12-09T13:00:00Z", r.ResetAt, "%s; evidence: %v", in, r.Evidence)
	}
}

// Waits as a .NET TimeSpan ("d.hh:mm:ss", its constant format), as Azure API Management's
// quota policy writes them.
func TestTiming10Waits(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return clock }))
	for _, tc := range []struct {
		name, in string
		waitMS   int64
	}{
		{"a TimeSpan of days", `{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 2.03:00:05." }`, (2*86400 + 3*3600 + 5) * 1000},
		{"a TimeSpan under a day", `{ "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:10:00." }`, 600000},
	} {
		r := d.Decode(tc.in)
		assert.Equal(t, tc.waitMS, r.RetryAfterMS, "%s; evidence: %v", tc.name, r.Evidence)
	}
}
