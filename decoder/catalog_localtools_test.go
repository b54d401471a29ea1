package decoder

import "testing"

// Local servers' own failures and the coding tools' own prints, written from the servers'
// and tools' source (vLLM's engine core and sampling parameters, Ollama's registry client,
// Claude Code's startup check, Gemini CLI's login hook), not from pasted reports.
func TestCatalogLocalServerFailures(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// vllm/v1/engine/core.py run_engine_core: logger.exception("EngineCore encountered a
		// fatal error.") then _send_engine_dead(): every later request fails until restart.
		{"vLLM engine core log, fatal error", "(EngineCore_DP0 pid=4121) ERROR 05-02 11:07:13 [core.py:702] EngineCore encountered a fatal error.\n(EngineCore_DP0 pid=4121) ERROR 05-02 11:07:13 [core.py:702] Traceback (most recent call last):",
			"vllm", 0, "", Server, false},
		{"vLLM engine core log, failed to start", "(EngineCore_DP0 pid=88) ERROR 09-14 08:01:55 [core.py:633] EngineCore failed to start.",
			"vllm", 0, "", Server, false},
		// vllm/sampling_params.py: ValueError("You can only use one kind of ... but multiple are
		// specified: {self.__dict__}"), answered 400 by the OpenAI server.
		{"vLLM two structured-output constraints, via the openai SDK", `openai.BadRequestError: Error code: 400 - {'error': {'message': "You can only use one kind of structured outputs constraint but multiple are specified: {'json': None, 'regex': '[a-z]+', 'choice': ['yes', 'no']}", 'type': 'BadRequestError', 'param': None, 'code': 400}}`,
			"vllm", 400, "BadRequestError", InvalidRequest, false},
		// The same raised in-process, the message cut where the parameters' dump began: the
		// entry's wording decides, not the class name left as the message (thin.go).
		{"vLLM two structured-output constraints, in-process, message cut at its colon", "ValueError: You can only use one kind of structured outputs constraint but multiple are specified:",
			"vllm", 0, "", InvalidRequest, false},
		// server/images.go makeRequestWithRetry: fmt.Errorf("%d: %s", status, body) under
		// PullModel's "pull model manifest: %s".
		{"ollama pull refused by the registry for an old server", "$ ollama pull qwen3.8:27b\npulling manifest\nError: pull model manifest: 412: The model you are attempting to pull requires a newer version of Ollama that may be in pre-release.",
			"ollama", 412, "", InvalidRequest, false},
		// server/images.go: errDigestMismatch, sent as the /api/pull stream's error line.
		{"ollama pull stream, layer checksum mismatch", `{"error":"digest mismatch, file must be downloaded again: want sha256:1f2e, got sha256:9c8d"}`,
			"ollama", 0, "", Conflict, true},
	})
}

func TestToolOwnConnectionPrints(t *testing.T) {
	checkToolCases(t, []toolCase{
		// Claude Code's startup check (npm @anthropic-ai/claude-code cli.js): `Failed to
		// connect to ${hostname}: ${error.code || error.message}` under "Unable to connect to
		// Anthropic services".
		{"Claude Code startup check, timed out", "Failed to connect to console.anthropic.com: ETIMEDOUT",
			"anthropic", "claude-code", 0, "ETIMEDOUT", Timeout, true},
		{"Claude Code startup check, whole notice", "Unable to connect to Anthropic services\nFailed to connect to api.anthropic.com: ECONNREFUSED\nPlease check your internet connection and network settings.",
			"anthropic", "claude-code", 0, "ECONNREFUSED", Connection, true},
		// Gemini CLI's auth hook: `Failed to login. Message: ${getErrorMessage(e)}`.
		{"Gemini CLI login, token exchange unreachable", "Failed to login. Message: request to https://oauth2.googleapis.com/token failed, reason: getaddrinfo ENOTFOUND oauth2.googleapis.com",
			unchecked, "gemini-cli", 0, "ENOTFOUND", Connection, true},
	})
}

// OpenAI's batch queue limit (platform.openai.com/docs/guides/rate-limits, "Batch queue
// limit"): a batch refused at validation lists token_limit_exceeded in its errors.data[];
// the queue frees as in-progress batches complete, so waiting clears it.
func TestCatalogOpenAIBatchQueueLimit(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"batch object's errors list", `{"object":"list","data":[{"code":"token_limit_exceeded","message":"Enqueued token limit reached for gpt-4.1 in organization org-abc. Limit: 900,000 enqueued tokens. Please try again once some in_progress batches have been completed.","param":null,"line":null}]}`,
			"openai", 0, "token_limit_exceeded", RateLimit, true},
	})
}

// Rate-limit wording the general layers must know: GitHub's primary limit as the tools that
// call the API re-word it ("you have exceeded GitHub's API rate limit", the shape of VS Code
// Copilot Chat's token-request message and of release install scripts), and the Japanese
// term for a rate limit (レート制限, as GitHub's Japanese docs word it) in localised UIs.
func TestWordingRateLimitRewordings(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"install script re-wording GitHub's limit", "error: you have exceeded GitHub's API rate limit. Please try again later, or use a different installation method",
			"", 0, "", RateLimit, true}, "github-api"},
		{decodeCase{"Japanese rate-limit notice", "エラー: レート制限に達しました。しばらくしてから再試行してください。",
			"", 0, "", RateLimit, true}, "generic"},
	})
}
