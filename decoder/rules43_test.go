package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAzureDeploymentQuotaAndEligibility: creating an Azure OpenAI deployment or resource
// through Azure Resource Manager (portal, Bicep, azd, Terraform, az CLI) fails with ARM's
// own codes, not the inference API's: InsufficientQuota when the deployment asks more
// tokens-per-minute capacity than the subscription has left for that model in the region
// (its usage named "Tokens Per Minute (thousands) - <model>", as Microsoft's
// Azure-Samples/jp-azureopenai-samples troubleshooting.md prints it;
// https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/quota), and
// SpecialFeatureOrQuotaIdRequired when the subscription's offer cannot have the OpenAI kind's
// S0 SKU. Neither clears by waiting. The inputs are ARM's error shapes: a bare {code,
// message}, DeploymentFailed with the cause in details[], and the az CLI's "(Code) message".
func TestAzureDeploymentQuotaAndEligibility(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "ARM error object",
			in:       `{"code": "InsufficientQuota", "message": "The specified capacity '60' of account deployment is bigger than available capacity '0' for UsageName 'Tokens Per Minute (thousands) - Text-Davinci-003'."}`,
			provider: "azure-openai", code: "InsufficientQuota", category: Quota},
		{name: "DeploymentFailed with the cause in details",
			in:       `{"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed. Please list deployment operations for details.","details":[{"code":"InsufficientQuota","message":"The specified capacity '50' of account deployment is bigger than available capacity '20' for UsageName 'Tokens Per Minute (thousands) - GPT-4o'."}]}}`,
			provider: "azure-openai", code: "InsufficientQuota", category: Quota},
		{name: "az CLI, subscription not eligible",
			in:       "(SpecialFeatureOrQuotaIdRequired) The subscription does not have QuotaId/Feature required by SKU 'S0' from kind 'OpenAI' or contains blocked QuotaId/Feature.\nCode: SpecialFeatureOrQuotaIdRequired",
			provider: "azure-openai", code: "SpecialFeatureOrQuotaIdRequired", category: Permission},
	})
}

// TestErrorDetailsCodeIsTheSpecificOne: in Microsoft's REST error shape an error's details[]
// are the errors that led to it, under an outer code that only says the operation failed
// (https://github.com/microsoft/api-guidelines/blob/vNext/azure/Guidelines.md, ErrorDetail;
// https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors),
// so the inner code is the error's code, as innererror's is.
func TestErrorDetailsCodeIsTheSpecificOne(t *testing.T) {
	for name, tc := range map[string]struct{ in, code string }{
		"template validation": {
			in:   `{"error":{"code":"InvalidTemplateDeployment","message":"The template deployment 'main' is not valid according to the validation procedure. See inner errors for details.","details":[{"code":"SkuNotAvailable","message":"The requested VM size for resource 'vm1' is currently not available in location 'westus'."}]}}`,
			code: "SkuNotAvailable"},
		"top-level details": {
			in:   `{"code":"DeploymentFailed","message":"At least one resource deployment operation failed.","details":[{"code":"Conflict","message":"Another operation is in progress on the resource."}]}`,
			code: "Conflict"},
		"no details keeps the outer code": {
			in:   `{"error":{"code":"InvalidTemplateDeployment","message":"The template deployment 'main' is not valid according to the validation procedure."}}`,
			code: "InvalidTemplateDeployment"},
	} {
		t.Run(name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.code, r.Code, "evidence: %v", r.Evidence)
		})
	}
}

// TestWordedStatusOfBillingMessages: a provider's error table that lists a message under one
// status documents that status for the message, so a re-print that lost the status still
// knows it: DeepSeek's "402 - Insufficient Balance"
// (https://api-docs.deepseek.com/quick_start/error_codes) and Model Studio's 429
// Throttling.AllocationQuota "Free allocated quota exceeded."
// (https://www.alibabacloud.com/help/en/model-studio/error-code).
func TestWordedStatusOfBillingMessages(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "DeepSeek's error member on its own",
			in:       `{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}`,
			provider: "deepseek", status: 402, code: "invalid_request_error", category: Quota},
		{name: "Model Studio's message alone",
			in:       "Free allocated quota exceeded.",
			provider: "dashscope", status: 429, category: Quota},
	})
}

// TestAccountBansAreNoRequestError: OpenAI answers a deactivated account with code
// account_deactivated under type invalid_request_error; the type is OpenAI's class for any
// refusal, the code says the account is closed to the API (a permission no retry or fix to
// the body changes: https://platform.openai.com/docs/guides/error-codes). Bedrock answers an
// account without model access or IAM permission with "Your account is not authorized to
// invoke this API operation", under ValidationException from some operations and
// AccessDeniedException from others
// (https://repost.aws/knowledge-center/bedrock-validation-exception-errors,
// https://repost.aws/knowledge-center/bedrock-invokemodel-api-error).
func TestAccountBansAreNoRequestError(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "openai-python AuthenticationError",
			in:       `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.', 'type': 'invalid_request_error', 'param': None, 'code': 'account_deactivated'}}`,
			provider: "openai", status: 401, code: "account_deactivated", category: Permission},
		{name: "botocore ValidationException",
			in:       `botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the InvokeModelWithResponseStream operation: Your AWS account is not authorized to invoke this API operation.`,
			provider: "bedrock", status: 400, code: "ValidationException", category: Permission},
		{name: "botocore AccessDeniedException",
			in:       `An error occurred (AccessDeniedException) when calling the InvokeModel operation: Your account is not authorized to invoke this API operation.`,
			provider: "bedrock", status: 403, code: "AccessDeniedException", category: Permission},
	})
}

// TestRegionRefusalPluralWording: a refusal for the caller's location is worded in the
// plural too ("not allowed from unsupported countries, regions, or territories", the
// wording of https://www.anthropic.com/supported-countries), which no retry changes.
func TestRegionRefusalPluralWording(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "plural, no status", in: "Error: this service is not allowed from unsupported countries or regions",
			category: Permission},
	})
}

// TestRelayUserQuota: new-api (and the one-api family it comes from) checks the relay user's
// prepaid quota before calling any upstream and refuses with its own codes: "%s
// pre-consumed quota failed, user quota: %s, need quota: %s" under insufficient_user_quota,
// and, for task APIs, "user quota is not enough" under quota_not_enough
// (QuantumNous/new-api types/error.go, relay/relay_task.go). Top-up, not waiting, clears it;
// the relay names no provider.
func TestRelayUserQuota(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "chat, OpenAI-style body",
			in:   `{"error":{"message":"chat pre-consumed quota failed, user quota: $0.050000, need quota: $0.120000","type":"new_api_error","param":"","code":"insufficient_user_quota"}}`,
			code: "insufficient_user_quota", category: Quota},
		{name: "audio, the log line alone",
			in:       "audio pre-consumed quota failed, user quota: 100, need quota: 5000",
			category: Quota},
		{name: "task API body",
			in:   `task submit failed: {"code": "quota_not_enough", "message": "user quota is not enough"}`,
			code: "quota_not_enough", category: Quota},
	})
}

// TestOverdueAccountIs403Billing: an account refused for an overdue (unpaid) balance is a
// billing state, though sent as 403 with "Access denied": Volcengine Ark's AccountOverdueError
// (https://www.volcengine.com/docs/82379/1299023) and Alibaba Cloud's Arrearage say so in
// words. Paying clears it; waiting does not.
func TestOverdueAccountIs403Billing(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "403 with overdue", in: "HTTP 403 Forbidden: Access denied: the account is overdue, please settle the outstanding bill",
			status: 403, category: Quota},
	})
}

// TestClientHTTPExceptionIsNoCode: TheoKanning's openai-java throws one class,
// com.theokanning.openai.OpenAiHttpException, for every HTTP error, its message the API's
// (TheoKanning/openai-java client/src/main/java/com/theokanning/openai/OpenAiHttpException.java):
// like openai-python's APIStatusError it names no error, so it is never the code.
func TestClientHTTPExceptionIsNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "access terminated",
			in:       "Caused by: com.theokanning.openai.OpenAiHttpException: Your access was terminated due to violation of our policies, please check your email for more information.",
			provider: "openai", category: Permission},
	})
}

// TestLockedOrSuspendedAccount: an account locked or suspended by the service (for security,
// abuse or policy) refuses every request until its owner has it restored; it is a
// permission, not a credential to fix or a limit to wait out (RFC 9110 §15.5.4: the server
// understood the request and refuses it). A suspension for an unpaid bill stays a billing
// state.
func TestLockedOrSuspendedAccount(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "locked for security", in: "Sign-in failed: we have locked your account as a precaution after unusual activity. Contact support to restore access.",
			category: Permission},
		{name: "suspended", in: "Error: this account has been suspended. Please contact support.",
			category: Permission},
		{name: "suspended for an unpaid invoice", in: "Error: this account has been suspended because of an unpaid invoice. Please update your payment method.",
			category: Quota},
	})
}
