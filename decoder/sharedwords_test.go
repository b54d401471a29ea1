package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A provider's wording names it even when it holds another provider's one-word message
// (Anthropic's "Overloaded"); the one-word message alone still names no one, and wording two
// providers write alike names neither.
func TestWordingHoldingAnotherProvidersWord(t *testing.T) {
	tests := []struct {
		name, in, provider string
	}{
		// https://ai.google.dev/gemini-api/docs/troubleshooting: 503 UNAVAILABLE.
		{"Gemini's 503 body alone",
			`{"error": {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}}`, "gemini"},
		// https://docs.anthropic.com/en/api/errors: 529 overloaded_error.
		{"Anthropic's overloaded body",
			`{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`, "anthropic"},
		{"the one word alone", `Overloaded`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
		})
	}
}

// google-genai prints an APIError as "<code> <STATUS>. <body as a dict>": with nothing else,
// the Gemini API it is mostly pointed at; Vertex AI when the paste shows Vertex's address.
// https://github.com/googleapis/python-genai/blob/main/google/genai/errors.py
func TestGoogleGenAIErrorForm(t *testing.T) {
	body := `{'error': {'code': 400, 'message': 'Request contains an invalid argument.', 'status': 'INVALID_ARGUMENT'}}`
	tests := []struct {
		name, in, provider string
	}{
		{"the SDK's line alone", "google.genai.errors.ClientError: 400 INVALID_ARGUMENT. " + body, "gemini"},
		{"its str() under an app's words", "ClientError: 400 INVALID_ARGUMENT. " + body, "gemini"},
		{"pointed at Vertex AI", "POST https://us-central1-aiplatform.googleapis.com/v1beta1/x:generateContent\nClientError: 400 INVALID_ARGUMENT. " + body, "vertex-ai"},
		{"the body alone names no one", body, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
		})
	}
}
