package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, AI API errors in gRPC, stream and WebSocket forms and in HTTP dumps and
// framework logs (h-rules49, the *-xg* and *-xi* tune rows). Each input is written from the
// provider's documentation or the printing library's source, not copied from the corpus;
// each case failed before the change its comment names.

// TestWebSocketCloseClassIsNoCode: Python's websockets raises ConnectionClosedError for
// every abnormal close, its message the close frames ("received 1011 (internal error)
// <reason>; then sent ...", src/websockets/exceptions.py and frames.py): the class names no
// error, so it is no code; the reason's words decide (exceptions.go genericExceptionNames).
func TestWebSocketCloseClassIsNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a server's internal-error close, received then echoed",
			in:       "websockets.exceptions.ConnectionClosedError: received 1011 (internal error) Internal error encountered.; then sent 1011 (internal error) Internal error encountered.",
			category: Server, retry: true},
		{name: "a server's close for too much traffic",
			in:       "websockets.exceptions.ConnectionClosedError: received 1013 (try again later) The service is currently unavailable.; then sent 1013 (try again later) The service is currently unavailable.",
			category: Overloaded, retry: true},
		{name: "the client's keepalive close, none received: the connection is gone",
			in:       "websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received",
			category: Connection, retry: true},
	})
}

// TestOpenRouterMiddleOutContextError: OpenRouter's context overflow offers its own
// "middle-out" transform (https://openrouter.ai/docs/transforms), wording no other API
// writes: it names OpenRouter and the context_length error (openrouter.json
// context-length-exceeded).
func TestOpenRouterMiddleOutContextError(t *testing.T) {
	const msg = "This endpoint's maximum context length is 131072 tokens. However, you requested about 140000 tokens (139000 of text input, 1000 in the output). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically."
	checkDecodes(t, []decodeCase{
		{name: "the OpenAI Node client's print of the 400",
			in:       "Error: 400 " + msg,
			provider: "openrouter", status: 400, category: ContextLength},
		{name: "a stream error print with no status",
			in:       "stream failed: " + msg,
			provider: "openrouter", category: ContextLength},
	})
}

// TestOpenAIRealtimeClientEventErrors: the Realtime API answers a client event it cannot
// apply with an "error" server event, no HTTP status
// (https://platform.openai.com/docs/api-reference/realtime-server-events/error):
// input_audio_buffer.commit "will produce an error if the input audio buffer is empty", and
// response.cancel with no response in progress is refused (openai.json realtime-*).
func TestOpenAIRealtimeClientEventErrors(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a cancel after the response finished, as the server event",
			in:       `{"type":"error","event_id":"event_9","error":{"type":"invalid_request_error","code":"response_cancel_not_active","message":"Cancellation failed: no active response found","param":null,"event_id":"evt_cancel_1"}}`,
			provider: "openai", code: "response_cancel_not_active", category: Conflict},
		{name: "a commit of too little audio, as the server event",
			in:       `{"type":"error","event_id":"event_7","error":{"type":"invalid_request_error","code":"input_audio_buffer_commit_empty","message":"Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has 20.00ms of audio.","param":null,"event_id":null}}`,
			provider: "openai", code: "input_audio_buffer_commit_empty", category: InvalidRequest},
		{name: "the commit's message alone, as a client logs it",
			in:       "realtime error: Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has 0.00ms of audio.",
			provider: "openai", category: InvalidRequest},
	})
}

// TestSerializationClassIsNoCode: kotlinx.serialization's exceptions are "a generic
// exception indicating the problem in serialization or deserialization process"
// (Kotlin/kotlinx.serialization SerializationExceptions.kt): a client that could not read
// an error body into its model says nothing of the error, and the body printed above it
// answers (exceptions.go genericExceptionNames).
func TestSerializationClassIsNoCode(t *testing.T) {
	const missing = "kotlinx.serialization.MissingFieldException: Field 'details' is required for type with serial name 'com.google.ai.client.generativeai.common.server.GRpcError', but it was missing at path: $.error"
	checkDecodes(t, []decodeCase{
		{name: "the class alone",
			in:       missing,
			category: InvalidRequest},
		{name: "under the Gemini body it failed to read, cut before its braces close",
			in:       "Error: Unexpected Response:\n\"error\": {\n\"code\": 500,\n\"message\": \"An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting\",\n\"status\": \"INTERNAL\"\n\n" + missing,
			provider: "gemini", status: 500, code: "INTERNAL", category: Server, retry: true},
	})
}

// TestLeadingBusinessCodeIndented: a business code leading its line ("3040: Capacity
// temporarily exceeded", https://developers.cloudflare.com/workers-ai/platform/errors/)
// leads it still when the paste is indented or its log prefix blanked (prosecodes.go
// leadsLine): the same error pasted in a code block, or from docker compose.
func TestLeadingBusinessCodeIndented(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "indented",
			in:       "    3040: Capacity temporarily exceeded, please try again.",
			provider: "cloudflare-workers-ai", status: 429, code: "3040", category: Overloaded, retry: true},
		{name: "under a compose service's prefix",
			in:       "worker-1  | 3040: Capacity temporarily exceeded, please try again.",
			provider: "cloudflare-workers-ai", status: 429, code: "3040", category: Overloaded, retry: true},
	})
}

// TestOpenAIRealtimeTruncatePastAudio: conversation.item.truncate past the end of the
// item's audio is answered with an error event
// (https://platform.openai.com/docs/api-reference/realtime-client-events/conversation/item/truncate);
// its wording is OpenAI's entry where the paste names the API (openai.json
// realtime-truncate-past-audio).
func TestOpenAIRealtimeTruncatePastAudio(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the event's message beside the session's URL",
			in:       "realtime session wss://api.openai.com/v1/realtime error: Audio content of 4100ms is already shorter than 5000ms",
			provider: "openai", category: InvalidRequest},
	})
}

// TestTongyiNamesDashScope: Tongyi Qianwen (通义千问) is the family of Qwen models Model
// Studio serves through DashScope, and "tongyi" the name tools give that API (LangChain's
// ChatTongyi, Dify's tongyi model provider, which prefixes its errors "[tongyi]")
// (dashscope.json's name signal).
func TestTongyiNamesDashScope(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "Dify's prefix before a rate limit",
			in:       "[tongyi] Error: Rate limit exceeded, please retry later",
			provider: "dashscope", category: RateLimit, retry: true},
	})
}

// TestAWSSDKRustUnhandledCode: the AWS SDK for Rust prints a code its service model does not
// name as "unhandled error (<Code>)" (smithy-rs OperationErrorGenerator.kt), a line of the
// error chain a Rust CLI prints (awssdkgo.go mRustUnhandled): the code is the service's.
func TestAWSSDKRustUnhandledCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "an error chain with its sources numbered",
			in:   "Error: dispatch failure\n   0: unhandled error (ThrottlingException)\n   1: service error",
			code: "ThrottlingException", category: RateLimit, retry: true},
		{name: "one line",
			in:   "error: operation failed: unhandled error (ServiceQuotaExceededException)",
			code: "ServiceQuotaExceededException", category: Quota},
	})
}

// TestLMStudioNKeepOverflow: LM Studio's llama.cpp engine refuses a prompt whose tokens to
// keep are not fewer than the loaded context, "Cannot truncate prompt with n_keep (N) >=
// n_ctx (M)" (https://lmstudio.ai/docs/app/advanced/context): a context overflow that
// no retry clears (generic.json lmstudio-context-overflow).
func TestLMStudioNKeepOverflow(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the server's body under its 400",
			in:     `Error: 400 {"error":"Cannot truncate prompt with n_keep (9120) >= n_ctx (8192)"}`,
			status: 400, category: ContextLength},
	})
}

// TestElidedBodyMembers: people shorten a body they paste, writing "..." where members
// were ({"type":"error",...}); the object parser skips the elision and reads the members
// around it (object.go), as the stream's error event Anthropic documents
// (https://docs.anthropic.com/en/docs/build-with-claude/streaming#error-events) and an
// OpenAI error body (https://platform.openai.com/docs/guides/error-codes) show.
func TestElidedBodyMembers(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a stream's error event with its other members left out",
			in:       `data: {"type":"error","error":{"type":"overloaded_error", ... }}`,
			provider: "anthropic", code: "overloaded_error", category: Overloaded, retry: true},
		{name: "a body with members left out before its message",
			in:   `{"error":{"code":"rate_limit_exceeded",...,"message":"Rate limit reached for requests"}}`,
			code: "rate_limit_exceeded", category: RateLimit, retry: true},
	})
}

// TestWebSocketAbnormalClosure: a WebSocket that ends with no close frame is closed
// abnormally, code 1006, which no endpoint sends (RFC 6455 section 7.4.1): Python's
// websockets prints it "no close frame received or sent" (src/websockets/exceptions.py),
// gorilla/websocket "close 1006 (abnormal closure)". The connection dropped; opening the
// session again can succeed (generic.json net-websocket-abnormal-closure).
func TestWebSocketAbnormalClosure(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "websockets, neither side's close frame",
			in:       "websockets.exceptions.ConnectionClosedError: no close frame received or sent",
			category: Connection, retry: true},
		{name: "websockets, the client's close unanswered",
			in:       "live session ended: sent 1000 (OK); no close frame received",
			category: Connection, retry: true},
	})
}

// TestJavaArgumentExceptionsAreNoCode: Java's IllegalArgumentException and
// IllegalStateException are thrown by any library for any bad value or state (java.lang's
// docs), as Python's ValueError is: the class names no error, the message decides
// (exceptions.go genericExceptionNames).
func TestJavaArgumentExceptionsAreNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the Vertex AI Java SDK's blocked response",
			in:       "Exception in thread \"main\" java.lang.IllegalArgumentException: The response is blocked due to safety reason.\n\tat com.google.cloud.vertexai.generativeai.ResponseHandler.checkFinishReason(ResponseHandler.java:187)",
			category: ContentFilter},
	})
}

// TestJavaIllegalStateIsNoCode: okio's IllegalStateException names no error: no code, no
// status, and nothing but the fallback's guess for the category.
func TestJavaIllegalStateIsNoCode(t *testing.T) {
	r := Decode("java.lang.IllegalStateException: closed\n\tat okio.RealBufferedSource.read(RealBufferedSource.kt:54)")
	assert.Empty(t, r.Code)
	assert.Zero(t, r.HTTPStatus)
	assert.Equal(t, Guess, r.Confidence)
}
