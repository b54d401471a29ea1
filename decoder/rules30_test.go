package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAPICoreTracebackPath: a Python traceback names google-api-core by the path of its
// files (site-packages/google/api_core/grpc_helpers.py, whose error_remapped_callable
// re-raises a gRPC error as the GoogleAPICallError of the same code), on Windows with
// backslashes; that names a Google API, whose gRPC codes map to HTTP statuses
// (https://googleapis.dev/python/google-api-core/latest/exceptions.html,
// https://cloud.google.com/apis/design/errors#handling_errors). grpcio's own
// _InactiveRpcError and StatusCode.X are the gRPC runtime's
// (https://grpc.github.io/grpc/python/grpc.html): without api_core they name no wrapper and
// no server that maps codes to statuses.
func TestAPICoreTracebackPath(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "a Linux path", in: "Traceback (most recent call last):\n" +
			"  File \"/opt/venv/lib/python3.11/site-packages/google/api_core/grpc_helpers.py\", line 76, in error_remapped_callable\n" +
			"    return callable_(*args, **kwargs)\n" +
			"grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n" +
			"\tstatus = StatusCode.PERMISSION_DENIED\n\tdetails = \"The caller does not have permission\"\n>",
			provider: "", wrapper: "google-api-core", status: 403, code: "PERMISSION_DENIED", cat: Permission},
		{name: "a Windows path", in: "  File \"C:\\Python311\\Lib\\site-packages\\google\\api_core\\grpc_helpers.py\", line 76, in error_remapped_callable\n" +
			"grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n" +
			"\tstatus = StatusCode.NOT_FOUND\n\tdetails = \"Requested entity was not found.\"\n>",
			provider: "", wrapper: "google-api-core", status: 404, code: "NOT_FOUND", cat: NotFound},
		{name: "grpcio alone", in: "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n" +
			"\tstatus = StatusCode.INVALID_ARGUMENT\n\tdetails = \"field name is required\"\n" +
			"\tdebug_error_string = \"UNKNOWN:Error received from peer {grpc_status:3}\"\n>",
			provider: "", wrapper: "", status: 0, code: "INVALID_ARGUMENT", cat: InvalidRequest},
	})
}

// TestGRPCConnectFailed: gRPC C-core (Python's grpcio, C#'s Grpc.Core) describes a channel
// that could not connect as "Connect Failed" under UNAVAILABLE, and google-api-core raises
// it as ServiceUnavailable 503: no answer came, a connection failure, transient
// (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).
func TestGRPCConnectFailed(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "google-api-core's class", in: "google.api_core.exceptions.ServiceUnavailable: 503 Connect Failed",
			status: 503, category: Connection, retry: true}, "generic"},
	})
}

// TestVercelTimeoutCodes: Vercel's runtime log names the error of a failed invocation as
// "reason=CODE, status=504", its error page as "Code: CODE"; an Edge Function's timeout is
// EDGE_FUNCTION_INVOCATION_TIMEOUT, sent with 504
// (https://vercel.com/docs/errors/EDGE_FUNCTION_INVOCATION_TIMEOUT,
// https://vercel.com/docs/errors/INTERNAL_FUNCTION_INVOCATION_TIMEOUT). A log's reason= is a
// code only when written as one (an enum word): Kubernetes' "reason=BackOff" is an event's
// reason, not an API's error code.
func TestVercelTimeoutCodes(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "an Edge Function's error page", in: "504: GATEWAY_TIMEOUT\nCode: EDGE_FUNCTION_INVOCATION_TIMEOUT\nID: iad1::abcde-1700000000000-0123456789ab",
			status: 504, code: "EDGE_FUNCTION_INVOCATION_TIMEOUT", category: Timeout, retry: true}, "proxies"},
		{decodeCase{name: "an Edge Function's log line", in: "[GET] /api/stream reason=EDGE_FUNCTION_INVOCATION_TIMEOUT, status=504, user_error=true",
			status: 504, code: "EDGE_FUNCTION_INVOCATION_TIMEOUT", category: Timeout, retry: true}, "proxies"},
		{decodeCase{name: "an internal function", in: "504: GATEWAY_TIMEOUT\nCode: INTERNAL_FUNCTION_INVOCATION_TIMEOUT",
			status: 504, code: "INTERNAL_FUNCTION_INVOCATION_TIMEOUT", category: Timeout, retry: true}, "proxies"},
		{decodeCase{name: "a serverless function still", in: "reason=FUNCTION_INVOCATION_TIMEOUT, status=504",
			status: 504, code: "FUNCTION_INVOCATION_TIMEOUT", category: Timeout, retry: true}, "proxies"},
	})
}

// TestReasonKeyNeedsAnEnum: a log's "reason=" holds a code only when written as one;
// Kubernetes events log their reason in CamelCase ("reason=BackOff",
// https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/).
func TestReasonKeyNeedsAnEnum(t *testing.T) {
	r := Decode(`Warning  BackOff  pod/api-7d9  reason=BackOff message="Back-off restarting failed container api in pod api-7d9"`)
	assert.Empty(t, r.Code, "evidence: %v", r.Evidence)
	r = Decode("[POST] /api/chat reason=MIDDLEWARE_INVOCATION_TIMEOUT, status=504, user_error=true")
	assert.Equal(t, "MIDDLEWARE_INVOCATION_TIMEOUT", r.Code, "evidence: %v", r.Evidence)
}

// TestAPIGatewayResponseType: API Gateway's access log names the gateway response it sent
// ($context.error.responseType); INTEGRATION_TIMEOUT is sent with 504 when the
// integration outlasts its timeout (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
// Its message alone gives the status too: it is that response type's own default body, and
// the response type is sent with 504 only (status_worded in api-gateways.json).
func TestAPIGatewayResponseType(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "the access log's response type", in: `{"requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "httpMethod": "POST", "error_message": "Endpoint request timed out", "error_responseType": "INTEGRATION_TIMEOUT"}`,
			status: 504, code: "INTEGRATION_TIMEOUT", category: Timeout, retry: true}, "api-gateways"},
		{decodeCase{name: "the message alone", in: `{"message": "Endpoint request timed out"}`,
			status: 504, category: Timeout, retry: true}, "api-gateways"},
	})
}

// TestRealtimeSessionWording: the Realtime API's server_error event asks for the session ID
// in either order ("include session ID in your message", "include the session ID
// sess_... in your message"); it comes over a WebSocket, with no HTTP status
// (https://platform.openai.com/docs/api-reference/realtime-server-events/error).
func TestRealtimeSessionWording(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the session ID before the id", in: "The server had an error while processing your request. You can retry your request, or contact us through our help center at help.openai.com if the error persists. (Please include the session ID sess_C2xYz in your message.)",
			provider: "openai", category: Server, retry: true},
	})
}

// TestStreamGenerateContent: streamGenerateContent is the Gemini API's streaming method
// (https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent); a
// client that names it has called Gemini, unless Vertex AI's host says otherwise.
func TestStreamGenerateContent(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a client naming the method", in: "error during streamGenerateContent, status code: 400, body: {\"error\": {\"code\": 400, \"message\": \"Request contains an invalid argument.\"",
			provider: "gemini", status: 400, category: InvalidRequest},
		{name: "Vertex's host", in: "POST https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro:streamGenerateContent failed: 429 Too Many Requests",
			provider: "vertex-ai", status: 429, category: RateLimit, retry: true},
	})
}

// TestClaudeCodeCloudflareStatus: Claude Code prints any failed status as "API Error:
// <status> <body>", Cloudflare's 52x in front of the API among them
// (https://docs.anthropic.com/en/docs/claude-code/troubleshooting,
// https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/).
func TestClaudeCodeCloudflareStatus(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "a 521 body", in: `API Error: 521 {"title":"Error 521: Web server is down","status":521}`,
			provider: "anthropic", wrapper: "claude-code", status: 521, cat: Server, retryable: true},
		{name: "a 524 in parentheses", in: "API Error (524 A timeout occurred) · Retrying in 5 seconds… (attempt 3/10)",
			provider: "anthropic", wrapper: "claude-code", status: 524, cat: Server, retryable: true},
	})
}
