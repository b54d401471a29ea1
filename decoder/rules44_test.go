package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, the older tune misses (h-rules44): four printed forms whose families the
// decoder missed. Inputs are written from the sources each reader cites, not copied from
// the corpus.
func TestRules44Forms(t *testing.T) {
	cases := []struct {
		name, in, provider string
		status             int
		code               string
		cat                Category
		retryable          bool
	}{
		// better_errors logs "#{exception_type} - #{exception_message}:" before the
		// backtrace (lib/better_errors/middleware.rb): the class is read from it.
		{"better_errors invalid request", "Stripe::InvalidRequestError - This PaymentIntent's amount could not be updated because it has a status of canceled.:", "", 0, "", InvalidRequest, false},
		{"better_errors permission", "Stripe::PermissionError - The provided key 'rk_test_***' does not have the required permissions for this endpoint on account 'acct_1':", "", 0, "", Permission, false},
		{"better_errors rate limit class status", "Stripe::RateLimitError - Too many requests hit the API too quickly.:", "", 429, "", RateLimit, true},
		// A log line with " - " and a closing colon but no class stays unknown.
		{"dash line without class", "ERROR - the job failed:", "", 0, "", Unknown, false},
		// A class-only entry of a general layer names the SDK's pick by the error's type or
		// status (stripe-node's StripeAuthenticationError), never the error's code.
		{"stripe class is no code", "Stripe::AuthenticationError: Invalid API Key provided: sk_test_****", "", 0, "", Authentication, false},
		// A Responses stream's response.failed event's data, without the response's id:
		// it came inside the stream's 200, so no status (platform.openai.com
		// api-reference/responses-streaming/response/failed).
		{"response.failed event data", `{"type":"response.failed","response":{"status":"failed","error":{"code":"server_error","message":"The server had an error while processing your request."}}}`, "openai", 0, "server_error", Server, true},
		// one-api's RelayErrorHandler: Param carries the upstream's status, sent with it.
		{"one-api relay status", `{"error":{"message":"","type":"upstream_error","param":"503","code":"bad_response_status_code"}}`, "", 503, "bad_response_status_code", Overloaded, true},
		{"one-api relay status 422", `{"error":{"message":" (request id: 2025010203040506)","type":"upstream_error","param":"422","code":"bad_response_status_code"}}`, "", 422, "bad_response_status_code", InvalidRequest, false},
		// @slack/web-api throws this only in its response.status === 429 branch
		// (packages/web-api/src/WebClient.ts, makeRequest).
		{"slack node sdk no retry-after", "Error: Retry header did not contain a valid timeout (url: conversations.history, retry-after header: null)", "", 429, "", RateLimit, true},
		// A scheme looked up as a host name (urllib3's pool repr, Node's getaddrinfo):
		// the URL is malformed, no wait makes it resolve; a real host name still may.
		{"scheme as host urllib3", "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='http', port=443): Max retries exceeded with url: //api.example.com/v1/chat (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x10>: Failed to resolve 'http' ([Errno 8] nodename nor servname provided, or not known)\"))", "", 0, "ConnectionError", Connection, false},
		{"scheme as host node", "Error: getaddrinfo ENOTFOUND https\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)", "", 0, "ENOTFOUND", Connection, false},
		{"real host stays retryable", "Error: getaddrinfo ENOTFOUND https.example.com\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)", "", 0, "ENOTFOUND", Connection, true},
		// Bedrock's runtime sends "The provided model identifier is invalid." as its
		// ValidationException, HTTP 400 (API_runtime_InvokeModel.html#...Errors).
		{"bedrock invalid model id worded status", "Bedrock error: The provided model identifier is invalid.", "bedrock", 400, "", NotFound, false},
		// An OpenAI project's id (proj_...) names OpenAI in its 403 for a model the
		// project may not call (api-reference/projects/object).
		{"openai project access", "Project `proj_XyZ` does not have access to model `o3-mini`", "openai", 0, "", Permission, false},
		{"openai project access body", "{\"error\":{\"message\":\"Project `proj_abc` does not have access to model `gpt-4o`\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}", "openai", 0, "model_not_found", Permission, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, c.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
			assert.Equal(t, c.code, r.Code, "code")
			assert.Equal(t, c.cat, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, c.retryable, r.Retryable, "retryable")
		})
	}
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
