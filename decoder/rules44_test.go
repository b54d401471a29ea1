package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, the older tune misses (h-rules44): four printed forms whose families the
// decoder missed. Inputs are written from the sources each reader cites, not copied from
// the corpus.
func TestRules44Forms(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// better_errors logs "#{exception_type} - #{exception_message}:" before the
		// backtrace (lib/better_errors/middleware.rb): the class is read from it.
		{name: "better_errors invalid request", in: "Stripe::InvalidRequestError - This PaymentIntent's amount could not be updated because it has a status of canceled.:", category: InvalidRequest},
		{name: "better_errors permission", in: "Stripe::PermissionError - The provided key 'rk_test_***' does not have the required permissions for this endpoint on account 'acct_1':", category: Permission},
		{name: "better_errors rate limit class status", in: "Stripe::RateLimitError - Too many requests hit the API too quickly.:", status: 429, category: RateLimit, retry: true},
		// A log line with " - " and a closing colon but no class stays unknown.
		{name: "dash line without class", in: "ERROR - the job failed:", category: Unknown},
		// A class-only entry of a general layer names the SDK's pick by the error's type or
		// status (stripe-node's StripeAuthenticationError), never the error's code.
		{name: "stripe class is no code", in: "Stripe::AuthenticationError: Invalid API Key provided: sk_test_****", category: Authentication},
		// A Responses stream's response.failed event's data, without the response's id:
		// it came inside the stream's 200, so no status (platform.openai.com
		// api-reference/responses-streaming/response/failed).
		{name: "response.failed event data", in: `{"type":"response.failed","response":{"status":"failed","error":{"code":"server_error","message":"The server had an error while processing your request."}}}`, provider: "openai", code: "server_error", category: Server, retry: true},
		// one-api's RelayErrorHandler: Param carries the upstream's status, sent with it.
		{name: "one-api relay status", in: `{"error":{"message":"","type":"upstream_error","param":"503","code":"bad_response_status_code"}}`, status: 503, code: "bad_response_status_code", category: Overloaded, retry: true},
		{name: "one-api relay status 422", in: `{"error":{"message":" (request id: 2025010203040506)","type":"upstream_error","param":"422","code":"bad_response_status_code"}}`, status: 422, code: "bad_response_status_code", category: InvalidRequest},
		// @slack/web-api throws this only in its response.status === 429 branch
		// (packages/web-api/src/WebClient.ts, makeRequest).
		{name: "slack node sdk no retry-after", in: "Error: Retry header did not contain a valid timeout (url: conversations.history, retry-after header: null)", status: 429, category: RateLimit, retry: true},
		// A scheme looked up as a host name (urllib3's pool repr, Node's getaddrinfo):
		// the URL is malformed, no wait makes it resolve; a real host name still may.
		{name: "scheme as host urllib3", in: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='http', port=443): Max retries exceeded with url: //api.example.com/v1/chat (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x10>: Failed to resolve 'http' ([Errno 8] nodename nor servname provided, or not known)\"))", code: "ConnectionError", category: Connection},
		{name: "scheme as host node", in: "Error: getaddrinfo ENOTFOUND https\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)", code: "ENOTFOUND", category: Connection},
		{name: "real host stays retryable", in: "Error: getaddrinfo ENOTFOUND https.example.com\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)", code: "ENOTFOUND", category: Connection, retry: true},
		// Bedrock's runtime sends "The provided model identifier is invalid." as its
		// ValidationException, HTTP 400 (API_runtime_InvokeModel.html#...Errors).
		{name: "bedrock invalid model id worded status", in: "Bedrock error: The provided model identifier is invalid.", provider: "bedrock", status: 400, category: NotFound},
		// An OpenAI project's id (proj_...) names OpenAI in its 403 for a model the
		// project may not call (api-reference/projects/object).
		{name: "openai project access", in: "Project `proj_XyZ` does not have access to model `o3-mini`", provider: "openai", category: Permission},
		{name: "openai project access body", in: "{\"error\":{\"message\":\"Project `proj_abc` does not have access to model `gpt-4o`\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}", provider: "openai", code: "model_not_found", category: Permission},
	})
}

func TestDashTitleReadsOnlyAClass(t *testing.T) {
	cases := []struct {
		line, class, message string
		ok                   bool
	}{
		{"Stripe::CardError - Your card was declined.:", "Stripe.CardError", "Your card was declined.", true},
		{"NoMethodError - undefined method `name' for nil:", "NoMethodError", "undefined method `name' for nil", true},
		{"ERROR - the job failed:", "", "", false},
		{"    Stripe::CardError - Your card was declined.:", "Stripe.CardError", "Your card was declined.", true},
		{"api-1  | Stripe::CardError - Your card was declined.:", "Stripe.CardError", "Your card was declined.", true},
		{"2017-10-11 11:49:35 - INFO - request done:", "", "", false},
		{"Stripe::CardError - no closing colon", "", "", false},
	}
	for _, c := range cases {
		e, ok := dashTitle(c.line, 0)
		assert.Equal(t, c.ok, ok, c.line)
		if ok {
			assert.Equal(t, c.class, e.full(), c.line)
			assert.Equal(t, c.message, e.message, c.line)
		}
	}
}
