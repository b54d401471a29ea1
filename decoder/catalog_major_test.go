package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The major AI APIs as their SDKs in other runtimes print them (Java gRPC, Swift, Dart,
// Perl), as wrappers re-print them and as bare messages: each input is written from the
// provider's or the SDK's documentation (the comment names it), never copied from a paste.
func TestMajorAPIsInOtherForms(t *testing.T) {
	tests := []struct {
		name, in string
		provider string
		status   int
		category Category
		retry    bool
	}{
		// ai.google.dev/gemini-api/docs/troubleshooting: 400 FAILED_PRECONDITION, the API is
		// not available in the caller's country; the message is the Gemini API's alone.
		{"Gemini's country refusal through api_core", "google.api_core.exceptions.FailedPrecondition: 400 User location is not supported for the API use.", "gemini", 400, Permission, false},
		{"Gemini's country refusal as a gRPC debug string", `grpc_status:9, grpc_message:"User location is not supported for the API use."`, "gemini", 400, Permission, false},
		// cloud.google.com/vertex-ai/generative-ai/docs/error-code-429: shared capacity, retry.
		{"Vertex's Java client out of capacity", "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: the service is temporarily out of capacity\n\tat com.google.cloud.vertexai.generativeai.GenerativeModel.generateContent(GenerativeModel.java:200)", "vertex-ai", 429, Overloaded, true},
		// docs.x.ai/docs/key-information/debugging: 404 when the model is unknown to the team.
		{"xAI's unknown model", `{"code":"Some requested entity was not found","error":"The model grok-0 does not exist or your team 1234 does not have access to it."}`, "xai", 404, NotFound, false},
		// General wording: capacity is the provider's, whoever it is.
		{"an unknown API out of capacity", "upstream error: the cluster is out of capacity, please retry", "", 0, Overloaded, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}
