package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// AI API errors as people paste them from apps: a bare message, an app's log line, a
// client's own sentence around the provider's words (corpus group s, 2026-12-07). Each
// case is cut from a real paste; the comment gives the knowledge that decides it.
func TestBareAIMessages(t *testing.T) {
	tests := []struct {
		name, in  string
		provider  string
		status    int
		code      string
		category  Category
		retryable bool
	}{
		// Groq blocks a whole organisation with a 400 whose code is organization_restricted
		// (type invalid_request_error): the account, not the request, is refused.
		{"groq organization restricted", `Error code: 400 - {'error': {'message': 'Organization has been restricted. Please reach out to support if you believe this was in error.', 'type': 'invalid_request_error', 'code': 'organization_restricted'}}`,
			"groq", 400, "organization_restricted", Permission, false},
		// https://openrouter.ai/docs/api-reference/errors: "Provider returned error" is the
		// message of every error relayed from upstream, with that answer's status as
		// error.code; alone it names neither status nor cause.
		{"openrouter relayed error, bare", `Error: An error occurred while processing your request. Failed after 2 attempts with non-retryable error: 'Provider returned error'`,
			"openrouter", 0, "", Unknown, false},
		{"openrouter relayed 429", `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"upstream busy","provider_name":"Chutes"}}}`,
			"openrouter", 429, "429", RateLimit, true},
		// An overload keeps its wording's category under 429 as under 503: OpenAI sent
		// "That model is currently overloaded" as a 429 (go-openai's print shows it).
		{"openai overloaded sent as 429", `ChatCompletion error: error, status code: 429, message: That model is currently overloaded with other requests. You can retry your request, or contact us through our help center at help.openai.com if the error persists.`,
			"openai", 429, "", Overloaded, true},
		// An app's own banner for a failed connection to its upstream: "trouble
		// connecting", "unable to reach" are connection wording like "failed to connect".
		{"app banner, trouble connecting", `We're having trouble connecting to the model provider. This might be temporary - please try again in a moment. (Request ID: 28f6525b-182d-48e9-a3ea-5a0313b448a7)`,
			"", 0, "", Connection, true},
		// A backend's own body: the snake_case reason is the code, and the smithy-style
		// type "client" names no provider (Bedrock's catalog writes its fault so too).
		{"backend reason beside type client", `Request failed with status code 400: {"error":{"type":"client","reason":"ssrf_blocked","message":"connection to private IP is blocked","retryable":false}}`,
			"", 400, "ssrf_blocked", InvalidRequest, false},
		{"backend invalid input", `{"error":{"type":"client","reason":"invalid_input","message":"Invalid URL","retryable":false}}`,
			"", 0, "invalid_input", InvalidRequest, false},
		// Groq writes the organisation id in backticks (`org_01...`), OpenAI bare
		// (org-...): through the openai SDK, that form names Groq.
		{"groq org id through openai-node", "node_modules/openai/src/error.ts:94\nRateLimitError: 429 Rate limit reached for model `llama-3.1-70b-versatile` in organization `org_01hwfxvcjjec7aedtphfrna6zz` on : Limit 131072, Used 130385, Requested 731. Please try again in 28.542992187s.",
			"groq", 429, "", RateLimit, true},
		// ChatGPT is OpenAI's product name: chatgpt-web prints "ChatGPT error <status>"
		// before the API's body, and the context-overflow wording alone is vLLM's too.
		{"chatgpt app error bubble", "ChatGPT error 400: {\n  \"error\": {\n    \"message\": \"This model's maximum context length is 4096 tokens. However, you requested 4130 tokens (3130 in the messages, 1000 in the completion). Please reduce the length of the messages or completion.\",\n    \"type\": \"invalid_request_error\",\n    \"param\": \"messages\",\n    \"code\": \"context_length_exceeded\"\n  }\n}",
			"openai", 400, "context_length_exceeded", ContextLength, false},
		// LiteLLM raises Timeout for its own deadline as for an upstream 408 or 504: the
		// class names no status (litellm/exceptions.py), and here no answer came at all.
		{"litellm client deadline", "litellm.exceptions.APIConnectionError: litellm.APIConnectionError: OllamaException - litellm.Timeout: Connection timed out. Timeout passed=600.0, time taken=579.681 seconds",
			"ollama", 0, "", Timeout, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
		})
	}
}
