package decoder

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnwrapJSONLogs(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // "" when the text must come back unchanged
	}{
		{"zap record with a traceback and a body",
			`{"level":"error","ts":"2026-03-02T10:04:05.123Z","msg":"Traceback (most recent call last):\n  File \"x.py\"\nopenai.RateLimitError: Error code: 429 - {\"error\": {\"code\": \"rate_limit_exceeded\"}}"}`,
			"Traceback (most recent call last):\n  File \"x.py\"\nopenai.RateLimitError: Error code: 429 - {\"error\": {\"code\": \"rate_limit_exceeded\"}}"},
		{"Docker json-file record",
			`{"log":"HTTP/1.1 503 Service Unavailable\n","stream":"stderr","time":"2026-03-02T10:04:05Z"}`,
			"HTTP/1.1 503 Service Unavailable\n"},
		{"a body escaped inside the message stays escaped once",
			`{"level":"error","msg":"body={\\\"error\\\":1}"}`,
			`body={\"error\":1}`},
		{"unicode escapes", `{"level":"error","msg":"a \u003c b\nc"}`, "a < b\nc"},
		{"an API error body is nested: left alone", `{"error":{"message":"line\nline","type":"server_error"}}`, ""},
		{"an unknown key: not a log record", `{"level":"error","msg":"a\nb","status":429}`, ""},
		{"a stamped record with no escape reads as its text", `{"level":"error","msg":"data:{error: {type: insufficient_quota}}"}`,
			"data:{error: {type: insufficient_quota}}"},
		{"a time key stamps it too", `{"time":"2026-03-02T10:04:05Z","message":"Error, {error={code=404}}"}`, "Error, {error={code=404}}"},
		{"unstamped with no escape may be an API's body: left alone", `{"error":"rate limited","message":"slow down"}`, ""},
		{"stamped with no text: left alone", `{"level":"error","ts":"2026-03-02T10:04:05Z"}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var moved []edit
			got := unwrapJSONLogs(tc.in, &moved)
			require.Len(t, got, len(tc.in), "offsets must survive: same length")
			if tc.want == "" {
				assert.Equal(t, tc.in, got)
				return
			}
			// Every decoded line is there, in order, and starts where its text began.
			lines := strings.Split(tc.want, "\n")
			gotLines := strings.Split(got, "\n")
			require.Len(t, gotLines, len(lines))
			for i, l := range lines {
				assert.Equal(t, strings.TrimSpace(l), strings.TrimSpace(gotLines[i]), "line %d", i)
			}
		})
	}
}

// A line of the decoded message starts at the offset its text had in the record.
func TestUnwrapJSONLogsKeepsLineStarts(t *testing.T) {
	in := `{"level":"error","msg":"first \"q\"\nsecond line"}`
	var moved []edit
	got := unwrapJSONLogs(in, &moved)
	assert.Equal(t, strings.Index(in, "second"), strings.Index(got, "second"))
	assert.Contains(t, got, `first "q"`)
}

// The whole decode reads a record as the error it holds.
func TestJSONLogRecordDecodesAsItsMessage(t *testing.T) {
	paste := "HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"
	rec := `{"level":"error","ts":"2026-03-02T10:04:05.123Z","msg":"` + strings.NewReplacer("\n", `\n`, `"`, `\"`).Replace(paste) + `"}`
	a, b := Decode(paste), Decode(rec)
	assert.Equal(t, a.HTTPStatus, b.HTTPStatus)
	assert.Equal(t, a.Code, b.Code)
	assert.Equal(t, a.Category, b.Category)
	assert.Equal(t, a.RetryAfterMS, b.RetryAfterMS)
}

// Every character a record's decoding moved maps back to where the paste writes it: the
// character itself, or the escape that stands for it, whole.
func TestUnwrapJSONLogsMapsBack(t *testing.T) {
	for _, in := range []string{
		`{"level":"error","msg":"first \"q\"\nsecond \\ line \u00e9t\u00e9\ttab\r\nthird \u20ac end"}`,
		"\x1b[31mERROR\x1b[0m\r\n" + `{"log":"C:\\app \"x\" \u003c429\u003e\n","stream":"stderr"}` + "\r\n" + `{"log":"b\\\"c\\\" 503","stream":"stderr"}`,
		`{"error":"Error: 400 {\"type\":\"invalid_request_error\"}\n    at f (/a.js:1:2)","timestamp":"2026-05-26T13:46:09.058Z"}`,
	} {
		n := normalize(in, 0)
		require.NotEmpty(t, n.unescapes, in)
		for p := 0; p < len(n.text); {
			r, size := utf8.DecodeRuneInString(n.text[p:])
			if r == ' ' || r == '\n' {
				p += size
				continue
			}
			start, end := n.inputOffset(p, false), n.inputOffset(p+size, true)
			require.Less(t, start, end, "%q at %d", r, p)
			src := in[start:end]
			if src != string(r) {
				// An escape, whole: it decodes to the character.
				dec, err := strconv.Unquote(`"` + src + `"`)
				require.NoError(t, err, "%q at %d maps to %q", r, p, src)
				assert.Equal(t, string(r), dec, "at %d", p)
			}
			p += size
		}
	}
}

// stampedAhead finds a stamp key wherever strings.Contains does: over the corpus's texts,
// and random ones of quotes and the keys' pieces.
func TestStampedAheadAsContains(t *testing.T) {
	pieces := append(append([]string(nil), logStampKeys...),
		`"`, `"l`, "level", "ts", `"t`, "time", "@", "s", " ", ":", "{", "}", "x")
	texts := append(fastpathTexts(t), randomPieces(20000, pieces)...)
	for _, text := range texts {
		want := false
		for _, k := range logStampKeys {
			want = want || strings.Contains(text, k)
		}
		require.Equal(t, want, stampedAhead(text), "%q", text)
	}
}

// A log record written into another one's field (a service's structured log collected by a
// JSON logger, issue 13's JSON-log rewrite of a JSON-log paste) reads as the inner record
// pasted alone: the same words, the same answer, and spans that map back into the paste.
func TestUnwrapsARecordInsideAnother(t *testing.T) {
	inner := `{"message": "Exception occured - 400: {'error': 'Invalid model name passed in model=x'}", "level": "ERROR", "timestamp": "2025-06-26T10:57:10.306412", "stacktrace": "Traceback (most recent call last):\n  File \"/app/proxy.py\", line 204, in handle\n    raise HTTPException(\nfastapi.exceptions.HTTPException: 400: {'error': 'Invalid model name passed in model=x'}"}`
	b, err := json.Marshal(map[string]string{"level": "error", "ts": "2026-03-02T10:04:05.123Z", "msg": inner})
	require.NoError(t, err)
	outer := string(b)
	assert.Equal(t, FallbackWords(inner), FallbackWords(outer))
	n := normalize(outer, 0)
	assert.NotEmpty(t, n.unescapedAgain, "decoded twice")
	want, got := Decode(inner), Decode(outer)
	assert.Equal(t, want.Category, got.Category)
	assert.Equal(t, want.HTTPStatus, got.HTTPStatus)
	assert.Equal(t, want.Provider, got.Provider)
	require.NotEmpty(t, got.Spans)
	for _, sp := range got.Spans {
		assert.True(t, 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(outer), "%+v", sp)
	}
}
