package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Each family's general wording, as providers and services document it, decides the
// category when no catalog entry names the error.
func TestFamilyWordingGeneral(t *testing.T) {
	tests := []struct {
		in       string
		category Category
	}{
		// rate_limit: waiting clears it.
		{`You are sending requests too quickly.`, RateLimit},                         // https://platform.openai.com/docs/guides/error-codes
		{`The request was rejected because the rate limit was exceeded.`, RateLimit}, // https://learn.microsoft.com/en-us/azure/api-management/rate-limit-policy
		{`TPM limit exceeded for this deployment`, RateLimit},                        // https://learn.microsoft.com/en-us/azure/ai-services/openai/quotas-limits
		{`You have been rate-limited`, RateLimit},
		// quota: a payment or a plan, not a wait.
		{`Billing account for project '1234' is not found. Billing must be enabled for activation of service(s)`, Quota}, // https://cloud.google.com/billing/docs/how-to/modify-project
		{`A valid payment instrument must be provided.`, Quota},                                                          // https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html
		{`This feature requires a paid plan.`, Quota},
		{`Access denied due to overdue payment. Please recharge.`, Quota}, // https://www.alibabacloud.com/help/en/model-studio/error-code
		{`Error 403: The project has billing disabled`, Quota},            // https://cloud.google.com/billing/docs/how-to/modify-project
		{`Your free trial has ended`, Quota},
		{`Access denied: your subscription has expired`, Quota},
		{`Your account is suspended due to unpaid invoices`, Quota},
		// not_found: the model asked for is not served there.
		{`The requested model is not supported.`, NotFound}, // https://docs.github.com/en/copilot
		// permission: the credentials are fine, the right is missing.
		{`You are not permitted to perform this action.`, Permission},
		{`Access is denied.`, Permission},
		{`The user has insufficient privileges for this operation`, Permission},
		// authentication: the credentials themselves.
		{`API key is missing`, Authentication},
		{`Could not validate credentials`, Authentication}, // https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/
		{`Invalid bearer token`, Authentication},
		{`Your API key has expired.`, Authentication},
		// context_length: the input does not fit.
		{`the request exceeds the available context size, try increasing it`, ContextLength}, // https://github.com/ggml-org/llama.cpp/tree/master/tools/server
		{`The input is longer than the model's context length`, ContextLength},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
		})
	}
}
