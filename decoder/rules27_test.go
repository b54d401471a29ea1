package decoder

import "testing"

// Issue 14's APIs as their clients print them (the *-ya* tune misses' families), written
// from the clients' and servers' own source and docs, not copied from the corpus.

// TestLiteLLMGitHubRoute: LiteLLM names an OpenAI-compatible route's errors after the route
// ("<Route>Exception - ", the route's first letter capitalised: exception_mapping_utils.py),
// so its github/ route (https://docs.litellm.ai/docs/providers/github) prints
// "GithubException - ": the request went to GitHub Models. PyGithub's own
// github.GithubException is GitHub's REST API, no AI provider.
func TestLiteLLMGitHubRoute(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "an unknown model id on the github route",
			in:       "litellm.BadRequestError: BadRequestError: GithubException - Unknown model: gpt-4o-turbo",
			provider: "github-models", status: 400, category: NotFound},
		{name: "a token GitHub refuses, on the github route",
			in:       "litellm.AuthenticationError: AuthenticationError: GithubException - Bad credentials",
			provider: "github-models", status: 401, category: Authentication},
		{name: "PyGithub's class is GitHub's REST API",
			in:       `github.GithubException.BadCredentialsException: 401 {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}`,
			provider: "", status: 401, category: Authentication},
	})
}

// TestLlamaCppPerSequenceContext: llama.cpp divides the context (-c) between its parallel
// sequences; a server build that names the per-sequence context (n_ctx_per_seq, llama.cpp's
// own term: src/llama-context.cpp) when a prompt does not fit it is llama.cpp refusing an
// over-long request, whichever client printed it.
func TestLlamaCppPerSequenceContext(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the server's JSON error",
			in:       `{"error":{"code":400,"message":"Illegal param: prefill 9000 tokens exceed n_ctx_per_seq","type":"invalid_request_error"}}`,
			provider: "llama-cpp", status: 400, code: "invalid_request_error", category: ContextLength},
		{name: "through the openai SDK",
			in:       `openai.BadRequestError: Error code: 400 - {'error': {'code': 400, 'message': 'Illegal param: prefill 5000 tokens exceed n_ctx_per_seq, try increasing total context size', 'type': 'invalid_request_error'}}`,
			provider: "llama-cpp", status: 400, code: "invalid_request_error", category: ContextLength},
	})
}

// TestStainlessBodylessStatus: openai-node's and anthropic-sdk-typescript's APIError reads
// "<status> status code (no body)" when the response had no body (APIError.makeMessage):
// the number is the response's status wherever a printer puts the message, a status no
// reason phrase names (nginx's 499, Cloudflare's 520) too.
func TestStainlessBodylessStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a tool that prints the status before the SDK's message",
			in:     "Execution failed: 429 429 status code (no body)",
			status: 429, category: RateLimit, retry: true},
		{name: "nginx's client closed request",
			in:     "Error: 499 status code (no body)",
			status: 499, category: Timeout, retry: true},
		{name: "behind the status a printer adds",
			in:     "Execution failed: 502 502 status code (no body)",
			status: 502, category: Server, retry: true},
	})
}

// TestClientMissingAPIKey: the Stainless SDKs refuse to build a client without a key
// (openai-python's _client.py, openai-node's constructor, the Groq SDK the same way), before
// any request: no API answered, so a status a wrapper prints beside it (LiteLLM re-raises
// with status_code=500) is none.
func TestClientMissingAPIKey(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "openai-node's constructor",
			in:       "Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
			provider: "openai", category: Authentication}, "api-clients"},
		{decodeCase{name: "the Groq SDK, same generator",
			in:       "groq.GroqError: The api_key client option must be set either by passing api_key to the client or by setting the GROQ_API_KEY environment variable",
			provider: "groq", code: "GroqError", category: Authentication}, "api-clients"},
		{decodeCase{name: "LiteLLM's synthetic 500 around it is no response",
			in: "  File \"/usr/lib/python3/site-packages/litellm/llms/openai.py\", line 1041, in completion\n" +
				"    raise OpenAIError(status_code=500, message=traceback.format_exc())\n" +
				"openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable",
			provider: "openai", code: "OpenAIError", category: Authentication}, "api-clients"},
	})
}

// TestPythonFrameNamesClientModule: a Python traceback's frame file named after an API
// (`pydantic_ai/models/gemini.py", line N`) is the client module for that API, as Ruby's
// and Go's "gemini.rb:33" frames are, not a model id after a slash.
func TestPythonFrameNamesClientModule(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "pydantic-ai's Gemini model raising ModelHTTPError",
			in: "  File \"/srv/app/.venv/lib/python3.12/site-packages/pydantic_ai/models/gemini.py\", line 270, in _make_request\n" +
				"    raise ModelHTTPError(status_code=status_code, model_name=self.model_name, body=r.text)\n" +
				"pydantic_ai.exceptions.ModelHTTPError: status_code: 500, model_name: gemini-1.5-flash, body: {\n" +
				"  \"error\": {\n    \"code\": 500,\n    \"message\": \"An internal error has occurred.\",\n    \"status\": \"INTERNAL\"\n  }\n}",
			provider: "gemini", status: 500, code: "INTERNAL", category: Server, retry: true},
	})
}

// TestGoNotFoundBody: Go's net/http answers an unknown path with status 404 and the body
// "404 page not found" (http.NotFound; gin and echo keep it), so those words carry the
// status wherever a client prints them.
func TestGoNotFoundBody(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a client printing Error, the status, then the body",
			in:     "Error 404 404 page not found",
			status: 404, category: NotFound},
		{name: "the body alone as the message",
			in:     "request failed: 404 page not found",
			status: 404, category: NotFound},
	})
}

// TestKeyVariableNotSet: a program that reads its key from an environment variable, as the
// SDKs do by default (openai-python's README), and stops when it is empty; an underscore
// starts the words, so they end the variable's name, whichever it is.
func TestKeyVariableNotSet(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "a script's own check",
			in:       "RuntimeError: GROQ_API_KEY environment variable is not set",
			category: Authentication}, "api-clients"},
		{decodeCase{name: "a proxy answering for the API it fronts keeps its status",
			in:     `503 {"detail":"MISTRAL_API_KEY is not set. Add it to the proxy's environment."}`,
			status: 503, category: Authentication}, "api-clients"},
	})
}

// TestLiteLLMUnknownProviderUnsent: LiteLLM raises LiteLLMUnknownProvider (a BadRequestError,
// status_code 400) itself when a model string names no provider route, before any request
// (litellm/exceptions.py): the 400 its class stands for is no API's answer.
func TestLiteLLMUnknownProviderUnsent(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "no provider prefix on the model",
			in:       "litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=my-local-model",
			category: InvalidRequest},
	})
}

// TestAuthenticationClassAlone: an SDK's AuthenticationError is raised for a 401 alone, and
// a refused or missing key is fixed, not waited out: the class answers without its message,
// while RateLimitError (a short limit or an exhausted quota) still asks for more.
func TestAuthenticationClassAlone(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a wrapper's class around a traceback it printed as the message",
			in:       "litellm.AuthenticationError: AuthenticationError: AnthropicException - Traceback (most recent call last):",
			provider: "anthropic", status: 401, category: Authentication},
		{name: "a rate-limit class alone stays too thin",
			in:       "openai.RateLimitError:",
			provider: "openai", status: 429, category: Unknown},
	})
}

// TestWrapperClassIsNoCode: the AI SDK's error classes are the SDK's (ai's errors, named
// AI_APICallError, AI_RetryError), so a gateway body that writes one as its "type" and a
// RetryError printed alone carry no code of the API's.
func TestWrapperClassIsNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a gateway writing the SDK's class as its type",
			in:       `{"error":{"message":"Incorrect API key provided","type":"AI_APICallError","param":{"statusCode":401,"name":"AI_APICallError","url":"https://api.openai.com/v1/chat/completions","isRetryable":false}}}`,
			provider: "openai", status: 401, category: Authentication},
		{name: "the SDK's RetryError, its last error's words only",
			in:     "RetryError [AI_RetryError]: Failed after 3 attempts. Last error: Service Unavailable",
			status: 503, category: Overloaded, retry: true},
	})
}
