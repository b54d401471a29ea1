package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An entry its wording defines is a special case of its type or code: without that
// wording the plain meaning wins (tune rows groq-b004, openrouter-b004, deepseek-b017).
func TestSpecialCaseNeedsItsWording(t *testing.T) {
	tests := []struct {
		name, in string
		category Category
	}{
		{"Groq's invalid_request_error is no decommissioned model", `litellm.BadRequestError: GroqException - {"error":{"message":"requested tool does not exist","type":"invalid_request_error"}}`, InvalidRequest},
		{"Groq's decommissioned model, worded", `groq.BadRequestError: Error code: 400 - {'error': {'message': 'The model mixtral-8x7b-32768 has been decommissioned and is no longer supported.', 'type': 'invalid_request_error', 'code': 'model_decommissioned'}}`, NotFound},
		{"OpenRouter: no endpoint supports tools", "API Error: 404 No endpoints found that support tool use. To learn more about provider routing, visit: https://openrouter.ai/docs/provider-routing", NotFound},
		{"DeepSeek: the model does not exist", `deepseek error: {"error":{"message":"Model Not Exist","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`, NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
		})
	}
}

// A provider's entry for a failed connection yields to the general layers' knowledge of
// the network's own failure when that changes the answer (tune rows perplexity-b012 and
// mistral-a025), and holds when it does not (its fix says more).
func TestNetworkFailureOverProviderEntry(t *testing.T) {
	tests := []struct {
		name, in, provider string
		category           Category
		retry              bool
	}{
		{"an untrusted certificate is no passing outage", "Error: Perplexity API error during object generation: Failed after 3 attempts. Last error: Cannot connect to API: self-signed certificate in certificate chain", "perplexity", Connection, false},
		{"undici's header timeout under the SDK's ConnectionError", "error ConnectionError: Unable to make request: TypeError: fetch failed\n    at /app/node_modules/@mistralai/mistralai/src/lib/sdks.ts:297:15 {\n  [cause]: TypeError: fetch failed\n      at node:internal/deps/undici/undici:14900:13 {\n    [cause]: HeadersTimeoutError: Headers Timeout Error\n        at Timeout.onParserTimeout (node:internal/deps/undici/undici:13178:33) {\n      code: 'UND_ERR_HEADERS_TIMEOUT'\n    }\n  }\n}", "mistral", Timeout, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider")
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}
