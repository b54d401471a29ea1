package decoder

import "strings"

// statusForm is one way a client library prints the status of the response it failed on,
// where the general anchors of status.go (a label such as "status code", a reason phrase
// after the number, a number opening a message) do not reach: the number stands between
// words its own format string puts there, and nowhere else. Each is read from the
// library's source (its "from:" comment), so the table grows by reading clients, not pastes.
type statusForm struct {
	// before is the text that ends the number's line up to it, lower-cased, compared
	// ignoring case. A '*' stands for a run of bytes that holds no space, quote or newline (a URL):
	// `"http*": ` is `"https://host/path": `. "^" is a message's start: nothing but spaces
	// before the number on its line, or ": " (after an exception's class, "Error:").
	before string
	// after is the text that must follow the number, lower-cased, compared ignoring case; a
	// final '$' is the end of its line (or of the paste).
	after string
	// min is the lowest status the library prints in this form (most raise only for an
	// error), so that a success or a redirect written alike is never read as one.
	min int
	// strength is the anchor's weight (status.go): anchorLabel, or anchorField for a
	// response object's own repr, which names the response even when it is a 200; or
	// ownResponse for a server framework's print of the response it sends itself.
	strength int
	// Each row's "// from:" comment names the library and the file whose format string
	// prints it (a comment, not a field: the decoder never quotes it, and the wasm would
	// carry 1.7 KB of it; TestEveryStatusFormHasACase reads the comments).
}

var statusForms = []statusForm{
	// "%s %q: %d %s %s", Method, URL, StatusCode, http.StatusText(StatusCode), body: the
	// status text is empty for a code Go does not name (`POST "https://…": 529  {…}`).
	// from: openai-go and anthropic-sdk-go (Stainless), internal/apierror/apierror.go
	{before: `"http*": `, min: 400, strength: anchorLabel},
	// f"{self.status}, message={self.message!r}, url={...!r}": the message is the reason
	// phrase, empty or a client's own ("Attempt to decode JSON with unexpected mimetype").
	// from: aiohttp, aiohttp/client_exceptions.py (ClientResponseError.__str__)
	{before: "^", after: ", message=", min: 400, strength: anchorLabel},
	// "$statusCode: ${body}" ("Unknown" when there is none), after the exception's class.
	// from: anthropic-sdk-java and openai-java (Stainless), errors/*Exception.kt
	{before: "exception: ", after: ": {", min: 400, strength: anchorLabel},
	// from: anthropic-sdk-java and openai-java (Stainless), errors/*Exception.kt
	{before: "exception: ", after: ": unknown", min: 400, strength: anchorLabel},
	// rawStatusCode + " " + statusText + ": " + body, the body quoted or "[no body]": a
	// status Spring does not name has an empty status text ("529 : \"{…}\"").
	// from: Spring, spring-web/src/main/java/org/springframework/web/client/DefaultResponseErrorHandler.java (getErrorMessage)
	{before: "^", after: ` : "`, min: 400, strength: anchorLabel},
	// from: Spring, spring-web/src/main/java/org/springframework/web/client/DefaultResponseErrorHandler.java (getErrorMessage)
	{before: "^", after: " : [no body]", min: 400, strength: anchorLabel},
	// '%s: `%s %s` resulted in a `%s %s` response', the reason phrase empty for a code
	// PSR-7 does not name ("resulted in a `520 ` response").
	// from: Guzzle, src/Exception/RequestException.php (RequestException::create)
	{before: "resulted in a `", min: 400, strength: anchorLabel},
	// "Expected(#{request[:expects].inspect}) <=> Actual(#{response[:status]} #{error_message})".
	// from: Excon, lib/excon/error.rb (Excon::Error.status_error)
	{before: "<=> actual(", min: 400, strength: anchorLabel},
	// ResponseError.SPECIFIC_ERROR "too many {status_code} error responses", in a
	// MaxRetryError (requests' RetryError) after the retries on status_forcelist ran out.
	// from: urllib3, src/urllib3/exceptions.py (ResponseError)
	{before: "too many ", after: " error responses", min: 400, strength: anchorLabel},
	// f"HTTP code {rcode} from API ({rbody})", the v0 client's APIError for a body it
	// could not read.
	// from: openai-python v0, openai/api_requestor.py (_interpret_response_line)
	{before: "http code ", after: " from api", min: 400, strength: anchorLabel},
	// 'API request to %s returned (response code, response body) of (%d, %r)', the
	// client's debug log until 2016.
	// from: stripe-python before 1.45, stripe/api_requestor.py (request)
	{before: "(response code, response body) of (", after: ", ", min: 400, strength: anchorLabel},
	// f"{self.source}: {self.message} (code: {self.code})", the code being the response's
	// status_code.
	// from: revChatGPT, src/revChatGPT/typings.py (Error.__str__)
	{before: "(code: ", after: ")", min: 400, strength: anchorLabel},
	// f"<APIResponse [{self.status_code} {reason_phrase}] type={self._cast_to}>": the
	// response a parse failed on, printed as an object, so its 200 is the call's own.
	// from: openai-python and anthropic-sdk-python (Stainless), _legacy_response.py and _response.py (__repr__)
	{before: "<apiresponse [", after: " ", min: 200, strength: anchorField},
	// computeMessageBuffer: the status code, then " " + the status message when the
	// response has one (HTTP/2 responses have none), then "\n" + method and URL.
	// from: google-http-java-client, google-http-client/src/main/java/com/google/api/client/http/HttpResponseException.java (GoogleJsonResponseException too)
	{before: "responseexception: ", min: 400, strength: anchorLabel},
	// f"<{type(self).__name__} '{code}: {self.name}'>": an HTTPException a Flask or
	// werkzeug app raised (abort(409)) for its own route, logged as an object. Like the
	// app's access-log line (accesslog.go), it is the app's answer, never the API's.
	// from: werkzeug, src/werkzeug/exceptions.py (HTTPException.__repr__)
	{before: "<* '", after: ": ", min: 200, strength: ownResponse},
	// [nuxt] [request error] [unhandled] [fatal] [statusCode], then the error's message:
	// the status a Nuxt server answered its own client with (fetch failed, an upstream's
	// error re-thrown), logged by Nuxt 3 until 3.17 left the tag out.
	// from: Nuxt before 3.17, packages/nuxt/src/core/runtime/nitro/handlers/error.ts (the tags before 8109d86)
	{before: "[request error] [unhandled] [", after: "]", min: 200, strength: ownResponse},
	// from: Nuxt before 3.17, packages/nuxt/src/core/runtime/nitro/handlers/error.ts (the tags before 8109d86)
	{before: "[request error] [fatal] [", after: "]", min: 200, strength: ownResponse},
	// from: Nuxt before 3.17, packages/nuxt/src/core/runtime/nitro/handlers/error.ts (the tags before 8109d86)
	{before: "[unhandled] [fatal] [", after: "]", min: 200, strength: ownResponse},
	// 'received {} HTTP response'.format(response.status_code): the message of prawcore's
	// ResponseException, which PRAW's Forbidden, TooManyRequests and the rest share.
	// from: prawcore, prawcore/exceptions.py (ResponseException.__init__)
	{before: "received ", after: " http response", min: 400, strength: anchorLabel},
	// fmt.Errorf("http code error[%d]:[%s]", res.StatusCode, body): Apache DevLake's
	// plugin API client, for a response of 400 or more after its retries.
	// from: Apache DevLake, the plugin helper's api_async_client.go (DoAsync)
	{before: "http code error[", after: "]:", min: 400, strength: anchorLabel},
	// '[AWS ' + serviceIdentifier + ' ' + status + ' ' + delta + 's ' + retryCount + '
	// retries]': the SDK's request log line, for every call, so only an error's status.
	// from: aws-sdk-js v2, lib/event_listeners.js (the logger's buildMessage)
	{before: "[aws * ", after: " ", min: 400, strength: anchorLabel},
	// `${message} (${response.status})`: the Vercel CLI's APIError, whose message ends in the
	// status ("Error! Rate limit exceeded (429)"); only at the line's end, as it prints it.
	// from: Vercel CLI, packages/cli/src/util/errors-ts.ts (APIError)
	{before: "(", after: ")$", min: 400, strength: anchorLabel},
	// "Response status code was unacceptable: \(code).": AFError's description of a
	// response validate() refused (.responseValidationFailed(.unacceptableStatusCode)), as
	// Swift clients built on Alamofire re-print it.
	// from: Alamofire, Source/Core/AFError.swift (ResponseValidationFailureReason.localizedDescription)
	{before: "status code was unacceptable: ", after: ".", min: 400, strength: anchorLabel},
	// A message that ends in its status, as egit-github's RequestException writes it
	// (message + " (" + status + ")"), in Maven's failure summary, which appends
	// " -> [Help N]" to a one-line message (the Vercel form's end of line, moved by Maven).
	// from: egit-github, org.eclipse.egit.github.core/src/org/eclipse/egit/github/core/client/RequestException.java (formatErrors)
	// from: Apache Maven, maven-embedder/src/main/java/org/apache/maven/cli/MavenCli.java (logSummary)
	{before: "(", after: ") -> [help ", min: 400, strength: anchorLabel},
	// sb << "[Error" << " : " << code() << " : " << message() << "]": TDLib's own errors
	// carry MTProto's codes (its FLOOD_WAIT re-reported as 429 "Too Many Requests: retry
	// after N"), from a protocol that sends no HTTP response, so the number is no status.
	// from: TDLib, tdutils/td/utils/Status.h (Status::print)
	{before: "[error : ", after: " : ", min: 200, strength: ownResponse},
	// "Completed #{status} #{Rack::Utils::HTTP_STATUS_CODES[status]} in #{duration}ms": the
	// status a Rails app answered its own request with, logged after the request ran.
	// from: Rails, actionpack/lib/action_controller/log_subscriber.rb (process_action)
	{before: "completed ", after: " ", min: 200, strength: ownResponse},
	// `Remote sent ${res.status} response: ${await res.text()}`: xsAI's responseCatch, for
	// a response that is not ok, before the body (the apps built on it re-print it).
	// from: xsAI, packages/shared/src/utils/response-catch.ts (responseCatch)
	{before: "remote sent ", after: " response", min: 400, strength: anchorLabel},
	// f"{self.status_code}: {self.detail}": Starlette's HTTPException (FastAPI's too) as str()
	// prints it, interpolated into a log line after the line's own words ("An error
	// occurred: 400: {'error': ...}"); only with a detail that is a dict, as the number
	// opening a message ("^") already reads it after an exception's class.
	// from: Starlette, starlette/exceptions.py (HTTPException.__str__)
	{before: ": ", after: ": {'", min: 400, strength: anchorLabel},
	// fmt.Errorf("%d: %s", resp.StatusCode, responseBody) for a registry answer of 400 or
	// more, wrapped by PullModel as "pull model manifest: %s": the registry's body may open
	// with its own newline ("412: \nThe model you are attempting to pull requires a newer
	// version of Ollama."), so only the colon after the number is the form's.
	// from: Ollama, server/images.go (makeRequestWithRetry, PullModel)
	{before: "pull model manifest: ", after: ":", min: 400, strength: anchorLabel},
	// ":HTTP_STATUS/" + status before each event's data: DashScope's SSE stream states the
	// status of every event in a comment line (":HTTP_STATUS/200" for a result, the error's
	// own, such as ":HTTP_STATUS/429", before an event:error), which clients print with or
	// without its colon.
	// from: Alibaba Cloud Model Studio, https://www.alibabacloud.com/help/en/model-studio/use-qwen-by-calling-api (HTTP, stream output)
	{before: "http_status/", min: 400, strength: anchorLabel},
}

// ownResponse, as a statusForm's strength, marks a number that is no API's status.
const ownResponse = -1

// formAnchor reads the status number at text[i:end] by the forms of statusForms, from its
// line up to 300 bytes before it (a URL may stand between the words and the number):
// words, the forms of strength anchorLabel, which anchor (status.go) tries after a label
// or a reason phrase has had its say (evidence quotes those first); else the others, tried
// before any (a response object's repr, a server's own answer).
//
//go:noinline
func formAnchor(text string, i, end, code int, words bool) (int, anchorWords) {
	k, n := matchForm(text, i, end, code, words)
	if k < 0 {
		return 0, anchorWords{}
	}
	f := &statusForms[k]
	return f.strength, anchorWords{form: formPrinted, before: text[i-n : i], after: text[end : end+len(strings.TrimSuffix(f.after, "$"))]}
}

// matchForm returns the first form of statusForms (of strength anchorLabel or not, as
// words says) that the number at text[i:end] is written in, and how many bytes before it
// the form's words take; -1 when none fits.
func matchForm(text string, i, end, code int, words bool) (int, int) {
	c := byte(' ') // a message at the line's start is tried as one after a space
	if i > 0 && !isSpace(text[i-1]) {
		c = lower(text[i-1])
	}
	right := text[end:min(len(text), end+40)]
	left, haveLeft := "", false // the number's line before it, cut once for every form that needs it
	for k := range statusForms {
		f := &statusForms[k]
		if (f.strength == anchorLabel) != words || code < f.min || lastByte(f.before) != c || !afterFits(right, f.after) {
			continue
		}
		if !haveLeft {
			left, haveLeft = text[max(0, i-300):i], true
			left = left[strings.LastIndexByte(left, '\n')+1:]
		}
		if n := formBeforeLen(left, f.before); n >= 0 {
			return k, n
		}
	}
	return -1, 0
}

// afterFits reports whether right, the text after a number, opens with after, a form's
// after: its final '$' stands for the end of the line, after any spaces (where normalize
// blanked a JSON log field's closing quote), also as an escaped "\n".
func afterFits(right, after string) bool {
	words, eol := strings.CutSuffix(after, "$")
	if !lowerHasPrefix(right, words) {
		return false
	}
	if !eol {
		return true
	}
	rest := strings.TrimLeft(right[len(words):], " \t")
	return rest == "" || rest[0] == '\n' || rest[0] == '\r' || strings.HasPrefix(rest, `\n`)
}

// lastByte is the byte a number's left must end in for the form's before to fit it,
// lower-cased: ' ' for "^" (a message's start).
func lastByte(before string) byte {
	if before == "^" {
		return ' '
	}
	return lower(before[len(before)-1])
}

// formBeforeLen reports how many bytes at the end of left the pattern before covers, or -1
// when it does not end left. A '*' in before is a run of bytes with no space, quote or
// newline, at least one (a URL): the pattern's text before it ends at the run's start, or,
// when that text ends in a space, stands whole before the run ("[AWS *": a service's name).
func formBeforeLen(left, before string) int {
	if before == "^" {
		if strings.TrimSpace(left) == "" || strings.HasSuffix(left, ": ") {
			return 0
		}
		return -1
	}
	star := strings.IndexByte(before, '*')
	if star < 0 {
		if hasFoldSuffix(left, before) {
			return len(before)
		}
		return -1
	}
	head, tail := before[:star], before[star+1:]
	if !hasFoldSuffix(left, tail) {
		return -1
	}
	j := len(left) - len(tail)
	k := j
	for k > 0 && !globStop(left[k-1]) {
		k--
	}
	p := k // where the head starts: at the run, or at the delimiter before it
	switch {
	case head != "" && globStop(head[len(head)-1]):
		p = k - len(head) // words, then the run: "[AWS " before a service's name
		if p < 0 || j == k || !lowerHasPrefix(left[p:k], head) {
			return -1
		}
		return len(left) - p
	case head != "" && globStop(head[0]):
		p = k - 1
	}
	if p < 0 || j-p <= len(head) || !lowerHasPrefix(left[p:j], head) {
		return -1
	}
	return len(left) - p
}

// globStop reports the bytes a '*' of statusForm.before does not run over.
func globStop(c byte) bool { return c == ' ' || c == '"' || c == '\'' || c == '\n' }

// formPrinted is the anchor form of a statusForm: evidence quotes the library's words
// around the number as the paste has them.
const formPrinted = formParen + 1

// Weak labels are words too common before a number to make it a status alone ("error 404
// pages", "failed with 500 tokens", "response 200 bytes"): the number is one only where
// what follows it closes the clause as a status does. The idioms are users' own prints of
// a failed call, in every runtime: "Error 429 from API:", "Request failed: 429",
// "failed with 429: {...}", "API request failed with code 429", OkHttp's recipe
// "Unexpected code " + code, "bad response: 502", and an error whose whole message is the
// status (`throw new Error(res.status)`, `raise Exception(r.status_code)`: "Error: 429"),
// and a log's "received 429 from <host>" or "the server responded 503".
var weakLabels = []string{"error", "returned", "rejected", "failed", "with", "code", "response", "exception", "received", "responded"}

// isWeakLabel reports whether lab is one of weakLabels.
func isWeakLabel(lab string) bool {
	for _, w := range weakLabels {
		if lab == w {
			return true
		}
	}
	return false
}

// weakLabelHolds reports whether the number after a weak label is a status: its reason
// phrase after it (phrase), ':' or "):", Go genai's ", Message:", " from " (the API it came
// from), or, for an error status, the end of its line ("API returned 429"). "Error" and
// "Exception" need a colon between them and a number that ends the line ("Error: 429"):
// "Error 404" alone is a page's title as often as a status.
func weakLabelHolds(lab, right string, code int, phrase, colon bool) bool {
	switch {
	case lab == "exception" && !colon:
		return false
	case phrase, strings.HasPrefix(right, ":"), strings.HasPrefix(right, "):"),
		lowerHasPrefix(right, ", message:"), lab != "rejected" && lowerHasPrefix(right, " from "):
		return true
	case (lab == "error" || lab == "returned" || lab == "failed") && code >= 400 && len(right) > 3 &&
		strings.HasPrefix(right, " - ") && (isLetter(right[3]) || right[3] == '{'):
		return true // "Error 429 - Rate limit reached", "returned 400 - {...}": a dash before the message
	case (lab == "error" || lab == "returned" || lab == "failed") && code >= 400 && quotedMessageAfter(right):
		return true // `Error 429 "Resource has been exhausted"`: the message quoted after its status
	}
	// The end of its line, or of a quoted message that ends there (`"Chat upstream
	// returned 429"`: a JSON string or a repr holding the whole message).
	lineEnd := code >= 400 && strings.TrimRight(right, `. "'`) == ""
	if lab == "error" || lab == "exception" {
		return lineEnd && colon
	}
	return lineEnd && lab != "rejected"
}

// quotedMessageAfter reports whether right, the text after a status, opens a quoted message:
// one space, a quote (straight or curly) and a letter, as a status is printed beside its
// message's quoted string (Go's %d %q, Python's {status} "{message}"). A page's title
// ("Error 404") ends there, and a count ("error 500 times") goes on in words, unquoted.
func quotedMessageAfter(right string) bool {
	rest, ok := strings.CutPrefix(right, " ")
	if !ok {
		return false
	}
	for _, q := range [...]string{"\"", "'", "\u201c"} {
		if m, ok := strings.CutPrefix(rest, q); ok {
			return m != "" && isLetter(m[0])
		}
	}
	return false
}
