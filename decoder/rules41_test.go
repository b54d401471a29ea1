package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, raw HTTP and stream errors (h-rules41). Each input is written from the API's
// documentation or the printing library's source, not copied from the corpus; each case
// with an answer failed before the rule its comment names.

// TestOpenAIMissingKeyStatus: OpenAI's error-code table lists "401 - Invalid
// Authentication" (https://platform.openai.com/docs/guides/error-codes), the error whose
// message is "You didn't provide an API key ..." when no Authorization header arrives; the
// entry is status_worded, so a print of the message alone (openai-python 0.x's
// AuthenticationError, a JS object printed by a fetch wrapper) knows its 401.
func TestOpenAIMissingKeyStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "openai-python 0.x AuthenticationError",
			in:       "openai.error.AuthenticationError: You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
			provider: "openai", status: 401, category: Authentication},
		{name: "the body's error member printed as a JS object",
			in:       "{\n  message: \"You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).\",\n  type: 'invalid_request_error',\n  param: null,\n  code: null\n}",
			provider: "openai", status: 401, code: "invalid_request_error", category: Authentication},
	})
}

// TestStatusBeforeBodyAfterBlanks: a client that prints `${status} ${body}` where the body
// text opens with its own blank ("Error from X: 502  {...}") still states the status; only
// a JSON object or list may follow the blanks (leadsMessage, status.go), so a count before
// words stays no status.
func TestStatusBeforeBodyAfterBlanks(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"two blanks before an object", "Error from upstream: 502  {\"error\": {\"message\": \"bad gateway\"}}", 502, "502  {"},
		{"three blanks before a list", "Request failed: 422   [{\"loc\": [\"body\", \"model\"], \"msg\": \"field required\"}]", 422, "422   ["},
		{"blanks before words are no body", "Error: 500  items were dropped from the batch", 0, ""},
	})
}

// TestOllamaRoutesInAccessRecords: Ollama's native inference routes (/api/generate,
// /api/chat, /api/embed, /api/embeddings, https://github.com/ollama/ollama/blob/main/docs/api.md)
// are answered by Ollama and by servers that mimic it; an access record of one of them in
// uvicorn's format (`%s - "%s %s HTTP/%s" %d`) is the answer to the failed call.
func TestOllamaRoutesInAccessRecords(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "generate route not served", in: `INFO:     10.0.0.7:51512 - "POST /api/generate HTTP/1.1" 404 Not Found`,
			status: 404, category: NotFound},
		{name: "embed route failing", in: `INFO:     10.0.0.7:51514 - "POST /api/embed HTTP/1.1" 500 Internal Server Error`,
			status: 500, category: Server, retry: true},
	})
}

// TestRealtimeActiveResponse: the Realtime API's error server event
// (https://platform.openai.com/docs/api-reference/realtime-server-events/error) for a
// response.create sent while a response is in progress: a conflict that clears when the
// active response is done, over a WebSocket, so no HTTP status.
func TestRealtimeActiveResponse(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the error event",
			in:       `{"type": "error", "event_id": "event_890", "error": {"type": "invalid_request_error", "code": "conversation_already_has_active_response", "message": "Conversation already has an active response in progress: resp_001. Wait until the response is finished before creating a new one.", "param": null, "event_id": "event_567"}}`,
			provider: "openai", code: "conversation_already_has_active_response", category: Conflict, retry: true},
		{name: "a Python repr of the event's error",
			in:       "RealtimeError(message='Conversation already has an active response in progress: resp_002.', type='invalid_request_error', code='conversation_already_has_active_response', event_id=None, param=None)",
			provider: "openai", code: "conversation_already_has_active_response", category: Conflict, retry: true},
	})
}

// TestStoredStreamInAString: a logging proxy or tracer stores a streamed response's body
// as one string, the stream as it came over the wire (SSE, https://html.spec.whatwg.org/multipage/server-sent-events.html).
// Its event: error frame came inside the 200 stream: the error's documented status (529
// for Anthropic's overloaded_error, https://docs.anthropic.com/en/docs/build-with-claude/streaming#error-events)
// was not the response's.
func TestStoredStreamInAString(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "an error event after the stream began",
			in:       `{"id": "log_1", "response_body": "event: message_start\ndata: {\"type\":\"message_start\"}\n\nevent: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"}`,
			provider: "anthropic", code: "overloaded_error", category: Overloaded, retry: true},
		{name: "an error event alone, its fields without the optional blank",
			in:       `{"raw_stream": "event:error\ndata:{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"}`,
			provider: "anthropic", code: "overloaded_error", category: Overloaded, retry: true},
	})
}

// TestAISDKStreamErrorForms: the Vercel AI SDK's data stream protocol writes an error part
// as `3:` and a JSON string on a line of its own (ai 4.x, packages/ui-utils/src/data-stream-parts.ts:
// errorStreamPart, formatDataStreamPart), inside the 200 stream; the published `ai` package
// ships its src/ beside dist/ (packages/ai/package.json "files"), so source-mapped stacks name
// node_modules/ai/src/.
func TestAISDKStreamErrorForms(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "error part after text parts",
			in:       "0:\"Sure, \"\n0:\"here\"\n3:\"{\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"overloaded_error\\\",\\\"message\\\":\\\"Overloaded\\\"}}\"\n",
			provider: "anthropic", wrapper: "vercel-ai", status: 0, code: "overloaded_error", cat: Overloaded, retryable: true},
		{name: "a 3: inside a line is no part",
			in:       "step 3:\"{\\\"type\\\":\\\"overloaded_error\\\",\\\"message\\\":\\\"Overloaded\\\"}\"",
			provider: unchecked, wrapper: "", status: -1, code: "overloaded_error", cat: Overloaded, retryable: true},
		{name: "a source-mapped stack of the ai package",
			in:       "Error: Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.\n    at processUIMessageStream (/srv/app/node_modules/ai/src/ui/process-ui-message-stream.ts:240:17)",
			provider: "anthropic", wrapper: "vercel-ai", status: -1, cat: Quota, retryable: false},
	})
	r := Decode("0:\"Sure\"\n3:\"An error occurred.\"\n")
	assert.Equal(t, "vercel-ai", r.Wrapper, "a data stream's error part alone; evidence: %v", r.Evidence)
}

// TestStreamEndingsOfToolsAndSessions: Gemini CLI's own errors for a generateContent
// stream that ended without valid content (EmptyStreamError in
// packages/core/src/core/geminiChat.ts, printed in its "[API Error: ...]" frame; it retries
// once itself), and the Realtime error event for a session past its maximum duration
// (https://platform.openai.com/docs/guides/realtime-conversations#session-lifecycle-events):
// the first clears on a new attempt, the second needs a new session.
func TestStreamEndingsOfToolsAndSessions(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "Gemini CLI, missing finish reason", in: "✕ [API Error: Model stream ended with an invalid chunk or missing finish reason.]",
			provider: "gemini", wrapper: "gemini-cli", status: 0, cat: Server, retryable: true},
		{name: "Gemini CLI, empty response text", in: "✕ [API Error: Model stream ended with empty response text.]",
			provider: "gemini", wrapper: "gemini-cli", status: 0, cat: Server, retryable: true},
		{name: "a Realtime session past its limit", in: `{"type": "error", "event_id": "event_42", "error": {"type": "invalid_request_error", "code": null, "message": "Your session hit the maximum duration of 60 minutes.", "param": null, "event_id": null}}`,
			provider: "openai", wrapper: "", status: 0, code: "invalid_request_error", cat: InvalidRequest, retryable: false},
	})
}
