package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Each retry-log form gives its attempts; a tool's own wait is never the server's.
func TestAttempts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []Attempt
	}{
		{"openai-python's retry lines",
			"2024-03-04 19:34:47,791 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"\n2024-03-04 19:34:47,792 - INFO - Retrying request to /chat/completions in 0.455016 seconds\n2024-03-04 19:34:48,301 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"\nopenai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached. Please try again in 2s.', 'type': 'requests', 'code': 'rate_limit_exceeded'}}",
			[]Attempt{{Time: "2024-03-04 19:34:47,791", HTTPStatus: 429, WaitTakenMS: 456},
				{Time: "2024-03-04 19:34:48,301", HTTPStatus: 429, Code: "rate_limit_exceeded", WaitAskedMS: 2000}}},
		{"Claude Code: status, then its retry line",
			"  ⎿  API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n     Retrying in 17 seconds… (attempt 6/10)",
			[]Attempt{{HTTPStatus: 529, Code: "overloaded_error", WaitTakenMS: 17000}}},
		{"Claude Code: no status, a retry line each",
			"  ⎿  API Error (Connection error.) · Retrying in 1 seconds… (attempt 1/10)\n  ⎿  API Error (Connection error.) · Retrying in 2 seconds… (attempt 2/10)",
			[]Attempt{{WaitTakenMS: 1000}, {WaitTakenMS: 2000}}},
		{"Codex: stream errors, then the retry limit",
			"stream error: unexpected status 429 Too Many Requests: slow down; retrying 1/5 in 206ms…\nstream error: unexpected status 429 Too Many Requests: slow down; retrying 2/5 in 2.3s…\nexceeded retry limit, last status: 429 Too Many Requests",
			[]Attempt{{HTTPStatus: 429, WaitTakenMS: 206}, {HTTPStatus: 429, WaitTakenMS: 2300}, {HTTPStatus: 429}}},
		{"the same status again, no retry line",
			"01:35:59 ERROR Error code: 429 - rate limited, try again in 8s\n01:36:00 ERROR Error code: 429 - rate limited, try again in 7s",
			[]Attempt{{Time: "01:35:59", HTTPStatus: 429, WaitAskedMS: 8000}, {Time: "01:36:00", HTTPStatus: 429, WaitAskedMS: 7000}}},
		{"different errors are not attempts",
			"Error code: 400 - {'error': {'message': 'bad'}}\nError code: 422 - {'error': {'message': 'worse'}}", nil},
		{"one failure, no retry: none", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached'}}", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := timingDecoder().Decode(tc.in)
			// Each offset is where its failure's line starts its text (after any margin).
			got := append([]Attempt(nil), r.Attempts...)
			for i := range got {
				line := tc.in[got[i].Offset:]
				if i > 0 {
					assert.Greater(t, got[i].Offset, got[i-1].Offset)
				}
				assert.True(t, got[i].Offset == 0 || tc.in[got[i].Offset-1] == '\n' || tc.in[got[i].Offset-1] == ' ', line)
				got[i].Offset = 0
			}
			if tc.want == nil {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// A client's own backoff is the wait it took, not the server's retry_after_ms.
func TestToolWaitIsNotRetryAfter(t *testing.T) {
	for _, in := range []string{
		"✻ 529 Overloaded · Retrying in 4s · attempt 6/10",
		"Retrying request to /chat/completions in 0.455016 seconds\nopenai.APIConnectionError: Connection error.",
		"stream error: unexpected status 503 Service Unavailable; retrying 3/5 in 2.3s…",
	} {
		r := timingDecoder().Decode(in)
		assert.Zero(t, r.RetryAfterMS, in)
		if assert.NotEmpty(t, r.Attempts, in) {
			assert.NotZero(t, r.Attempts[len(r.Attempts)-1].WaitTakenMS, in)
		}
	}
}

// What the log shows is said in words.
func TestTriedText(t *testing.T) {
	r := timingDecoder().Decode("  ⎿  API Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n     Retrying in 17 seconds… (attempt 6/10)")
	assert.Contains(t, r.SDKBehavior, "This log shows 1 attempt (529); the client waited 17 s before retrying. Its last retry line counts 6 of 10.")
}

func TestLineTime(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-04 19:34:47,791 - INFO":  "2024-03-04 19:34:47,791",
		"[2026-06-19 10:53:13][x.py:843]": "2026-06-19 10:53:13",
		"01:35:59.618  429 — throttled":   "01:35:59.618",
		"2026-01-01T10:00:00Z retry":      "2026-01-01T10:00:00Z",
		"429 Too Many Requests":           "",
		"12:5 nothing":                    "",
	} {
		assert.Equal(t, want, lineTime(in), in)
	}
}
