package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An entry its wording defines is not chosen by a type many errors share when its wording
// is absent: Mistral's invalid_request_error is its capacity error only when it says so.
func TestSharedTypeAloneDoesNotChooseAWordedEntry(t *testing.T) {
	tests := []struct {
		name, in  string
		category  Category
		retryable bool
	}{
		{"Mistral, a message-order error",
			`POST https://api.mistral.ai/v1/chat/completions: HTTP 400 {"object":"error","message":"Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant","type":"invalid_request_error","param":null,"code":null}`,
			InvalidRequest, false},
		{"Mistral, its capacity wording",
			`POST https://api.mistral.ai/v1/chat/completions: HTTP 429 {"object":"error","message":"Service tier capacity exceeded for this model.","type":"invalid_request_error","param":null,"code":"3505"}`,
			Overloaded, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable")
		})
	}
}

// invalid_request_error, the type OpenAI's and Anthropic's APIs (and the servers that copy
// them) give a rejected request, names the category of an error whose API errlens does not
// know; the providers that define it file it under several statuses, so it implies none.
// The other shared types (rate_limit_error, not_found_error, authentication_error) every
// provider files alike, and their consensus answers with the status too.
func TestCompatibleServersErrorTypes(t *testing.T) {
	tests := []struct {
		in       string
		category Category
		status   int
	}{
		{`{"error":{"message":"messages[3].content must be a string","type":"invalid_request_error","param":"messages","code":null}}`, InvalidRequest, 0},
		{`{"error":{"message":"No API key found in the request header","type":"authentication_error"}}`, Authentication, 401},
		{`{"type":"error","error":{"type":"not_found_error","message":"model: my-local-model"}}`, NotFound, 404},
		{`{"error":{"message":"Please slow down","type":"rate_limit_error"}}`, RateLimit, 429},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}
