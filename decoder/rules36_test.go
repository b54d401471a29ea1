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
