package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The general wording of a family names its category on an API errlens has no catalog for,
// and a body shape one provider alone writes names that provider. Inputs are the services'
// documented messages.
func TestFamilyWording(t *testing.T) {
	tests := []struct {
		name, in, provider string
		category           Category
		retryable          bool
	}{
		// https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/CommonErrors.html
		{"AWS query-protocol throttling as aws-sdk-js v2 throws it",
			"Throttling: Rate exceeded\n    at Request.extractError (node_modules/aws-sdk/lib/protocol/query.js:39:29)", "", "rate_limit", true},
		// https://kubernetes.io/docs/reference/access-authn-authz/rbac/
		{"Kubernetes RBAC forbidden",
			`Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"`, "", "permission", false},
		// https://shopify.dev/docs/api/usage/rate-limits
		{"a calls-per-second limit",
			`Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.`, "", "rate_limit", true},
		// https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList
		{"S3 clock skew in words only",
			`S3Exception: The difference between the request time and the server's time is too large.`, "", "authentication", false},
		// https://learn.microsoft.com/en-us/graph/throttling
		{"Graph SDK's retry handler gave up",
			"Code: tooManyRetries\nMessage: More than 3 retries encountered while sending the request", "", "rate_limit", true},
		// https://api-docs.deepseek.com/quick_start/error_codes
		{"DeepSeek's 402 body, its code and type swapped",
			`Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}`, "deepseek", "quota", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
		})
	}
}
