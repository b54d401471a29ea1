package decoder

import (
	"testing"
)

// Issue 13, the status field, third round (h-status8): a reply one product writes itself,
// which its source or docs send with one status, gives that status where the paste lost the
// status line (the catalogs' status_worded). Each input is written from the source or doc
// named, not copied from the corpus; each case with a status failed before.
func TestStatusWordedReplies8(t *testing.T) {
	cases := []statusSaysCase{
		// from: envoy source/common/router/router.cc (Filter::onUpstreamReset: a reset with no
		// response sends the local reply "upstream connect error or disconnect/reset before
		// headers. reset reason: <reason>", BadGateway for a protocol error, else
		// ServiceUnavailable)
		{"Envoy's local reply, bare", "upstream connect error or disconnect/reset before headers", 503, "documents this message"},
		{"Envoy's local reply, overflow", "upstream connect error or disconnect/reset before headers. reset reason: overflow", 503, "documents this message"},
		{"Envoy's local reply, a protocol error", "upstream connect error or disconnect/reset before headers. reset reason: protocol error", 502, "documents this message"},
		// A printer's own status text before Envoy's reply disagrees with it: neither is the
		// answer's (detailDisowns), and the reply's wording does not bring its 503 back.
		{"a client's status text before Envoy's reply", "Forbidden: upstream connect error or disconnect/reset before headers. reset reason: connection failure", 0, ""},

		// from: https://developers.cloudflare.com/ruleset-engine/rules-language/actions/ (Block:
		// the request is denied with Cloudflare's block page, 403)
		{"Cloudflare's block page heading", `<h1 data-translate="block_headline">Sorry, you have been blocked</h1>`, 403, "documents this message"},
		{"Cloudflare's block page title", "<title>Attention Required! | Cloudflare</title>", 403, "documents this message"},
		// from: https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/
		{"Cloudflare's 524 page explanation", "The origin web server timed out before responding to this request.", 524, "documents this message"},

		// from: https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
		// (the 429 body: {"message": "You are being rate limited.", "retry_after": 64.57, "global": false})
		{"Discord's rate-limit body", `{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}`, 429, "documents this message"},

		// from: https://github.com/songquanpeng/one-api/blob/main/controller/relay.go (a 429's
		// message replaced, sent with that 429) and middleware/distributor.go (no channel for the
		// group and model: abortWithMessage(c, http.StatusServiceUnavailable, ...))
		{"one-api's saturated group", `{"error":{"message":"当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。","type":"","param":"","code":null}}`, 429, "documents this message"},
		{"one-api's no channel", `{"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 20250101000000)","type":"one_api_error"}}`, 503, "documents this message"},

		// from: https://cloud.google.com/java/docs/reference/proto-google-common-protos/latest/com.google.api.ErrorReason
		// (BILLING_DISABLED, 403 PERMISSION_DENIED)
		{"Google's billing-disabled message", "This API method requires billing to be enabled. Please enable billing on project #1234 by visiting https://console.developers.google.com/billing/enable?project=1234 then retry.", 403, "documents this message"},
	}
	checkStatusSays(t, cases)
}

// Envoy's other local replies, from the same router: "no healthy upstream" (503, no host in
// the cluster) and "upstream request timeout" (504, the route's timeout).
// from: envoy source/common/router/router.cc (sendNoHealthyHosts, onUpstreamTimeout)
func TestStatusEnvoyReplies8(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"Envoy's no healthy upstream", "no healthy upstream", 503, "documents this message"},
		{"Envoy's upstream timeout", "upstream request timeout", 504, "documents this message"},
	})
}

// An SDK raises its class for the status the response had, whatever the body words, so
// the identified provider's own class names the status even printed without its module,
// and outranks the status the catalog gives the words (sdkclassstatus.go).
// from: openai-python src/openai/_client.py (_make_status_error: 429 RateLimitError,
// 404 NotFoundError, ...), and v0.28.1 openai/api_requestor.py (429 RateLimitError)
func TestStatusOwnSDKClass8(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"openai's class, bare, over the overload wording", "RateLimitError: That model is currently overloaded with other requests. You can retry your request.", 429, "SDK raises for 429"},
		{"openai's class, bare, over the server-fault wording", "RateLimitError: The server had an error while processing your request. Sorry about that!", 429, "SDK raises for 429"},
		{"openai's class in full, over the overload wording", "openai.RateLimitError: That model is currently overloaded with other requests. You can retry your request.", 429, "raises for 429"},
		// from: anthropic-sdk-python src/anthropic/_client.py (_make_status_error: 429 RateLimitError)
		{"anthropic's class, bare, the API named elsewhere", "calling api.anthropic.com failed\nRateLimitError: slow down", 429, "SDK raises for 429"},
		// A wrapper's class is its own mapping: where the error is documented with another
		// status, the two disagree and neither is given.
		{"litellm's class over another status's error", "litellm.BadRequestError: CerebrasException - Wrong API Key", 0, ""},
		// A class every status shares names none.
		{"a shared class name", "ApiError: The request was malformed and could not be processed.\nIncorrect API key provided. You can obtain an API key from https://console.x.ai.", 400, ""},
	})
}

// Node's util.inspect of an axios error prints its response.data as "data: {" and the object's
// members below it, keys unquoted: no stream's event (an event's data is JSON on its own line,
// each line after a "data:"), so the error did not arrive after a 200 and its code's status
// stands (openai-node v3 over axios: err.response.data).
// from: https://nodejs.org/api/util.html#utilinspectobject-options, https://html.spec.whatwg.org/multipage/server-sent-events.html
func TestStatusInspectedDataIsNoStream8(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"axios response.data, inspected", "  data: {\n    error: {\n      message: 'The model `gpt-4-32k` does not exist or you do not have access to it.',\n      type: 'invalid_request_error',\n      param: null,\n      code: 'model_not_found'\n    }\n  }", 404, "404"},
		// A stream's own event keeps its framing: the error came after a 200.
		{"a stream's event", "data: {\"error\": {\"message\": \"The model `gpt-4-32k` does not exist or you do not have access to it.\", \"type\": \"invalid_request_error\", \"code\": \"model_not_found\"}}", 0, ""},
	})
}

// Groq's model permission errors are 403s: the model is disabled for the organization or
// the key's project (code model_permission_blocked_org / _project, type permissions_error).
// from: https://console.groq.com/docs/errors (403 Forbidden: permission settings)
func TestStatusGroqModelBlocked8(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"Groq's project-level block", "groq.PermissionDeniedError: {'error': {'message': 'The model `llama-3.1-8b-instant` is blocked at the project level. Please have the project admin enable this model in the project settings at https://console.groq.com/settings/project/limits', 'type': 'permissions_error', 'code': 'model_permission_blocked_project'}}", 403, "403"},
		{"Groq's org-level block, code only", `{"error":{"message":"blocked","type":"permissions_error","code":"model_permission_blocked_org"}}`, 403, "documents the code"},
	})
}

// A NIM container the user runs logs, through uvicorn, the status it answered each request
// with; when the paste is its log, that is the error's status (servedstatus.go).
// from: https://docs.nvidia.com/nim/nemo-retriever/text-reranking/latest/using-reranking.html (POST /v1/ranking),
// uvicorn's access-log format (uvicorn/logging.py, AccessFormatter)
func TestStatusNIMServedLog8(t *testing.T) {
	checkStatusSays(t, []statusSaysCase{
		{"reranking NIM's own log", "2025-01-02T10:00:00Z ERROR: root - Invalid request error: Input length 2048 exceeds maximum allowed token size 512\n2025-01-02T10:00:00Z INFO: uvicorn.access - 10.0.0.2:50122 - \"POST /v1/ranking HTTP/1.1\" 400", 400, "the server's own log"},
		{"LLM NIM's own log", "ERROR: nim_llm_sdk - This model's maximum context length is 8192 tokens. However, you requested 9000 tokens. Please reduce the length of the messages or completion. nvidia nim\nINFO: uvicorn.access - 172.17.0.1:40000 - \"POST /v1/chat/completions HTTP/1.1\" 400", 400, "the server's own log"},
	})
}
