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
