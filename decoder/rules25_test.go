package decoder

import "testing"

// Local model servers and the apps built on them (issue 14's traps; the *-z* corpus rows),
// written from each server's own source and docs, not copied from the corpus: Ollama's
// llm/llama_server.go and server/routes.go, vLLM's scheduler and memory guide, llama.cpp's
// server, LM Studio's docs, LiteLLM's Router, one-api's and new-api's relay controllers.

// TestOllamaRunnerLoadVsCrash: a runner that dies while the model loads (WaitUntilRunning:
// "llama runner process has terminated") dies again on the next request for the same model,
// while one that stops mid-request ("model runner has unexpectedly stopped", the completion
// call) is replaced by a fresh runner. Ollama answers both with 500 (handleScheduleError).
func TestOllamaRunnerLoadVsCrash(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "CLI, a Windows exit code",
			in:       "Error: llama runner process has terminated: exit status 0xc0000409",
			provider: "ollama", status: 500, category: Server},
		{name: "ollama-python, killed by the OOM killer",
			in:       "ollama._types.ResponseError: llama runner process has terminated: signal: killed (status code: 500)",
			provider: "ollama", status: 500, category: Server},
		{name: "newer builds name llama-server",
			in:       `{"error":"llama-server process has terminated: exit status 1"}`,
			provider: "ollama", status: 500, category: Server},
		{name: "2023 builds",
			in:       "Error: llama runner exited, you may not have enough available memory to run this model",
			provider: "ollama", status: 500, category: Server},
		{name: "mid-request: a new runner may serve the retry",
			in: "Error: model runner has unexpectedly stopped, this may be due to resource limitations or an internal error, check ollama server logs for details",
			// Raised when the POST to the runner fails (llm/server.go Completion), before any
			// content went out, which Ollama answers with 500 (server/routes.go streamResponse).
			provider: "ollama", status: 500, category: Server, retry: true},
	})
}

// TestLocalServerContextOverflow: each server's own words for a prompt longer than the
// context it runs with.
func TestLocalServerContextOverflow(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "vLLM V0 scheduler drops the prompt (no HTTP answer)",
			in:       "WARNING 03-02 10:11:12 scheduler.py:693] Input prompt (9000 tokens) is too long and exceeds limit of 8192",
			provider: "vllm", category: ContextLength},
		{name: "vLLM, more blocks than the KV cache holds",
			in:       "WARNING scheduler.py:1077] Input prompt (40000 tokens) + lookahead slots (0) is too long and exceeds the capacity of block_manager",
			provider: "vllm", category: ContextLength},
		{name: "LM Studio's server log",
			in:       "[ERROR] Trying to keep the first 9000 tokens when context the overflows. However, the model is loaded with context length of only 4096 tokens, which is not enough. Try to load the model with a larger context length, or provide a shorter input",
			category: ContextLength},
		{name: "LM Studio's older wording",
			in:       "Error: The number of tokens to keep from the initial prompt is greater than the context length.",
			category: ContextLength},
		{name: "llama.cpp's server: KV cache full, main loop exits",
			in:       "update_slots : failed to find free space in the KV cache, retrying with smaller n_batch = 64",
			provider: "llama-cpp", category: Server},
	})
}

// TestLocalServerOutOfMemoryAtStart: a server that runs out of GPU memory or cannot load its
// model never serves; launching it unchanged fails the same way.
func TestLocalServerOutOfMemoryAtStart(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "vLLM worker profiling the KV cache",
			in:       "(VllmWorkerProcess pid=311) ERROR 01-05 12:00:00 multiproc_worker_utils.py:233] Exception in worker VllmWorkerProcess while processing method determine_num_available_blocks: CUDA out of memory. Tried to allocate 2.00 GiB.",
			provider: "vllm", category: Server},
		{name: "vLLM sampler warm-up",
			in:       "RuntimeError: CUDA out of memory occurred when warming up sampler with 1024 dummy requests. Please try lowering `max_num_seqs` or `gpu_memory_utilization` when initializing the engine.",
			provider: "vllm", category: Server},
		{name: "llama.cpp's loader on an unknown tokenizer",
			in:       "llama_model_load: error loading model: error loading model vocabulary: unknown pre-tokenizer type: 'deepseek-r1-qwen'",
			category: Server},
		{name: "llama.cpp cannot allocate the KV cache",
			in:       "llama_init_from_model: failed to initialize the context: failed to allocate buffer for kv cache",
			category: Server},
		{name: "llama-server gives up",
			in:       "common_init_from_params: failed to create context with model 'models/qwen2.5-32b-q4_k_m.gguf'\nmain: error: unable to load model",
			category: Server},
		{name: "LM Studio's load guardrail",
			in:       "Failed to load model. Error: Model loading aborted due to insufficient system resources.",
			category: Server},
		{name: "SGLang's memory pool",
			in:       "RuntimeError: Not enough memory. Please try to increase --mem-fraction-static.",
			category: Server},
		{name: "Jan's engine module is no class of llama.cpp's clients",
			in:       "Error: Model failed to start: Could not load engine cortex.llamacpp: the specified module could not be found",
			category: Server},
		{name: "a desktop app whose engine is missing",
			in:       "Error: Model failed to start: Could not load engine onnxruntime",
			category: Server},
	})
}

// TestLlamaCppRequestErrorsSentAs500: llama-server throws these while parsing the request,
// so they arrive as 500 server_error, yet the same request fails every time.
func TestLlamaCppRequestErrorsSentAs500(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "openai-python, tools without --jinja",
			in:       "openai.InternalServerError: Error code: 500 - {'error': {'code': 500, 'message': 'tools param requires --jinja flag', 'type': 'server_error'}}",
			provider: "llama-cpp", status: 500, code: "server_error", category: InvalidRequest},
		{name: "tools with stream on a 2025 build",
			in:       `{"error":{"code":500,"message":"Cannot use tools with stream","type":"server_error"}}`,
			provider: "llama-cpp", status: 500, code: "server_error", category: InvalidRequest},
		{name: "a chat template that raises on the roles",
			in:       `Error: 500 {"error":{"code":500,"message":"Conversation roles must alternate user/assistant at row 12, column 9:\n{{- raise_exception(\"Conversation roles must alternate\") }}","type":"server_error"}}`,
			provider: "llama-cpp", status: 500, code: "server_error", category: InvalidRequest},
	})
}

// TestRelayedLimits: an app or relay that refuses for a limit it met itself, or re-prints the
// upstream's 429 in its own words.
func TestRelayedLimits(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "LiteLLM Router, pre-call checks",
			in:     "litellm.types.router.RouterRateLimitErrorBasic: No deployments available for selected model.",
			status: 429, code: "RouterRateLimitErrorBasic", category: RateLimit, retry: true},
		{name: "LiteLLM Router, cooldown",
			in:     "litellm.RouterRateLimitError: No deployments available for selected model, Try again in 5 seconds. Passed model=gpt-4o. pre-call-checks=False, cooldown_list=[]",
			status: 429, code: "RouterRateLimitError", category: RateLimit, retry: true},
		{name: "new-api's rewrite of an upstream 429",
			in:   `{"error":{"message":"当前分组上游负载已饱和，请稍后再试 (request id: 20250101)","type":"new_api_error","param":"","code":"rate_limited"}}`,
			code: "rate_limited", category: RateLimit, retry: true},
		{name: "OpenRouter's error object printed alone",
			in:       `{"message":"Provider returned error","code":429,"metadata":{"raw":"{\"error\":{\"message\":\"Rate limit exceeded\"}}","provider_name":"Together"}}`,
			provider: "openrouter", status: 429, code: "429", category: RateLimit, retry: true},
		{name: "LM Studio with authentication on",
			in:       "Error: An LM Studio API token is required to make requests to this server, but none was provided",
			category: Authentication},
	})
}

// TestN8nRewordsNetworkFailures: n8n's NodeApiError replaces a Node system error code with a
// sentence of its own (COMMON_ERRORS in packages/workflow/src/errors/abstract/node.error.ts),
// so a local server that is not running reads "The service refused the connection".
func TestN8nRewordsNetworkFailures(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "refused: the Ollama node with Ollama stopped",
			in:       "NodeApiError: The service refused the connection - perhaps it is offline",
			category: Connection, retry: true}, "generic"}, // n8n's class for every failure: no code
		{decodeCase{name: "timed out",
			in:       "The connection timed out, consider setting the 'Retry on Fail' option in the node settings",
			category: Timeout, retry: true}, "generic"},
		{decodeCase{name: "a wrong host name",
			in:       "The connection cannot be established, this usually occurs due to an incorrect host (domain) value",
			category: Connection, retry: true}, "generic"},
		{decodeCase{name: "reset, older builds' spelling",
			in:       "The connection to the server wes closed unexpectedly, perhaps it is offline. You can retry request immidiately or wait and retry later.",
			category: Connection, retry: true}, "generic"},
	})
}
