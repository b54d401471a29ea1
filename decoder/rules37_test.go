package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOnlyServedRecords: a paste that is nothing but a server's access records of the
// OpenAI-compatible routes is the serving program's log, so the failed request's status is
// the error's even when nothing names the server. uvicorn's AccessFormatter prints
// `INFO:     <client> - "<METHOD> <path> HTTP/<v>" <status> <phrase>`
// (https://github.com/encode/uvicorn/blob/master/uvicorn/logging.py).
func TestOnlyServedRecords(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "uvicorn record with its level and client",
			in:     `INFO:     127.0.0.1:40112 - "POST /v1/chat/completions HTTP/1.1" 400 Bad Request`,
			status: 400, category: InvalidRequest},
		{name: "the record alone",
			in:     `"POST /v1/embeddings HTTP/1.1" 401 Unauthorized`,
			status: 401, category: Authentication},
		{name: "a success, then the failure",
			in: `INFO:     10.0.0.7:5012 - "GET /v1/models HTTP/1.1" 200 OK` + "\n" +
				`INFO:     10.0.0.7:5013 - "POST /v1/completions HTTP/1.1" 404 Not Found`,
			status: 404, category: NotFound},
		{name: "fenced, between the app's info lines",
			in: "```\n2026-03-02 10:04:05,120 INFO app: sending request\n" +
				`INFO:     127.0.0.1:40112 - "POST /v1/chat/completions HTTP/1.1" 429 Too Many Requests` + "\n```",
			status: 429, category: RateLimit, retry: true},
	})
}

// TestServedRecordsBesideOtherText: an app's record of its own route, or a record beside
// words of the app's own, is the app's answer to its caller, not the error's status.
func TestServedRecordsBesideOtherText(t *testing.T) {
	for _, in := range []string{
		`INFO:     127.0.0.1:53422 - "POST /v1/ask HTTP/1.1" 500 Internal Server Error`,
		`INFO:     127.0.0.1:53422 - "POST /v1/chat/completions HTTP/1.1" 200 OK`,
	} {
		t.Run(in, func(t *testing.T) {
			assert.Equal(t, 0, Decode(in).HTTPStatus)
		})
	}
	assert.False(t, onlyServedRecords(normalize(`Traceback: boom
INFO:     127.0.0.1:1 - "POST /v1/chat/completions HTTP/1.1" 500 Internal Server Error`, DefaultMaxInput)))
}

// TestGeminiCLIEarlyAPIErrorPrint: Gemini CLI's June 2025 print of a Google error was
// `API Error: <message> (Status: <STATUS>)` without the brackets of later versions, after
// its error prefix '✕ '
// (https://github.com/google-gemini/gemini-cli/blob/bc3fa71234/packages/cli/src/ui/utils/errorParsing.ts,
// packages/cli/src/ui/components/messages/ErrorMessage.tsx).
func TestGeminiCLIEarlyAPIErrorPrint(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "not found",
			in:       "✕ API Error: Requested entity was not found. (Status: NOT_FOUND)",
			provider: unchecked, wrapper: "gemini-cli", status: -1, code: "NOT_FOUND", cat: NotFound},
		{name: "permission",
			in:       "✕ API Error: Permission denied on resource project my-proj. (Status: PERMISSION_DENIED)",
			provider: unchecked, wrapper: "gemini-cli", status: -1, code: "PERMISSION_DENIED", cat: Permission},
	})
}

// TestClaudeCodeStreamErrorPrint: Claude Code prints `API Error: <message>`; for an error
// event of the stream the Anthropic SDK throws an APIError with no status, whose message is
// the event's body as JSON (anthropic-sdk-typescript src/core/streaming.ts, src/core/error.ts
// makeMessage), so the print is `API Error: {"type":"error","error":{...}}`. An Anthropic
// error type then gives the category.
func TestClaudeCodeStreamErrorPrint(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "overloaded event",
			in:       `  ⎿  API Error: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`,
			provider: "anthropic", wrapper: "claude-code", status: -1, code: "overloaded_error", cat: Overloaded, retryable: true},
		{name: "api_error event with a request id",
			in:       `API Error: {"type":"error","error":{"type":"api_error","message":"Internal server error"},"request_id":"req_011AbCdEf"}`,
			provider: "anthropic", wrapper: "claude-code", status: -1, code: "api_error", cat: Server, retryable: true},
	})
}
