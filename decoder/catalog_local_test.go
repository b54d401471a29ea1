package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Local inference servers (Ollama, vLLM, llama.cpp) publish no error reference; these
// inputs are written from their API docs and from the error responses in their source
// (handlers, status codes, messages), in the forms users paste them: a JSON body, an SDK
// exception line, a CLI or log line, a stream.
func TestCatalogLocalServers(t *testing.T) {
	tests := []decodeCase{
		// Ollama.
		{"ollama CLI, server not running", `Error: Post "http://127.0.0.1:11434/api/chat": dial tcp 127.0.0.1:11434: connect: connection refused`,
			"ollama", 0, "", Connection, true},
		{"ollama-python ConnectionError", "Traceback (most recent call last):\n  File \"app.py\", line 4, in <module>\n    ollama.chat(model='llama3.2', messages=msgs)\nConnectionError: Failed to connect to Ollama. Please check that Ollama is downloaded, running and accessible. https://ollama.com/download",
			"ollama", 0, "", Connection, true},
		{"ollama-python model not pulled", `ollama._types.ResponseError: model "llama3.1" not found, try pulling it first (status code: 404)`,
			"ollama", 404, "", NotFound, false},
		{"ollama native body, model not pulled", `{"error":"model 'qwen2.5:7b' not found, try pulling it first"}`,
			"ollama", 404, "", NotFound, false},
		{"ollama OpenAI-compatible 404 via the openai SDK", `openai.NotFoundError: Error code: 404 - {'error': {'message': 'model "llama3.1" not found, try pulling it first', 'type': 'not_found_error', 'param': None, 'code': None}}`,
			"ollama", 404, "not_found_error", NotFound, false},
		{"ollama model without tool support", `ollama._types.ResponseError: registry.ollama.ai/library/gemma2:9b does not support tools (status code: 400)`,
			"ollama", 400, "", InvalidRequest, false},
		{"ollama queue full", "HTTP/1.1 503 Service Unavailable\nContent-Type: application/json; charset=utf-8\n\n{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}",
			"ollama", 503, "", Overloaded, true},
		{"ollama runner crash", `Error: model runner has unexpectedly stopped, this may be due to resource limitations or an internal error, check ollama server logs for details`,
			// Raised before any content went out, so Ollama answers it with 500
			// (server/routes.go streamResponse; status_worded in ollama.json).
			"ollama", 500, "", Server, true},
		{"ollama embed over the context", `ollama._types.ResponseError: the input length exceeds the context length (status code: 400)`,
			"ollama", 400, "", ContextLength, false},
		{"ollama pull of an unknown name", `ollama pull llama3.2-3b
pulling manifest
Error: pull model manifest: file does not exist`,
			"ollama", 0, "", NotFound, false},
		{"ollama cloud sign-in", "HTTP/1.1 401 Unauthorized\n\n{\"error\":\"unauthorized\",\"signin_url\":\"https://ollama.com/connect?name=host&key=abc\"}",
			"ollama", 401, "unauthorized", Authentication, false},

		// vLLM.
		{"vLLM context overflow via the openai SDK", `openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 4096 tokens. However, your request has 5210 input tokens. Please reduce the length of the input messages.", 'type': 'BadRequestError', 'param': 'input_tokens', 'code': 400}}`,
			"vllm", 400, "BadRequestError", ContextLength, false},
		{"vLLM max_tokens too large, JSON body", `{"error":{"message":"'max_tokens' or 'max_completion_tokens' is too large: 4096. This model's maximum context length is 8192 tokens and your request has 5000 input tokens (4096 > 8192 - 5000).","type":"BadRequestError","param":"max_tokens","code":400}}`,
			"vllm", 400, "BadRequestError", ContextLength, false},
		{"vLLM served model name mismatch", `{"error":{"message":"The model ` + "`gpt-4o`" + ` does not exist.","type":"NotFoundError","param":"model","code":404}}`,
			"vllm", 404, "NotFoundError", NotFound, false},
		{"vLLM tool calling not enabled", `Error code: 400 - {'error': {'message': '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', 'type': 'BadRequestError', 'param': None, 'code': 400}}`,
			"vllm", 400, "BadRequestError", InvalidRequest, false},
		{"vLLM engine died, server log", `(APIServer pid=2214) ERROR 03-16 00:55:10 [async_llm.py:538] vllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered an issue. See stack trace (above) for the root cause.
(APIServer pid=2214) INFO:     127.0.0.1:45440 - "POST /v1/chat/completions HTTP/1.1" 500 Internal Server Error`,
			// The exception's name is the code vLLM's engine-dead entry is filed under.
			"vllm", 500, "EngineDeadError", Server, false},
		{"vLLM not up yet", `[agent] POST http://localhost:8000/v1/chat/completions failed: connect ECONNREFUSED 127.0.0.1:8000`,
			"vllm", 0, "ECONNREFUSED", Connection, true},

		// llama.cpp.
		{"llama-server context overflow", "HTTP/1.1 400 Bad Request\nContent-Type: application/json; charset=utf-8\n\n{\"error\":{\"code\":400,\"message\":\"request (9000 tokens) exceeds the available context size (8192 tokens), try increasing it\",\"type\":\"exceed_context_size_error\",\"n_prompt_tokens\":9000,\"n_ctx\":8192}}",
			"llama-cpp", 400, "exceed_context_size_error", ContextLength, false},
		{"llama-server still loading", `curl http://localhost:8080/v1/chat/completions -d @req.json
{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}`,
			"llama-cpp", 503, "unavailable_error", Overloaded, true},
		{"llama-server embeddings not enabled", `openai.InternalServerError: Error code: 501 - {'error': {'code': 501, 'message': 'This server does not support embeddings. Start it with ` + "`--embeddings`" + `', 'type': 'not_supported_error'}}`,
			"llama-cpp", 501, "not_supported_error", InvalidRequest, false},
		{"llama-server physical batch", `{"error":{"code":500,"message":"input (5567 tokens) is too large to process. increase the physical batch size (current batch size: 4096)","type":"server_error"}}`,
			"llama-cpp", 500, "server_error", ContextLength, false},
		{"llama-server image without mmproj", `{"error":{"code":500,"message":"image input is not supported - hint: if this is unexpected, you may need to provide the mmproj","type":"server_error"}}`,
			"llama-cpp", 500, "server_error", InvalidRequest, false},
		{"llama-cpp-python context window", `ValueError: Requested tokens (5000) exceed context window of 4096`,
			"llama-cpp", 0, "", ContextLength, false},
	}
	checkDecodes(t, tests)
}

// An Ollama stream that fails after its first chunks ends in an {"error": "..."} line while
// the HTTP status stays 200. The engine does not yet read NDJSON as a stream, so the status
// (200) is not asserted here; the provider and the advice are.
func TestCatalogOllamaNDJSONStream(t *testing.T) {
	in := `{"model":"llama3.2","created_at":"2025-10-26T17:21:21.196249Z","response":" Yes","done":false}
{"model":"llama3.2","created_at":"2025-10-26T17:21:21.207235Z","response":".","done":false}
{"error":"an error was encountered while running the model"}`
	r := Decode(in)
	assert.Equal(t, "ollama", r.Provider, "evidence: %v", r.Evidence)
	assert.Equal(t, Server, r.Category)
	assert.True(t, r.Retryable)
}
