package decoder

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// soloPastes returns the dev corpus pastes that are one error each and say enough to judge
// by (a thin paste is, by design, not the answer when another error stands beside it).
func soloPastes(t *testing.T) []corpusCase {
	var out []corpusCase
	for _, c := range readCorpus(t, filepath.Join("testdata", "corpus", "dev.jsonl")) {
		if r := Decode(c.Input); r.OtherErrors == 0 && !isThin(&r) {
			out = append(out, c)
		}
	}
	require.Greater(t, len(out), 40)
	return out
}

// asJSON is the Result as the page and the CLI see it: every field at once.
func asJSON(t *testing.T, r Result) string {
	b, err := json.MarshalIndent(r, "", "  ")
	require.NoError(t, err)
	return string(b)
}

// shiftSpans returns spans moved n bytes on: where they land when n bytes precede the paste.
func shiftSpans(spans []Span, n int) []Span {
	if spans == nil {
		return nil
	}
	out := make([]Span, len(spans))
	for i, sp := range spans {
		sp.Start, sp.End = sp.Start+n, sp.End+n
		out[i] = sp
	}
	return out
}

// A log of several errors answers for the last one alone, on every field, and counts the
// others: built from every ordered pair of corpus pastes with a success line between.
func TestLogOfTwoErrorsAnswersTheLast(t *testing.T) {
	cases := soloPastes(t)
	for _, a := range cases {
		for _, b := range cases {
			if a.ID == b.ID {
				continue
			}
			want := goldenDecoder.Decode(b.Input)
			want.OtherErrors = 1
			want.Spans = shiftSpans(want.Spans, len(a.Input+"\nINFO 200 OK\n"))
			got := goldenDecoder.Decode(a.Input + "\nINFO 200 OK\n" + b.Input)
			if !assert.Equal(t, asJSON(t, want), asJSON(t, got), "%s then %s", a.ID, b.ID) {
				return // one diff says enough
			}
		}
	}
}

// Three errors, each pair apart by a different kind of success line.
func TestLogOfThreeErrorsAnswersTheLast(t *testing.T) {
	cases := soloPastes(t)
	n := len(cases)
	for i := range cases {
		a, c, b := cases[i], cases[(i+7)%n], cases[(i+19)%n]
		log := a.Input + "\n2024-05-01T10:00:00Z INFO handled request status=200 in 12ms\n" +
			c.Input + "\nINFO:httpx:HTTP Request: POST https://example.test/v1 \"HTTP/1.1 200 OK\"\n" + b.Input
		want := goldenDecoder.Decode(b.Input)
		want.OtherErrors = 2
		want.Spans = shiftSpans(want.Spans, len(log)-len(b.Input)) // the same characters, further on
		assert.Equal(t, asJSON(t, want), asJSON(t, goldenDecoder.Decode(log)), "%s, %s, then %s", a.ID, c.ID, b.ID)
	}
}

func TestOneErrorOfSeveral(t *testing.T) {
	rateLimit := `openai.RateLimitError: Error code: 429 - {"error": {"message": "Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.8s.", "type": "requests", "param": null, "code": "rate_limit_exceeded"}}`
	badKey := `openai.AuthenticationError: Error code: 401 - {"error": {"message": "Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}`
	for _, tc := range []struct {
		name, in    string
		status      int
		code        string
		category    Category
		retryAfter  int64
		otherErrors int
	}{
		{"429, success, 401", rateLimit + "\nINFO 200 OK\n" + badKey, 401, "invalid_api_key", Authentication, 0, 1},
		{"401 then 429, no success line", badKey + "\n" + rateLimit, 429, "rate_limit_exceeded", RateLimit, 1800, 1},
		{"the same 429 three times is one error", rateLimit + "\n" + rateLimit + "\n" + rateLimit, 429, "rate_limit_exceeded", RateLimit, 1800, 0},
		{"a thin last line is the trace of the 429 before it, not an error of its own",
			rateLimit + "\nINFO 200 OK\ntenacity.RetryError: RetryError[<Future at 0x7f state=finished raised RateLimitError>]", 429, "rate_limit_exceeded", RateLimit, 1800, 0},
		{"curl dump: status line, headers, body is one error",
			"HTTP/1.1 429 Too Many Requests\nretry-after: 20\ncontent-type: application/json\n\n{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}", 429, "rate_limit_exceeded", RateLimit, 20000, 0},
		{"chained traceback is one error",
			"Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n" + rateLimit + "\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"b.py\", line 2, in <module>\nRuntimeError: call failed", 429, "rate_limit_exceeded", RateLimit, 1800, 0},
		{"an SSE stream's event names are not codes",
			"event: message_start\ndata: {\"type\": \"message_start\", \"message\": {\"id\": \"msg_01\", \"type\": \"message\", \"role\": \"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-20250514\"}}\n\nevent: ping\ndata: {\"type\": \"ping\"}\n\nevent: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}", 0, "overloaded_error", Overloaded, 0, 0}, // the stream's 200 is not shown: no status
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status")
			assert.Equal(t, tc.code, r.Code, "code")
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.retryAfter, r.RetryAfterMS, "retry_after_ms")
			assert.Equal(t, tc.otherErrors, r.OtherErrors, "other_errors")
		})
	}
}

// A 200 response that carries an error (an SSE stream, a body with result.error) is one
// occurrence with its status line, not a success line.
func TestResponseOf200CarriesItsError(t *testing.T) {
	r := Decode("HTTP/1.1 200 OK\ncontent-type: text/event-stream\n\nevent: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}")
	assert.Equal(t, 200, r.HTTPStatus)
	assert.Equal(t, "overloaded_error", r.Code)
	assert.Equal(t, 0, r.OtherErrors)
}
