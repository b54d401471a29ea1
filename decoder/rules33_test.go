package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLlamaServerErrorObject: llama-server answers every error with format_error_response's
// object, {"code": <status>, "message", "type"}, which nlohmann::json writes with its keys
// sorted and no param (https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-common.cpp):
// that shape names llama.cpp where the message does not, and its numeric code is the status,
// never a code of its own.
func TestLlamaServerErrorObject(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a 403 told only by its shape", in: `{"error":{"code":403,"message":"Forbidden","type":"permission_error"}}`,
			provider: "llama-cpp", status: 403, code: "permission_error", category: Permission},
		{name: "a router's unknown model", in: `HTTP/1.1 400 Bad Request` + "\n\n" + `{"error":{"code":400,"message":"model not found","type":"invalid_request_error"}}`,
			provider: "llama-cpp", status: 400, code: "invalid_request_error", category: NotFound},
		{name: "code without type is the status", in: `HTTP 400: {"error":{"code":400,"message":"Cannot have 2 or more assistant messages at the end of the list."}}`,
			provider: "llama-cpp", status: 400, category: InvalidRequest},
	})
	// OpenAI's own object (message first, a param) is no llama-server's.
	r := Decode(`{"error":{"message":"Invalid value for 'temperature'","type":"invalid_request_error","param":"temperature","code":null}}`)
	assert.NotEqual(t, "llama-cpp", r.Provider, "evidence: %v", r.Evidence)
}

// TestLlamaServerWording: the messages llama-server's own code sends, each with the status
// its error type maps to (server-context.cpp, server-common.cpp, common/chat.cpp in
// https://github.com/ggml-org/llama.cpp): a grammar the sampler cannot build and a Responses
// item it cannot convert are the request's fault (400); so are messages it cannot parse and a
// body nlohmann::json rejects, though builds send them as 500 server_error; a decode that
// failed for the whole batch is the server's, and passes on a retry.
func TestLlamaServerWording(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "samplers", in: `{"error":{"code":400,"message":"Failed to initialize samplers: unexpected empty grammar stack after accepting piece: <think>","type":"invalid_request_error"}}`,
			provider: "llama-cpp", status: 400, code: "invalid_request_error", category: InvalidRequest},
		{name: "Responses tool output", in: `{"error":{"code":400,"message":"Output of tool call should be 'Input text' or 'Input image'","type":"invalid_request_error"}}`,
			provider: "llama-cpp", status: 400, code: "invalid_request_error", category: InvalidRequest},
		{name: "messages parse, no status shown", in: `openai.InternalServerError: Failed to parse messages: Unsupported content part type: "input_audio"; messages = [{"role": "user"}]`,
			provider: "llama-cpp", status: 500, category: InvalidRequest},
		{name: "body not JSON", in: `srv  log_server_r: request: POST /completion 10.0.0.2 500` + "\n" + `got exception: {"code":500,"message":"[json.exception.type_error.302] type must be string, but is null","type":"server_error"}`,
			provider: "llama-cpp", status: 500, code: "server_error", category: InvalidRequest},
		{name: "compute error", in: `{"error":{"code":500,"message":"Compute error.","type":"server_error"}}`,
			provider: "llama-cpp", status: 500, code: "server_error", category: Server, retry: true},
	})
}

// TestServedStatus: the access records of a self-hosted server's own log are its answers to
// the client (uvicorn's record under vLLM's API server, llama-server's `request: METHOD PATH
// ADDRESS STATUS` from log_server_request in
// https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-http.cpp), so the
// failed request's status is the error's; another app's route in the same log stays its own.
func TestServedStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "vLLM's access record", in: "(APIServer pid=7) ERROR 01-02 03:04:05 [serving_completion.py:120] Error in preprocessing prompt inputs\n" +
			`(APIServer pid=7) INFO:     127.0.0.1:50000 - "POST /v1/completions HTTP/1.1" 400 Bad Request`,
			provider: "vllm", status: 400, category: InvalidRequest},
		{name: "llama-server's request log", in: "srv  update_slots: all slots are idle\nsrv  log_server_r: request: GET /api/tags 127.0.0.1 404",
			provider: "llama-cpp", status: 404, category: NotFound},
		{name: "another app's route", in: "(APIServer pid=7) ERROR 01-02 03:04:05 [serving_completion.py:120] Error in preprocessing prompt inputs\n" +
			`INFO:     127.0.0.1:50000 - "POST /v1/ask HTTP/1.1" 500 Internal Server Error`,
			provider: "vllm", category: Unknown},
	})
}

// TestSelfHostedIdentity: the forms that name the local servers though the message does not:
// vLLM's per-process log prefix ("(APIServer pid=N)", "(EngineCore_DP0 pid=N)", from
// vllm/utils decorate_logs), ollama-python's ResponseError print ("<error> (status code: N)",
// https://github.com/ollama/ollama-python/blob/main/ollama/_types.py) and Ollama's runner
// error inside its JSON body, its quotes escaped.
func TestSelfHostedIdentity(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "ResponseError print", in: `ResponseError: forbidden (status code: 403)`,
			provider: "ollama", status: 403, category: Permission},
		{name: "runner lost, in a JSON body", in: `Error: {"error":"POST predict: Post \"http://127.0.0.1:39401/completion\": EOF"}`,
			provider: "ollama", category: Server, retry: true},
		{name: "LiteLLM's APIError around the openai SDK's connection error", in: "litellm.exceptions.APIError: litellm.APIError: Hosted_vllmException - Connection error\nReceived Model Group=qwen3\nAvailable Model Group Fallbacks=None",
			provider: "vllm", category: Connection, retry: true},
		{name: "vLLM grammar backend", in: "(APIServer pid=1) ERROR 03-04 10:00:00 [serving.py:300] ValueError: The provided JSON schema contains features not supported by xgrammar.",
			provider: "vllm", category: InvalidRequest},
	})
	r := Decode(`redis.exceptions.ResponseError: WRONGTYPE Operation against a key holding the wrong kind of value`)
	assert.Empty(t, r.Provider, "evidence: %v", r.Evidence)
}

// TestOllamaWordedStatus: Ollama's scheduler answers a model that lacks a capability with
// 400 and any other load failure (not enough memory) with 500 (handleScheduleError in
// https://github.com/ollama/ollama/blob/main/server/routes.go); the CLI prints only the
// message. Older servers answered a model never pulled with the manifest's file error.
func TestOllamaWordedStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "memory", in: "$ ollama run llama3.1:70b\nError: model requires more system memory (40.2 GiB) than is available (15.1 GiB)",
			provider: "ollama", status: 500, category: Server},
		{name: "capability", in: `ollama._types.ResponseError: "nomic-embed-text" does not support chat`,
			provider: "ollama", status: 400, category: InvalidRequest},
		{name: "manifest missing", in: `Error: stat /home/me/.ollama/models/manifests/registry.ollama.ai/library/mistral/latest: no such file or directory`,
			provider: "ollama", category: NotFound},
	})
}

// TestLegacyOpenAIResponseCode: openai-python 0.x raised APIError for a body it could not
// read as a response object, with the status after it: "Invalid response object from API:
// '...' (HTTP response code was 404)" (openai/api_requestor.py, v0.28).
func TestLegacyOpenAIResponseCode(t *testing.T) {
	r := Decode(`openai.error.APIError: Invalid response object from API: '{"message": "Unknown field"}' (HTTP response code was 422)`)
	assert.Equal(t, 422, r.HTTPStatus, "evidence: %v", r.Evidence)
	assert.Equal(t, InvalidRequest, r.Category, "evidence: %v", r.Evidence)
}

// TestVLLMErrorType: vLLM's ErrorResponse names the exception as its type, InternalServerError
// for a failure while generating (vllm/entrypoints/openai/protocol.py ErrorInfo, serving.py
// create_error_response), beside the numeric code and param other servers' bodies share.
func TestVLLMErrorType(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "500 InternalServerError", in: `{"error":{"message":"Internal server error","type":"InternalServerError","param":null,"code":500}}`,
			provider: "vllm", status: 500, code: "InternalServerError", category: Server, retry: true},
	})
}
