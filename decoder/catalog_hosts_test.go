package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The hosted APIs of issue 14 (DeepInfra, SambaNova, NVIDIA NIM, Cloudflare Workers AI,
// GitHub Models), each decoded from inputs written after its own error reference: the
// bodies the docs show, the lines their SDKs and bindings print, log lines around them.
func TestHostedAPICatalogs(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		provider string
		status   int
		code     string
		category Category
		retry    bool
		entry    string
		wrapper  string
	}{
		// Cloudflare Workers AI: the v4 envelope, the Worker binding's error, the API's own codes.
		{"Workers AI 3036 daily neurons is quota", "HTTP/2 429\ncontent-type: application/json\ncf-ai-req-id: 5f2c1d7e-0b6a-4c1e-9d1a-2b3c4d5e6f70\n\n" +
			`{"result":null,"success":false,"errors":[{"code":3036,"message":"AiError: You have used up your daily free allocation of 10,000 neurons. Please upgrade to Cloudflare's Workers Paid plan if you would like to continue usage."}],"messages":[]}`,
			"cloudflare-workers-ai", 429, "3036", Quota, false, "account-limited-daily-neurons", ""},
		{"Workers AI 3040 from the binding is capacity", "✘ [ERROR] InferenceUpstreamError: 3040: No more data centers to forward the request to\n    at Ai._parseError (cloudflare-internal:ai-api:150:16)\n    at async Object.fetch (file:///app/src/index.ts:14:20)",
			"cloudflare-workers-ai", 429, "3040", Overloaded, true, "out-of-capacity", ""},
		{"Workers AI 3021 per-minute limit waits", "Error: 3021: rate limiting: inference request per min rate reached\n    at async env.AI.run(\"@cf/meta/llama-3.1-8b-instruct\")",
			"cloudflare-workers-ai", 0, "3021", RateLimit, true, "rate-limit-per-minute", ""}, // 3021 is not in Cloudflare's table of codes and statuses: none implied
		{"Workers AI model agreement in a log line", `level=error msg="workers ai call failed" url=https://api.cloudflare.com/client/v4/accounts/0123456789abcdef0123456789abcdef/ai/run/@cf/meta/llama-3.2-11b-vision-instruct body="{\"errors\":[{\"code\":5016,\"message\":\"AiError: User has not agreed to Llama3.2 model terms\"}],\"success\":false,\"result\":null,\"messages\":[]}"`,
			"cloudflare-workers-ai", 403, "5016", Permission, false, "model-agreement", ""},
		{"Cloudflare API authentication error on /ai/run", "POST https://api.cloudflare.com/client/v4/accounts/0123456789abcdef0123456789abcdef/ai/run/@cf/meta/llama-3.1-8b-instruct -> 403\n" +
			`{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}`,
			"cloudflare-workers-ai", 403, "10000", Authentication, false, "authentication-error", ""},
		{"Cloudflare could not route: wrong account id", `curl https://api.cloudflare.com/client/v4/accounts/ACCOUNT_ID/ai/run/@cf/meta/llama-3.1-8b-instruct
{"success":false,"errors":[{"code":7003,"message":"Could not route to /accounts/ACCOUNT_ID/ai/run/@cf/meta/llama-3.1-8b-instruct, perhaps your object identifier is invalid?"},{"code":7000,"message":"No route for that URI"}],"messages":[],"result":null}`,
			"cloudflare-workers-ai", 400, "7003", NotFound, false, "could-not-route", ""},

		// SambaNova: OpenAI-shaped bodies with request_id; insufficient_quota is a rate limit there.
		{"SambaNova decimal above max value", `sambanova.BadRequestError: Error code: 400 - {'error': {'message': 'Decimal above maximum value. Expected a value between 0 and 1, but got 100 instead.', 'type': 'invalid_request_error', 'param': 'top_p', 'code': 'decimal_above_max_value'}, 'request_id': '2a8b3c4d-1234-5678-abcd-ef0123456789'}`,
			"sambanova", 400, "decimal_above_max_value", InvalidRequest, false, "decimal-above-max-value", ""},
		{"SambaNova insufficient_quota is a rate limit", "curl -si https://api.sambanova.ai/v1/chat/completions -H \"Authorization: Bearer $SAMBANOVA_API_KEY\" -d @req.json\nHTTP/2 429\ncontent-type: application/json\nx-ratelimit-limit-requests: 30\nx-ratelimit-remaining-requests: 0\nx-ratelimit-remaining-requests-day: 5210\n\n" +
			`{"error":{"message":"Rate limit exceeded","type":null,"param":null,"code":"insufficient_quota"},"request_id":"b7c1e9a0-5d4f-4e2b-8a6c-1f0e9d8c7b6a"}`,
			"sambanova", 429, "insufficient_quota", RateLimit, true, "rate-limit-insufficient-quota", ""},
		{"SambaNova queue full is capacity", `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Queue is full, too many requests in flight', 'type': None, 'param': None, 'code': 'queue_full'}, 'request_id': 'c2d3e4f5-0000-4a4a-8b8b-123456789abc'} (base_url=https://api.sambanova.ai/v1)`,
			"sambanova", 429, "queue_full", Overloaded, true, "queue-full", ""},
		{"SambaNova retired model answers 410", `openai.APIStatusError: Error code: 410 - {'error': {'message': 'The requested model (Meta-Llama-3.1-405B-Instruct) is not available on SambaNova Cloud. For more information, please visit https://docs.sambanova.ai/cloud/docs/resources/deprecations.', 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_deprecated'}}`,
			"sambanova", 410, "model_deprecated", NotFound, false, "model-deprecated", ""},
		{"SambaNova context length", `sambanova.BadRequestError: Error code: 400 - {'error': {'message': 'Input and output tokens exceed the context length of the model', 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}, 'request_id': 'd1'}`,
			"sambanova", 400, "context_length_exceeded", ContextLength, false, "context-length-exceeded", ""},
		{"SambaNova maintenance", `sambanova.InternalServerError: Error code: 503 - {'error': {'message': 'Model is temporarily unavailable due to maintenance', 'type': None, 'param': None, 'code': 'maintenance'}, 'request_id': 'e2'}`,
			"sambanova", 503, "maintenance", Overloaded, true, "maintenance", ""},

		// NVIDIA: NVCF problem details, langchain-nvidia's re-print.
		{"NVIDIA function not found for account", "HTTP/1.1 404 Not Found\ncontent-type: application/problem+json\nnvcf-reqid: 4c3b2a19-8d7e-6f5a-4b3c-2d1e0f9a8b7c\n\n" +
			`{"type":"urn:kaizen:problem-details:not-found","title":"Not Found","status":404,"detail":"Function '0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e': Not found for account 'abc123xyz'","instance":"/v2/nvcf/pexec/functions/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"}`,
			"nvidia-nim", 404, "urn:kaizen:problem-details:not-found", NotFound, false, "function-not-found-for-account", ""},
		{"NVIDIA degraded function is not the caller's fault", `openai.BadRequestError: Error code: 400 - {'status': 400, 'title': 'Bad Request', 'detail': "Function id '9f8e7d6c-5b4a-3c2d-1e0f-a9b8c7d6e5f4': DEGRADED function cannot be invoked"} (https://integrate.api.nvidia.com/v1/chat/completions)`,
			"nvidia-nim", 400, "", Server, true, "function-degraded", ""},
		{"NVIDIA credits expired", `{"type":"urn:kaizen:problem-details:payment-required","title":"Payment Required","status":402,"detail":"Account 'abc123xyz': Cloud credits expired - Please contact NVIDIA representatives","instance":"/v2/nvcf/pexec/functions/0b1c2d3e"}`,
			"nvidia-nim", 402, "urn:kaizen:problem-details:payment-required", Quota, false, "credits-expired", ""},
		{"NVIDIA 429 through langchain-nvidia", "Traceback (most recent call last):\n  File \"/app/.venv/lib/python3.12/site-packages/langchain_nvidia_ai_endpoints/_common.py\", line 521, in _try_raise\n    raise Exception(message) from None\nException: [429] Too Many Requests\nToo Many Requests",
			"nvidia-nim", 429, "", RateLimit, true, "", ""}, // "[429] Too Many Requests": a bracketed status and its phrase
		{"NVIDIA 403 authorization failed is the key", "POST https://integrate.api.nvidia.com/v1/chat/completions 403\n" + `{"status":403,"title":"Forbidden","detail":"Authorization failed"}`,
			"nvidia-nim", 403, "", Authentication, false, "authorization-failed", ""},
		{"NVIDIA model end of life", `openai.APIStatusError: Error code: 410 - {'type': 'about:blank', 'title': 'Gone', 'status': 410, 'detail': "The model 'meta/llama2-70b' has reached its end of life on 2025-01-15T00:00:00Z and is no longer available."} base_url=https://integrate.api.nvidia.com/v1`,
			"nvidia-nim", 410, "about:blank", NotFound, false, "model-end-of-life", ""},

		// GitHub Models: the limit named in the message decides rate_limit against quota.
		{"GitHub Models per-minute limit waits", `openai.RateLimitError: Error code: 429 - {'error': {'code': 'RateLimitReached', 'message': 'Rate limit of 15 per 60s exceeded for UserByModelByMinute. Please wait 42 seconds before retrying.', 'details': 'Rate limit of 15 per 60s exceeded for UserByModelByMinute. Please wait 42 seconds before retrying.'}}`,
			"github-models", 429, "RateLimitReached", RateLimit, true, "rate-limit-per-minute", ""},
		{"GitHub Models per-day limit is quota", `openai.RateLimitError: Error code: 429 - {'error': {'code': 'RateLimitReached', 'message': 'Rate limit of 150 per 86400s exceeded for UserByModelByDay. Please wait 50212 seconds before retrying.', 'details': 'Rate limit of 150 per 86400s exceeded for UserByModelByDay. Please wait 50212 seconds before retrying.'}}`,
			"github-models", 429, "RateLimitReached", Quota, false, "rate-limit-per-day", ""},
		{"GitHub Models per-day through azure-ai-inference", "azure.core.exceptions.HttpResponseError: (RateLimitReached) Rate limit of 50 per 86400s exceeded for UserByModelByDay. Please wait 31337 seconds before retrying.\nCode: RateLimitReached\nMessage: Rate limit of 50 per 86400s exceeded for UserByModelByDay. Please wait 31337 seconds before retrying.",
			"github-models", 429, "RateLimitReached", Quota, false, "rate-limit-per-day", ""},
		{"GitHub Models token without models permission", `openai.AuthenticationError: Error code: 401 - {'error': {'code': 'unauthorized', 'message': 'The ` + "`models`" + ` permission is required to access this endpoint', 'details': 'The ` + "`models`" + ` permission is required to access this endpoint'}}`,
			"github-models", 401, "unauthorized", Authentication, false, "models-permission-required", ""},
		{"GitHub Models retirement brownout", `Error: 410 {"error":{"code":"github_models_retirement_brownout","message":"GitHub Models is temporarily unavailable as part of a scheduled retirement brownout."}}`,
			"github-models", 410, "github_models_retirement_brownout", NotFound, false, "retirement-brownout", ""},
		{"GitHub Models request over the tier's tokens", "POST https://models.github.ai/inference/chat/completions 413\n" + `{"error":{"code":"tokens_limit_reached","message":"Request body too large for gpt-4o model. Max size: 8000 tokens.","details":"Request body too large for gpt-4o model. Max size: 8000 tokens."}}`,
			"github-models", 413, "tokens_limit_reached", ContextLength, false, "tokens-limit-reached", ""},

		// DeepInfra: a 429 that is capacity, a 429 that is the concurrency limit, FastAPI bodies.
		{"DeepInfra model busy is capacity", `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Model busy, retry later', 'type': 'invalid_request_error', 'param': None, 'code': 'engine_overloaded'}} (base_url=https://api.deepinfra.com/v1/openai)`,
			"deepinfra", 429, "engine_overloaded", Overloaded, true, "model-busy", ""},
		{"DeepInfra rate limited on the inference endpoint", "curl -i https://api.deepinfra.com/v1/inference/meta-llama/Meta-Llama-3.1-8B-Instruct\nHTTP/2 429\ncontent-type: application/json\n\n" + `{"detail":{"error":"Rate limited"}}`,
			"deepinfra", 429, "", RateLimit, true, "", ""},
		{"DeepInfra not authenticated on the native endpoint", "POST https://api.deepinfra.com/v1/inference/BAAI/bge-m3 -> 403 " + `{"detail":{"error":"Not authenticated"}}`,
			"deepinfra", 403, "", Authentication, false, "not-authenticated-403", ""},
		{"DeepInfra base URL without /openai", `openai.NotFoundError: Error code: 404 - {'detail': 'Not Found'} (base_url=https://api.deepinfra.com/v1)`,
			"deepinfra", 404, "", NotFound, false, "", ""},
		// LiteLLM re-prints each under its own label: the provider stays the API behind it.
		{"LiteLLM re-prints DeepInfra's busy model", "litellm.RateLimitError: RateLimitError: DeepinfraException - Model busy, retry later",
			"deepinfra", 429, "", Overloaded, true, "model-busy", "litellm"},
		{"LiteLLM re-prints NVIDIA's function not found", `litellm.NotFoundError: Nvidia_nimException - {"status":404,"title":"Not Found","detail":"Function 'a1b2c3d4': Not found for account 'x9'"}`,
			"nvidia-nim", 404, "", NotFound, false, "function-not-found-for-account", "litellm"},
		{"LiteLLM re-prints Workers AI capacity", `litellm.RateLimitError: CloudflareException - {"errors":[{"code":3040,"message":"AiError: Capacity temporarily exceeded, please try again."}],"success":false,"result":null,"messages":[]}`,
			"cloudflare-workers-ai", 429, "3040", Overloaded, true, "out-of-capacity", "litellm"},
		{"LiteLLM re-prints SambaNova's context length", `litellm.BadRequestError: SambanovaException - {"error":{"message":"Input and output tokens exceed the context length of the model","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"},"request_id":"f3"}`,
			"sambanova", 400, "context_length_exceeded", ContextLength, false, "context-length-exceeded", "litellm"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider")
			assert.Equal(t, tc.status, r.HTTPStatus, "status")
			assert.Equal(t, tc.code, r.Code, "code")
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
			if tc.entry != "" {
				assert.Equal(t, tc.entry, r.Entry, "entry")
			}
			assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper")
		})
	}
}
