package decoder_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A JSON log record is read as the text it holds, its escapes decoded in place: text after
// an escape sits left of where the paste writes it. The spans still mark the paste's own
// characters: the value itself, not the bytes a few places before it.
func TestSpansInsideAJSONLogRecord(t *testing.T) {
	rec := func(msg string) string { return `{"level":"error","ts":"2026-03-02T10:04:05Z","msg":"` + msg + `"}` }
	docker := func(line string) string {
		return `{"log":"` + line + `\n","stream":"stderr","time":"2026-03-02T10:04:05.123456789Z"}`
	}
	for _, tc := range []struct {
		name, in string
		want     []string // every one of these, among others
	}{
		{"one line: unicode escapes and escaped backslashes before an escaped body",
			rec(`requ\u00eate \u00e9chou\u00e9e (C:\\app\\main.py): openai.RateLimitError: Error code: 429 - {\"error\": {\"message\": \"Rate limit reached for gpt-4o. Please try again in 20s.\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}`),
			[]string{"http_status=429", "code=rate_limit_exceeded", "retry_after_ms=20s", "provider=openai.",
				"message=Rate limit reached for gpt-4o. Please try again in 20s."}},
		{"one line: a body escaped twice (escaped backslashes)",
			rec(`call \"chat\" failed: status=429 body={\\\"error\\\":{\\\"message\\\":\\\"Rate limit reached for gpt-4o\\\",\\\"code\\\":\\\"rate_limit_exceeded\\\"}}`),
			[]string{"http_status=429", "code=rate_limit_exceeded", "message=Rate limit reached for gpt-4o"}},
		{"one line: a wait in the body after escapes",
			rec(`groq \"llama\" failed: {\"error\":{\"message\":\"Rate limit reached for model llama-3.1-8b-instant\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\",\"retry_after\":12}}`),
			[]string{"code=rate_limit_exceeded", "retry_after_ms=12", "message=Rate limit reached for model llama-3.1-8b-instant"}},
		{"one line: a wait after a unicode escape",
			rec(`request \"caf\u00e9\" failed: Error code: 429 - {\"error\": {\"message\": \"Rate limited\", \"code\": \"rate_limit_exceeded\"}, \"retry_after\": 7}`),
			[]string{"http_status=429", "code=rate_limit_exceeded", "retry_after_ms=7", "message=Rate limited"}},
		{"a Claude Code error record: the body after the status",
			`{"error":"Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"prompt is too long: 9 tokens > 8 maximum\"}}\n    at generate (/app/cli.js:11:63341)","timestamp":"2026-05-26T13:46:09.058Z"}`,
			[]string{"http_status=400", "code=invalid_request_error", "message=prompt is too long: 9 tokens > 8 maximum"}},
		{"several lines: a traceback with escapes on every line",
			rec(`Traceback (most recent call last):\n  File \"C:\\app\\main.py\", line 12, in <module>\n    client.messages.create(model=\"claude-sonnet-4\")\nanthropic.RateLimitError: Error code: 429 - {\"type\": \"error\", \"error\": {\"type\": \"rate_limit_error\", \"message\": \"Number of request tokens has exceeded your per-minute rate limit\"}}`),
			[]string{"provider=anthropic.", "http_status=429", "code=rate_limit_error",
				"message=Number of request tokens has exceeded your per-minute rate limit"}},
		{"several lines: an HTTP dump after a unicode escape",
			rec(`POST \"/v1/messages\" \u2192 HTTP/1.1 429 Too Many Requests\nretry-after: 30\n\n{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"This request would exceed your rate limit\"}}`),
			[]string{"http_status=429", "retry_after_ms=30", "code=rate_limit_error", "message=This request would exceed your rate limit"}},
		{"several records: Docker's json-file log",
			docker(`Traceback (most recent call last):`) + "\n" + docker(`  File \"/app/main.py\", line 12, in \u003cmodule\u003e`) + "\n" +
				docker(`openai.RateLimitError: Error code: 429 - {\"error\": {\"message\": \"Rate limit reached for gpt-4o. Please try again in 20s.\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}`),
			[]string{"provider=openai.", "http_status=429", "code=rate_limit_exceeded", "retry_after_ms=20s",
				"message=Rate limit reached for gpt-4o. Please try again in 20s."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := spanDecoder.Decode(tc.in)
			got := spanTexts(tc.in, r)
			for _, w := range tc.want {
				assert.Contains(t, got, w)
			}
			checkSpans(t, tc.in, r)
		})
	}
}

// A message the parsers unescaped is marked where the paste writes it escaped.
func TestSpansOfAnEscapedMessage(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"quotes in a JSON body",
			`{"error":{"code":400,"message":"Invalid JSON payload received. Unknown name \"text\" at 'contents[1]': Proto field is not repeating.","status":"INVALID_ARGUMENT"}}`,
			`Invalid JSON payload received. Unknown name \"text\" at 'contents[1]': Proto field is not repeating.`},
		{"a newline in a JSON body",
			`Error code: 400 - {"error": {"message": "prompt must start with \"\n\nHuman:\" turn", "type": "invalid_request_error"}}`,
			`prompt must start with \"\n\nHuman:\" turn`},
		{"a body quoted in a log line: escaped twice",
			`google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Quota exceeded.\\nPlease retry in 36s.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n", 'status': 'RESOURCE_EXHAUSTED'}}`,
			`Quota exceeded.\\nPlease retry in 36s.`},
		{"a Python repr: the double quotes as they are",
			`openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid value: "auto". It\'s not supported.', 'type': 'invalid_request_error', 'code': None}}`,
			`Invalid value: "auto". It\'s not supported.`},
		{"inside a JSON log record",
			`{"level":"error","msg":"openai.BadRequestError: Error code: 400 - {\"error\": {\"message\": \"Unknown name \\\"text\\\" at \u00e9\", \"type\": \"invalid_request_error\"}}"}`,
			`Unknown name \\\"text\\\" at \u00e9`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := spanDecoder.Decode(tc.in)
			assert.Contains(t, spanTexts(tc.in, r), "message="+tc.want, "message %q", r.Message)
			checkSpans(t, tc.in, r)
		})
	}
}
