package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tools' own prints around the API error they re-print (issue 14's wrapper field): each
// case is written in the print's documented form, from the tool's source.

// TestToolOwnPrints: aider's chat-summary failure (aider/history.py), the OpenAI Agents
// SDK's model-call log line (agents/models/openai_responses.py) and Codex's stream retry
// notice (codex-rs core) name the tool; the API error inside is still decoded as the API's.
func TestToolOwnPrints(t *testing.T) {
	checkToolCases(t, []toolCase{
		{
			name: "aider summarizer gives up after LiteLLM's 401",
			in: "litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}\n" +
				"Summarization failed for model gpt-4o-mini: litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided\n" +
				"summarizer unexpectedly failed for all models",
			provider: "openai", wrapper: "aider", status: 401, code: "invalid_api_key", cat: Authentication,
		},
		{
			name:     "openai-agents logs the SDK's 429 before re-raising it",
			in:       "Error getting response: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}. (request_id: req_0123abcd)",
			provider: "openai", wrapper: "openai-agents", status: 429, code: "rate_limit_exceeded", cat: RateLimit, retryable: true,
		},
		{
			name:     "openai-agents against an endpoint without the Responses API",
			in:       "Error getting response: Error code: 404. (request_id: None)",
			provider: "", wrapper: "openai-agents", status: 404, cat: NotFound,
		},
		{
			name:     "Codex retries a 500 stream error",
			in:       `stream error: unexpected status 500 Internal Server Error: {"error":{"message":"The server had an error while processing your request. Sorry about that!","type":"server_error","param":null,"code":null}}; retrying 2/5 in 412ms…`,
			provider: "openai", wrapper: "codex", status: 500, code: "server_error", cat: Server, retryable: true,
		},
		{
			name:     "an IDE's Codex error panel",
			in:       "Codex error:\n\nError message: unexpected status 401 Unauthorized: {\"error\":{\"message\":\"Incorrect API key provided: sk-****.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}",
			provider: "openai", wrapper: "codex", status: 401, code: "invalid_api_key", cat: Authentication,
		},
	})
}

// TestMiniMaxClosingCode: MiniMax's compatible endpoints close the message with its
// business code, "<status_msg> (<status_code>)"
// (https://platform.minimax.io/docs/api-reference/errorcode). The code read there, with
// the entry's own words, names MiniMax even inside the Anthropic-shaped body its
// Anthropic-compatible endpoint sends; the words after "invalid params" say which 2013 it
// is. The same number in a general layer's words stays that layer's: those systems print
// their numbers in their own forms.
func TestMiniMaxClosingCode(t *testing.T) {
	checkToolCases(t, []toolCase{
		{
			name:     "bare message",
			in:       "invalid params, invalid chat setting (2013)",
			provider: "minimax", wrapper: "", status: 0, code: "2013", cat: InvalidRequest,
		},
		{
			name:     "Claude Code pointed at MiniMax's Anthropic-compatible endpoint",
			in:       `API Error: 400 {"type":"error","error":{"type":"api_error","message":"invalid params, tool call id is invalid (2013)"}}`,
			provider: "minimax", wrapper: "claude-code", status: 400, code: "2013", cat: InvalidRequest,
		},
		{
			name:     "context window, through the openai SDK",
			in:       "openai.BadRequestError: Error code: 400 - {'error': {'type': 'invalid_request_error', 'message': 'invalid params, context window exceeds limit (2013)', 'http_code': '400'}}",
			provider: "minimax", wrapper: "", status: 400, code: "2013", cat: ContextLength,
		},
		{
			name:     "MySQL's 2013 keeps its own reading, its number not read from the parenthesis",
			in:       "Error: Lost connection to MySQL server during query (2013)",
			provider: "", wrapper: "", status: 0, code: "", cat: Connection, retryable: true,
		},
		{
			name:     "Cloudflare's platform code names no one product",
			in:       "Authentication error (10000)",
			provider: "", wrapper: "", status: 0, code: "10000", cat: Authentication,
		},
	})
}

// TestTenacityQualnames: tenacity's "Retrying <qualified name> in N seconds as it raised
// <exception>" log (https://tenacity.readthedocs.io/en/latest/#before-and-after-retry-and-logging)
// names the retried function by its qualified name; a nested function's ("...<locals>...")
// names its module as surely as a class does: langchain_google_genai is LangChain calling
// the Gemini API. (Codes left out: the class google-api-core raises is not checked here.)
func TestTenacityQualnames(t *testing.T) {
	for _, tc := range []struct {
		name, in, provider, wrapper string
		cat                         Category
		retry                       bool
	}{
		{"503 overloaded", "Retrying langchain_google_genai.chat_models._chat_with_retry.<locals>._chat_with_retry in 4.0 seconds as it raised ServiceUnavailable: 503 The model is overloaded. Please try again later..",
			"gemini", "langchain", Overloaded, true},
		{"400 key", "Retrying langchain_google_genai.embeddings.GoogleGenerativeAIEmbeddings._embed_with_retry.<locals>._embed in 2.0 seconds as it raised InvalidArgument: 400 API key not valid. Please pass a valid API key..",
			"gemini", "langchain", Authentication, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper; evidence: %v", r.Evidence)
			assert.Equal(t, tc.cat, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}

// TestOllamaRunnerCall: Ollama's server calls its model runner subprocess over HTTP and,
// when that call fails, answers "POST predict: <Go error>" (llm/server.go,
// https://github.com/ollama/ollama/blob/main/llm/server.go). The network words inside are
// the server's own call to the runner on 127.0.0.1, not the client's connection: the
// server answered, the runner died; a new one starts with the next request.
func TestOllamaRunnerCall(t *testing.T) {
	checkToolCases(t, []toolCase{
		{
			name:     "the server's JSON body",
			in:       `{"error":"POST predict: Post \"http://127.0.0.1:39217/completion\": read tcp 127.0.0.1:50912->127.0.0.1:39217: read: connection reset by peer"}`,
			provider: "ollama", wrapper: "", status: 0, cat: Server, retryable: true,
		},
		{
			name:     "the ollama Python client's ResponseError",
			in:       `ollama._types.ResponseError: POST predict: Post "http://127.0.0.1:33645/completion": EOF (status code: 500)`,
			provider: "ollama", wrapper: "", status: 500, cat: Server, retryable: true,
		},
		{
			name:     "the server itself not running stays a connection failure",
			in:       `Error: Post "http://127.0.0.1:11434/api/chat": dial tcp 127.0.0.1:11434: connect: connection refused`,
			provider: "ollama", wrapper: "", status: 0, cat: Connection, retryable: true,
		},
	})
}

// TestAiderCrashReport: aider's uncaught-exception report strips every frame's path to the
// file name before printing it (aider/report.py,
// https://github.com/Aider-AI/aider/blob/main/aider/report.py); the interpreter itself
// prints paths. A traceback of bare names is aider's print, whatever LiteLLM raised in it;
// one frame with its path is the interpreter's.
func TestAiderCrashReport(t *testing.T) {
	const limit = `litellm.exceptions.RateLimitError: litellm.RateLimitError: AnthropicException - {"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization of 40,000 input tokens per minute."}}`
	checkToolCases(t, []toolCase{
		{
			name: "bare names: aider's report",
			in: "Traceback (most recent call last):\n" +
				"  File \"base_coder.py\", line 1129, in send_message\n    yield from self.send(messages, functions=self.functions)\n" +
				"  File \"main.py\", line 3034, in completion\n    raise exception_type(\n" +
				"  File \"exception_mapping_utils.py\", line 2116, in exception_type\n    raise e\n" + limit,
			provider: "anthropic", wrapper: "aider", status: 429, code: "rate_limit_error", cat: RateLimit, retryable: true,
		},
		{
			name: "paths: the interpreter's own traceback",
			in: "Traceback (most recent call last):\n" +
				"  File \"/home/u/app/run.py\", line 12, in <module>\n    resp = litellm.completion(model=\"anthropic/claude-3-5-sonnet\", messages=msgs)\n" +
				"  File \"/home/u/.venv/lib/python3.12/site-packages/litellm/main.py\", line 3034, in completion\n    raise exception_type(\n" + limit,
			provider: "anthropic", wrapper: "litellm", status: 429, code: "rate_limit_error", cat: RateLimit, retryable: true,
		},
		{
			name: "a REPL frame is no file",
			in: "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n" +
				"  File \"/usr/lib/python3/site-packages/openai/_base_client.py\", line 1047, in request\n" +
				`openai.AuthenticationError: Error code: 401 - {"error": {"message": "Incorrect API key provided: sk-****.", "type": "invalid_request_error", "code": "invalid_api_key"}}`,
			provider: "openai", wrapper: "", status: 401, code: "invalid_api_key", cat: Authentication,
		},
	})
}

func TestBareFrames(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"  File \"main.py\", line 3, in f\n  File \"chat.py\", line 9, in g\n", true},
		{"  File \"main.py\", line 3, in f\n", false}, // one frame: a script run from its folder
		{"  File \"main.py\", line 3, in f\n  File \"/x/y.py\", line 9, in g\n", false},
		{"  File \"C:\\\\app\\\\main.py\", line 3, in f\n  File \"b.py\", line 9, in g\n", false},
		{"  File \"<frozen runpy>\", line 198, in _run\n  File \"a.py\", line 1, in <module>\n  File \"b.py\", line 2, in f\n", true},
		{"could not open File \"a b/c\" for reading", false},
	} {
		assert.Equal(t, tc.want, bareFrames(tc.in), tc.in)
	}
}

// TestWindowsProjectFolder: a tool's name as a folder of a Windows path is the user's
// project named after it, which says nothing of who printed the error; under
// site-packages it is the installed tool, whose frames ran.
func TestWindowsProjectFolder(t *testing.T) {
	const quota = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`
	checkToolCases(t, []toolCase{
		{
			name: "the project folder",
			in: "Traceback (most recent call last):\n  File \"C:\\Users\\me\\Projects\\CrewAI\\main.py\", line 20, in <module>\n    result = crew.kickoff()\n" +
				"  File \"C:\\Users\\me\\Projects\\CrewAI\\.venv\\Lib\\site-packages\\openai\\_base_client.py\", line 1047, in request\n" + quota,
			provider: "openai", wrapper: "", status: 429, code: "insufficient_quota", cat: Quota,
		},
		{
			name: "the installed package",
			in: "Traceback (most recent call last):\n  File \"C:\\Users\\me\\app\\main.py\", line 20, in <module>\n    result = crew.kickoff()\n" +
				"  File \"C:\\Users\\me\\app\\.venv\\Lib\\site-packages\\crewai\\agent.py\", line 245, in execute_task\n    raise e\n" +
				"litellm.exceptions.RateLimitError: litellm.RateLimitError: RateLimitError: OpenAIException - You exceeded your current quota, please check your plan and billing details.",
			provider: "openai", wrapper: "crewai", status: 429, cat: Quota,
		},
	})
}

// TestAgentsTracingExport: the OpenAI Agents SDK exports its traces to OpenAI's traces
// endpoint (https://openai.github.io/openai-agents-python/tracing/): its non-fatal
// exporter error is OpenAI's answer, whichever model the agent itself called.
func TestAgentsTracingExport(t *testing.T) {
	checkToolCases(t, []toolCase{{
		name:     "a rejected span field",
		in:       "[non-fatal] Tracing client error 400: {\n  \"error\": {\n    \"message\": \"Invalid type for 'data[0].span_data.input': expected a string, but got an array instead.\",\n    \"type\": \"invalid_request_error\",\n    \"param\": \"data[0].span_data.input\",\n    \"code\": \"invalid_type\"\n  }\n}",
		provider: "openai", wrapper: "openai-agents", status: 400, code: "invalid_type", cat: InvalidRequest,
	}})
}
