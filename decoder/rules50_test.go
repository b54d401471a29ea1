package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issues 13 and 15, quota against rate limit, permission, authentication and not-found in
// the words of the libraries and proxies that re-print them (h-rules50, the *-xh* tune
// rows). Each input is written from the printing tool's source or documentation, not
// copied from the corpus; each case failed before the change its comment names.

// wrapperCase is a decode whose wrapper is checked beside its answer.
type wrapperCase struct {
	decodeCase
	wrapper string
}

// cooldownCase is a decode whose wait is checked beside its answer.
type cooldownCase struct {
	decodeCase
	waitMS int64
}

func checkWrappers(t *testing.T, cases []wrapperCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := assertDecodes(t, tc.decodeCase)
			assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper; evidence: %v", r.Evidence)
		})
	}
}

// TestLangChainTroubleshootingURLFlattened: LangChain.js appends "\n\nTroubleshooting URL:
// https://js.langchain.com/docs/troubleshooting/errors/<CODE>/" to its errors
// (langchain-core src/errors/index.ts addLangChainErrorFields) and langchain-core (Python)
// "\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/<CODE>"
// (langchain_core/exceptions.py create_message). A paste that loses the line breaks puts
// the message's last word before the print marker, which the marker's own check reads as
// another program's name; the troubleshooting page's address, which only those helpers
// print, still names LangChain (langchain.json, the two URL phrases at weight 6).
func TestLangChainTroubleshootingURLFlattened(t *testing.T) {
	checkWrappers(t, []wrapperCase{
		{decodeCase{name: "JS: an OpenAI 401 on one line",
			in:       "Error: 401 Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys. Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_AUTHENTICATION/",
			provider: "openai", status: 401, category: Authentication}, "langchain"},
		{decodeCase{name: "JS: a bare 404 status line",
			in:     "404 Not Found Troubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND/",
			status: 404, code: "MODEL_NOT_FOUND", category: NotFound}, "langchain"},
		{decodeCase{name: "Python: the visit line joined to the message",
			in:       "openai.NotFoundError: Error code: 404 - The model `gpt-9` does not exist For troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/MODEL_NOT_FOUND",
			provider: "openai", status: 404, code: "MODEL_NOT_FOUND", category: NotFound}, "langchain"},
	})
}

// TestLangChainInsufficientQuotaError: LangChain.js's AsyncCaller throws an Error named
// InsufficientQuotaError, with the body's message and no retry, exactly when the body's
// code is insufficient_quota (langchain-core src/utils/async_caller.ts,
// defaultFailedAttemptHandler). The class names LangChain (a class signal) and the code
// the re-print dropped (adviser.classForCode, through langchain.json's entry that lists
// the class for that code). An SDK class that merely spells a general code with "Error"
// after it is no such class: no catalog lists PermissionDeniedError for gRPC's
// PERMISSION_DENIED, so that paste keeps no code.
func TestLangChainInsufficientQuotaError(t *testing.T) {
	checkWrappers(t, []wrapperCase{
		{decodeCase{name: "OpenAI's quota message under the class",
			in:       "InsufficientQuotaError: 429 You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
			provider: "openai", status: 429, code: "insufficient_quota", category: Quota}, "langchain"},
		{decodeCase{name: "in a Node stack",
			in:       "InsufficientQuotaError: You exceeded your current quota, please check your plan and billing details.\n    at AsyncCaller.defaultFailedAttemptHandler (/app/node_modules/@langchain/core/dist/utils/async_caller.js:29:23)",
			provider: "openai", status: 429, code: "insufficient_quota", category: Quota}, "langchain"},
	})
	r := Decode("openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'You are not allowed to sample from this model', 'type': 'invalid_request_error', 'param': None, 'code': None}}")
	assert.NotEqual(t, "PERMISSION_DENIED", r.Code, "evidence: %v", r.Evidence)
}

// TestLiteLLMCrossedBudget: LiteLLM's provider budget routing drops every deployment (or
// provider) that has spent its max_budget for the budget_duration and raises "No
// deployments available - crossed budget: Exceeded budget for ..." (litellm
// router_strategy/budget_limiter.py), which the proxy answers with 429
// (https://docs.litellm.ai/docs/proxy/provider_budget_routing). A spend allowance, not
// the Router's cooldown ("No deployments available for selected model, Try again in 60
// seconds"): waiting seconds does not bring it back (litellm.json router-crossed-budget).
func TestLiteLLMCrossedBudget(t *testing.T) {
	checkWrappers(t, []wrapperCase{
		{decodeCase{name: "the proxy's body for a provider budget, as the docs show it",
			in:       `{"error": {"message": "No deployments available - crossed budget for provider: Exceeded budget for provider openai: 0.0007350000000000001 >= 1e-12", "type": "None", "param": "None", "code": "429"}}`,
			provider: "openai", status: 429, code: "429", category: Quota}, "litellm"},
		{decodeCase{name: "the Router's ValueError for a deployment budget",
			in:       "ValueError: No deployments available - crossed budget: Exceeded budget for deployment model_name: gpt-4o, litellm_params.model: openai/gpt-4o, model_id: 1234: 10.5 >= 1d",
			category: Quota}, "litellm"},
		{decodeCase{name: "a client's print of the proxy's 429",
			in:     "Error: 429 No deployments available - crossed budget: Exceeded budget for deployment model_name: team-a, litellm_params.model: azure/gpt-4o, model_id: abc: 25.1 >= 30d",
			status: 429, category: Quota}, "litellm"},
	})
}

// TestCLIProxyAPIModelCooldown: CLIProxyAPI answers 429 itself when every credential it
// holds for a model is cooling down: {"error":{"code":"model_cooldown","message":"All
// credentials for model <m> are cooling down[ via provider <p>]","reset_seconds":N,
// "reset_time":"<d>"}} with Retry-After N (sdk/cliproxy/auth/selector.go,
// modelCooldownError). The cooldown is the upstream's retry hint, else a backoff of 1 s
// doubling to 30 min (conductor_cooldown.go): a short one is a throttle that clears, one
// of days is the upstream plan's reset, a spent allowance (the general layer's rule for a
// wait of an hour or more). reset_seconds is read as the wait (body.go).
func TestCLIProxyAPIModelCooldown(t *testing.T) {
	for _, tc := range []cooldownCase{
		{decodeCase{name: "a short cooldown",
			in:     `{"error":{"code":"model_cooldown","message":"All credentials for model claude-sonnet-4-5 are cooling down via provider claude","model":"claude-sonnet-4-5","provider":"claude","reset_seconds":42,"reset_time":"42s"}}`,
			status: 429, code: "model_cooldown", category: RateLimit, retry: true}, 42000},
		{decodeCase{name: "a cooldown of days: the plan's reset",
			in:     `{"error":{"code":"model_cooldown","message":"All credentials for model gemini-2.5-pro are cooling down via provider gemini-cli","model":"gemini-2.5-pro","provider":"gemini-cli","reset_seconds":259200,"reset_time":"72h0m0s"}}`,
			status: 429, code: "model_cooldown", category: Quota}, 259200000},
		{decodeCase{name: "the message alone in a client's log",
			in:     "upstream said: All credentials for model qwen3-coder-plus are cooling down",
			status: 429, category: RateLimit, retry: true}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := assertDecodes(t, tc.decodeCase)
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "wait; evidence: %v", r.Evidence)
		})
	}
}
