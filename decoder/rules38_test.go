package decoder

import (
	"testing"
)

// TestLiteLLMProxyOwnRefusals: the LiteLLM proxy refuses some calls itself, before any
// provider sees them, in messages of its own: the budget check (litellm/exceptions.py,
// BudgetExceededError "Budget has been exceeded! Current cost: X, Max budget: Y"), the
// Router's cooldown (litellm/router.py, "No deployments available for selected model, Try
// again in N seconds"), the unknown model name (litellm/proxy/route_llm_request.py) and the
// model allow-lists (litellm/proxy/auth/auth_checks.py, with the ProxyErrorTypes of
// litellm/proxy/_types.py). Those messages name LiteLLM as the tool that printed them.
func TestLiteLLMProxyOwnRefusals(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "key budget spent, proxy body",
			in:       `{"error":{"message":"Budget has been exceeded! Key=ci-runner (sk-...a1b2) Current cost: 12.5, Max budget: 10.0","type":"budget_exceeded","param":null,"code":"400"}}`,
			provider: "", wrapper: "litellm", status: 400, code: "budget_exceeded", cat: Quota},
		{name: "budget spent, the SDK's message alone",
			in:       "Budget has been exceeded! Current cost: 3.2, Max budget: 3.0",
			provider: "", wrapper: "litellm", status: -1, code: "", cat: Quota},
		{name: "router cooldown asks a wait",
			in:       "No deployments available for selected model, Try again in 30 seconds. Passed model=my-group. pre-call-checks=False",
			provider: "", wrapper: "litellm", status: -1, code: "", cat: RateLimit, retryable: true},
		{name: "key allow-list",
			in:       `{"error":{"message":"key not allowed to access model. This key can only access models=['small']. Tried to access big","type":"key_model_access_denied","param":"model","code":"401"}}`,
			provider: "", wrapper: "litellm", status: 401, code: "key_model_access_denied", cat: Permission},
		{name: "team allow-list, wrapped lines",
			in:       "403 {\"message\":\"team not allowed to access model. This team can only access\n   models=['a','b']. Tried to access c\",\"type\":\"team_model_access_denied\"}",
			provider: "", wrapper: "litellm", status: 403, code: "team_model_access_denied", cat: Permission},
		{name: "unknown model name on the proxy",
			in:       `{'error': '/chat/completions: Invalid model name passed in model=gpt-x. Call ` + "`/v1/models`" + ` to view available models for your key.'}`,
			provider: "", wrapper: "litellm", status: -1, code: "", cat: NotFound},
	})
}

// TestWordingConsensusKeepsTheStatus: wording two APIs share decides for an unknown provider
// only where one of them sends it with the paste's status (or with none). Mistral and
// Perplexity file "Invalid model" under 400 (docs.mistral.ai, docs.perplexity.ai), so a 401
// worded so is still a refused key; the shared overload wording under 429 still decides.
func TestWordingConsensusKeepsTheStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "401 with wrong-model words", in: "401 Invalid model key", status: 401, category: Authentication},
		{name: "the same words under 400", in: "400 Invalid model", status: 400, category: InvalidRequest},
		{name: "an overload under 429", in: "429 The engine is currently overloaded", status: 429, category: Overloaded, retry: true},
		{name: "a 503 whose words shared files as a client timeout", in: "503 Deadline expired before operation could complete.", status: 503, category: Overloaded, retry: true},
	})
}

// TestContentFilterWordsInThePlural: the general content-filter wording holds in the plural
// as APIs write it ("blocked by our content filters", "the safety filters", "our content
// policies"), where the singular phrases do not reach past their last word.
func TestContentFilterWordsInThePlural(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "content filters", in: "Error: 400 This prompt was blocked by our content filters.", status: 400, category: ContentFilter},
		{name: "safety filters", in: "400 Your request was rejected by the safety filters.", status: 400, category: ContentFilter},
		{name: "content policies", in: "400 The image request violates our content policies", status: 400, category: ContentFilter},
		{name: "content policies, 403", in: "403 The prompt violates our content policies", status: 403, category: ContentFilter},
	})
}
