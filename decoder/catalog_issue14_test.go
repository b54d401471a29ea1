package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 14's self-hosted servers and hosted APIs, written from their source and docs: vLLM's
// logger format and engine errors (vllm/logger.py, vllm/engine/async_llm_engine.py,
// vllm/config.py's SchedulerConfig), NVIDIA's NVCF problem details and NIM's OpenAI-style
// answers, Zhipu's business codes as apps print them in brackets.
func TestIssue14ServersAndAPIs(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// vLLM's logger prints "LEVEL MM-DD HH:MM:SS file.py:line] message" (vllm/logger.py
		// _FORMAT): the serving layer's file names it, and its ValueErrors are answered 400
		// (OpenAIServing.create_error_response defaults to HTTPStatus.BAD_REQUEST).
		{"vLLM log, completion over the window", "ERROR 11-02 09:14:55 serving_completion.py:118] Error in preprocessing prompt inputs\n" +
			"ERROR 11-02 09:14:55 serving_completion.py:118] ValueError: This model's maximum context length is 4096 tokens. However, you requested 4600 tokens (3576 in the messages, 1024 in the completion). Please reduce the length of the messages or completion.",
			"vllm", 400, "", ContextLength, false},
		{"vLLM traceback path, no module dots", "  File \"/opt/venv/lib/python3.10/site-packages/vllm/entrypoints/openai/serving_chat.py\", line 190, in create_chat_completion\n" +
			"    raise ValueError(\nValueError: 'max_tokens' or 'max_completion_tokens' is too large: 2048. This model's maximum context length is 2048 tokens and your request has 12 input tokens (2048 > 2048 - 12).",
			"vllm", 400, "", ContextLength, false},
		// AsyncLLMEngine.start_background_loop raises AsyncEngineDeadError("Background loop has
		// errored already.") once the loop died; the server answers 500 until restarted.
		{"vLLM async engine dead", "ERROR:    Exception in ASGI application\nvllm.engine.async_llm_engine.AsyncEngineDeadError: Background loop has errored already.",
			"vllm", 500, "AsyncEngineDeadError", Server, false},
		// SchedulerConfig._verify_args refuses the engine's own settings at start-up.
		{"vLLM settings refused at start-up", "ValueError: max_num_batched_tokens (2048) is smaller than max_model_len (4096). This effectively limits the maximum sequence length to max_num_batched_tokens and makes vLLM reject longer sequences. Please increase max_num_batched_tokens or decrease max_model_len.",
			"vllm", 0, "", Server, false},

		// NVCF answers a bad nvapi- key with problem details, detail "Authorization failed".
		{"NVCF problem details, bad key", `{"status":403,"title":"Forbidden","detail":"Authorization failed"}`,
			"nvidia-nim", 403, "", Authentication, false},
		{"NVCF problem details in a dict repr", `Error code: 403 - {'status': 403, 'title': 'Forbidden', 'detail': 'Authorization failed'}`,
			"nvidia-nim", 403, "", Authentication, false},
		{"NVIDIA API named by a client", "NVIDIA API error: 429 Too Many Requests",
			"nvidia-nim", 429, "", RateLimit, true},
		// NIM for LLMs answers in vLLM's shape: max_tokens derived from a prompt that already
		// fills the window goes negative (vLLM's validation error names the parameter after it),
		// a context error whatever the client's "invalid request" around it says.
		{"NIM max_tokens negative", `POST https://integrate.api.nvidia.com/v1/chat/completions failed: 400 Bad Request: invalid request {"message":"max_tokens must be at least 1, got -120. (parameter=max_tokens, value=-120)","type":"BadRequestError","param":"max_tokens","code":400}`,
			"nvidia-nim", 400, "BadRequestError", ContextLength, false},

		// Ollama Cloud's plan allowances (docs.ollama.com/cloud): its wording and its account
		// pages name it, with no host or model in the line.
		{"Ollama Cloud weekly allowance, body", `{"error":"you've reached your weekly usage limit, please wait or upgrade to continue"}`,
			"ollama", 0, "", Quota, false},
		{"Ollama Cloud allowance, upgrade page", "Error: weekly usage limit reached; upgrade at https://ollama.com/upgrade",
			"ollama", 0, "", Quota, false},
		// GitHub's gh-models extension (github.com/github/gh-models) names GitHub Models; its
		// unknown_model code comes with 400.
		{"gh models CLI, unknown model", "$ gh models run openai/gpt-9 \"hello\"\nError: bad request\n{\"error\":{\"code\":\"unknown_model\",\"message\":\"Unknown model: openai/gpt-9\",\"details\":null}}",
			"github-models", 400, "unknown_model", NotFound, false},

		// MiniMax named by a client that re-prints its status in an OpenAI-style envelope whose
		// type is the client's own: the name, not Anthropic's api_error, decides the API; a
		// model id (MiniMax-M2, minimax/minimax-m2 on a router) names no API.
		{"MiniMax named beside an api_error type", `{"error":{"message":"MiniMax API error: HTTP 403 - forbidden","type":"api_error","param":null,"code":null}}`,
			"minimax", 403, "api_error", Permission, false},
		{"MiniMax model id only", "model MiniMax-M2: Error: 429 rate limited",
			"", 429, "", RateLimit, true},

		// Zhipu's codes in brackets before the message, with the words its table documents.
		{"Zhipu bracketed code and message", "Error: [1113][余额不足或无可用资源包,请充值。]",
			"zhipu", 429, "1113", Quota, false},
		{"Zhipu bracketed code, comma, message", "[1211], [模型不存在，请检查模型代码。]",
			"zhipu", 400, "1211", NotFound, false},
	})
}

// A bracketed number is a code only where it opens the message and a provider's entry
// matched by its words documents it.
func TestReadBracketCodes(t *testing.T) {
	tests := []struct {
		name, in, code string
	}{
		{"opens the message, worded", "[1261][Prompt 超长]", "1261"},
		{"after a label's colon", "API Error: [1305][该模型当前访问量过大，请您稍后再试]", "1305"},
		{"number no entry's words document", "[2024][something went wrong]", ""},
		{"inside a line, not opening it", "worker [1261] said Prompt 超长", ""},
		{"too short to be a business code", "[500][Prompt 超长]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Decode(tt.in)
			assert.Equal(t, tt.code, r.Code, "evidence: %v", r.Evidence)
		})
	}
}

// Codex's UnexpectedResponseError message (codex-rs/core/src/error.rs) is "unexpected status
// <status>: <body>" followed by ", url: <url>" and, when known, the cf-ray and request id: two
// of its parts name Codex, one alone does not.
func TestCodexUnexpectedStatusURL(t *testing.T) {
	tests := []struct {
		name, in, wrapper string
		status            int
	}{
		{"status and url", "unexpected status 504 Gateway Timeout: upstream timed out, url: http://localhost:8317/v1/responses", "codex", 504},
		{"a url alone", "AutoDL API error - code: 500, msg: failed, URL: http://example.com/api", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Decode(tt.in)
			assert.Equal(t, tt.wrapper, r.Wrapper, "evidence: %v", r.Evidence)
			assert.Equal(t, tt.status, r.HTTPStatus, "evidence: %v", r.Evidence)
		})
	}
}
