package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestProviderModerationWording: the less common APIs' own words for a prompt their safety
// check refused are a content filter, whatever status or code the refusal comes with.
// DeepSeek answers 400 "Content Exists Risk" (its moderation; the words are its own, so they
// name it); xAI answers 403 with the gRPC status text as the code and names the failed check
// (https://x.ai/legal/acceptable-use-policy; the print:
// https://github.com/theopenco/llmgateway/pull/1785), while its other 403s, with the same
// code, stay a permission error.
func TestProviderModerationWording(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "DeepSeek through openai-python",
			in:       "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Content Exists Risk', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
			provider: "deepseek", status: 400, code: "invalid_request_error", category: ContentFilter},
		{name: "DeepSeek through openai-node",
			in:       "Error: 400 Content Exists Risk",
			provider: "deepseek", status: 400, category: ContentFilter},
		{name: "xAI's safety check names the check",
			in:       `Error: 403 {"code":"The caller does not have permission to execute the specified operation","error":"Content violates usage guidelines. Team: t-1, API key ID: k-1, Model: grok-3, Failed check: SAFETY_CHECK_TYPE_CSAM"}`,
			provider: "xai", status: 403, code: "SAFETY_CHECK_TYPE_CSAM", category: ContentFilter},
		{name: "xAI's other 403 with the same code is a permission",
			in:       `Error code: 403 - {'code': 'The caller does not have permission to execute the specified operation', 'error': 'Your team t-1 does not have permission to access model grok-4'}`,
			provider: "xai", status: 403, code: "The caller does not have permission to execute the specified operation", category: Permission},
	})
}

// TestModelAndVersionRefusals: Mistral answers an unknown model id with 400 invalid_model
// (code 1500), a request to correct, as Perplexity's 400 invalid_model is; Replicate's
// problem detail for an unknown version comes only with its 422
// (https://replicate.com/docs/reference/http), so the detail alone says 422.
func TestModelAndVersionRefusals(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "Mistral invalid_model body",
			in:       `{"object":"error","message":"Invalid model: mistral-tiny-2","type":"invalid_model","param":null,"code":"1500"}`,
			provider: "mistral", status: 400, code: "1500", category: InvalidRequest},
		{name: "Mistral invalid_model through the Python SDK",
			in:       `mistralai.models.sdkerror.SDKError: API error occurred: Status 400` + "\n" + `{"object":"error","message":"Invalid model: codestral-9999","type":"invalid_model","param":null,"code":"1500"}`,
			provider: "mistral", status: 400, code: "1500", category: InvalidRequest},
		{name: "Replicate's detail with no status printed",
			in:       "replicate.exceptions.ReplicateError: The specified version does not exist (or perhaps you don't have permission to use it?)",
			provider: "replicate", status: 422, category: NotFound},
	})
}

// TestEnvoyNoHealthyUpstream: Envoy answers 503 "no healthy upstream" itself when no host of
// the cluster passes its health checks: the service behind it is down, a server failure
// that a later retry can outlast, not the provider's capacity
// (https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details).
func TestEnvoyNoHealthyUpstream(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "curl -i of Envoy's local reply",
			in:     "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 19\r\ncontent-type: text/plain\r\nserver: envoy\r\n\r\nno healthy upstream",
			status: 503, category: Server, retry: true}, "proxies"},
		{decodeCase{name: "a client's one-line print",
			in:     "Request failed: 503 no healthy upstream",
			status: 503, category: Server, retry: true}, "proxies"},
	})
}

// TestGeminiStreamChunks: a Gemini streamGenerateContent chunk (GenerateContentResponse:
// candidates, usageMetadata, modelVersion; https://ai.google.dev/api/generate-content)
// names the API an error read after it came from, with or without a finishReason, when the
// model (a Gemma served by the Gemini API) does not.
func TestGeminiStreamChunks(t *testing.T) {
	in := `data: {"candidates": [{"content": {"parts": [{"text": "Hello"}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 12,"totalTokenCount": 13},"modelVersion": "gemma-3-27b-it"}` +
		"\n\n" + `{"error": {"code": 500, "message": "Internal error encountered.", "status": "INTERNAL"}}`
	r := Decode(in)
	assert.Equal(t, "gemini", r.Provider, "evidence: %v", r.Evidence)
	assert.Equal(t, "INTERNAL", r.Code, "evidence: %v", r.Evidence)
	assert.Equal(t, Server, r.Category, "evidence: %v", r.Evidence)
}

// TestPrintedForms36: forms read from the printing code's source. gax-go's apierror prints
// an ErrorInfo detail as "error details: name = ErrorInfo reason = X" (ErrDetails.String);
// grpc-js's ServiceError as
// Node's console.log prints it (code, details, metadata after the stack; @grpc/grpc-js
// src/call.ts); the App Engine Go runtime's APIError, "API error N (service: NAME)"
// (google.golang.org/appengine/internal/api_common.go); Vercel's error page, its code on
// the line under "An error occurred with your deployment" (https://vercel.com/docs/errors);
// an HTML error page titled with a reason phrase alone (RFC 9110 section 15).
func TestPrintedForms36(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "grpc-js error object, numbered code",
			in:   "{ Error: Deadline exceeded\n    at Http2CallStream.call.on (/app/node_modules/@grpc/grpc-js/build/src/call.js:68:41)\n    at Http2CallStream.emit (events.js:203:15)\n  code: 4,\n  details: 'Deadline exceeded',\n  metadata: Metadata { internalRepr: Map {}, options: {} } }",
			code: "4", category: Timeout, retry: true},
		{name: "grpc-js error object whose message names the code: the name",
			in:   "Error: 5 NOT_FOUND: Requested entity was not found.\n    at Object.callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19) {\n  code: 5,\n  details: 'Requested entity was not found.',\n  metadata: Metadata { internalRepr: Map(0) {}, options: {} }\n}",
			code: "NOT_FOUND", category: NotFound},
		{name: "gax-go's ErrorInfo detail after a grpc-go status: its reason",
			in:     "rpc error: code = PermissionDenied desc = Cloud Run Admin API has not been used in project 123 before or it is disabled.\nerror details: name = ErrorInfo reason = SERVICE_DISABLED domain = googleapis.com metadata = map[consumer:projects/123 service:run.googleapis.com]",
			status: 403, code: "SERVICE_DISABLED", category: Permission},
		{name: "App Engine urlfetch deadline",
			in:   "Get https://storage.googleapis.com/b/o: API error 5 (urlfetch: DEADLINE_EXCEEDED): timeout",
			code: "DEADLINE_EXCEEDED", category: Timeout, retry: true},
		{name: "Vercel page: an Edge Function's timeout",
			in:     "An error occurred with your deployment\n\nEDGE_FUNCTION_INVOCATION_TIMEOUT\n\nID: iad1::abcde-1700000000000-0123456789ab",
			status: 504, code: "EDGE_FUNCTION_INVOCATION_TIMEOUT", category: Timeout, retry: true},
		{name: "HTML page titled Service Unavailable",
			in:     "<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p></body></html>",
			status: 503, category: Overloaded, retry: true},
		{name: "HTML page titled Forbidden",
			in:     "<!DOCTYPE html><html><head><title>Forbidden</title></head><body><h1>Forbidden</h1><p>You do not have permission to access this resource.</p></body></html>",
			status: 403, category: Permission},
	})
}

// TestChatUIRateLimit: chat-ui (HuggingChat and its other deployments) answers a user over
// its message rate limit with 429 and the message ERROR_MESSAGES.rateLimited
// (https://github.com/huggingface/chat-ui/blob/main/src/lib/stores/errors.ts): a rate limit
// that waiting clears; hugchat, the HuggingChat client, names Hugging Face.
func TestChatUIRateLimit(t *testing.T) {
	r := Decode(`{"message":"You are sending too many messages. Try again later."}`)
	assert.Equal(t, RateLimit, r.Category, "evidence: %v", r.Evidence)
	assert.True(t, r.Retryable)
	assert.Equal(t, "", r.Provider, "chat-ui runs in many deployments: the words name none")
	r = Decode("hugchat.exceptions.ChatError: Failed to parse response: {\"message\":\"You are sending too many messages. Try again later.\"}")
	assert.Equal(t, "huggingface", r.Provider, "evidence: %v", r.Evidence)
	assert.Equal(t, RateLimit, r.Category, "evidence: %v", r.Evidence)
}

// TestImagenSafetyBlock: Vertex AI's Imagen refuses a prompt or its images with 400
// INVALID_ARGUMENT and its own words, naming the reason by an eight-digit support code
// (https://cloud.google.com/vertex-ai/generative-ai/docs/image/responsible-ai-imagen#safety-codes):
// a content filter, though the code says invalid argument; a plain INVALID_ARGUMENT stays
// an invalid request.
func TestImagenSafetyBlock(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "output blocked, through google-api-core",
			in:       "google.api_core.exceptions.InvalidArgument: 400 Image generation failed with the following error: The response is blocked, as it may violate our policies. If you believe this is an error, please send feedback to your account team. Error Code: 89371032",
			provider: "vertex-ai", status: 400, code: "89371032", category: ContentFilter},
		{name: "prompt refused",
			in:       "400 The prompt couldn't be submitted. This prompt contains sensitive words that violate Google's Responsible AI practices. Try rephrasing the prompt. If you think this was an error, send feedback. Support codes: 17301594",
			provider: "vertex-ai", status: 400, code: "17301594", category: ContentFilter},
		{name: "a plain invalid argument",
			in:       `google.api_core.exceptions.InvalidArgument: 400 Request contains an invalid argument. [reason: "INVALID_ARGUMENT" domain: "aiplatform.googleapis.com"]`,
			provider: "vertex-ai", status: 400, code: "INVALID_ARGUMENT", category: InvalidRequest},
	})
}

// TestAzureFrontDoorPage: Azure Front Door's own page when the origin gave it no usable
// answer (https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues): a server
// failure on the way, which a later retry can outlast; its status, when shown, is read.
func TestAzureFrontDoorPage(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "the page's words alone",
			in:       "Our services aren't available right now\nWe're working to restore all services as soon as possible. Please check back soon.",
			category: Server, retry: true}, "proxies"},
		{decodeCase{name: "behind a 503 status line",
			in:     "HTTP/2 503\ncontent-type: text/html\nx-azure-ref: 20240101T000000Z-abc\n\nOur services aren't available right now\nWe're working to restore all services as soon as possible. Please check back soon.",
			status: 503, category: Server, retry: true}, "proxies"},
	})
}

// TestVertexPredictForGemini: Vertex AI refuses a Gemini model called through the
// PaLM-era :predict endpoint in its own words: the client must call generateContent
// (https://cloud.google.com/vertex-ai/generative-ai/docs/model-reference/inference).
// gaxios's GaxiosError, thrown for every failed request, is no code.
func TestVertexPredictForGemini(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "through gaxios",
			in:       "GaxiosError: Gemini cannot be accessed through Vertex Predict/RawPredict API. Please follow the Gemini quickstart.\n    at Gaxios._request (/app/node_modules/gaxios/build/src/gaxios.js:142:23)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
			provider: "vertex-ai", category: InvalidRequest},
	})
}

// TestAppEngineDatastoreCodeName: App Engine's "API error N (service: CODE)" gives the code
// even where no entry files it; the category is then the fallback table's guess, which moves
// as tune grows, so only that it is a guess is pinned.
func TestAppEngineDatastoreCodeName(t *testing.T) {
	r := Decode("datastore: API error 2 (datastore_v3: CONCURRENT_TRANSACTION): too much contention on these datastore entities. please try again.")
	assert.Equal(t, "CONCURRENT_TRANSACTION", r.Code)
	assert.Zero(t, r.HTTPStatus)
	assert.Empty(t, r.Provider)
	assert.Equal(t, Guess, r.Confidence)
}
