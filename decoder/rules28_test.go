package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The forms and families behind the tune misses of the major AI APIs (-yc rows), each
// case written from the service's or the client's own documentation, not from a paste.

// A wait a body gives in fractional seconds is rounded to the millisecond, as a sentence's
// "try again in 6.7809s" is: Hugging Face's estimated_time
// (https://huggingface.co/docs/api-inference/detailed_parameters).
func TestRules28BodyWaitRounds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
	}{
		{`{"error":"Model org/model is currently loading","estimated_time":20.9996}`, 21000},
		{`{"error":"Model org/model is currently loading","estimated_time":20.0004}`, 20000},
		{`{"error":{"message":"Rate limited","retry_after":1.2345}}`, 1235},
	} {
		r := Decode(tc.in)
		assert.Equal(t, tc.want, r.RetryAfterMS, "%s; evidence: %v", tc.in, r.Evidence)
	}
}

// botocore's response dict of an event-stream exception frame carries status_code 400 for
// every exception (EventStreamMessage.to_response_dict); the frame's :exception-type is the
// error, with the status Bedrock documents for it
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html).
func TestRules28EventStreamExceptionFrame(t *testing.T) {
	frame := func(typ, msg string) string {
		return "POST https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1:0/invoke-with-response-stream\n" +
			"litellm.APIConnectionError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': '" + typ +
			"', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{\"message\":\"" + msg + "\"}'}"
	}
	checkDecodes(t, []decodeCase{
		{"throttling frame", frame("throttlingException", "Too many requests, please wait before trying again."), "bedrock", 429, "throttlingException", RateLimit, true},
		{"service unavailable frame", frame("serviceUnavailableException", "Bedrock is unable to process your request."), "bedrock", 503, "serviceUnavailableException", Overloaded, true},
		{"model stream error frame", frame("modelStreamErrorException", "The model returned an error."), "bedrock", 424, "modelStreamErrorException", Server, true},
		// An event frame that is no exception keeps its status_code as written.
		{"plain event frame", `{'status_code': 400, 'headers': {':content-type': 'application/json', ':message-type': 'event'}, 'body': b'{"message":"bad input"}'}`, "", 400, "", InvalidRequest, false},
	})
}

// Azure.Core's RequestFailedException prints the service's error code on its ErrorCode line,
// a number where the service's code is one (Azure AI services' "401"):
// https://learn.microsoft.com/en-us/dotnet/api/azure.requestfailedexception.errorcode.
func TestRules28AzureErrorCodeLine(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"numeric code", "Azure.RequestFailedException: Access denied due to invalid subscription key or wrong API endpoint.\nStatus: 401 (PermissionDenied)\nErrorCode: 401\n", "azure-openai", 401, "401", Authentication, false},
		{"indented, after a rate limit", "Azure.RequestFailedException: Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded token rate limit of your current OpenAI S0 pricing tier.\n    Status: 429 (Too Many Requests)\n    ErrorCode: 429\n", "azure-openai", 429, "429", RateLimit, true},
		{"named code", "Azure.RequestFailedException: The API deployment for this resource does not exist.\nStatus: 404 (Not Found)\nErrorCode: DeploymentNotFound\n", "azure-openai", 404, "DeploymentNotFound", NotFound, false},
	})
	// A log's own "ErrorCode: 42" with no Status line above is no SDK's print.
	r := Decode("job failed\nErrorCode: 42\n")
	assert.NotEqual(t, "42", r.Code)
}

// Mistral's API answers a request its schema rejects with 422 and the validator's detail
// list inside its own envelope, {"object": "error", "message": {"detail": [...]}, "type":
// "invalid_request_error"} (https://docs.mistral.ai/api/): the envelope names Mistral when
// the openai client, pointed at Mistral's base URL, prints it. A FastAPI server's own
// {"detail": [...]} names no one.
func TestRules28MistralValidationEnvelope(t *testing.T) {
	const body = `{'object': 'error', 'message': {'detail': [{'type': 'missing', 'loc': ['body', 'messages'], 'msg': 'Field required', 'input': {}}]}, 'type': 'invalid_request_error', 'param': None, 'code': None}`
	checkDecodes(t, []decodeCase{
		{"openai client, dict repr", "openai.UnprocessableEntityError: Error code: 422 - " + body, "mistral", 422, "missing", InvalidRequest, false},
		{"JSON body", `HTTP/1.1 422 Unprocessable Entity` + "\n\n" + `{"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","n"],"msg":"Extra inputs are not permitted","input":2}]},"type":"invalid_request_error","param":null,"code":null}`, "mistral", 422, "extra_forbidden", InvalidRequest, false},
	})
	r := Decode(`openai.UnprocessableEntityError: Error code: 422 - {'detail': [{'type': 'missing', 'loc': ['body', 'messages'], 'msg': 'Field required', 'input': {}}]}`)
	assert.NotEqual(t, "mistral", r.Provider, "a FastAPI body alone; evidence: %v", r.Evidence)
}

// A paste that names the address its request went to, where no catalog's host is, came from
// a host no provider catalog describes (a relay, a gateway, a local server): neither a tool's
// default API nor an SDK's name alone pins it on a provider. Forms from the clients' own
// code: codex-rs error.rs ("unexpected status {status}: {body}, url: {url}"), reqwest's
// "error sending request for url ({url})", requests' "{status} Client Error: {reason} for
// url: {url}", urllib3's "HTTPConnectionPool(host=..., port=...)", Cloudflare's error-page
// title ("{host} | {code}: {text}").
func TestRules28RequestElsewhere(t *testing.T) {
	checkToolCases(t, []toolCase{
		{"Codex, a relay's address", `unexpected status 403 Forbidden: {"code":"INSUFFICIENT_BALANCE","message":"Insufficient account balance"}, url: https://relay.example.net/v1/responses, request id: 5f0c`, "", "codex", 403, "INSUFFICIENT_BALANCE", Quota, false},
		{"Codex, a local helper", "stream disconnected before completion: error sending request for url (http://127.0.0.1:15721/v1/responses)", "", "codex", 0, "", Connection, true},
		{"Codex, OpenAI's address", "stream disconnected before completion: error sending request for url (https://api.openai.com/v1/responses)", "openai", "codex", 0, "", Connection, true},
		{"Codex, its ChatGPT-plan backend", `unexpected status 401 Unauthorized: {"detail":"Unauthorized"}, url: https://chatgpt.com/backend-api/codex/responses, request id: 57`, "openai", "codex", 401, "", Authentication, false},
		{"openai client at LM Studio's port", "openai.APIConnectionError: Connection error. requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=1234): Max retries exceeded with url: /v1/chat/completions", "", unchecked, 0, "ConnectionError", Connection, true},
		{"ollama client at its own port", "ollama._types.ResponseError: requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=11434): Max retries exceeded with url: /api/chat", "ollama", unchecked, 0, "", Connection, true},
		{"openai client at OpenAI's host", "openai.APIConnectionError: HTTPSConnectionPool(host='api.openai.com', port=443): Read timed out.", "openai", unchecked, 0, "", Timeout, true},
	})
	// A Cloudflare page served for a relay's host, printed by a library that names OpenAI.
	r := Decode("OpenAI: <!DOCTYPE html>\n<html><head><title>relay.example.net | 502: Bad gateway</title></head><body><div id=\"cf-error-details\">Bad gateway</div></body></html>")
	assert.Equal(t, "", r.Provider, "evidence: %v", r.Evidence)
	assert.Equal(t, 502, r.HTTPStatus)
	// The same page for a provider's host names it.
	r = Decode("<!DOCTYPE html>\n<html><head><title>api.groq.com | 502: Bad gateway</title></head><body><div id=\"cf-error-details\">Bad gateway</div></body></html>")
	assert.Equal(t, "groq", r.Provider, "evidence: %v", r.Evidence)
}

// A relay's own answer (one-api's and new-api's error types, one-api's request id,
// "(request id: <yyyyMMddHHmmss...>)", appended to each message it relays:
// https://github.com/songquanpeng/one-api/blob/main/common/helper/helper.go) shows the
// request went to the relay: a tool's default API is not assumed. A provider's own code or
// wording behind the relay still names it.
func TestRules28RelayAnswers(t *testing.T) {
	checkToolCases(t, []toolCase{
		{"new-api's error type under Codex", `unexpected status 401 Unauthorized: {"error":{"code":"","message":"invalid token","type":"new_api_error"}}, request id: 9d1e`, "", "codex", 401, "new_api_error", Authentication, false},
		{"one-api's request id under Codex", `unexpected status 429 Too Many Requests: {"error":{"message":"too many requests (request id: 2025031012000012345678)","type":"","code":""}}, request id: 9d1f`, "", "codex", 429, "", RateLimit, true},
		{"a provider's own code through the relay", `{'error': {'message': 'Organization has been restricted. (request id: 2024082422180041399148)', 'type': 'invalid_request_error', 'param': None, 'code': 'organization_restricted'}}`, "groq", unchecked, 400, "organization_restricted", Permission, false},
	})
}

// Claude's apps answer a spent plan allowance as Anthropic's rate_limit_error envelope whose
// message holds {"type": "exceeded_limit", "resetsAt": <epoch>} (the plan's usage limits,
// https://support.claude.com/en/articles/11145838): a quota until resetsAt, not a
// short-window rate limit, and no status Anthropic's API documents for it. The body inside
// the error's message is that error's detail, its type the error's own; the reset is read
// through the string's escapes.
func TestRules28ClaudeExceededLimit(t *testing.T) {
	const body = `{"type":"error","error":{"type":"rate_limit_error","message":"{\"type\": \"exceeded_limit\", \"resetsAt\": 1765108800, \"remaining\": null, \"perModelLimit\": false}"}}`
	checkDecodes(t, []decodeCase{
		{"the body", body, "anthropic", 0, "exceeded_limit", Quota, false},
		{"logged by a client", "Claude API error: " + body, "anthropic", 0, "exceeded_limit", Quota, false},
	})
	r := Decode(body)
	assert.Equal(t, "2025-12-07T12:00:00Z", r.ResetAt, "evidence: %v", r.Evidence)
	// A plain rate_limit_error keeps its category and status.
	checkDecodes(t, []decodeCase{
		{"a rate limit", `{"type":"error","error":{"type":"rate_limit_error","message":"This request would exceed the rate limit for your organization of 50 requests per minute."}}`, "anthropic", 429, "rate_limit_error", RateLimit, true},
	})
}

// Anthropic answers overload with 529 and the message "Overloaded" (overloaded_error,
// https://docs.anthropic.com/en/api/errors); its TypeScript SDK words an API error as
// "<status> <error.message>" (APIError.makeMessage), which the tools built on it print:
// "529 Overloaded" names Anthropic, a proxy's "529 Site is overloaded" page does not.
func TestRules28AnthropicOverloadedPrint(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"a tool's print", "Error: 529 Overloaded", "anthropic", 529, "", Overloaded, true},
		{"the SDK's message", "APIError: 529 Overloaded", "anthropic", 529, "", Overloaded, true},
		{"another server's 529 page", "HTTP 529 Site is overloaded", "", 529, "", Overloaded, true},
	})
}

// OpenAI's context-length message alone gives no status: its error-codes guide
// (https://platform.openai.com/docs/guides/error-codes) lists none for it, its code
// context_length_exceeded comes with 400, the v1 SDK's BadRequestError is raised for 400,
// and the legacy SDK's InvalidRequestError for 400, 404 and 415 alike. The legacy SDK's log
// line ("error_code=None ... error_type=invalid_request_error") states the error's type.
func TestRules28OpenAIContextMessageStatus(t *testing.T) {
	const msg = "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens. Please reduce the length of the messages."
	checkDecodes(t, []decodeCase{
		{"legacy SDK class", "openai.error.InvalidRequestError: " + msg, "openai", 0, "", ContextLength, false},
		{"v1 SDK class", "openai.BadRequestError: Error code: 400 - {'error': {'message': \"" + msg + "\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}", "openai", 400, "context_length_exceeded", ContextLength, false},
		{"the body with its code", `{"error":{"message":"` + strings.ReplaceAll(msg, `"`, `\"`) + `","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}}`, "openai", 400, "context_length_exceeded", ContextLength, false},
		// The type invalid_request_error comes with several 4xx statuses, so it documents none:
		// the log line, like the message alone, gives no way to know the status (h-status4).
		{"legacy SDK log line", `INFO:openai:error_code=None error_message="` + msg + `" error_param=None error_type=invalid_request_error message='OpenAI API error received' stream_error=False`, "openai", 0, "invalid_request_error", ContextLength, false},
	})
}

// LangChain's Bedrock LLM re-raises every botocore error as
// ValueError(f"Error raised by bedrock service: {e}") (langchain_community/llms/bedrock.py).
func TestRules28LangChainBedrockPrint(t *testing.T) {
	checkToolCases(t, []toolCase{
		{"throttled", "ValueError: Error raised by bedrock service: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again.", "bedrock", "langchain", 429, "ThrottlingException", RateLimit, true},
	})
}
