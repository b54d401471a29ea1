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
