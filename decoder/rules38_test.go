package decoder

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestOpenAIAccountAndThreadStates: OpenAI errors about the account's or the thread's state.
// An Assistants thread runs one run at a time (platform.openai.com/docs/assistants/deep-dive,
// "Runs and Run Steps"): a second run or a new message is refused until the active one ends,
// a conflict the same request survives later. An organization closed for a usage-policy
// violation (access_terminated) or a user in no organization (no_organization, "You must be a
// member of an organization to use the API", platform.openai.com/docs/guides/error-codes) has
// a recognised key that may not use the API: permission, whatever status a relay shows.
func TestOpenAIAccountAndThreadStates(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "second run on a thread, openai-node print",
			in:       "Error: 400 Thread thread_abc123 already has an active run run_def456.",
			provider: "openai", status: 400, category: Conflict, retry: true},
		{name: "message added during a run",
			in:       `openai.BadRequestError: Error code: 400 - {'error': {'message': "Can't add messages to thread_abc123 while a run run_def456 is active.", 'type': 'invalid_request_error', 'param': None, 'code': None}}`,
			provider: "openai", status: 400, code: "invalid_request_error", category: Conflict, retry: true},
		{name: "access terminated, body",
			in:       `{"error": {"message": "Your access was terminated due to violation of our policies, please check your email for more information.", "type": "invalid_request_error", "param": null, "code": "access_terminated"}}`,
			provider: "openai", code: "access_terminated", category: Permission},
		{name: "access terminated, relayed under a 429",
			in:       "upstream error: status code 429: Your access was terminated due to violation of our policies, please check your email for more information.",
			provider: "openai", status: 429, category: Permission},
		{name: "no organization",
			in:       `{"error": {"message": "You must be a member of an organization to use the API.", "type": "invalid_request_error", "param": null, "code": "no_organization"}}`,
			provider: "openai", status: 401, code: "no_organization", category: Permission},
	})
}

// TestXAIWrongKeyUnderItsBadRequestCode: xAI answers a wrong key with 400 and its bad-request
// code (docs.x.ai/docs/key-information/debugging: "400 Bad Request ... an incorrect API
// key"), so the message, not the code shared by every 400, tells the category.
func TestXAIWrongKeyUnderItsBadRequestCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "wrong key",
			in:       `{"code": "Client specified an invalid argument", "error": "Incorrect API key provided: xai-****abcd. You can obtain an API key from https://console.x.ai."}`,
			provider: "xai", status: 400, code: "Client specified an invalid argument", category: Authentication},
		{name: "a bad argument under the same code",
			in:       `{"code": "Client specified an invalid argument", "error": "Argument not supported on this model: logprobs"}`,
			provider: "xai", status: 400, code: "Client specified an invalid argument", category: InvalidRequest},
	})
}

// TestGoogleBlockReasonPrints: Python prints google-genai's BlockedReason and FinishReason
// members as Class.MEMBER (github.com/googleapis/python-genai, google/genai/types.py); the
// member is the block's code, which Gemini and Vertex AI both file as a content filter
// (ai.google.dev/api/generate-content#BlockedReason), so it decides without a provider. A
// block comes inside a successful answer: no error status is implied.
func TestGoogleBlockReasonPrints(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "prompt blocked, an app's print of the enum",
			in: "Translation failed: prompt blocked (BlockedReason.PROHIBITED_CONTENT)", code: "PROHIBITED_CONTENT", category: ContentFilter},
		{name: "a blocklist hit",
			in: "error: request was refused: BlockedReason.BLOCKLIST", code: "BLOCKLIST", category: ContentFilter},
		{name: "the answer stopped by the safety filter",
			in: "ValueError: response stopped early: FinishReason.SAFETY", code: "SAFETY", category: ContentFilter},
	})
	assert.Equal(t, "", Decode("done: FinishReason.STOP").Code, "a finish that went well is no code")
}

// TestGeminiLeakedKey: Google blocks a Gemini API key it found exposed
// (ai.google.dev/gemini-api/docs/api-key), answering 403 PERMISSION_DENIED "Your API key was
// reported as leaked. Please use another API key.": the credential is dead, authentication,
// not a permission the project could be granted.
func TestGeminiLeakedKey(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "google error body",
			in:       `{"error": {"code": 403, "message": "Your API key was reported as leaked. Please use another API key.", "status": "PERMISSION_DENIED"}}`,
			provider: "gemini", status: 403, code: "PERMISSION_DENIED", category: Authentication},
		{name: "a client's status and message",
			in:       "403 Forbidden: Your API key was reported as leaked. Please use another API key.",
			provider: "gemini", status: 403, category: Authentication},
	})
}

// TestBedrockUseCaseFormRelayed: Bedrock refuses Anthropic models until the account submits
// the use-case details form (docs.aws.amazon.com/bedrock/latest/userguide/model-access.html);
// a gateway in front of it relays the refusal under its own status, which does not make it a
// bad request.
func TestBedrockUseCaseFormRelayed(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "relayed as a 400",
			in:       "openai.BadRequestError: Error code: 400 - {'message': 'POST https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke: Model use case details have not been submitted for this account. Fill out the Anthropic use case details form before using the model.'}",
			provider: "bedrock", status: 400, category: Permission},
		{name: "a gateway's other wording",
			in:       `{"status": "failure", "message": "aws-bedrock error: The model returned the following errors: Submit the use-case form for this model before requesting access."}`,
			provider: "bedrock", category: Permission},
		{name: "Bedrock's own answer keeps its documented entry",
			in:       "ResourceNotFoundException: Model use case details have not been submitted for this account. (bedrock-runtime.us-west-2.amazonaws.com)",
			provider: "bedrock", status: 404, code: "ResourceNotFoundException", category: Permission},
	})
}

// TestTypographicQuotesAroundABody: forum software and word processors turn a pasted body's
// quotes into typographic ones ({‘error’: {‘code’: 503, ...}}); the body reads again with
// plain quotes. Only a paste that opens an object or list with one is turned back: a
// Chinese message quotes a parameter “model” inside a JSON string.
func TestTypographicQuotesAroundABody(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a Python dict printed with typographic quotes",
			in:       "Gemini call failed: 503 UNAVAILABLE. {‘error’: {‘code’: 503, ‘message’: ‘The model is overloaded. Please try again later.’, ‘status’: ‘UNAVAILABLE’}}",
			provider: "gemini", status: 503, code: "UNAVAILABLE", category: Overloaded, retry: true},
		{name: "a JSON body with typographic double quotes",
			in:       `{ “error”: { “code”: 404, “message”: “models/gemini-9 is not found for API version v1beta”, “status”: “NOT_FOUND” } }`,
			provider: "gemini", status: 404, code: "NOT_FOUND", category: NotFound},
	})
	in := `{"error":{"message":"请检查“model”参数","type":"invalid_request_error"}}`
	assert.Equal(t, in, normalize(in, DefaultMaxInput).text, "typographic quotes inside a plain body stay")
	// Written into a JSON log record, the paste reads as it does alone: the record's string
	// is unwrapped before its quotes are made plain.
	pasted := `Error: { “error”: { “code”: 429, “message”: “Resource has been exhausted (e.g. check quota).”, “status”: “RESOURCE_EXHAUSTED” } }`
	rec, err := json.Marshal(map[string]string{"level": "error", "msg": pasted})
	require.NoError(t, err)
	a, b := Decode(pasted), Decode(string(rec))
	assert.Equal(t, 429, a.HTTPStatus, "evidence: %v", a.Evidence)
	assert.Equal(t, []any{a.Provider, a.HTTPStatus, a.Category, a.Retryable}, []any{b.Provider, b.HTTPStatus, b.Category, b.Retryable}, "evidence: %v", b.Evidence)
	for _, sp := range a.Spans {
		assert.True(t, sp.Start >= 0 && sp.End <= len(pasted) && sp.Start < sp.End, "span %v inside the input", sp)
	}
}

// TestFinerWaitOfTheSameSecond: a wait a strong source truncates to whole seconds (Gemini's
// RetryInfo retryDelay "48s") yields to the same wait stated finer by the message ("Please
// retry in 48.805646254s"): the corpus README's retry_after_ms rule, rounded up to the
// millisecond. A finer wait in another second is another wait, and the strong one holds.
func TestFinerWaitOfTheSameSecond(t *testing.T) {
	body := func(msg, delay string) string {
		return `{"error": {"code": 429, "message": "Resource exhausted. ` + msg + `", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "` + delay + `"}]}}`
	}
	assert.Equal(t, int64(48806), Decode(body("Please retry in 48.805646254s.", "48s")).RetryAfterMS)
	assert.Equal(t, int64(20000), Decode(body("Please retry in 48.805646254s.", "20s")).RetryAfterMS)
	assert.Equal(t, int64(7000), Decode(body("Please retry later.", "7s")).RetryAfterMS)
}

// TestStreamFieldNamesAreCaseSensitive: an event stream's fields are "data" and "event" as
// written (html.spec.whatwg.org, event stream interpretation); a program's own "Data:" label
// before a JSON object is no stream, and does not stand for the 200 a stream opens with.
func TestStreamFieldNamesAreCaseSensitive(t *testing.T) {
	assert.Equal(t, 400, Decode("Error: Internal error (code: -32603)\nData: {\"details\":\"<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 983616]\"}").HTTPStatus)
	assert.Equal(t, 0, Decode("data: {\"error\":{\"message\":\"Range of input length should be [1, 983616]\",\"code\":\"InternalError.Algo.InvalidParameter\"}}").HTTPStatus)
}
