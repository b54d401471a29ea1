package decoder

import "testing"

// The families issue 13's *-v pastes confuse, each case written from the raising client's
// or the service's own documentation.

// TestCurlTimeoutWasReached: "Timeout was reached" is curl_easy_strerror's text for
// CURLE_OPERATION_TIMEDOUT (28, https://curl.se/libcurl/c/libcurl-errors.html), which every
// binding that prints libcurl's message carries; curl's own deadline ran out, so it is a
// timeout even beside the connect words of curl's verbose lines. reqwest's Debug names its
// own timeout the same way, "source: TimedOut" (https://docs.rs/reqwest/latest/reqwest/struct.Error.html#method.is_timeout).
func TestCurlTimeoutWasReached(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"a libcurl binding's strerror",
			"request failed, libcurl error: 28 (Timeout was reached)",
			"", 0, "", Timeout, true}, "generic"},
		{decodeCase{"strerror after curl's connect line",
			"* Failed to connect to api.example.com port 443 after 30001 ms: Timed out\nerror: curl_easy_perform() failed: Timeout was reached",
			"", 0, "", Timeout, true}, "generic"},
		{decodeCase{"reqwest's own timeout, as its Debug prints it",
			`reqwest::Error { kind: Request, url: "https://api.example.com/v1/chat", source: TimedOut }`,
			"", 0, "", Timeout, true}, "generic"},
		{decodeCase{"reqwest's refused connection",
			`reqwest::Error { kind: Request, url: "https://api.example.com/v1/chat", source: hyper_util::client::legacy::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }`,
			"", 0, "", Connection, true}, ""},
		{decodeCase{"curl 7 stays a connection failure",
			"curl: (7) Failed to connect to api.example.com port 443 after 12 ms: Couldn't connect to server",
			"", 0, "7", Connection, true}, ""}, // the CURLcode is the code (curlexit.go)
	})
}

// TestEnvoyResetReasons: Envoy's "upstream connect error or disconnect/reset before
// headers" body (response code detail upstream_reset_before_response_started,
// https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details)
// is the service behind the proxy failing, a server error; its reason "overflow" is the
// cluster's circuit breaker refusing more connections or requests
// (https://www.envoyproxy.io/docs/envoy/latest/intro/arch_overview/upstream/circuit_breaking),
// the service at capacity.
func TestEnvoyResetReasons(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"the upstream refused the proxy's connection",
			"HTTP/1.1 503 Service Unavailable\nserver: envoy\n\nupstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: 111",
			"", 503, "", Server, true}, "proxies"},
		{decodeCase{"no reason given",
			"503 upstream connect error or disconnect/reset before headers",
			"", 503, "", Server, true}, "proxies"},
		{decodeCase{"the circuit breaker overflowed",
			"HTTP/1.1 503 Service Unavailable\nserver: envoy\n\nupstream connect error or disconnect/reset before headers. reset reason: overflow",
			"", 503, "", Overloaded, true}, "proxies"},
	})
}

// TestConcurrencyLimitIsARateLimit: a request refused because too many of the caller's
// requests are in flight succeeds once they finish (DESIGN.md: waiting clears a
// rate_limit), even when the limit is sized by the account's balance and the message
// suggests a top-up to raise it (DeepSeek counts concurrency per account and answers 429,
// https://api-docs.deepseek.com/quick_start/rate_limit).
func TestConcurrencyLimitIsARateLimit(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"a balance-sized concurrency limit",
			"12 requests in flight exceeds your concurrency limit of 10; top up your balance for a higher one.",
			"", 0, "", RateLimit, true}, "generic"},
		{decodeCase{"a plain concurrency limit",
			"You have exceeded your concurrency limit. Wait for running requests to finish.",
			"", 0, "", RateLimit, true}, "generic"},
		{decodeCase{"a balance alone stays a quota",
			"Insufficient balance. Please top up your account to continue.",
			"", 0, "", Quota, false}, ""},
	})
}

// TestAnthropicOrganizationDisabled: "This organization has been disabled" comes as a 400
// invalid_request_error, yet no change to the request helps: the key's organization may not
// use the API (Claude Code's error reference lists it under authentication problems,
// https://code.claude.com/docs/en/errors; the type's plain entry is a malformed request,
// https://docs.anthropic.com/en/api/errors).
func TestAnthropicOrganizationDisabled(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"the API's body",
			`{"type":"error","error":{"type":"invalid_request_error","message":"This organization has been disabled."}}`,
			// invalid_request_error is sent with other 4XX statuses too (docs.anthropic.com/en/api/errors),
			// and Claude Code's error reference gives this message no status: none is implied.
			"anthropic", 0, "invalid_request_error", Permission, false},
		{"the Python SDK's BadRequestError",
			"anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'This organization has been disabled.'}}",
			"anthropic", 400, "invalid_request_error", Permission, false},
		{"another invalid_request_error stays a bad request",
			`{"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate between \"user\" and \"assistant\""}}`,
			"anthropic", 0, "invalid_request_error", InvalidRequest, false},
	})
}

// TestAnthropicErrorObjectAlone: Anthropic's error object, {"type": ..., "message": ...} with
// the type first (https://docs.anthropic.com/en/api/errors), is what its SDKs keep as
// error.error and what logs print of the body: on its own it names Anthropic. Inside an
// envelope it does not, as the Anthropic-compatible APIs answer in the same envelope, and
// Moonshot's own error member puts the message first.
func TestAnthropicErrorObjectAlone(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"not_found_error for a retired model",
			`{"type":"not_found_error","message":"model: claude-2.0"}`,
			"anthropic", 404, "not_found_error", NotFound, false},
		{"rate_limit_error, spaced as Python's json.dumps writes it",
			`{"type": "rate_limit_error", "message": "Number of request tokens has exceeded your per-minute rate limit"}`,
			"anthropic", 429, "rate_limit_error", RateLimit, true},
		{"overloaded_error",
			`{"type":"overloaded_error","message":"Overloaded"}`,
			"anthropic", 529, "overloaded_error", Overloaded, true},
	})
	for _, in := range []string{
		`{"message":"The engine is currently overloaded, please try again later","type":"engine_overloaded_error"}`,
		`{"type":"invalid_request_error","message":"bad","param":null}`,
	} {
		if r := Decode(in); r.Provider == "anthropic" {
			t.Errorf("%s: named Anthropic; evidence: %v", in, r.Evidence)
		}
	}
}

// TestProviderFromItsClientsWords: the words a client prints name the API where no host does.
// Ollama listens on port 11434 (https://github.com/ollama/ollama/blob/main/docs/faq.md), which
// urllib3 prints as "port=11434" (HTTPConnectionPool(host=..., port=...), its MaxRetryError,
// https://urllib3.readthedocs.io/en/stable/reference/urllib3.exceptions.html) and curl as
// "port 11434"; the Vercel AI SDK's OpenAI provider runs the request in its
// OpenAIChatLanguageModel or OpenAIResponsesLanguageModel
// (https://ai-sdk.dev/providers/ai-sdk-providers/openai), which its Azure provider reuses
// from a package of its own (https://ai-sdk.dev/providers/ai-sdk-providers/azure).
func TestProviderFromItsClientsWords(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"urllib3's pool to Ollama's port",
			"requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=11434): Max retries exceeded with url: /api/chat (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
			"ollama", 0, "", Connection, true},
		{"curl to Ollama's port",
			"curl: (7) Failed to connect to 127.0.0.1 port 11434 after 0 ms: Connection refused",
			"ollama", 0, "7", Connection, true}, // the CURLcode is the code (curlexit.go)
	})
	for _, c := range []struct{ name, in, provider string }{
		{"the OpenAI provider's model class", "APICallError [AI_APICallError]: Cannot connect to API: connect ECONNREFUSED 10.0.0.1:443\n    at async OpenAIResponsesLanguageModel.doGenerate (file:///app/node_modules/@ai-sdk/openai/dist/index.mjs:2817:5)", "openai"},
		{"the Azure provider reusing it", "APICallError [AI_APICallError]: Cannot connect to API: connect ECONNREFUSED 10.0.0.1:443\n    at async OpenAIChatLanguageModel.doGenerate (file:///app/node_modules/@ai-sdk/openai/dist/internal/index.mjs:512:9)\n    at async fn (file:///app/node_modules/@ai-sdk/azure/dist/index.mjs:80:3)", "azure-openai"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			if r.Provider != c.provider || r.Category != Connection {
				t.Errorf("got %q %s, want %q connection; evidence: %v", r.Provider, r.Category, c.provider, r.Evidence)
			}
		})
	}
}

// TestWrapperFromItsOwnWords: a wrapper is told by the words it prints around the API's
// error. LiteLLM prefixes the provider's error with "<Provider>Exception - "
// (https://github.com/BerriAI/litellm/blob/main/litellm/litellm_core_utils/exception_mapping_utils.py);
// LangChain's Ollama integration raises "Ollama call failed with status code N. Details: ..."
// (https://github.com/langchain-ai/langchain/blob/master/libs/community/langchain_community/llms/ollama.py);
// and a phrase that starts a line inside a JSON string follows the string's "\n" escape, whose
// letter ends the escape, not a word (LiteLLM's proxy writes "...\nAvailable Model Group
// Fallbacks=None" into its error message, https://docs.litellm.ai/docs/proxy/reliability).
func TestWrapperFromItsOwnWords(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "LiteLLM's label alone", in: `BedrockException - {"message":"Too many requests, please wait before trying again."}`,
			provider: "bedrock", wrapper: "litellm", status: 429, cat: RateLimit, retryable: true},
		{name: "LiteLLM's label before OpenAI's body",
			in:       "OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-****. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
			provider: "openai", wrapper: "litellm", status: 401, code: "invalid_api_key", cat: Authentication},
		{name: "LangChain's Ollama call",
			in:       "ValueError: Ollama call failed with status code 404. Details: {\"error\":\"model \\\"llama3\\\" not found, try pulling it first\"}",
			provider: "ollama", wrapper: "langchain", status: 404, cat: NotFound},
		{name: "the proxy's fallback line after an escaped newline",
			in:       `{"message":"CohereException - {\"message\":\"You are using a Trial key, which is limited to 10 API calls / minute.\"}\nReceived Model Group=command-r\nAvailable Model Group Fallbacks=None","type":null,"param":null,"code":"429"}`,
			provider: "cohere", wrapper: "litellm", status: 429, cat: RateLimit, retryable: true},
	})
}
