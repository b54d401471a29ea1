package decoder

import "testing"

// A signal an AI provider's catalog lists that belongs to a platform or an SDK family as a
// whole names no provider on its own: Azure's SDKs and headers (every Azure service), the
// Cloudflare v4 API's envelope and codes (every Cloudflare product), AWS's common errors
// and API Gateway's answers (every AWS service), Azure API Management's rate-limit policy
// (any API behind it), GraphQL's error types, GitHub's token prefixes, Google's API key
// reasons. Each pair is the platform's own form, written
// from its documentation, which keeps provider "", and the AI API's, where a signal of the
// API's own (its host, path, model id, headers) stands beside the shared one.
func TestSharedSignalsNameNoProvider(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Azure.Core's RequestFailedException and x-ms-client-request-id come from every Azure
		// SDK (https://learn.microsoft.com/en-us/dotnet/api/azure.requestfailedexception).
		{"Azure Storage via Azure.Core",
			"Azure.RequestFailedException: This request is not authorized to perform this operation using this permission.\nStatus: 403 (This request is not authorized to perform this operation using this permission.)\nErrorCode: AuthorizationPermissionMismatch\n\nHeaders:\nx-ms-request-id: 5c2b1e0a-001e-0031-0c3d-9a8c47000000\nx-ms-client-request-id: 8f1e6a2c-5d4b-4c3a-9e2f-1a0b9c8d7e6f\nx-ms-version: 2023-11-03\nx-ms-error-code: AuthorizationPermissionMismatch",
			"", 403, "AuthorizationPermissionMismatch", Permission, false},
		{"Azure OpenAI via Azure.Core, with its own headers",
			"Azure.RequestFailedException: Rate limit is exceeded. Try again in 6 seconds.\nStatus: 429 (Too Many Requests)\n\nHeaders:\nx-ms-client-request-id: 1d6c1a7e-3b0f-4a56-9d2e-4f8b1c9a0e11\napim-request-id: 0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7\nx-ms-region: East US",
			"azure-openai", 429, "", RateLimit, true},

		// Cloudflare's v4 envelope and its 10000 and 7003 are every Cloudflare API's
		// (https://developers.cloudflare.com/fundamentals/api/troubleshooting/).
		{"Cloudflare API authentication error",
			`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`,
			"", 0, "10000", Authentication, false},
		{"Cloudflare API, a DNS path that does not route",
			`{"result":null,"success":false,"errors":[{"code":7003,"message":"Could not route to /zones/0123abcd/dns_records, perhaps your object identifier is invalid?"},{"code":7000,"message":"No route for that URI"}],"messages":[]}`,
			"", 0, "7003", NotFound, false},
		{"Workers AI's run path beside the same body",
			"POST https://api.cloudflare.com/client/v4/accounts/0123abcd/ai/run/@cf/meta/llama-3.1-8b-instruct\n" + `{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`,
			"cloudflare-workers-ai", 403, "10000", Authentication, false},
		{"Workers AI's OpenAI-compatible base that does not route",
			`{"result":null,"success":false,"errors":[{"code":7003,"message":"Could not route to /client/v4/accounts/0123abcd/ai/v1, perhaps your object identifier is invalid?"}],"messages":[]}`,
			"cloudflare-workers-ai", 400, "7003", NotFound, false},

		// GraphQL's error type RATE_LIMITED is GitHub's (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api);
		// Mistral writes rate_limited with its own message and code 1300.
		{"GitHub GraphQL rate limited",
			`{"data":null,"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded for user ID 1234567."}]}`,
			"", 0, "RATE_LIMITED", RateLimit, true},
		{"Mistral rate limited",
			`{"object":"error","message":"Requests rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}`,
			"mistral", 429, "1300", RateLimit, true}, // the body code outranks the shared type (four digits or more: a business code)

		// Azure API Management's rate-limit policy answers so for any API behind it
		// (https://learn.microsoft.com/en-us/azure/api-management/rate-limit-policy).
		{"API Management rate-limit policy",
			"HTTP/1.1 429 Too Many Requests\nRetry-After: 27\n\n{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 27 seconds.\" }",
			"", 429, "", RateLimit, true},
		{"Azure OpenAI's 429 with its headers",
			"HTTP/1.1 429 Too Many Requests\nretry-after: 27\napim-request-id: 0e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7\nx-ms-region: Sweden Central\n\n{\"error\":{\"code\":\"429\",\"message\": \"Rate limit is exceeded. Try again in 27 seconds.\"}}",
			"azure-openai", 429, "429", RateLimit, true},

		// API Gateway's MISSING_AUTHENTICATION_TOKEN (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html)
		// and AWS's common errors (https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html).
		{"API Gateway missing authentication token",
			"HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{\"message\":\"Missing Authentication Token\"}",
			"", 403, "MissingAuthenticationTokenException", Authentication, false},
		{"Bedrock Runtime's URL beside it",
			"HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: MissingAuthenticationTokenException\n\n{\"message\":\"Missing Authentication Token\"}\nPOST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/invoke",
			"bedrock", 403, "MissingAuthenticationTokenException", Authentication, false},
		{"SQS expired token",
			`botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the GetQueueUrl operation: The security token included in the request is expired`,
			"", 0, "ExpiredTokenException", Authentication, false},
		{"Bedrock expired token",
			`botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the InvokeModel operation: The security token included in the request is expired`,
			"bedrock", 403, "ExpiredTokenException", Authentication, false},
		{"CloudFormation throttled",
			`botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded`,
			"", 0, "ThrottlingException", RateLimit, true},
		{"Bedrock throttled",
			`botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.`,
			"bedrock", 429, "ThrottlingException", RateLimit, true},
		{"JS v3 unrecognized client, no service named",
			"UnrecognizedClientException: The security token included in the request is invalid.\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 400 }\n}",
			"", 400, "UnrecognizedClientException", Authentication, false},
		{"JS v3 unrecognized client beside a Bedrock model id",
			"UnrecognizedClientException: The security token included in the request is invalid.\n    at async POST (app/api/chat/route.ts:19:19)\n  const model = bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0');\n  '$fault': 'client'",
			"bedrock", 403, "UnrecognizedClientException", Authentication, false},
		{"DynamoDB validation",
			`botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the CreateTable operation: 1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3`,
			"", 0, "ValidationException", InvalidRequest, false},
		{"Secrets Manager service quota",
			`botocore.errorfactory.ServiceQuotaExceededException: An error occurred (ServiceQuotaExceededException) when calling the CreateSecret operation: You have exceeded the maximum number of secrets in this Region.`,
			"", 0, "ServiceQuotaExceededException", Quota, false},

		// GitHub's token prefixes are every GitHub API's (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/);
		// API_KEY_INVALID and CONSUMER_SUSPENDED are every Google API's ErrorInfo reasons
		// (https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto).
		{"GitHub REST bad credentials beside a ghp_ token",
			"curl -H \"Authorization: token ghp_REDACTED\" https://api.github.com/user\n{\"message\":\"Bad credentials\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}",
			"", 401, "", Authentication, false},
		{"Maps API key not valid",
			`{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"maps-backend.googleapis.com"}}]}}`,
			"", 400, "API_KEY_INVALID", Authentication, false},
		{"Gemini API key not valid",
			`{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com","metadata":{"service":"generativelanguage.googleapis.com"}}]}}`,
			"gemini", 400, "API_KEY_INVALID", Authentication, false},
		{"YouTube key's consumer suspended",
			`googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/youtube/v3/search?key=AIzaSyREDACTED returned "Permission denied: Consumer 'api_key:AIzaSyREDACTED' has been suspended.". Details: "[{'reason': 'CONSUMER_SUSPENDED'}]">`,
			"", 403, "CONSUMER_SUSPENDED", Permission, false},
		{"Bedrock service quota can be resubmitted",
			`botocore.errorfactory.ServiceQuotaExceededException: An error occurred (ServiceQuotaExceededException) when calling the InvokeModel operation: Your request exceeds the service quota for your account. You can view your quotas at Viewing service quotas. You can resubmit your request later.`,
			"bedrock", 400, "ServiceQuotaExceededException", RateLimit, true},
	})
}
