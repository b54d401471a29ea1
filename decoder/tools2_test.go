package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The agent tools' own print formats, each line built from the string the tool's code
// prints (not from a paste): Claude Code from its published packages (npm
// @anthropic-ai/claude-code 1.0.60 and 2.0.77 cli.js, the bundled JS of
// @anthropic-ai/claude-code-linux-x64 2.1.197), Gemini CLI from @google/gemini-cli 0.61.0's
// bundle (packages/core/src/utils/errorParsing.ts, googleQuotaErrors.ts,
// packages/cli/src/ui/hooks/useQuotaAndFallback.ts), Copilot CLI from @github/copilot
// 0.0.423 index.js, Codex from codex-rs/core/src/error.rs and codex-rs/protocol, Aider from
// aider/coders/base_coder.py and aider/exceptions.py, CrewAI from
// lib/crewai/src/crewai/utilities/agent_utils.py, the OpenAI Agents SDK from
// src/agents/exceptions.py, LlamaIndex from llama-index-llms-openai's utils.py.
func TestToolsOwnPrintFormats(t *testing.T) {
	cases := []toolCase{
		// 1.0.60 cli.js: `API ${error.name} (${message}) · Retrying in ${s} seconds… (attempt ${k}/${n})`
		{"claude code 1.x retry line", "  ⎿  API Error (529 {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}) · Retrying in 17 seconds… (attempt 6/10)", "anthropic", "claude-code", 529, "overloaded_error", Overloaded, true},
		// 2.1.197: ` · Retrying in ${wait} · attempt ${k}/${max}` after the formatted error
		{"claude code 2.x retry line", "529 Overloaded · Retrying in 4s · attempt 6/10", "anthropic", "claude-code", 529, "", Overloaded, true},
		// 2.1.197: `${"API Error"}: ${"Repeated 529 Overloaded errors"}. The API is at capacity — …`
		{"claude code gave up on 529s", "API Error: Repeated 529 Overloaded errors. The API is at capacity — this is usually temporary. Try again in a moment. If it persists, check https://status.claude.com.", "anthropic", "claude-code", 529, "", Overloaded, true},
		// 2.1.197: a 429 without the plan's unified-limit headers
		{"claude code: the server limits, not the plan", "API Error: Server is temporarily limiting requests (not your usage limit) · Rate limited", "anthropic", "claude-code", 0, "", RateLimit, true},
		// 2.1.197: the same 429 for an API key ("Request rejected (429)"); its status in
		// parentheses is not read yet, so the status is left unchecked.
		{"claude code: request rejected", "API Error: Request rejected (429) · this may be a temporary capacity issue. If it persists, check https://status.claude.com.", "anthropic", "claude-code", -1, "", RateLimit, true},
		// 2.0.77: "Invalid API key · Fix external API key"; 2.1.197: "Not logged in · Please run /login"
		{"claude code: external key invalid", "Invalid API key · Fix external API key", "anthropic", "claude-code", 0, "", Authentication, false},
		{"claude code: not logged in", "Not logged in · Please run /login", "anthropic", "claude-code", 0, "", Authentication, false},
		{"claude code: key of a disabled organization", "Your ANTHROPIC_API_KEY belongs to a disabled organization · Update or unset the environment variable", "anthropic", "claude-code", 0, "", Permission, false},
		// 2.0.77: "API Error: 400 due to tool use concurrency issues." + " Run /rewind to recover the conversation."
		{"claude code: tool_use without tool_result", "API Error: 400 due to tool use concurrency issues. Run /rewind to recover the conversation.", "anthropic", "claude-code", 400, "", InvalidRequest, false},
		{"claude code: context window limit", "API Error: The model has reached its context window limit.", "anthropic", "claude-code", 0, "", ContextLength, false},
		{"claude code: connection lost", "API Error: Connection to the API was lost (ECONNRESET). This is usually temporary — try again.", "anthropic", "claude-code", 0, "ECONNRESET", Connection, true},
		{"claude code: proxy certificate", "Unable to connect to API: Self-signed certificate detected. Check your proxy or corporate SSL certificates", "anthropic", "claude-code", 0, "", Connection, false},
		{"claude code: waiting, will retry", "Waiting for API response · will retry in 30s · check your network", "anthropic", "claude-code", 0, "", Timeout, true},
		{"claude code: model under high load", "Opus is experiencing high load, please use /model to switch to Sonnet", "anthropic", "claude-code", 0, "", Overloaded, true},
		// 2.0.77 gWA(): `You've hit your ${which}${" · resets " + time}`; the overage notices
		{"claude code: weekly limit", "You've hit your weekly limit · resets Oct 9, 5pm (Europe/Berlin)", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude code: opus limit is the weekly one", "You've hit your Opus limit · resets Oct 9, 5pm (Europe/Berlin)", "anthropic", "claude-code", 0, "", Quota, false},
		// 2.0.77: the refusal notice, Claude Code's own "Credit balance is too low", the Pro
		// plan's Opus notice; 2.1.197: a 404 for the model, the retry line of a plan limit
		{"claude code: usage policy refusal", "API Error: Claude Code is unable to respond to this request, which appears to violate our Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to edit your last message or start a new session for Claude Code to assist with a different task.", "anthropic", "claude-code", 0, "", ContentFilter, false},
		{"claude code: credit balance", "Credit balance is too low", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude code: opus not in pro", "Claude Opus is not available with the Claude Pro plan. If you have updated your subscription plan recently, run /logout and /login for the plan to take effect.", "anthropic", "claude-code", 0, "", Permission, false},
		{"claude code: selected model unavailable", "There's an issue with the selected model (claude-sonnet-9). It may not exist or you may not have access to it. Run /model to pick a different model.", "anthropic", "claude-code", 0, "", NotFound, false},
		{"claude code: session limit while retrying", "Session limit reached · Retrying in 3h (5pm) · attempt 1/10", "anthropic", "claude-code", 0, "", Quota, false},
		// 1.0.60 cli.js: how the TUI shows "Prompt is too long", the credit and Opus notices
		{"claude code 1.x: context low", "Context low · Run /compact to compact & continue", "anthropic", "claude-code", 0, "", ContextLength, false},
		{"claude code 1.x: credit balance", "Credit balance too low · Add funds: https://console.anthropic.com/settings/billing", "anthropic", "claude-code", 0, "", Quota, false},
		{"claude code 1.x: opus high demand", "We are experiencing high demand for Opus 4.\nTo continue immediately, use /model to switch to Sonnet 4 and continue coding.", "anthropic", "claude-code", 0, "", Overloaded, true},
		{"claude code: out of extra usage", "You're out of extra usage · resets 3pm (America/New_York)", "anthropic", "claude-code", 0, "", Quota, false},

		// errorParsing.ts: `[API Error: ${message}]`, googleQuotaErrors.ts: TerminalQuotaError's message
		{"gemini cli: daily quota", "✕ [API Error: You have exhausted your daily quota on this model.]", "gemini", "gemini-cli", 0, "", Quota, false},
		{"gemini cli: terminal quota class", "TerminalQuotaError: You have exhausted your daily quota on this model.", "gemini", "gemini-cli", 429, "", Quota, false},
		// googleQuotaErrors.ts: `${errorInfo.reason} Suggested retry after 60s.` for a per-minute limit
		{"gemini cli: retryable quota", "RetryableQuotaError: RATE_LIMIT_EXCEEDED Suggested retry after 60s.", "gemini", "gemini-cli", 429, "", RateLimit, true},
		// useQuotaAndFallback.ts: the high-demand lines of a capacity error
		{"gemini cli: high demand", "We are currently experiencing high demand.\nWe apologize and appreciate your patience.\n/model to switch models.", "gemini", "gemini-cli", 0, "", Overloaded, true},
		{"gemini cli: API key advice after a 429", "[API Error: Quota exceeded for quota metric 'Generate Content API requests per minute' and limit 'GenerateContent request limit per minute for a region' of service 'generativelanguage.googleapis.com' (Status: RESOURCE_EXHAUSTED)]\nPlease wait and try again later. To increase your limits, request a quota increase through AI Studio, or switch to another /auth method", "gemini", "gemini-cli", 429, "RESOURCE_EXHAUSTED", RateLimit, true},

		// core/turn.ts and utils/errorReporting.ts: the report of a failed turn, then the error
		{"gemini cli: error report line", "Error when talking to Gemini API Full report available at: /tmp/gemini-client-error-Turn.run-sendMessageStream-2025-07-01T10-00-00-000Z.json\n[API Error: {\"error\":{\"message\":\"{\\n  \\\"error\\\": {\\n    \\\"code\\\": 429,\\n    \\\"message\\\": \\\"Resource has been exhausted (e.g. check quota).\\\",\\n    \\\"status\\\": \\\"RESOURCE_EXHAUSTED\\\"\\n  }\\n}\\n\",\"code\":429,\"status\":\"Too Many Requests\"}}]", "gemini", "gemini-cli", 429, "RESOURCE_EXHAUSTED", RateLimit, true},

		// @google/gemini-cli 0.2.2 App.js: the fallback notice of a daily Pro quota (Login with
		// Google); gemini-cli-core 0.2.2 retry.js: the 429 retry log
		{"gemini cli 0.2: daily pro quota notice", "⚡ You have reached your daily gemini-2.5-pro quota limit.\n⚡ Automatically switching from gemini-2.5-pro to gemini-2.5-flash for the remainder of this session.\n⚡ To increase your limits, upgrade to a Gemini Code Assist Standard or Enterprise plan with higher limits at https://goo.gle/set-up-gemini-code-assist", "gemini", "gemini-cli", 0, "", Quota, false},
		{"gemini cli 0.2: 429 retry log", "Attempt 1 failed with 429 error (no Retry-After header). Retrying with backoff... GaxiosError: Resource has been exhausted (e.g. check quota).", "gemini", "gemini-cli", 429, "", RateLimit, true},

		// error.rs: RetryLimitReachedError, its CodexErrorInfo in the JSON event, InternalServerError,
		// UsageLimitReachedError for a Team plan
		{"codex: retry limit in its JSON event", "{\"type\":\"error\",\"message\":\"exceeded retry limit, last status: 429 Too Many Requests\",\"codex_error_info\":{\"response_too_many_failed_attempts\":{\"http_status_code\":429}}}", "openai", "codex", 429, "", RateLimit, true},
		// codex-rs/tui/src/chatwidget.rs: the usage warning before the limit
		{"codex: usage warning", "⚠ Heads up, you've used over 90% of your 5h limit. Run /status for a breakdown.", "openai", "codex", 0, "", Unknown, false},
		// login/src/auth/manager.rs: REFRESH_TOKEN_REUSED_MESSAGE
		{"codex: refresh token already used", "Your access token could not be refreshed because your refresh token was already used. Please log out and sign in again.", "openai", "codex", 0, "", Authentication, false},
		{"codex: high demand", "We're currently experiencing high demand, which may cause temporary errors.", "openai", "codex", 0, "", Overloaded, true},
		{"codex: team plan usage limit", "You've hit your usage limit. To get more access now, send a request to your admin or try again at 3:04 PM.", "openai", "codex", 0, "", Quota, false},

		// index.js: `Failed to get response from the AI model; retried ${n} times (total retry
		// wait time: ${s} seconds)… Last error: ${String(error)}`, the q2 class's messages, the
		// 402 fallback j1o and the licence messages
		{"copilot: gave up, last error a 429", "Failed to get response from the AI model; retried 5 times (total retry wait time: 12.5 seconds) Last error: CAPIError: 429 rate limited", "", "copilot-cli", 429, "", RateLimit, true},
		// @github/copilot 1.0.60 app.js: the rate-limit messages by code (D4n) and the 402 ones
		{"copilot: weekly rate limit is a quota", "You've reached your weekly rate limit. Please wait for your limit to reset on December 14, 2026 at 3:04 PM or switch to auto model to continue. Learn More (https://docs.github.com/copilot/concepts/rate-limits).", "", "copilot-cli", 0, "", Quota, false},
		{"copilot: model rate limit", "You've hit the rate limit for this model. Please switch models or wait for your limit to reset in 2 hours 5 minutes. Learn More (https://docs.github.com/copilot/concepts/rate-limits).", "", "copilot-cli", 0, "", RateLimit, true},
		{"copilot: session spending limit", "You've reached the spending limit for this session. Start a new session to continue.", "", "copilot-cli", 0, "", Quota, false},
		{"copilot: upstream capacity", "Copilot encountered an unexpected capacity issue with its upstream model provider.", "", "copilot-cli", 0, "", Overloaded, true},
		{"copilot: premium quota", "Quota exceeded. Upgrade to increase your limit: https://github.com/settings/copilot/features", "", "copilot-cli", 0, "", Quota, false},
		{"copilot: not licensed", "You are not licensed to use Copilot.", "", "copilot-cli", 0, "", Permission, false},

		// base_coder.py: the error, its ExInfo description, `Retrying in {retry_delay:.1f} seconds...`
		{"aider: a later retry line", "litellm.InternalServerError: AnthropicException - Overloaded. Handle with `litellm.InternalServerError`.\nThe API provider's servers are down or overloaded.\nRetrying in 8.0 seconds...", "anthropic", "aider", 529, "", Overloaded, true},
		// agent_utils.py: the summarising notice of a context overflow
		{"crewai: context summarised", "Context length exceeded. Summarizing content to fit the model context window. Might take a while...", "openai", "crewai", 0, "", ContextLength, false},
		// console_formatter.py before crewAI #4160: the tree label of a failed LLM call
		{"crewai: llm failed label", "❌ LLM Failed", unchecked, "crewai", 0, "", Unknown, false},
		// exceptions.py: ModelTimeoutError's message
		{"openai agents: model call timeout", "agents.exceptions.ModelTimeoutError: Model call timed out after 30 seconds.", "", "openai-agents", 0, "", Timeout, true},
		// core/workflow/context.py: a step's failure re-raised as WorkflowRuntimeError
		{"llamaindex: agent workflow step", "WorkflowRuntimeError: Error in step 'run_agent_step': Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", "openai", "llamaindex", 429, "insufficient_quota", Quota, false},
		// @openai/agents-core dist/errors.js: the JS SDK's MaxTurnsExceededError
		{"openai agents js: max turns", "MaxTurnsExceededError: Max turns (10) exceeded\n    at run (/app/node_modules/@openai/agents-core/dist/run.js:412:23)", "", "openai-agents", 0, "", InvalidRequest, false},
		// utils.py: openai_modelname_to_contextsize on a discontinued model
		{"llamaindex: discontinued model", "ValueError: OpenAI model text-davinci-002 has been discontinued. Please choose another model.", "openai", "llamaindex", 0, "", NotFound, false},
	}
	checkToolCases(t, cases)
}

// An API's own error, or another program's print of it, names no tool: the tool is named
// only by what the tool itself prints.
func TestToolsNotNamedByTheirAPI(t *testing.T) {
	cases := []toolCase{
		// Anthropic's body and SDK exception are not Claude Code; a Rust agent's
		// "Anthropic API error (400 …)" is not Claude Code's "API Error (400 …".
		{"anthropic body", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}", "anthropic", "", 529, "overloaded_error", Overloaded, true},
		{"anthropic's credit refusal, not claude code's", "400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.\"}}", "anthropic", "", 400, "invalid_request_error", Quota, false},
		{"anthropic python sdk", "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}", "anthropic", "", 429, "rate_limit_error", RateLimit, true},
		{"another agent's lower-case API error", "Anthropic API error (400 Bad Request): {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens: 100000 > 64000\"}}", "anthropic", "", 400, "invalid_request_error", InvalidRequest, false},
		// Google's body is not Gemini CLI.
		{"gemini body", "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}", unchecked, "", 429, "RESOURCE_EXHAUSTED", RateLimit, true},
		// Z.ai's own plan-limit wording shares Gemini CLI's first words.
		{"z.ai usage limit is not gemini cli's", "Usage limit reached for 5 hour. Your limit will reset at 2026-03-01 10:00:00", "zhipu", "", 429, "", Quota, false},
		// LiteLLM's re-print alone is LiteLLM, not Aider; OpenAI's SDK alone is no agent.
		{"litellm alone", "litellm.RateLimitError: RateLimitError: OpenAIException - Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o', 'type': 'requests', 'code': 'rate_limit_exceeded'}}", unchecked, "litellm", 429, "rate_limit_exceeded", RateLimit, true},
		{"openai sdk alone", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o', 'type': 'requests', 'code': 'rate_limit_exceeded'}}", "openai", "", 429, "rate_limit_exceeded", RateLimit, true},
	}
	checkToolCases(t, cases)
}

// Every literal read from a tool's own code (a signal with a source) names that tool when
// it is all the paste holds, if its weight alone reaches a wrapper: no other tool's signals
// outscore it, and a print format is found in the case the tool prints it.
func TestToolSignalsNameTheirTool(t *testing.T) {
	for _, slug := range []string{"claude-code", "codex", "gemini-cli", "copilot-cli", "aider", "crewai", "llamaindex", "openai-agents"} {
		p := Lookup(slug)
		if !assert.NotNil(t, p, slug) {
			continue
		}
		for _, s := range p.Signals {
			w := s.Weight
			if w == 0 {
				w = defaultWeights[s.Kind]
			}
			if s.Source == "" || w < minWrapperScore {
				continue
			}
			in := s.Text
			if strings.HasSuffix(in, " ") {
				in += "1" // a prefix ("API Error (400 ") is pasted with what follows it
			}
			switch s.Kind {
			case "module":
				in = "Traceback (most recent call last):\n  " + s.Text + "Runner"
			case "class":
				in = s.Text + ": failed"
			}
			assert.Equal(t, slug, Decode(in).Wrapper, "%s signal %q (%s)", slug, s.Text, s.Source)
		}
	}
}

// A print format matches in the tool's own case, whatever whitespace a paste wrapped it with.
func TestPrintedAs(t *testing.T) {
	cases := []struct {
		got, want string
		same      bool
	}{
		{"API Error (400 ", "API Error (400 ", true},
		{"API error (400 ", "API Error (400 ", false},
		{"API Error: 500 \n     {", "API Error: 500 {", true},
		{"API Error:500 {", "API Error: 500 {", false},
		{"API Error: 500 {x", "API Error: 500 {", false},
		{"", "", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.same, printedAs(c.got, c.want), "%q as %q", c.got, c.want)
	}
}

// What a tool already did, read from its own retry notices: Codex's StreamError
// "Reconnecting... {retries}/{max_retries}" with the error after it (codex-rs/core/src/codex.rs),
// then RetryLimitReachedError (error.rs); Claude Code 2.1.197's ` · Retrying in ${wait} ·
// attempt ${k}/${max}`.
func TestToolRetryNotices(t *testing.T) {
	cases := []struct {
		name, in     string
		wrapper      string
		attempts     int
		behaviorSays string
	}{
		{"codex reconnecting", "Reconnecting... 1/5 (unexpected status 429 Too Many Requests: Rate limit reached)\n" +
			"Reconnecting... 2/5 (unexpected status 429 Too Many Requests: Rate limit reached)\n" +
			"Reconnecting... 3/5 (unexpected status 429 Too Many Requests: Rate limit reached)\n" +
			"ERROR: exceeded retry limit, last status: 429 Too Many Requests", "codex", 4, "Its last retry line counts 3 of 5."},
		{"claude code retry lines", "  ⎿  529 Overloaded · Retrying in 1s · attempt 1/10\n  ⎿  529 Overloaded · Retrying in 2s · attempt 2/10\n  ⎿  529 Overloaded · Retrying in 4s · attempt 3/10", "claude-code", 3, "Its last retry line counts 3 of 10."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.wrapper, r.Wrapper, "wrapper; evidence: %v", r.Evidence)
			assert.Len(t, r.Attempts, c.attempts, "attempts")
			assert.Contains(t, r.SDKBehavior, c.behaviorSays)
		})
	}
}
