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
		name, in          string
		provider, wrapper string
		status            int
		category          Category
		retry             bool
	}{
		// ai.google.dev/gemini-api/docs/troubleshooting: 400 FAILED_PRECONDITION, the API is
		// not available in the caller's country; the message is the Gemini API's alone.
		{"Gemini's country refusal through api_core", "google.api_core.exceptions.FailedPrecondition: 400 User location is not supported for the API use.", "gemini", "google-api-core", 400, Permission, false},
		{"Gemini's country refusal as a gRPC debug string", `grpc_status:9, grpc_message:"User location is not supported for the API use."`, "gemini", "", 400, Permission, false},
		// cloud.google.com/vertex-ai/generative-ai/docs/error-code-429: shared capacity, retry.
		{"Vertex's Java client out of capacity", "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: the service is temporarily out of capacity\n\tat com.google.cloud.vertexai.generativeai.GenerativeModel.generateContent(GenerativeModel.java:200)", "vertex-ai", "", 429, Overloaded, true},
		// docs.x.ai/docs/key-information/debugging: 404 when the model is unknown to the team.
		{"xAI's unknown model", `{"code":"Some requested entity was not found","error":"The model grok-0 does not exist or your team 1234 does not have access to it."}`, "xai", "", 404, NotFound, false},
		// docs.litellm.ai/docs/exception_mapping: ContentPolicyViolationError, a BadRequestError.
		{"LiteLLM's content-policy class inside its BadRequestError", "litellm.BadRequestError: litellm.ContentPolicyViolationError: request rejected (Error code: 400)", "", "litellm", 400, ContentFilter, false},
		// langchain_community's Bedrock classes re-raise botocore's error as ValueError.
		{"LangChain's Bedrock re-raise", "ValueError: Error raised by inference endpoint: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.", "bedrock", "langchain", 429, RateLimit, true},
		// text-generation-inference router/src/validation.rs: the prompt alone over the limit.
		{"TGI's prompt-length validation", "huggingface_hub.errors.HfHubHTTPError: 422 Client Error: Unprocessable Entity for url: https://router.huggingface.co/v1/chat/completions\n\nInput validation error: `inputs` must have less than 1024 tokens. Given: 2048", "huggingface", "", 422, ContextLength, false},
		// Dart's dio (DioException.badResponse): the status in its boilerplate sentence.
		{"dio's bad-response boilerplate", "DioException [bad response]: This exception was thrown because the response has a status code of 429 and RequestOptions.validateStatus was configured to throw for this status code.", "", "", 429, RateLimit, true},
		// codex-rs: a Responses stream that ended in response.failed; the error came after the 200.
		{"Codex's cut stream implies no status", "stream disconnected before completion: Rate limit reached for gpt-5 in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 900. Please try again in 1.8s.", "openai", "codex", 0, RateLimit, true},
		// platform.openai.com/docs/deprecations: a shut-down model answers 404 model_not_found.
		{"OpenAI's retired model", `{"error":{"message":"The model ` + "`text-curie-001`" + ` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations","type":"invalid_request_error","param":null,"code":"model_not_found"}}`, "openai", "", 0, NotFound, false}, // model_not_found comes with 404 and 403 (a project without the model), the deprecations page gives none

		// CPAN's OpenAI::API dies with the status line and its own file.
		{"Perl's OpenAI::API", "Error retrieving 'chat/completions': 401 Unauthorized at /usr/share/perl5/OpenAI/API.pm line 60.", "openai", "", 401, Authentication, false},
		// help.openai.com "Managing projects": a project's model permissions; 403 model_not_found.
		{"an OpenAI project without the model", `openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project ` + "`proj_x1`" + ` does not have access to model ` + "`o4-mini`" + `', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`, "openai", "", 403, Permission, false},
		// docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html: a model past its end of life.
		{"Bedrock's end-of-life model", "botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the Converse operation: This model version has reached the end of its life.", "bedrock", "", 404, NotFound, false},
		{"Bedrock's not-found code alone is no use-case form", "ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the InvokeModel operation: Could not resolve the foundation model", "bedrock", "", 404, NotFound, false},
		// pub.dev google_generative_ai: GenerativeAIException and its ServerException.
		{"Dart's Gemini client", "GenerativeAIException: Server Error [503]: The service is currently unavailable.", "gemini", "", 503, Overloaded, true},
		// Go's google.golang.org/genai APIError (Gemini API or Vertex AI alike): its status.
		{"Go genai's error", "Error 429, Message: Resource has been exhausted (e.g. check quota)., Status: RESOURCE_EXHAUSTED, Details: []", "", "", 429, RateLimit, true},
		// help.openai.com "API Organization Verification": a 400 unsupported_value, not a bad parameter.
		{"OpenAI's unverified organization", `{"error":{"message":"Your organization must be verified to use the model ` + "`o3`" + `. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization.","type":"invalid_request_error","param":null,"code":"unsupported_value"}}`, "openai", "", 400, Permission, false},
		// docs.aws.amazon.com/bedrock/latest/userguide/quotas.html: tokens per day, a daily quota.
		{"Bedrock's daily token throttle alone", `{"message":"Too many tokens per day, please wait before trying again."}`, "bedrock", "", 429, Quota, false},
		// google/generative-ai-swift: GenerateContentError wrapping an RPCError with the HTTP code.
		{"Swift's Gemini client", `GoogleGenerativeAI.GenerateContentError.internalError(underlying: GoogleGenerativeAI.RPCError(httpResponseCode: 429, message: "Resource has been exhausted (e.g. check quota).", status: GoogleGenerativeAI.RPCStatus.resourceExhausted))`, "gemini", "", 429, RateLimit, true},
		// Google's RESOURCE_EXHAUSTED message, whichever Google API sent it.
		{"Google's exhausted resource, bare", "ServerException: Resource has been exhausted (e.g. check quota).", "", "", 0, RateLimit, true},
		// googleapis/java-genai: com.google.genai.errors.ServerException "<code> <status>. <message>".
		{"Java genai's server error", "com.google.genai.errors.ServerException: 503 . The service is currently unavailable.", "gemini", "", 503, Overloaded, true},
		// General wording: capacity is the provider's, whoever it is.
		{"an unknown API out of capacity", "upstream error: the cluster is out of capacity, please retry", "", "", 0, Overloaded, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}

// A key that names a status ("status_code=", "Status Code:") is never followed by the
// error's code, whatever comes after it; AWS's x-amzn-ErrorType header gives the code.
func TestStatusKeysAreNoCode(t *testing.T) {
	tests := []struct{ name, in, code string }{
		{"Python source in a traceback frame", "  File \"handler.py\", line 12, in call\n    raise ProviderError(status_code=error_code, message=text)\nhttpx.HTTPStatusError: Client error '429 Too Many Requests' for url 'https://api.example.com/v1/run'", ""},
		// AWS SDK for Swift prints the HTTP response's status and headers inline.
		{"Swift AWS SDK's status and header", "ValidationException(properties: Properties(message: Optional(\"bad input\")), httpResponse: Status Code: HTTP status code: 400 Date: Mon, 01 Jan 2024 00:00:00 GMT, x-amzn-ErrorType: ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/)", "ValidationException"},
		{"a code key of its own still reads", "request failed: error_code=RATE_LIMITED", "RATE_LIMITED"},
		// A google.rpc status name after "Status:", as Gemini CLI and PHP clients print it.
		{"a gRPC status name after Status:", "[API Error: Permission denied on resource project my-project. (Status: PERMISSION_DENIED)]", "PERMISSION_DENIED"},
		{"a header's own status is none", "HTTP/1.1 429 Too Many Requests\nCf-Cache-Status: DYNAMIC\n\nslow down", ""},
		{"a status in words is none", "job status: Failed", ""},
		// Swift prints an optional code as Optional("..."): MacPaw/OpenAI's APIError.
		{"Swift's optional code", `APIErrorResponse(error: OpenAI.APIError(message: "Invalid model", type: "invalid_request_error", param: nil, code: Optional("model_not_found")))`, "model_not_found"},
		// Swift prints an optional code as Optional("..."): MacPaw/OpenAI's APIError.
		{"Swift's optional code", `APIErrorResponse(error: OpenAI.APIError(message: "Invalid model", type: "invalid_request_error", param: nil, code: Optional("model_not_found")))`, "model_not_found"},
		// Go's google.golang.org/genai APIError: "Error <code>, Message: ..., Status: <name>".
		{"Go genai's status name", "Error 429, Message: Resource has been exhausted (e.g. check quota)., Status: RESOURCE_EXHAUSTED, Details: []", "RESOURCE_EXHAUSTED"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.code, Decode(tc.in).Code)
		})
	}
}

// The general wording of permission, quota and request errors, as any API words them:
// no provider named, the category and verdict still right.
func TestGeneralWordingOfAccessAndAllowances(t *testing.T) {
	tests := []struct {
		name, in string
		category Category
		retry    bool
	}{
		{"a country refusal", "Sorry, this service is not supported in your country.", Permission, false},
		{"a model not granted", "Access to model denied: request access to the model from your admin.", Permission, false},
		{"no access to the model", "You do not have access to the model claude-x yet.", Permission, false},
		{"a deactivated account", "This account has been deactivated.", Permission, false},
		{"credits, plural", "Insufficient credits: please top up your balance to continue.", Quota, false},
		{"a billing hard limit", "Request blocked: billing hard limit has been reached.", Quota, false},
		{"a free tier per day", "Free tier limit reached (1000 requests per day). Try again tomorrow.", Quota, false},
		{"a daily quota", "The daily quota for this key is used up.", Quota, false},
		{"a schema's extra field", "Invalid body: additional properties are not allowed ('seed' was unexpected)", InvalidRequest, false},
		{"a model that does not exist stays not found", "The model foo-9 does not exist or you do not have access to it.", NotFound, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}

// How each runtime's HTTP client states the status it failed on (each from its own source
// or documentation): the status is read, whatever API answered.
func TestRuntimesStateTheStatus(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
	}{
		// System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode.
		{".NET HttpClient", "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).", 503},
		// okhttp3.Response.toString().
		{"OkHttp's Response", "Unexpected response: Response{protocol=http/1.1, code=401, message=Unauthorized, url=https://api.example.com/v1/chat}", 401},
		// Alamofire's AFError.ResponseValidationFailureReason.
		{"Alamofire", "Alamofire.AFError.responseValidationFailed(reason: Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(code: 403))", 403},
		// dio's DioException.badResponse message.
		{"dio", "DioException [bad response]: This exception was thrown because the response has a status code of 502 and RequestOptions.validateStatus was configured to throw for this status code.", 502},
		// A number after "code=" elsewhere is no status.
		{"an exit code is none", "process finished: exit code=137", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}

// An entry its wording defines (Gemini's "API key not valid", OpenAI's unverified
// organization) fits a paste of its shared code without that wording, but is no close
// alternative there; with its wording it is the answer.
func TestWordedEntriesNeedTheirWords(t *testing.T) {
	tests := []struct {
		name, in string
		category Category
	}{
		{"Gemini's plain INVALID_ARGUMENT", `google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Invalid value at generation_config.temperature', 'status': 'INVALID_ARGUMENT'}}`, InvalidRequest},
		{"Gemini's key error under INVALID_ARGUMENT", "[API Error: API key not valid. Please pass a valid API key. (Status: INVALID_ARGUMENT)]", Authentication},
		{"OpenAI's plain unsupported_value", `{"error":{"message":"Unsupported value: 'temperature' does not support 0.2 with this model.","type":"invalid_request_error","param":"temperature","code":"unsupported_value"}}`, InvalidRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			for _, a := range r.Alternatives {
				assert.Equal(t, r.Category, a.Category, "no alternative of another category: %+v", a)
			}
		})
	}
}

// botocore's ClientError is AWS's: a class name google-genai shares names no AI API.
func TestBotocoreClientErrorNamesNoGoogleAPI(t *testing.T) {
	r := Decode("botocore.exceptions.ClientError: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist")
	assert.Empty(t, r.Provider)
	assert.Empty(t, r.Alternatives)
}
