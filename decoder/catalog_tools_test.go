package decoder

import (
	"testing"
)

// The agent tools and frameworks that print other APIs' errors, with inputs written from
// each tool's own source (message strings in codex-rs, gemini-cli, aider, crewAI,
// llama_index, openai-agents) or its public issue threads (Claude Code, Copilot CLI are
// closed source). The wrapper names the tool; the provider stays the API behind it.
func TestCatalogTools(t *testing.T) {
	cases := []toolCase{
		// Claude Code. A tool's own notice ("Claude usage limit reached", "You've hit your
		// usage limit") prints no status, and implies none: only a code it prints would.
		{"claude-code retrying 529", "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 17 seconds… (attempt 6/10)", "anthropic", "claude-code", 529, "overloaded_error", Overloaded, true},
		{"claude-code 529 final", "API Error: 529 Overloaded. This is a server-side issue, usually temporary — try again in a moment. If it persists, check https://status.claude.com.", "anthropic", "claude-code", 529, "", Overloaded, true},
		{"claude-code usage limit", "  ⎿  Claude usage limit reached. Your limit will reset at 9am (America/Chicago).", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude-code usage limit raw", "Claude AI usage limit reached|1762952400", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude-code session limit", "You've hit your session limit · resets 12:50am (America/Los_Angeles)", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude-code timed out", "⎿  API Error (Request timed out.) · Retrying in 19 seconds… (attempt 6/10)", "anthropic", "claude-code", 0, "", Timeout, true},
		{"claude-code cannot connect", "API Error: Unable to connect to API (ConnectionRefused)", "anthropic", "claude-code", 0, "", Connection, true},
		{"claude-code output cap", "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.", "anthropic", "claude-code", 0, "", ContextLength, false},
		{"claude-code bug report json", `[{"error":"Error: 429 {\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"This request would exceed your account's rate limit. Please try again later.\"}}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:53380)"}]`, "anthropic", "claude-code", 429, "rate_limit_error", RateLimit, true},
		// OpenAI Codex CLI.
		{"codex retry limit 429", "■ exceeded retry limit, last status: 429 Too Many Requests, request id: 9b1f0a2c-77de-4c1e-a6c2-0e1f5c0d9a11", "openai", "codex", 429, "", RateLimit, true},
		{"codex retry limit 503", "exceeded retry limit, last status: 503 Service Unavailable", "openai", "codex", 503, "", Overloaded, true},
		{"codex usage limit", "You've hit your usage limit. Try again at Sep 26th, 2025 3:05 PM.", "openai", "codex", 0, "", Quota, false},
		{"codex quota", "Quota exceeded. Check your plan and billing details.", "openai", "codex", 429, "", Quota, false},
		{"codex stream", "stream error: stream disconnected before completion: Transport error: error decoding response body; retrying 1/5 in 206ms…", "openai", "codex", 0, "", Connection, true},
		{"codex context", "Codex ran out of room in the model's context window. Start a new conversation or clear earlier history before retrying.", "openai", "codex", 0, "", ContextLength, false},
		{"codex plan", "To use Codex with your ChatGPT plan, upgrade to Plus: https://openai.com/chatgpt/pricing.", "openai", "codex", 0, "", Quota, false},
		// Gemini CLI.
		{"gemini-cli daily quota", "⚡ You have reached your daily gemini-2.5-pro quota limit.\n⚡ Automatically switching from gemini-2.5-pro to gemini-2.5-flash for the remainder of this session.\n⚡ To increase your limits, upgrade to a Gemini Code Assist Standard or Enterprise plan with higher limits at https://goo.gle/set-up-gemini-code-assist", "gemini", "gemini-cli", 0, "", Quota, false},
		{"gemini-cli usage limit", "Usage limit reached for all Pro models.\nAccess resets at 3:04 PM PST.\n/stats model for usage details\n/model to switch models.", "gemini", "gemini-cli", 0, "", Quota, false},
		{"gemini-cli fallback", "✕ [API Error: Please submit a new query to continue with the Flash model.]\nPossible quota limitations in place or slow response times detected. Switching to the gemini-2.5-flash model for the rest of this session.", "gemini", "gemini-cli", 0, "", RateLimit, true},
		{"gemini-cli bad key", "[API Error: API key not valid. Please pass a valid API key. (Status: INVALID_ARGUMENT)]", "gemini", "gemini-cli", 400, "INVALID_ARGUMENT", Authentication, false},
		{"gemini-cli high demand", "We are currently experiencing high demand for gemini-3-pro-preview.\nWe apologize and appreciate your patience.\n/model to switch models.", "gemini", "gemini-cli", 0, "", Overloaded, true},
		// GitHub Copilot CLI.
		{"copilot-cli retries exhausted", "✗ Execution failed: Error: Failed to get response from the AI model; retried 5 times (total retry wait time: 6.257302850998652 seconds) Last error: Unknown error", "", "copilot-cli", 0, "", Server, true},
		{"copilot-cli rate limit", "✗ Sorry, you've hit a rate limit that restricts the number of Copilot model requests you can make within a specific time period. Please try again in 1 minute.", "", "copilot-cli", 0, "", RateLimit, true},
		{"copilot-cli quota", " ✘ Model call failed: {\"message\":\"You have no quota\",\"code\":\"quota_exceeded\"}\n ✘ Quota exceeded. Upgrade to increase your limit: https://github.com/features/copilot/plans", "", "copilot-cli", 402, "quota_exceeded", Quota, false},
		{"copilot-cli transient", "● Request failed due to a transient API error. Retrying...", "", "copilot-cli", 0, "", Server, true},
		// LlamaIndex.
		{"llamaindex context", "  File \"/usr/lib/python3.11/site-packages/llama_index/core/indices/prompt_helper.py\", line 247, in _get_available_context_size\n    raise ValueError(\nValueError: Calculated available context size -1024 was not non-negative.", "", "llamaindex", 0, "", ContextLength, false},
		{"llamaindex tenacity", "WARNING:llama_index.llms.openai.utils:Retrying llama_index.llms.openai.base.OpenAI._chat in 0.8 seconds as it raised RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini in organization org-abc on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}.", "openai", "llamaindex", 429, "rate_limit_exceeded", RateLimit, true},
		{"llamaindex no key", "ValueError: \n******\nCould not load OpenAI model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or openai.api_key prior to initialization.", "openai", "llamaindex", 0, "", Authentication, false},
		// CrewAI.
		{"crewai over litellm", "  File \"/usr/local/lib/python3.12/site-packages/crewai/llm.py\", line 512, in call\n    response = litellm.completion(**params)\nlitellm.exceptions.RateLimitError: litellm.RateLimitError: GeminiException - {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource has been exhausted (e.g. check quota).\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}", "gemini", "crewai", 429, "RESOURCE_EXHAUSTED", RateLimit, true},
		{"crewai empty", "Received None or empty response from LLM call.\nError details: Invalid response from LLM call - None or empty.", "openai", "crewai", 0, "", Server, true},
		// OpenAI Agents SDK.
		{"openai-agents max turns", "agents.exceptions.MaxTurnsExceeded: Max turns (10) exceeded", "", "openai-agents", 0, "", InvalidRequest, false},
		{"openai-agents guardrail", "agents.exceptions.InputGuardrailTripwireTriggered: Guardrail InputGuardrail triggered tripwire", "", "openai-agents", 0, "", ContentFilter, false},
		{"openai-agents quota", "  File \"/venv/lib/python3.12/site-packages/agents/run.py\", line 218, in run\n    raise\nopenai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", "openai", "openai-agents", 429, "insufficient_quota", Quota, false},
		// Aider (over LiteLLM: the tool that printed its own reading is the wrapper).
		{"aider rate limited", "litellm.RateLimitError: RateLimitError: OpenrouterException - Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day\nThe API provider has rate limited you. Try again later or check your quotas.\nRetrying in 0.2 seconds...", "openrouter", "aider", 429, "", Quota, false},
		{"aider auth", "litellm.AuthenticationError: AuthenticationError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}\nThe API provider is not able to authenticate you. Check your API key.", "anthropic", "aider", 401, "authentication_error", Authentication, false},
		{"aider token limit", "Model openrouter/deepseek/deepseek-chat has hit a token limit!\nToken counts below are approximate.\n\nInput tokens: ~65,210 of 64,000 -- possibly exhausted context window!", "", "aider", 0, "", ContextLength, false},
	}
	checkToolCases(t, cases)
}
