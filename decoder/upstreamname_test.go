package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A name written as the upstream of a relay is not the API the request went to.
// https://openrouter.ai/docs/api-reference/errors
func TestUpstreamNameIsNotTheProvider(t *testing.T) {
	tests := []struct {
		name, in, provider string
	}{
		{"an app's relay line",
			`openrouter rejected (400): {"error": {"message": "Unknown parameter: 'usage'.", "type": "invalid_request_error"}} [upstream: Azure]`, "openrouter"},
		{"OpenRouter's own words",
			`OpenRouter error: Upstream error from Mistral: {"message": "Service unavailable"}`, "openrouter"},
		{"the name with no upstream before it",
			`Azure OpenAI error: {"error": {"code": "DeploymentNotFound", "message": "The API deployment for this resource does not exist."}}`, "azure-openai"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
		})
	}
	assert.True(t, afterUpstream("[upstream: Azure]", len("[upstream: ")))
	assert.True(t, afterUpstream("Upstream error from Mistral", len("Upstream error from ")))
	assert.False(t, afterUpstream("provider=Azure", len("provider=")))
}
