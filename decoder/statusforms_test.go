package decoder

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each line is built from a client library's own format string (the file is the row's
// "from:" comment), with the statuses those libraries print without a reason phrase: a code Go, PSR-7,
// Spring or Excon has no text for (Anthropic's 529, Cloudflare's 520), an HTTP/2 response
// (which has none), a message the library writes itself.
var statusFormCases = []decodeCase{
	// Starlette's HTTPException.__str__, f"{status_code}: {detail}", its detail a dict, in a log line.
	{name: "Starlette's HTTPException in a log line", in: "12:00:01 - proxy:DEBUG: handler.py:88 - An error occurred: 401: {'error': 'Authentication Error, Invalid proxy server token passed.'}", status: 401, category: Authentication},
	// DashScope's SSE comment line ":HTTP_STATUS/<status>" before an event's data.
	{name: "DashScope's stream error event", in: "id:1\nevent:error\n:HTTP_STATUS/400\ndata:{\"code\":\"InvalidParameter\",\"message\":\"Input should be a valid string\",\"request_id\":\"0b4d1b0a-0000-0000-0000-000000000000\"}", status: 400, code: "InvalidParameter", category: InvalidRequest},
	{name: "DashScope's stream error event, its colon lost", in: "event:error\nHTTP_STATUS/429\ndata:{\"code\":\"Throttling.RateQuota\",\"message\":\"Requests rate limit exceeded, please try again later.\"}", provider: "dashscope", status: 429, code: "Throttling.RateQuota", category: RateLimit, retry: true},
	// openai-go internal/apierror/apierror.go: "%s %q: %d %s %s".
	{name: "openai-go, 529 with no status text", in: `POST "https://api.anthropic.com/v1/messages": 529  {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`, provider: "anthropic", status: 529, code: "overloaded_error", category: Overloaded, retry: true},
	{name: "openai-go, 429 with its text", in: `POST "https://api.openai.com/v1/chat/completions": 429 Too Many Requests {"message":"Rate limit reached for gpt-4o","type":"requests","param":null,"code":"rate_limit_exceeded"}`, provider: "openai", status: 429, code: "rate_limit_exceeded", category: RateLimit, retry: true},
	// aiohttp/client_exceptions.py: f"{self.status}, message={self.message!r}, url=...".
	{name: "aiohttp, empty reason", in: `aiohttp.client_exceptions.ClientResponseError: 429, message='', url='https://api.openai.com/v1/chat/completions'`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "aiohttp, the client's own message", in: `aiohttp.client_exceptions.ClientResponseError: 400, message="Attempt to decode JSON with unexpected mimetype: text/html", url=URL('https://api.mistral.ai/v1/chat/completions')`, provider: "mistral", status: 400, category: InvalidRequest},
	{name: "aiohttp, 529", in: `ClientResponseError: 529, message='', url='https://api.anthropic.com/v1/messages'`, provider: "anthropic", status: 529, category: Overloaded, retry: true},
	// Alamofire Source/Core/AFError.swift: "Response status code was unacceptable: \(code).".
	{name: "Alamofire, unacceptable status", in: `Alamofire.AFError.responseValidationFailed(reason: Response status code was unacceptable: 429.)`, status: 429, category: RateLimit, retry: true},
	// egit-github RequestException.formatErrors: message + " (" + status + ")", in Maven's
	// one-line summary, " -> [Help 1]" appended (MavenCli.logSummary).
	{name: "egit-github in Maven's summary", in: `[ERROR] Failed to execute goal com.github.github:site-maven-plugin:0.12:site (default) on project docs: Error creating commit: Bad credentials (401) -> [Help 1]`, status: 401, category: Authentication},
	// anthropic-sdk-java errors/*Exception.kt: "$statusCode: ${body or "Unknown"}".
	{name: "anthropic-sdk-java, 529", in: `com.anthropic.errors.InternalServerException: 529: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`, provider: "anthropic", status: 529, code: "overloaded_error", category: Overloaded, retry: true},
	{name: "anthropic-sdk-java, no body", in: `com.anthropic.errors.UnexpectedStatusCodeException: 529: Unknown`, provider: "anthropic", status: 529, category: Overloaded, retry: true},
	{name: "openai-java, 429", in: `com.openai.errors.RateLimitException: 429: {"error":{"message":"Rate limit reached for gpt-4o","type":"requests","code":"rate_limit_exceeded"}}`, provider: "openai", status: 429, code: "rate_limit_exceeded", category: RateLimit, retry: true},
	// Spring's DefaultResponseErrorHandler.getErrorMessage: rawStatusCode + " " + statusText + ": " + body.
	{name: "Spring RestTemplate, empty status text", in: `org.springframework.web.client.UnknownHttpStatusCodeException: 529 : "{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"`, provider: "anthropic", status: 529, code: "overloaded_error", category: Overloaded, retry: true},
	{name: "Spring RestTemplate, no body", in: `org.springframework.web.client.UnknownHttpStatusCodeException: 520 : [no body]`, status: 520, category: Server, retry: true},
	// Guzzle's RequestException::create: '%s: `%s %s` resulted in a `%s %s` response'.
	{name: "Guzzle, empty reason phrase", in: "GuzzleHttp\\Exception\\ServerException: Server error: `POST https://api.anthropic.com/v1/messages` resulted in a `529 ` response:", provider: "anthropic", status: 529, category: Overloaded, retry: true},
	{name: "Guzzle, 429", in: "GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.openai.com/v1/chat/completions` resulted in a `429 Too Many Requests` response:", provider: "openai", status: 429, category: RateLimit, retry: true},
	// Excon::Error.status_error: "Expected(...) <=> Actual(#{status} #{error_message})".
	{name: "Excon, a status it does not name", in: `Excon::Error::HTTPStatus: Expected([200, 201]) <=> Actual(529 Unknown)`, status: 529, category: Overloaded, retry: true},
	{name: "Excon, 429", in: `Excon::Error::TooManyRequests: Expected([200]) <=> Actual(429 Too Many Requests)`, status: 429, category: RateLimit, retry: true},
	// urllib3's ResponseError.SPECIFIC_ERROR: "too many {status_code} error responses".
	{name: "urllib3 under requests, retries on 429 ran out", in: `requests.exceptions.RetryError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by ResponseError('too many 429 error responses'))`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "urllib3, 503", in: `urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/embed (Caused by ResponseError('too many 503 error responses'))`, status: 503, category: Overloaded, retry: true},
	// openai-python v0 api_requestor.py: f"HTTP code {rcode} from API ({rbody})".
	{name: "openai-python v0, a body it could not read", in: `openai.error.APIError: HTTP code 520 from API (<html><body>Web server is returning an unknown error</body></html>)`, provider: "openai", status: 520, category: Server, retry: true},
	// stripe-python before 1.45: 'API request to %s returned (response code, response body) of (%d, %r)'.
	{name: "stripe-python's debug log", in: "2014-06-02 15:47:57,758 INFO stripe API request to https://api.stripe.com/v1/charges returned (response code, response body) of (402, '{\\n  \"error\": {\\n    \"type\": \"card_error\",\\n    \"code\": \"card_declined\",\\n    \"message\": \"Your card was declined.\"\\n  }\\n}\\n')", status: 402, code: "card_declined", category: InvalidRequest},
	// revChatGPT typings.py: f"{self.source}: {self.message} (code: {self.code})". Its source
	// "OpenAI" is the client's label, whatever server it was pointed at (its proxies for
	// ChatGPT's web backend), and the body carries no code, type or wording of OpenAI's
	// API: no provider (identify_compat.go). The status is the point here.
	{name: "revChatGPT", in: `OpenAI: {"detail": "Too many requests in 1 hour. Try again later."} (code: 429)`, provider: "", status: 429, category: RateLimit, retry: true},
	// openai-python _legacy_response.py: f"<APIResponse [{status_code} {reason_phrase}] type=...>".
	// The category is not the point here (the status is): the response, not the request, failed
	// the SDK's schema, which names no category, so errlens answers unknown.
	{name: "openai-python, the response a parse failed on", in: `openai.APIResponseValidationError: Data returned by API invalid for expected schema. <APIResponse [200 OK] type=<class 'openai.types.chat.chat_completion.ChatCompletion'>>`, provider: "openai", status: 200, category: Unknown},
	// google-http-java-client HttpResponseException.computeMessageBuffer: code, " " + message, "\n" + method and URL.
	{name: "google-http-java-client, HTTP/2 (no status message)", in: "com.google.api.client.http.HttpResponseException: 503\nPOST https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-pro:generateContent", provider: "vertex-ai", status: 503, category: Overloaded, retry: true},
	// werkzeug exceptions.py HTTPException.__repr__: the app's own answer, not the API's.
	{name: "werkzeug's repr of the app's own 409 after Stripe's 402", in: "INFO stripe API request to https://api.stripe.com/v1/charges returned (response code, response body) of (402, '{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"message\": \"Your card was declined.\"}}')\nERROR webhook failed: <Conflict '409: Conflict'>", status: 402, code: "card_declined", category: InvalidRequest},
	// Nuxt's request-error log: its own 500 for a fetch that got no response at all.
	{name: "Nuxt's own 500 around a failed fetch", in: "[nuxt] [request error] [unhandled] [500] fetch failed\n  at Object.fetch (node:internal/deps/undici/undici:11576:11)", category: Connection, retry: true},
	{name: "Nuxt's own 502 after the API's 429", in: "[nuxt] [request error] [unhandled] [fatal] [502] 429 Too Many Requests: rate limit reached", status: 429, category: RateLimit, retry: true},
	{name: "Nuxt's fatal tag alone", in: "[nuxt] [request error] [fatal] [500] fetch failed", category: Connection, retry: true},
	// xsAI packages/shared/src/utils/response-catch.ts: `Remote sent ${res.status} response: ${body}`.
	{name: "xsAI, a 401 body", in: `XSAIError: Remote sent 401 response: {"error":{"message":"Incorrect API key provided: sk-abc***xyz.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`, provider: "", status: 401, code: "invalid_api_key", category: Authentication},
	{name: "Rails' own 500 after the API's wording", in: "OpenAI::Error: Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 500.\nCompleted 500 Internal Server Error in 523ms (ActiveRecord: 0.0ms | Allocations: 1234)", provider: "openai", status: 429, category: RateLimit, retry: true},
}

// The forms status.go's general anchors already read, one line per client library from its
// own format string (the file is in the name), so that no change to those anchors loses
// one: the statuses a user pastes most, as each runtime and SDK prints them.
var statusReadCases = []decodeCase{
	{name: "requests, src/requests/models.py (raise_for_status)", in: `requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.openai.com/v1/chat/completions`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "httpx, httpx/_models.py (raise_for_status)", in: "httpx.HTTPStatusError: Client error '429 Too Many Requests' for url 'https://api.anthropic.com/v1/messages'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429", provider: "anthropic", status: 429, category: RateLimit, retry: true},
	{name: "httpx, a 529", in: "httpx.HTTPStatusError: Server error '529 ' for url 'https://api.anthropic.com/v1/messages'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/529", provider: "anthropic", status: 529, category: Overloaded, retry: true},
	{name: "urllib, Lib/urllib/error.py (HTTPError.__str__)", in: `urllib.error.HTTPError: HTTP Error 429: Too Many Requests`, status: 429, category: RateLimit, retry: true},
	{name: "axios, lib/core/settle.js", in: `AxiosError: Request failed with status code 429`, status: 429, category: RateLimit, retry: true},
	{name: "ky, source/errors/HTTPError.ts", in: `HTTPError: Request failed with status code 429 Too Many Requests: POST https://api.openai.com/v1/chat/completions`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "got, source/core/errors.ts (HTTPError)", in: `HTTPError: Request failed with status code 503 (Service Unavailable): POST https://api.mistral.ai/v1/chat/completions`, provider: "mistral", status: 503, category: Overloaded, retry: true},
	{name: "anthropic-sdk-go, internal/apierror/apierror.go, with its Request-ID", in: `POST "https://api.anthropic.com/v1/messages": 529  (Request-ID: req_011CSHyBJmhDX6fmTvtUGyqm) {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHyBJmhDX6fmTvtUGyqm"}`, provider: "anthropic", status: 529, code: "overloaded_error", category: Overloaded, retry: true},
	{name: "google-api-go-client, googleapi/googleapi.go (Error.Error)", in: `googleapi: Error 429: Quota exceeded for quota metric 'Generate Content API requests per minute', rateLimitExceeded`, status: 429, code: "rateLimitExceeded", category: RateLimit, retry: true},
	{name: "google-api-go-client, no message", in: `googleapi: got HTTP response code 502 with body: <html><title>502 Server Error</title></html>`, status: 502, category: Server, retry: true},
	{name: "Java HttpURLConnection, sun/net/www/protocol/http/HttpURLConnection.java", in: `java.io.IOException: Server returned HTTP response code: 429 for URL: https://api.openai.com/v1/chat/completions`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "Retrofit, retrofit/src/main/java/retrofit2/HttpException.java, HTTP/2 (no message)", in: `retrofit2.HttpException: HTTP 429 `, status: 429, category: RateLimit, retry: true},
	{name: "Spring WebClient, WebClientResponseException.java (initMessage)", in: `org.springframework.web.reactive.function.client.WebClientResponseException$TooManyRequests: 429 Too Many Requests from POST https://api.openai.com/v1/chat/completions`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "Feign, core/src/main/java/feign/FeignException.java", in: `feign.FeignException$TooManyRequests: [429 Too Many Requests] during [POST] to [https://api.openai.com/v1/chat/completions] [OpenAiClient#chat(Request)]: [{"error":{"message":"Rate limit reached for gpt-4o","type":"requests","code":"rate_limit_exceeded"}}]`, provider: "openai", status: 429, code: "rate_limit_exceeded", category: RateLimit, retry: true},
	{name: "Feign, no reason", in: `feign.FeignException$InternalServerError: [529] during [POST] to [https://api.anthropic.com/v1/messages] [AnthropicClient#create(Request)]: [{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}]`, provider: "anthropic", status: 529, code: "overloaded_error", category: Overloaded, retry: true},
	{name: ".NET HttpResponseMessage.EnsureSuccessStatusCode", in: `System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).`, status: 429, category: RateLimit, retry: true},
	{name: "Azure.Core RequestFailedException", in: "Azure.RequestFailedException: Rate limit is exceeded.\nStatus: 429 (Too Many Requests)\nErrorCode: 429", status: 429, code: "429", category: RateLimit, retry: true},
	{name: "reqwest, src/error.rs", in: `Error: HTTP status client error (429 Too Many Requests) for url (https://api.openai.com/v1/chat/completions)`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "reqwest, a code http has no reason for", in: `HTTP status server error (529 <unknown status code>) for url (https://api.anthropic.com/v1/messages)`, provider: "anthropic", status: 529, category: Overloaded, retry: true},
	{name: "Faraday, lib/faraday/error.rb", in: `Faraday::TooManyRequestsError: the server responded with status 429 for POST https://api.openai.com/v1/chat/completions`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "dio, dio/lib/src/dio_exception.dart", in: `DioException [bad response]: This exception was thrown because the response has a status code of 503 and RequestOptions.validateStatus was configured to throw for this status code.`, status: 503, category: Overloaded, retry: true},
	{name: "openai-python, src/openai/_base_client.py", in: `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 500.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`, provider: "openai", status: 429, code: "rate_limit_exceeded", category: RateLimit, retry: true},
	{name: "google-genai, google/genai/errors.py (APIError)", in: `google.genai.errors.ServerError: 503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}`, provider: "gemini", status: 503, code: "UNAVAILABLE", category: Overloaded, retry: true},
}

// Users' own prints of a failed call, read by the weak labels when what follows the number
// closes the clause as a status does (weakLabelHolds).
var statusIdiomCases = []decodeCase{
	{name: "OkHttp's recipe, \"Unexpected code \" + code", in: `java.lang.RuntimeException: Unexpected code 429`, status: 429, category: RateLimit, retry: true},
	{name: "a fetch wrapper's \"Unexpected response\"", in: `Error: Unexpected response 503`, status: 503, category: Overloaded, retry: true},
	{name: "\"bad response: 502\"", in: `bad response: 502`, status: 502, category: Server, retry: true},
	{name: "\"failed with code 429:\"", in: `API request failed with code 429: rate limited`, status: 429, category: RateLimit, retry: true},
	{name: "\"Failed with 429:\"", in: `Exception: Failed with 429: {"error": "rate limited"}`, status: 429, category: RateLimit, retry: true},
	{name: "\"Error 429 from API:\"", in: `Error 429 from API: rate limit reached`, status: 429, category: RateLimit, retry: true},
	{name: "\"failed: 429\" ending its line", in: `Error: Request to OpenAI failed: 429`, provider: "openai", status: 429, category: RateLimit, retry: true},
	{name: "\"failed with 503\" ending its line", in: `Error: fetch failed with 503`, status: 503, category: Overloaded, retry: true},
	// azcore's ResponseError (sdk/azcore/internal/exported/response_error.go): "RESPONSE %d: %s",
	// the second the response's Status, which Go's HTTP/2 transport leaves "529 " for a code
	// it has no text for.
	{name: "Azure SDK for Go, RESPONSE 529", in: "POST https://x.openai.azure.com/openai/deployments/gpt-4o/chat/completions\n--------------------------------------------------------------------------------\nRESPONSE 529: 529 \nERROR CODE UNAVAILABLE\n--------------------------------------------------------------------------------\n{\"error\":{\"message\":\"overloaded\"}}", provider: "azure-openai", status: 529, category: Overloaded, retry: true},
	{name: "throw new Error(res.status)", in: "Uncaught Error: 429\n    at fetchChat (/app/src/chat.js:12:11)", status: 429, category: RateLimit, retry: true},
	{name: "raise Exception(r.status_code)", in: `Exception: 503`, status: 503, category: Overloaded, retry: true},
}

// Numbers near these forms that are no status: ports, a Windows error number, a line
// number, a token count, a year, a redirect, and urllib3's message that names none.
var statusFormTraps = []decodeCase{
	{name: "urllib3's generic message", in: `requests.exceptions.RetryError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by ResponseError('too many error responses'))`, provider: "openai", category: Connection, retry: true},
	{name: "a port after a quoted URL", in: `Get "https://api.openai.com:443/v1/models": dial tcp 104.18.7.192:443: connect: connection refused`, provider: "openai", category: Connection, retry: true},
	{name: "Excon, a redirect", in: `Excon::Error::HTTPStatus: Expected([200]) <=> Actual(302 Found)`, category: Unknown},
	{name: "(code: N) with a Windows error number", in: `ConnectionResetError: Connection aborted (code: 10054)`, category: Connection, retry: true},
	{name: "a line number before ' : \"'", in: `SyntaxError at line 503 : "unexpected token"`, category: Unknown},
	{name: "a number opening a message", in: `ValueError: 512, see the table above`, category: Unknown}, // words no learner leans on: the case is about the number
	{name: "a year in a sentence like Guzzle's", in: "the upgrade resulted in a `2024 release` response", category: Unknown},
	{name: "a count after \"with\"", in: `Finished with 500 tokens left in the batch`, category: Unknown},
	{name: "a byte count after \"response\"", in: `received response 413 bytes long`, category: Unknown},
	{name: "a success after \"with\"", in: `Request completed with 200`, category: Unknown},
	{name: "a page after \"Error\"", in: `Error 404 page template missing`, category: Unknown},
	{name: "an exit code", in: `process exited with code 255`, category: Unknown},
	{name: "a page's title \"Error 404\"", in: `Error 404`, category: Unknown},
	{name: "\"Exception\" and a number with no colon", in: `Exception 500`, category: Unknown},
	{name: "aiohttp, a connection failure", in: `aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host api.openai.com:443 ssl:default [Connect call failed ('104.18.6.192', 443)]`, provider: "openai", category: Connection, retry: true},
}

func TestStatusFormsOfClientLibraries(t *testing.T) {
	checkDecodes(t, statusFormCases)
	checkDecodes(t, statusReadCases)
}

func TestStatusIdiomsOfUsers(t *testing.T) {
	checkDecodes(t, statusIdiomCases)
}

func TestStatusFormsLeaveOtherNumbers(t *testing.T) {
	checkDecodes(t, statusFormTraps)
}

// Every form is read from a library's source, and some case above is written in it: a
// form no line exercises is a form nobody checked.
func TestEveryStatusFormHasACase(t *testing.T) {
	used := make([]bool, len(statusForms))
	for _, tc := range statusFormCases {
		scanStatusNumbers(tc.in, func(i int) {
			code := int(tc.in[i]-'0')*100 + int(tc.in[i+1]-'0')*10 + int(tc.in[i+2]-'0')
			for _, words := range []bool{true, false} {
				if k, _ := matchForm(tc.in, i, i+3, code, words); k >= 0 {
					used[k] = true
				}
			}
		})
	}
	from := statusFormSources(t)
	require.Len(t, from, len(statusForms), "statusforms.go's rows against statusForms")
	for k, f := range statusForms {
		assert.True(t, used[k], "no case is written in the form %q … %q (%s)", f.before, f.after, from[k])
		assert.True(t, strings.Contains(from[k], ", ") && strings.ContainsAny(from[k], "/."), "form %d names its library and file: %q", k, from[k])
	}
}

// statusFormSources reads, from statusforms.go, each row's "// from:" comment (the line
// above it) in the table's order; "" for a row without one.
func statusFormSources(t *testing.T) []string {
	src, err := os.ReadFile("statusforms.go")
	require.NoError(t, err)
	_, table, ok := strings.Cut(string(src), "\nvar statusForms = []statusForm{\n")
	require.True(t, ok, "statusforms.go declares statusForms")
	table, _, _ = strings.Cut(table, "\n}\n")
	var from []string
	prev := ""
	for _, line := range strings.Split(table, "\n") {
		if strings.HasPrefix(line, "\t{") {
			from = append(from, strings.TrimPrefix(prev, "\t// from: "))
			if !strings.HasPrefix(prev, "\t// from: ") {
				from[len(from)-1] = ""
			}
		}
		prev = line
	}
	return from
}

// scanStatusNumbers calls at with the offset of every three-digit number 200 to 599 in s
// that stands alone.
func scanStatusNumbers(s string, at func(i int)) {
	for i := 0; i+3 <= len(s); i++ {
		if s[i] < '2' || s[i] > '5' || !isDigit(s[i+1]) || !isDigit(s[i+2]) || (i > 0 && isDigit(s[i-1])) || (i+3 < len(s) && isDigit(s[i+3])) {
			continue
		}
		at(i)
	}
}
