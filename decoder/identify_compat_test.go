package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The openai SDKs print any base_url's answer the same way (openai-python _exceptions.py:
// "Error code: {status} - {body}"). The client's names and print say "an OpenAI-compatible
// API"; the body's code, type and wording say which. A body in OpenAI's vocabulary keeps
// OpenAI (https://platform.openai.com/docs/guides/error-codes); one in another's names no
// provider, and OpenAI stays among the alternatives, never documented.
func TestCompatibleAPIsBehindTheOpenAIClient(t *testing.T) {
	for _, tc := range []struct {
		decodeCase
		alt string // a provider the alternatives must hold, "" for none asked
	}{
		// Baidu Qianfan's OpenAI-compatible API: code tpm_rate_limit_exceeded, type
		// rate_limit_exceeded (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf).
		{decodeCase{name: "a code and a type OpenAI does not send",
			in:       "openai.RateLimitError: Error code: 429 - {'error': {'code': 'tpm_rate_limit_exceeded', 'message': 'Rate limit reached for TPM', 'type': 'rate_limit_exceeded'}}",
			provider: "", status: 429, code: "tpm_rate_limit_exceeded", category: RateLimit, retry: true}, "openai"},
		// CamelCase codes are no OpenAI spelling: it sends rate_limit_exceeded.
		{decodeCase{name: "a code OpenAI spells otherwise",
			in:       "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Too many requests.', 'type': 'throttled', 'code': 'TooManyRequests'}}",
			provider: "", status: 429, code: "TooManyRequests", category: RateLimit, retry: true}, "openai"},
		// Kong's proxy answer: {"message": "An invalid response was received from the
		// upstream server"} (https://docs.konghq.com/gateway/latest/production/logging/).
		{decodeCase{name: "a gateway's message alone",
			in:       "openai.InternalServerError: Error code: 502 - {'message': 'An invalid response was received from the upstream server'}",
			provider: "", status: 502, category: Server, retry: true}, "openai"},
		// new-api's relay type (https://github.com/QuantumNous/new-api, types/error.go:
		// ErrorTypeNewAPIError "new_api_error") around a code copied from OpenAI.
		{decodeCase{name: "a relay's own type",
			in:       "openai.NotFoundError: Error code: 404 - {'error': {'message': 'No available channel for model x-large (request id: 20250101000000123456789abcdefgh)', 'type': 'new_api_error', 'param': '', 'code': 'model_not_found'}}",
			provider: "", status: 404, code: "model_not_found", category: NotFound}, "openai"},
		// OpenRouter's context-length wording (https://openrouter.ai/docs/features/message-transforms)
		// through openai-node (error.ts: "<status> <message>"): the API its wording names.
		{decodeCase{name: "openrouter's wording through the openai client",
			in:       "Error: 400 This endpoint's maximum context length is 8192 tokens. However, you requested about 9100 tokens (9100 of text input). Please reduce the length of either one, or use the \"middle-out\" transform to compress your prompt automatically.\n    at APIError.generate (/app/node_modules/openai/error.js:45:20)\n    at OpenAI.makeStatusError (/app/node_modules/openai/core.js:302:33)",
			provider: "openrouter", status: 400, category: ContextLength}, ""},
		// OpenAI's own bodies stay OpenAI's: a documented type with a code the catalog
		// does not hold, a documented code, the edge's type.
		{decodeCase{name: "openai's type, a code the catalog lacks",
			in:       "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'messages[0].content': string too long.\", 'type': 'invalid_request_error', 'param': 'messages[0].content', 'code': 'string_above_max_length'}}",
			provider: "openai", status: 400, code: "string_above_max_length", category: InvalidRequest}, ""},
		{decodeCase{name: "openai's rate limit",
			in:       "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Request too large.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}",
			provider: "openai", status: 429, code: "rate_limit_exceeded", category: RateLimit, retry: true}, ""},
		{decodeCase{name: "openai's edge",
			in:       "openai.InternalServerError: Error code: 524 - {'error': {'code': 524, 'message': 'Gateway timeout.', 'param': None, 'type': 'cf_gateway_timeout'}}",
			provider: "openai", status: 524, code: "cf_gateway_timeout", category: Server, retry: true}, ""},
		// An address outweighs the body: OpenAI's host names it.
		{decodeCase{name: "openai's host",
			in:       "openai.RateLimitError: POST https://api.openai.com/v1/chat/completions 429 - {'error': {'message': 'Too many requests.', 'type': 'throttled', 'code': 'TooManyRequests'}}",
			provider: "openai", status: 429, code: "TooManyRequests", category: RateLimit, retry: true}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := assertDecodes(t, tc.decodeCase)
			if tc.provider == "" {
				assert.NotEqual(t, Documented, r.Confidence, "evidence: %v", r.Evidence)
			}
			if tc.alt != "" {
				var alts []string
				for _, a := range r.Alternatives {
					alts = append(alts, a.Provider)
				}
				assert.Contains(t, alts, tc.alt, "alternatives: %+v", r.Alternatives)
			}
		})
	}
}

// A code matched only once normalised is not the code the entry files: the evidence says
// how the provider spells it, and the answer is not documented. OpenAI files
// rate_limit_exceeded (https://platform.openai.com/docs/guides/error-codes), never
// RateLimitExceeded.
func TestCodeSpeltOtherwiseIsNotDocumented(t *testing.T) {
	r := Decode("openai.RateLimitError: POST https://api.openai.com/v1/chat/completions 429 - {'error': {'message': 'Too many requests.', 'type': 'throttled', 'code': 'RateLimitExceeded'}}")
	assert.Equal(t, "openai", r.Provider, "evidence: %v", r.Evidence)
	assert.NotEqual(t, Documented, r.Confidence, "evidence: %v", r.Evidence)
	assert.Contains(t, r.Evidence[len(r.Evidence)-1], `code "RateLimitExceeded", which it files as "rate_limit_exceeded"`)
	// Spelt as OpenAI spells it, it is documented.
	r = Decode("openai.RateLimitError: POST https://api.openai.com/v1/chat/completions 429 - {'error': {'message': 'Too many requests.', 'type': 'requests', 'code': 'rate_limit_exceeded'}}")
	assert.Equal(t, Documented, r.Confidence, "evidence: %v", r.Evidence)
	assert.NotContains(t, r.Evidence[len(r.Evidence)-1], "which it files as")
}
