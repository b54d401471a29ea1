package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The families of the 2025-2026 AI API pastes (`*-p*` rows of the tune split), each case a
// real paste's text (cut to what decides, ids and keys replaced) or its family's form.
func TestPastes2026Families(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Claude served through Vertex AI answers with Anthropic's body, and its request
		// ids start req_vrtx_: the API the request went to is Vertex AI. An error passed on
		// in a log's message field shows no status.
		{"claude on vertex request id", `    "message": "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"` + "`max_tokens` must be greater than `thinking.budget_tokens`" + `. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size\"},\"request_id\":\"req_vrtx_011CXysPoC8LTxjk47JUjfVN\"}",`,
			"vertex-ai", 0, "invalid_request_error", InvalidRequest, false},
		// Azure OpenAI's Responses stream words its server_error event as OpenAI's does
		// ("An error occurred while processing your request. You can retry ..."): it came
		// after the 200 that opened the stream, so no status, and it is transient.
		{"azure stream server_error event", "2025-11-02T19:42:21+08:00\tDEBUG\tone-api.gin\topenai/main.go:654\treceive stream event\t{\"url\": \"/v1/chat/completions\", \"event\": \"data: {\\\"type\\\":\\\"error\\\",\\\"sequence_number\\\":2,\\\"error\\\":{\\\"type\\\":\\\"server_error\\\",\\\"code\\\":\\\"server_error\\\",\\\"message\\\":\\\"An error occurred while processing your request. You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. Please include the request ID 347b233a-cf2b-4ebc-9919-4c742d63c530 in your message.\\\",\\\"param\\\":null}}\"}",
			"azure-openai", 0, "server_error", Server, true},
		// The same service's 500 printed with its status keeps it.
		{"azure 500 with its status", `openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if you keep seeing this error.', 'type': 'server_error', 'param': None, 'code': None}}`,
			"azure-openai", 500, "server_error", Server, true},
		// OpenRouter's error.code is a number, which its docs call the error's code: it is
		// the code whether the body is whole, cut short, printed as a Python dict, or beside
		// a type (rate_limit_error) or a relayed body's own codes (metadata.raw).
		{"openrouter credits 402", "Upstream provider OPENROUTER returned HTTP 402.\nCategory: api_error\nMapped message: Provider API request failed.\n\nUpstream error:\n{\"error\":{\"message\":\"Insufficient credits. This account never purchased credits. Make sure your key is on the correct account or org, and if so, purchase more at https://openrouter.ai/settings/credits\",\"code\":402}}\n\nRequest ID: req_5885a728428d",
			"openrouter", 402, "402", Quota, false},
		{"openrouter code beside a type", `429 {"error":{"message":"Rate limit exceeded: free-models-per-day-high-balance.","type":"rate_limit_error","code":"429"}}`,
			"openrouter", 429, "429", Quota, false},
		{"openrouter body cut short", "429 {\n  \"error\": {\n    \"message\": \"Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day\",\n    \"code\": 429,\n    \"metadata\": {\n      \"headers\": {\n        \"X-RateLimit-Limit\": \"50\",\n        \"X-RateLimit-Remaining\": \"0\"",
			"openrouter", 429, "429", Quota, false},
		{"openrouter error object alone", "Failed to connect to OpenRouter API: 404 Not Found {\"error\":{\"message\":\"No endpoints found that support the provided 'tool_choice' value. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing\",\"code\":404}",
			"openrouter", 404, "404", InvalidRequest, false},
		{"openrouter python dict", `APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', 'code': 402, 'metadata': {'limit_source': 'openrouter_credits'}}}`,
			"openrouter", 402, "402", Quota, false},
		// A number no catalog of the answering API documents stays a status only: Vercel's
		// platform page answers through the general layers.
		{"platform 504 code", "{\n  \"error\": {\n    \"code\": \"504\",\n    \"message\": \"An error occurred with your deployment\"\n  }\n}",
			"", 504, "504", Timeout, true},
		// A relayed API's code named as a code outranks the number of the envelope around it.
		{"relayed code over envelope number", `{"error":{"message":"litellm.NotFoundError: AzureException - {\n  \"error\": {\n    \"type\": \"invalid_request_error\",\n    \"code\": \"DeploymentNotFound\",\n    \"message\": \"The API deployment for this resource does not exist.\"\n  }\n}. Received Model Group=kimi-k3\nAvailable Model Group Fallbacks=None","type":null,"param":null,"code":"404"}}`,
			"azure-openai", 404, "DeploymentNotFound", NotFound, false},
		// xAI's REST body is {code, error}, its code field gRPC's status text: the text is
		// the code, and the one status xAI documents for it is the status.
		{"xai worded code in a log", `- uni-api - ERROR - Error 400 with provider xai API key: xai-xxxxxx: {'code': 'Client specified an invalid argument', 'error': 'Argument not supported on this model: presencePenalty'}`,
			"xai", 400, "Client specified an invalid argument", InvalidRequest, false},
		{"xai worded code 404", "   API Response: \n   {\"code\":\"Some requested entity was not found\",\"error\":\"The model BGE-small-en-v1.5 does not exist or your team fc73b25a does not have access to it. Please ensure you're using the correct API key. If you believe this is a mistake, please contact support and quote your team ID and the model name.\"}",
			"xai", 404, "Some requested entity was not found", NotFound, false},
		// An overload sent as 429 (Moonshot's engine_overloaded_error through its
		// Anthropic-compatible API, typed rate_limit_error): the wording Moonshot and OpenAI
		// both document outweighs the general rate-limit entry's "try again later", so the
		// API's load answers, not the account's limits.
		{"overload sent as 429", `Error: 429 {"error":{"type":"rate_limit_error","message":"The engine is currently overloaded, please try again later"},"type":"error"}`,
			"", 429, "rate_limit_error", Overloaded, true},
		// With no status, or a 503, the plain overload entry answers as before.
		{"overload words alone", "The engine is currently overloaded, please try again later",
			"", 0, "", Overloaded, true},
		{"overload 503", "HTTP/1.1 503 Service Unavailable\n\n{\"error\":{\"message\":\"The server is overloaded, try again later\"}}",
			"", 503, "", Overloaded, true},
		// A 429 whose words are the user's rate limit stays one.
		{"rate limit 429 stays", `Error: 429 {"error":{"type":"rate_limit_error","message":"Rate limit exceeded, please try again later"},"type":"error"}`,
			"", 429, "rate_limit_error", RateLimit, true},
		// Pydantic v2's error types in a FastAPI-style detail list (Mistral's validation
		// errors are these, documented as 422): the type implies the status when none shows.
		{"pydantic v2 type implies 422", `{\"object\":\"Error\",\"detail\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"tools\"],\"msg\":\"Extra inputs are not permitted\",\"input\":[]}],\"message\":[{\"type\":\"extra_forbidden\",\"loc\":[\"body\",\"tools\"],\"msg\":\"Extra inputs are not permitted\",\"input\":[]}],\"type\":\"invalid_request_error\",\"code\":3001}"`,
			"", 422, "3001", InvalidRequest, false},
		{"fastapi string_type", `{"detail":[{"type":"string_type","loc":["body","prompt"],"msg":"Input should be a valid string","input":5}]}`,
			"", 422, "string_type", InvalidRequest, false},
		// A server that answers the same validation with 400 (vLLM) shows it, and keeps it.
		{"pydantic under a shown 400", `openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': "[{'type': 'extra_forbidden', 'loc': ('body', 'tool_choice'), 'msg': 'Extra inputs are not permitted', 'input': 'auto'}]", 'type': 'BadRequestError', 'param': None, 'code': 400}`,
			"vllm", 400, "BadRequestError", InvalidRequest, false},
		// A router's mid-stream error relaying its upstream's raw error: OpenRouter's own code
		// (502, the upstream's response was invalid) is the status and the code; the raw
		// body's 400 is the upstream's.
		{"openrouter relays raw upstream 400 as 502", "OpenRouter Mid-Stream Error: {\n  \"message\": \"Upstream error from AtlasCloud: Unexpected token 173781 while expecting start token 200006\",\n  \"code\": 502,\n  \"metadata\": {\n    \"raw\": {\n      \"object\": \"error\",\n      \"message\": \"Unexpected token 173781 while expecting start token 200006\",\n      \"type\": \"BadRequestError\",\n      \"param\": null,\n      \"code\": 400\n    },\n    \"provider_name\": \"AtlasCloud\"\n  }\n}",
			"openrouter", 502, "502", Server, true},
	})
}

// Words in a code field that no catalog writes as a code stay prose: no code, no status, no
// catalog entry. What the prose says ("upstream failed") is the learned fallback's to weigh:
// a guess, or unknown when its words are too few.
func TestUndocumentedWordsInACodeFieldStayProse(t *testing.T) {
	r := Decode(`{"code": "Something went wrong here", "error": "upstream failed"}`)
	assert.Empty(t, r.Code, "evidence: %v", r.Evidence)
	assert.Empty(t, r.Provider)
	assert.Zero(t, r.HTTPStatus)
	assert.Empty(t, r.Entry)
	assert.Equal(t, Guess, r.Confidence)
	if r.Category != Unknown {
		require.NotEmpty(t, r.Evidence)
		assert.Regexp(t, fallbackLine, r.Evidence[len(r.Evidence)-1], "only the fallback places it")
	}
}
