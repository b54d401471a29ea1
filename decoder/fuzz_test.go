package decoder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDecode checks the decoder's promises on any input: no panic, a published category,
// non-negative waits, valid UTF-8 out, spans on characters of the input, and the same
// answer twice.
func FuzzDecode(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "{", "[{", `{"error":`, "HTTP/1.1 429", "\x00\xff", `{\"a\":\"`, "b'{\\n"} {
		f.Add(s)
	}
	d := New(WithClock(func() time.Time { return time.Unix(0, 0) }))
	f.Fuzz(func(t *testing.T, in string) {
		r := d.Decode(in)
		if !r.Category.Valid() {
			t.Fatalf("invalid category %q", r.Category)
		}
		if r.RetryAfterMS < 0 {
			t.Fatalf("negative wait %d", r.RetryAfterMS)
		}
		if r.Category == Quota && r.Retryable {
			t.Fatal("quota marked retryable")
		}
		for _, s := range append([]string{r.Message, r.Code, r.Fix}, r.Evidence...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		for _, sp := range r.Spans {
			if sp.Start < 0 || sp.End > len(in) || sp.Start >= sp.End || !onBoundary(in, sp.Start) || !onBoundary(in, sp.End) {
				t.Fatalf("span %+v out of bounds or inside a character of %d bytes", sp, len(in))
			}
			if sp.Evidence < -1 || sp.Evidence >= len(r.Evidence) {
				t.Fatalf("span %+v: no evidence line %d of %d", sp, sp.Evidence, len(r.Evidence))
			}
		}
		again := d.Decode(in)
		if again.Category != r.Category || again.Code != r.Code || again.HTTPStatus != r.HTTPStatus || again.Provider != r.Provider || again.Message != r.Message {
			t.Fatal("not deterministic")
		}
	})
}

// FuzzParseObjects: the tolerant object parser never panics, never loops, and stays within
// its step budget on any input.
func FuzzParseObjects(f *testing.F) {
	for _, s := range []string{`{"a":1}`, `{'a': True, b: [1, 2]}`, `{\"a\":\"b\"}`, "{[Error: x] code: 404}", "{ k = v w\n}", `b'{"x": 1}'`, "{{{{", `{"a":"\u00e9\x41"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		budget := len(in)*stepsPerByte + 1<<16
		start := budget
		objs := parseObjects(in, &budget, maxObjects)
		if len(objs) > maxObjects {
			t.Fatalf("%d objects", len(objs))
		}
		// Every step is charged to the budget, which is linear in the input; it may be
		// overrun by at most one region's unescaping (its length), never more.
		if start-budget > start+len(in) {
			t.Fatalf("spent %d of %d steps", start-budget, start)
		}
		readBodies(objs, &budget, &load().eng.wants)
	})
}

// FuzzScanHead: status anchors and header lines never panic and only report real statuses.
func FuzzScanHead(f *testing.F) {
	for _, s := range []string{"HTTP/1.1 429 Too Many Requests\nRetry-After: 3\n\n", "< HTTP/2 503\n< retry-after-ms: 10", "Error code: 400 - {}", "event: error\ndata: {}", "retry in 18.403s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		scanStatuses(in, func(s statusSeen) {
			if s.code < 200 || s.code > 599 {
				t.Fatalf("status %d", s.code)
			}
		})
		hs, _, _ := scanHeaderLines(in)
		for _, h := range hs {
			if h.name == "" || h.value == "" {
				t.Fatalf("empty header %+v", h)
			}
		}
		for _, w := range headerWaits(hs, func() time.Time { return time.Unix(0, 0) }) {
			if w.ms < 0 {
				t.Fatalf("negative wait %d", w.ms)
			}
		}
	})
}

// FuzzScanExceptions: the traceback reader never panics and its primary exception is one
// it found.
func FuzzScanExceptions(f *testing.F) {
	for _, s := range []string{"Traceback (most recent call last):\n  File \"x\", line 1\nValueError: x", "a.b.RateLimitError: Error code: 429", "APICallError [AI_APICallError]: x", "[GoogleGenerativeAI Error]: y", " ---> System.Exception: z", "<class 'requests.exceptions.ReadTimeout'>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		excs, primary := scanExceptions(in)
		if primary >= len(excs) || (len(excs) > 0 && primary < 0) {
			t.Fatalf("primary %d of %d", primary, len(excs))
		}
		for _, e := range excs {
			if e.name == "" {
				t.Fatal("empty class name")
			}
		}
	})
}

// FuzzResetValues: whatever a Retry-After or reset header holds (seconds, an epoch, an HTTP
// date, an RFC 3339 time, a duration, garbage), and whatever a paste writes after "limit
// reached|" or as the date it regains access on, the wait is never negative nor beyond a
// year, and reset_at is a time within a year of the paste's Date.
func FuzzResetValues(f *testing.F) {
	for _, v := range []string{"7", "1377013266", "1768467900000", "Wed, 21 Oct 2015 07:28:00 GMT", "2026-01-01T00:00:00Z",
		"6m0s", "59ms", "-5", "99999999999", "2126-01-01T00:00:00+14:00", "1e9", "0.5", "2025-07-01", "2026-07-01", "1755615600",
		"1767225600.5", "9999999999.999", "0:00:59.473329", "1 day, 0:00:01", "2026-01-01T00:05:00+01:00", "2025-12-31T23:00:00Z"} {
		f.Add(v, v)
	}
	ref := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := New(WithClock(func() time.Time { return ref }))
	f.Fuzz(func(t *testing.T, retryAfter, reset string) {
		if strings.ContainsAny(retryAfter+reset, "\r\n") {
			return
		}
		r := d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nretry-after: " + retryAfter +
			"\nx-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: " + reset + "\n\n{\"error\":{\"message\":\"Rate limit reached\"}}")
		checkResetBounds(t, r, ref, retryAfter, reset)
		// The same values as words a paste states its reset in: after a usage-limit line,
		// as a date and time. Beside a Date header, never before it.
		r = d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\n\nClaude AI usage limit reached|" + reset +
			". You will regain access on " + retryAfter + " at 00:00 UTC.")
		checkResetBounds(t, r, ref, retryAfter, reset)
		// As a 429's reset header that reports no remaining count (seconds or an epoch,
		// told apart by magnitude), and as a body's and a printed struct's reset field.
		r = d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nx-rate-limit-reset: " + reset +
			"\n\n{\"error\":{\"type\":\"usage_limit_reached\",\"resets_at\":" + retryAfter + "}} reset: Some(" + reset + ")")
		checkResetBounds(t, r, ref, retryAfter, reset)
		// As the end of a ban (Binance's "IP banned until <epoch ms>"), beside the IETF
		// RateLimit fields whose policy names the window.
		r = d.Decode("HTTP/1.1 418 I'm a teapot\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nRateLimit-Remaining: 0\nRateLimit-Reset: " + retryAfter +
			"\nRateLimit-Policy: " + reset + ";w=60\n\n{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until " + reset + ".\"}")
		checkResetBounds(t, r, ref, retryAfter, reset)
		// As an RFC 3339 instant after a reset phrase, a resetTime field, the IETF
		// RateLimit field's t, and a cut-off body's retry_after (timing13).
		r = d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nRateLimit: \"default\";r=0;t=" + retryAfter +
			"\n\n{\"message\":\"Rate limited: resets at " + reset + "\",\"resetTime\":\"" + reset + "\",\"retry_after\":" + retryAfter)
		checkResetBounds(t, r, ref, retryAfter, reset)
		// As listed X-RateLimit fields (Brave's: an item a limit), a body's reset_seconds and
		// next_reset and reset_timestamp fields, and a Japanese wait's amount (timing14).
		r = d.Decode("HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nX-RateLimit-Policy: 1;w=1, 100;w=2592000" +
			"\nX-RateLimit-Remaining: 0, 0\nX-RateLimit-Reset: " + retryAfter + ", " + reset +
			"\n\n{\"error\":{\"reset_seconds\":" + retryAfter + ",\"next_reset\":\"" + reset + "\",\"reset_timestamp\":" + reset + "}} " + retryAfter + "秒待って")
		checkResetBounds(t, r, ref, retryAfter, reset)
	})
}

// checkResetBounds fails on a wait that is negative or beyond a year, or a reset_at before
// ref (the paste's Date) or more than a year after it.
func checkResetBounds(t *testing.T, r Result, ref time.Time, retryAfter, reset string) {
	t.Helper()
	if r.RetryAfterMS < 0 || r.RetryAfterMS > maxResetMS {
		t.Fatalf("wait %d ms from %q / %q", r.RetryAfterMS, retryAfter, reset)
	}
	if r.ResetAt != "" {
		at, ok := parseRFC3339(r.ResetAt)
		if !ok || at.Before(ref) || at.Sub(ref) > maxResetMS*time.Millisecond+time.Second {
			t.Fatalf("reset_at %q from %q / %q", r.ResetAt, retryAfter, reset)
		}
	}
}
