package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The traps each provider sets: the same status meaning different things, errors inside a
// 200, wrappers mislabelling what they re-print.
func TestProviderTraps(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		provider string
		status   int
		category Category
		retry    bool
		waitMS   int64
		upstream string
		wrapper  string
	}{
		{"OpenAI 429 insufficient_quota is billing", `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
			"openai", 429, Quota, false, 0, "", ""},
		{"OpenAI 429 rate_limit_exceeded waits", `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29000, Requested 900. Please try again in 1.8s. Visit https://platform.openai.com/account/rate-limits to learn more.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`,
			"openai", 429, RateLimit, true, 1800, "", ""},
		{"OpenAI context_length_exceeded", `openai.BadRequestError: Error code: 400 - {'error': {'message': "This model's maximum context length is 128000 tokens. However, your messages resulted in 130020 tokens. Please reduce the length of the messages.", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}`,
			"openai", 400, ContextLength, false, 0, "", ""},
		{"OpenAI invalid_api_key", `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
			"openai", 401, Authentication, false, 0, "", ""},
		{"OpenAI model_not_found", `openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model ` + "`gpt-5-turbo`" + ` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}`,
			"openai", 404, NotFound, false, 0, "", ""},
		{"Anthropic 529 overloaded", `anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}`,
			"anthropic", 529, Overloaded, true, 0, "", ""},
		{"Anthropic 413 as an HTML page", "HTTP/2 413\ncontent-type: text/html\nserver: cloudflare\n\n<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>cloudflare</center></body></html>\n(POST https://api.anthropic.com/v1/messages)",
			"anthropic", 413, InvalidRequest, false, 0, "", ""},
		{"Anthropic credit balance", `anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.'}}`,
			"anthropic", 400, Quota, false, 0, "", ""},
		{"Anthropic error event after a 200", "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\"}}\n\nevent: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n",
			// An error after the 200 the stream opened with has no status of its own (status4).
			"anthropic", 0, Overloaded, true, 0, "", ""},
		{"Gemini per-minute quota waits RetryInfo", `{"error": {"code": 429, "message": "You exceeded your current quota, please check your plan and billing details.", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests", "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]}, {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "45.8s"}]}}`,
			"gemini", 429, RateLimit, true, 45800, "", ""},
		{"Gemini per-day quota is not today", `{"error": {"code": 429, "message": "You exceeded your current quota, please check your plan and billing details.", "status": "RESOURCE_EXHAUSTED", "details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests", "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier"}]}, {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "12s"}]}}`,
			"gemini", 429, Quota, false, 12000, "", ""},
		{"Gemini API key not valid arrives as 400", `google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'API key not valid. Please pass a valid API key.', 'status': 'INVALID_ARGUMENT', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'API_KEY_INVALID', 'domain': 'googleapis.com', 'metadata': {'service': 'generativelanguage.googleapis.com'}}]}}`,
			"gemini", 400, Authentication, false, 0, "", ""},
		{"Gemini FAILED_PRECONDITION location", `{"error": {"code": 400, "message": "User location is not supported for the API use.", "status": "FAILED_PRECONDITION"}} (https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent)`,
			"gemini", 400, Permission, false, 0, "", ""},
		{"Gemini 503 overloaded", `google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}`,
			"gemini", 503, Overloaded, true, 0, "", ""},
		{"Vertex 429 resource exhausted", `google.api_core.exceptions.ResourceExhausted: 429 Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.`,
			"vertex-ai", 429, Overloaded, true, 0, "", "google-api-core"}, // the shared pool's capacity, not the caller's quota (error-code-429)
		{"Bedrock ClientError throttling", `botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.`,
			"bedrock", 429, RateLimit, true, 0, "", ""},
		{"Bedrock input too long", `botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModel operation: Input is too long for requested model.`,
			"bedrock", 400, ContextLength, false, 0, "", ""},
		{"Azure content filter", `openai.BadRequestError: Error code: 400 - {'error': {'message': "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.", 'type': None, 'param': 'prompt', 'code': 'content_filter', 'status': 400, 'innererror': {'code': 'ResponsibleAIPolicyViolation', 'content_filter_result': {'hate': {'filtered': False, 'severity': 'safe'}, 'violence': {'filtered': True, 'severity': 'medium'}}}}}`,
			"azure-openai", 400, ContentFilter, false, 0, "", ""},
		{"Azure 429 retry after N seconds", `openai.RateLimitError: Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.'}}`,
			"azure-openai", 429, RateLimit, true, 6000, "", ""},
		{"OpenRouter 402 credits", `{"error":{"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","code":402}}`,
			"openrouter", 402, Quota, false, 0, "", ""},
		{"OpenRouter relays an upstream error", `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}","provider_name":"Google AI Studio"}},"user_id":"user_x"}`,
			"openrouter", 429, RateLimit, true, 0, "gemini", ""},
		{"DeepSeek 402 insufficient balance", `openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}} (base_url https://api.deepseek.com)`,
			"deepseek", 402, Quota, false, 0, "", ""},
		{"Groq 413 request larger than the TPM window", `groq.APIStatusError: Error code: 413 - {'error': {'message': 'Request too large for model ` + "`llama-3.1-8b-instant`" + ` in organization ` + "`org_x`" + ` service tier ` + "`on_demand`" + ` on tokens per minute (TPM): Limit 6000, Requested 9100, please reduce your message size and try again.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}`,
			"groq", 413, RateLimit, false, 0, "", ""},
		{"Groq 429 tokens per minute waits", `groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model ` + "`llama-3.3-70b-versatile`" + ` in organization ` + "`org_x`" + ` service tier ` + "`on_demand`" + ` on tokens per minute (TPM): Limit 12000, Used 11000, Requested 2000. Please try again in 5s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}`,
			"groq", 429, RateLimit, true, 5000, "", ""},
		{"Hugging Face model loading", `huggingface_hub.errors.HfHubHTTPError: 503 Server Error: Service Unavailable for url: https://api-inference.huggingface.co/models/bigscience/bloom (Request ID: abc) {"error":"Model bigscience/bloom is currently loading","estimated_time":42.5}`,
			"huggingface", 503, Overloaded, true, 42500, "", ""},
		{"Cohere trial key limit", `cohere.errors.too_many_requests_error.TooManyRequestsError: status_code: 429, body: {'message': "You are using a Trial key, which is limited to 10 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'. Contact us on 'https://discord.gg/XW44jPfYJu' or email us at support@cohere.com with any questions"}`,
			"cohere", 429, RateLimit, true, 0, "", ""},
		{"LiteLLM names the wrapper and the provider", `litellm.exceptions.ContextWindowExceededError: litellm.BadRequestError: litellm.ContextWindowExceededError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 215000 tokens > 200000 maximum"}}`,
			"anthropic", 400, ContextLength, false, 0, "", "litellm"},
		{"Vercel AI SDK retry error", `RetryError [AI_RetryError]: Failed after 3 attempts. Last error: Overloaded
    at _retryWithExponentialBackoff (/app/node_modules/ai/dist/index.mjs:323:15) {
  reason: 'maxRetriesExceeded',
  lastError: APICallError [AI_APICallError]: Overloaded
      at /app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:610:14 {
    url: 'https://api.anthropic.com/v1/messages',
    statusCode: 529,
    responseBody: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    isRetryable: true,
  }
}`,
			"anthropic", 529, Overloaded, true, 0, "", "vercel-ai"},
		{"OpenAI-compatible client, no body", "Error: 400 status code (no body)\n    at APIError.generate (/app/node_modules/openai/error.js:45:20)",
			"", 400, InvalidRequest, false, 0, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider")
			assert.Equal(t, tc.status, r.HTTPStatus, "status")
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
			assert.Equal(t, tc.waitMS, r.RetryAfterMS, "retry_after_ms")
			if tc.upstream != "" {
				assert.Equal(t, tc.upstream, r.Upstream, "upstream")
			}
			if tc.wrapper != "" {
				assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper")
			}
		})
	}
}
