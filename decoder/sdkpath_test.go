package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The API is named by the SDK installed in a stack's or traceback's paths, by the client
// class a platform's SDK calls it with, and by a body shape only it sends; never by an SDK
// other APIs are called with (openai's), nor by a package that merely starts alike.
func TestProviderFromSDKPathsAndShapes(t *testing.T) {
	tests := []struct{ name, in, provider string }{
		{"Mistral's TS SDK in node_modules", "TypeError: fetch failed\n    at HTTPClient.request (/app/node_modules/@mistralai/mistralai/src/lib/http.ts:63:19)", "mistral"},
		{"Groq's Python SDK in dist-packages", "/usr/local/lib/python3.10/dist-packages/groq/_base_client.py in _request\nBadRequestError: Error code: 400 - {'error': {'message': 'bad tools', 'type': 'invalid_request_error'}}", "groq"},
		{"openai's SDK calls many APIs", "Error: 400 status code (no body)\n    at APIError.generate (/app/node_modules/openai/error.js:45:20)", ""},
		{"a package that only starts alike", "TypeError: fetch failed\n    at async s (file:///C:/app/node_modules/openai-streams/dist/lib/backoff.js:1:103)", ""},
		{"Anthropic's SDK calling Bedrock", "Error invoking Bedrock Anthropic:  PermissionDeniedError: 403 You don't have access to the model with the specified model ID.\n    at AnthropicBedrock.makeStatusError (file:///var/task/node_modules/@anthropic-ai/sdk/core.mjs:256:25)\n    at async chatAnthropic (file:///var/task/bedrock/anthropic.js:1:1)", "bedrock"},
		{"a Vertex quota through Anthropic's SDK", "anthropic.RateLimitError: Error code: 429 - {'error': {'code': 429, 'message': 'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-claude-sonnet-4.'}}", "vertex-ai"},
		{"Azure's 401 wording through openai-node", "OpenAIError: Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.\n    at OpenAIStream (webpack-internal:///(api)/./utils/server/index.ts:84:19)", "azure-openai"},
		{"OpenAI's 2023 model wording", "Unknown error, status code 404\n{'error': {'message': 'The model: `gpt-4` does not exist', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}", "openai"},
		{"Azure's front door 404", `{"error":{"code":"404","message": "Resource not found"}}`, "azure-openai"},
		{"Mistral's 422 body", `LLM response status: 422 body: {"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","x"],"msg":"Extra inputs are not permitted"}]},"type":"invalid_request_error","param":null,"code":null}`, "mistral"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
		})
	}
}
