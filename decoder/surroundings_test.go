package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestBlankAccessLogs(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"uvicorn line after the error",
			"openai.RateLimitError: Error code: 429\nINFO:     127.0.0.1:53422 - \"POST /v1/ask HTTP/1.1\" 500 Internal Server Error",
			"openai.RateLimitError: Error code: 429\nINFO:     127.0.0.1:53422 - " + blanks(`"POST /v1/ask HTTP/1.1" 500 Internal Server Error`)},
		{"nginx combined format",
			`10.0.0.1 - - [06/Dec/2026:10:00:00 +0000] "GET /health HTTP/1.1" 502 157 "-" "curl/8.1"`,
			`10.0.0.1 - - [06/Dec/2026:10:00:00 +0000] ` + blanks(`"GET /health HTTP/1.1" 502 157 `) + `"-" "curl/8.1"`},
		{"inside JSON-escaped text",
			`{"msg":"boom\nINFO: 1.2.3.4 - \"POST /x HTTP/1.1\" 503 Service Unavailable\nnext"}`,
			`{"msg":"boom\nINFO: 1.2.3.4 - ` + blanks(`\"POST /x HTTP/1.1\" 503 Service Unavailable`) + `\nnext"}`},
		{"a client's log of the response stays",
			`INFO:httpx:HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"`,
			`INFO:httpx:HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 429 Too Many Requests"`},
		{"a status line stays", "HTTP/1.1 429 Too Many Requests\nretry-after: 2", "HTTP/1.1 429 Too Many Requests\nretry-after: 2"},
		{"no method after the quote", `say "hello HTTP/1.1" 500 times`, `say "hello HTTP/1.1" 500 times`},
		{"truncated record", `"POST /x HTTP/1.1" 5`, `"POST /x HTTP/1.1" 5`},
		// the record's quote as the paste's first byte has nothing before it to look at
		{"record opens the paste", `"POST /v1/chat/completions HTTP/1.1" 500 Internal Server Error`,
			blanks(`"POST /v1/chat/completions HTTP/1.1" 500 Internal Server Error`)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := blankAccessLogs(c.in)
			assert.Equal(t, c.want, got)
			assert.Len(t, got, len(c.in), "offsets are kept")
		})
	}
}

// A paste that opens with an access-log record is decoded, not answered with the recover
// path's "the decoder failed".
func TestDecodeAccessRecordAtStart(t *testing.T) {
	res := Decode("\"POST /v1/chat/completions HTTP/1.1\" 500 Internal Server Error\nopenai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}")
	assert.NotContains(t, res.Evidence, "the decoder failed on this input; please report it")
	assert.Equal(t, 429, res.HTTPStatus)
}

func TestBlankLogPrefixes(t *testing.T) {
	body := "{\n  \"error\": {\"code\": 429}\n}"
	cases := []struct{ name, in, want string }{
		{"compose, every line", "api-1  | " + strings.ReplaceAll(body, "\n", "\napi-1  | "),
			"         " + strings.ReplaceAll(body, "\n", "\n         ")},
		{"two services interleaved", "api-1     | a\nworker-1  | b\napi-1     | c",
			"            a\n            b\n            c"},
		{"pm2 logs (openai-l007's form)", "0|chatgpt  | Exception: Error: 404 Not Found {\n0|chatgpt  |     \"code\": \"model_not_found\"\n0|chatgpt  | }\n0|chatgpt  |",
			"             Exception: Error: 404 Not Found {\n                 \"code\": \"model_not_found\"\n             }\n            "},
		{"kubectl --prefix", "[pod/api-7d9f/api] line one\n[pod/api-7d9f/api] line two",
			"                   line one\n                   line two"},
		{"one compose line with its numbered name", "api-1  | 503 server is overloaded.", "         503 server is overloaded."},
		{"one line that only looks like a prefix", "status | 503 server is overloaded.", "status | 503 server is overloaded."},
		{"a markdown table is not a log", "| a | b |\n| 1 | 2 |", "| a | b |\n| 1 | 2 |"},
		{"a minority of prefixed lines", "x-1 | a\nplain\nplain\nplain", "x-1 | a\nplain\nplain\nplain"},
		// Issue 13's rewrites: the same log in a markdown fence, indented, or collected again
		// by compose, loses the same prefixes.
		{"after a markdown fence", "```\n0|game     | Error: read ECONNRESET\n0|game     |     at TCP.onread\n```",
			"```\n" + blanks("0|game     | ") + "Error: read ECONNRESET\n" + blanks("0|game     | ") + "    at TCP.onread\n```"},
		{"indented", "    api-1  | a\n    api-1  | b", "             a\n             b"},
		{"compose around pm2", "api-1  | 0|game | a\napi-1  | 0|game | b", "                  a\n                  b"},
		{"compose around one line that only looks like a prefix", "api-1  | status | 503 server is overloaded.",
			"         status | 503 server is overloaded."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := blankLogPrefixes(c.in)
			assert.Equal(t, c.want, got)
			assert.Len(t, got, len(c.in), "offsets are kept")
		})
	}
}

func blanks(s string) string { return strings.Repeat(" ", len(s)) }

// The words quoted around a status stop where a character starts: a 40-byte window that ends
// inside 数 quoted half of it, which the evidence showed as "�".
func TestStatusWordsCutWhereCharactersStart(t *testing.T) {
	res := Decode(`{"error":{"code":"1001","message":"401 Header中未收到Authorization参数，无法进行身份验证。"}}`)
	for _, line := range res.Evidence {
		assert.NotContains(t, line, "\uFFFD", line)
	}
}
