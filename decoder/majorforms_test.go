package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Real pastes of the major APIs in bare, stack, gRPC, SSE and log forms (corpus rows
// *-l*, tune split), each with the answer its provider's documentation gives.
func TestMajorAPIPastesInTheirForms(t *testing.T) {
	tests := []struct {
		id, in    string
		provider  string
		status    int
		category  Category
		retryable bool
	}{
		// An OpenAI Realtime session's server_error event (a WebSocket event, no HTTP
		// status), as Pipecat logs it: the session ID stands for the request ID.
		{"openai-l005", `pipecat.pipeline.task:_process_up_queue:473 - A fatal error occurred: ErrorFrame#0(error: The server had an error while processing your request. Sorry about that! Please contact us through our help center at help.openai.com if the error persists. (include session ID in your message: sess_BQ9LRgaHZTUmCMaN09qN4). We recommend you retry your request., fatal: True)`,
			"openai", 0, Server, true},
		// openai-python raises its bare APIError only from _streaming.py, for an error
		// event after the 200: no status.
		{"openai-l013", `    async for item in self._iterator:
  File "C:\Users\jimmy\AppData\Local\Programs\Python\Python311\Lib\site-packages\openai\_streaming.py", line 174, in __stream__
    raise APIError(
openai.APIError: The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.`,
			"openai", 0, Server, true},
		// Azure's DeploymentNotFound in its older words, as openai-python 0.x raised it.
		{"azure-openai-l002", `InvalidRequestError: The API deployment for the resource does not exist.`,
			"azure-openai", 404, NotFound, false},
		// Code Assist's ErrorInfo reason MODEL_CAPACITY_EXHAUSTED under a 429
		// RESOURCE_EXHAUSTED is the server's capacity, not the caller's quota (with the
		// poster's line numbers).
		{"gemini-l005", `    1  {
    2    "error": {
    3      "code": 429,
    4      "message": "No capacity available for model on the server",
    5      "status": "RESOURCE_EXHAUSTED",
    6      "details": [{ "reason": "MODEL_CAPACITY_EXHAUSTED" }]
    7    }
    8  }`,
			"gemini", 429, Overloaded, true},
		// Anthropic's 500 api_error whose message is "Overloaded", in Claude Code's JSON log.
		{"anthropic-l008", "[{\"error\":\"Error: 500 {\\\"type\\\":\\\"error\\\",\\\"error\\\":{\\\"type\\\":\\\"api_error\\\",\\\"message\\\":\\\"Overloaded\\\"},\\\"request_id\\\":null}\\n    at a9.generate (file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js:977:2654)\\n    at AP.makeStatusError (file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js:994:2131)\\n    at AP.makeRequest (file:///opt/homebrew/lib/node_modules/@anthropic-ai/claude-code/cli.js:994:5344)\\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)",
			"anthropic", 500, Overloaded, true},
		// OpenRouter: the model exists, but no provider of it accepts the request's
		// tool_choice value: the request must change (a 404 all the same).
		{"openrouter-l003", "Failed to connect to OpenRouter API: 404 Not Found {\"error\":{\"message\":\"No endpoints found that support the provided 'tool_choice' value. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing\",\"code\":404}",
			"openrouter", 404, InvalidRequest, false},
		// undici's connect timeout, as Gemini CLI prints its cause: fetch fails before any
		// request went out, which openai-node reports as a connection error. The text
		// names only "Gemini API".
		{"vertex-ai-l004", "Error when talking to Gemini API Full report available at: /var/folders/.../gemini-client-error-Turn.run-sendMessage...\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted addresses: 172.217.27.42:443, 2404:6800:4001:804::200a:443, 172.217.25.74:443,\n      at onConnectTimeout (node:internal/deps/undici/undici:1936:23)\n      at Immediate._onImmediate (node:internal/deps/undici/undici:1917:11)\n      at process.processImmediate (node:internal/timers:504:21) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}",
			"gemini", 0, Connection, true},
		// Gemini Code Assist's "Your quota will reset after ...": hours away, the daily
		// request limit (quota); seconds away, the per-minute one (gemini-j031's words).
		{"gemini-l006", "\u2715 [API Error: [{ \"error\": { \"code\": 429, \"message\": \"You have exhausted your capacity on this model. Your quota will reset after 8h44m7s.\",",
			"gemini", 429, Quota, false},
		{"gemini-j031 (its words)", "You have exhausted your capacity on this model. Your quota will reset after 53s.",
			"gemini", 0, RateLimit, true},
		// grpc-js's own deadline passing: no API is named, and no response came.
		{"vertex-ai-l003", "4 DEADLINE_EXCEEDED: Deadline exceeded", "", 0, Timeout, true},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
		})
	}
}

// The code each paste's error carries, read where the paste writes it: under pm2's log
// prefix, and never the number a "status" text beside it names.
func TestMajorAPIPastesCodes(t *testing.T) {
	tests := []struct{ id, in, code string }{
		{"openai-l007", "0|chatgpt  | Exception: Error: 404 Not Found {\n0|chatgpt  |     \"error\": {\n0|chatgpt  |         \"message\": \"The model: `gpt-4` does not exist\",\n0|chatgpt  |         \"type\": \"invalid_request_error\",\n0|chatgpt  |         \"param\": null,\n0|chatgpt  |         \"code\": \"model_not_found\"\n0|chatgpt  |     }\n0|chatgpt  | }\n0|chatgpt  |", "model_not_found"},
		{"gemini-l010", "failed: ApiError: {\"error\":{\"message\":\"\",\"code\":404,\"status\":\"Not Found\"}}", ""},
		{"anthropic-l005", "Messages stream error, type: not_found_error, message: Not Founderror, status code: 404, message: anthropic api error type: not_found_error, message: Not Found", "not_found_error"},
		{"vertex-ai-l006", "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n        status = StatusCode.UNAVAILABLE\n        details = \"Getting metadata from plugin failed with error: 'str' object has no attribute 'before_request'\"\n        debug_error_string = \"UNKNOWN:Error received from peer  {grpc_message:\"Getting metadata from plugin failed with error: \\'str\\' object has no attribute \\'before_request\\'\", grpc_status:14, created_time:\"2024-05-13T14:23:12.184109-07:00\"}\"\n>", "UNAVAILABLE"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
		})
	}
}
