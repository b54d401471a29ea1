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
