package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The openai SDK's names are the SDK's: an API called with it (sdk.clients_of) that shows
// its own code is the provider; OpenAI's own address or wording keeps OpenAI.
func TestSDKNamesDoNotNameTheAPIBehind(t *testing.T) {
	for _, tc := range []struct{ name, in, provider string }{
		{"moonshot's overload through the openai SDK",
			"openai.RateLimitError: Error code: 429 - {'error': {'message': 'The engine is currently overloaded, please try again later', 'type': 'engine_overloaded_error'}}",
			"moonshot"},
		{"moonshot's key error through the openai SDK",
			"openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid Authentication', 'type': 'invalid_authentication_error'}}",
			"moonshot"},
		{"volcengine ark's code through the openai package it lists for node",
			"openai.NotFoundError: Error code: 404 - {'error': {'code': 'InvalidEndpointOrModel.NotFound', 'message': 'The model or endpoint doubao-seed-1-6 does not exist or you do not have access to it.', 'param': '', 'type': 'NotFound'}}",
			"volcengine"},
		{"openai's own error through its SDK",
			"openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
			"openai"},
		{"openai's address outweighs another API's code",
			"openai.RateLimitError: POST https://api.openai.com/v1/chat/completions 429 {'error': {'message': 'x', 'type': 'engine_overloaded_error'}}",
			"openai"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "evidence: %v", r.Evidence)
		})
	}
}

// A scoped npm package in a stack frame's path is the package, not a router's model id.
func TestScopedPackagePathIsThePackage(t *testing.T) {
	in := "[Error]: Rate limit reached for o4-mini in organization org-x on tokens per min (TPM): Limit 200000, Used 162960, Requested 42288. Please try again in 1.574s.\n" +
		"    at e.a [as iterator] (file:///Users/x/.nvm/versions/node/v23.7.0/lib/node_modules/@openai/codex/dist/cli.js:443:1514)"
	r := Decode(in)
	assert.Equal(t, "codex", r.Wrapper, "evidence: %v", r.Evidence)
	// A model id on a router stays a model id.
	assert.Empty(t, Decode(`{"error":{"message":"No endpoints found for anthropic/claude-3-5-sonnet.","code":404}}`).Wrapper)
}
