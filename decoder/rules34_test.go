package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 14, coding agents as wrappers. Each case is written from the tool's or the API's
// own source, not copied from a corpus row.

// TestClaudeCodeAPIErrorPrints: Claude Code prints an API failure as `${WO}: ${A.message}`
// (WO = "API Error"), where the Anthropic SDK's message is "<status> <error.message>" (a
// Bedrock body's message) or "<status> <body JSON>"; a connection failure as the SDK's own
// message ("Connection error.", "Request timed out."); a 429 without unified-limit headers
// as "API Error: Rate limit reached"; a Bedrock model id it cannot use as
// `${WO} (${model}): ${message}. Try --model to switch to ${id}.`; its usage-limit notice
// ends "/login to switch to an API usage-billed account." (npm
// @anthropic-ai/claude-code 2.1.68 cli.js; anthropic-sdk-typescript src/core/error.ts). Its
// native build is a Bun executable whose frames read /$bunfs/root/claude:LINE:COL
// (https://bun.sh/docs/bundler/executables).
func TestClaudeCodeAPIErrorPrints(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "a status and a plain message", in: "  ⎿  API Error: 401 invalid x-api-key · Please run /login",
			provider: "anthropic", wrapper: "claude-code", status: 401, cat: Authentication},
		{name: "a 500 with its words", in: "⏺ API Error: 500 Internal server error",
			provider: "anthropic", wrapper: "claude-code", status: 500, cat: Server, retryable: true},
		{name: "the 429 line", in: "  ⎿  API Error: Rate limit reached",
			provider: "anthropic", wrapper: "claude-code", status: 429, cat: RateLimit, retryable: true},
		{name: "the SDK's connection error", in: "API Error: Connection error.",
			provider: "anthropic", wrapper: "claude-code", status: 0, cat: Connection, retryable: true},
		{name: "the SDK's timeout", in: "● API Error: Request timed out.",
			provider: "anthropic", wrapper: "claude-code", status: 0, cat: Timeout, retryable: true},
		{name: "a Bedrock model id", in: "API Error (claude-opus-4-1): 400 The provided model identifier is invalid.. Try /model to switch to us.anthropic.claude-opus-4-1-20250805-v1:0.",
			provider: "bedrock", wrapper: "claude-code", status: 400, cat: NotFound},
		{name: "the usage-limit hint", in: "You've hit your limit — resets Mar 3, 9pm (Europe/Berlin)\n/login to switch to an API usage-billed account.",
			provider: "anthropic", wrapper: "claude-code", status: 0, cat: Quota},
		{name: "a frame of the native build", in: "Error: 529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n    at generate (/$bunfs/root/claude:52:1180)\n    at makeRequest (/$bunfs/root/claude:61:2200)",
			provider: "anthropic", wrapper: "claude-code", status: 529, code: "overloaded_error", cat: Overloaded, retryable: true},
	})
}

// TestAPIErrorPrintOfAnotherProgram: another program's "<Name> API Error: <status>", or
// Gemini CLI's "[API Error: <message>]" (packages/cli/src/ui/utils/errorParsing.ts), holds
// Claude Code's words, but it is not Claude Code's line (namedBefore).
func TestAPIErrorPrintOfAnotherProgram(t *testing.T) {
	for _, in := range []string{
		`Gemini API Error: 400 {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}`,
		"Error: OpenAI API Error: 429 Too Many Requests",
		"✕ [API Error: 404 status code (no body)]", // Gemini CLI's print (errorParsing.ts)
	} {
		assert.NotEqual(t, "claude-code", Decode(in).Wrapper, in)
	}
	assert.True(t, namedBefore("Gemini API Error", 7))
	assert.True(t, namedBefore("[API Error", 1))
	assert.False(t, namedBefore("  ⎿  API Error", len("  ⎿  ")))
	assert.False(t, namedBefore("Failed to authenticate. API Error", len("Failed to authenticate. ")))
	assert.False(t, namedBefore("API Error", 0))
}

// TestAppOverLibrary: the program the user ran prints the library it calls (aider and
// LiteLLM, https://github.com/Aider-AI/aider/blob/main/aider/llm.py) or the proxy it went
// through (a LiteLLM proxy behind Claude Code) inside its own text, so it is the wrapper.
// The proxy's "None" for a missing type is no code (LiteLLM proxy_server.py,
// type=getattr(e, "type", "None")).
func TestAppOverLibrary(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "aider over LiteLLM", in: "Aider v0.82.0\nMain model: gpt-4.1 with diff edit format\nWeak model: gpt-4.1-mini\n\nlitellm.RateLimitError: RateLimitError: OpenAIException - Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4.1 in organization org-x on tokens per min (TPM): Limit 30000, Used 29000, Requested 3000. Please try again in 4s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}",
			provider: "openai", wrapper: "aider", status: 429, code: "rate_limit_exceeded", cat: RateLimit, retryable: true},
		{name: "aider's apply_updates print", in: "Exception while updating files:\nlitellm.APIConnectionError: APIConnectionError: OpenAIException - Connection error.",
			provider: unchecked, wrapper: "aider", status: -1, cat: Connection, retryable: true},
		{name: "Claude Code over a LiteLLM proxy", in: `API Error: 429 {"error":{"message":"No deployments available for selected model, Try again in 60 seconds. Passed model=claude-sonnet-4. Received Model Group=claude-sonnet-4\nAvailable Model Group Fallbacks=None","type":"None","param":"None","code":"429"}}`,
			provider: unchecked, wrapper: "claude-code", status: 429, code: "429", cat: RateLimit, retryable: true},
		{name: "LiteLLM alone stays LiteLLM", in: "litellm.RateLimitError: RateLimitError: OpenAIException - Error code: 429 - {'error': {'message': 'Rate limit reached', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}",
			provider: unchecked, wrapper: "litellm", status: 429, code: "rate_limit_exceeded", cat: RateLimit, retryable: true},
	})
	assert.True(t, nullWord("None"))
	assert.False(t, nullWord("invalid_request_error"))
}

// TestCrewAIToolUsagePrint: CrewAI's tool-usage error text (src/crewai/translations/en.json,
// errors.tool_usage_exception) around the error the tool raised.
func TestCrewAIToolUsagePrint(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "an OpenAI 429 through a tool", in: "It seems we encountered an unexpected error while trying to use the tool. This was the error: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
			provider: "openai", wrapper: "crewai", status: 429, code: "insufficient_quota", cat: Quota},
	})
}

// TestCopilotPromptTokenLimit: the Copilot API refuses a prompt over the model's prompt
// limit with 400 {"error":{"message":"prompt token count of N exceeds the limit of M","code":
// "model_max_prompt_tokens_exceeded"}} (per-model limits:
// https://docs.github.com/en/copilot/reference/ai-models/supported-models); Copilot CLI's
// give-up line ends with it.
func TestCopilotPromptTokenLimit(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "Copilot CLI's give-up line", in: "✗ Execution failed: Error: Failed to get response from the AI model; retried 5 times (total retry wait time: 7.2 seconds) Last error: CAPIError: 400 prompt token count of 131072 exceeds the limit of 128000",
			provider: "", wrapper: "copilot-cli", status: 400, cat: ContextLength},
		{name: "the body alone", in: `400 {"error":{"message":"prompt token count of 90210 exceeds the limit of 64000","code":"model_max_prompt_tokens_exceeded"}}`,
			provider: "", wrapper: unchecked, status: 400, code: "model_max_prompt_tokens_exceeded", cat: ContextLength},
	})
}

// TestCodexPrints: Codex's TUI prints an error event as "■ {message}"
// (codex-rs/tui/src/history_cell.rs new_error_event), the message a Responses error event's
// JSON or CodexErr's text; a stream error carries the server's reason after
// "stream disconnected before completion: " (codex-rs/core/src/error.rs), and the Responses
// API's context_length_exceeded reads "Your input exceeds the context window of this model"
// (https://platform.openai.com/docs/guides/error-codes).
func TestCodexPrints(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "an error event's JSON", in: `■ {"type":"error","status":429,"error":{"type":"rate_limit_exceeded","message":"Rate limit reached for gpt-5 on tokens per min (TPM). Please try again in 2s."}}`,
			provider: "openai", wrapper: "codex", status: 429, code: "rate_limit_exceeded", cat: RateLimit, retryable: true},
		{name: "an unexpected status", in: "■ unexpected status 401 Unauthorized: Missing bearer or basic authentication in header",
			provider: "openai", wrapper: "codex", status: 401, cat: Authentication},
		{name: "a stream error over the context window", in: "⚠ stream error: stream disconnected before completion: Your input exceeds the context window of this model. Please adjust your input and try again.; retrying 2/5 in 411ms…",
			provider: "openai", wrapper: "codex", status: 0, cat: ContextLength},
	})
}

// TestWordedCodeAsWritten: a code the paste writes as words of its own is reported as the
// paste writes it, like a body's code (a UI that upper-cases the whole message).
func TestWordedCodeAsWritten(t *testing.T) {
	r := Decode("RESPONSE FAILED: CONTEXT_LENGTH_EXCEEDED: THE CONVERSATION IS TOO LONG FOR THE CONTEXT WINDOW")
	assert.Equal(t, "CONTEXT_LENGTH_EXCEEDED", r.Code, "evidence: %v", r.Evidence)
	assert.Equal(t, ContextLength, r.Category)
}
