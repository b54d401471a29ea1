package decoder

import (
	"testing"
)

// Issue 13, the status field: how statuses appear in text, each input written as the library
// or server named prints it (not copied from the corpus). Each case failed before the rules
// it names (status.go, statusforms.go, reasonbody.go, statusof.go, batchrecords.go and the
// catalogs' status_worded).
func TestStatusPrintFamilies(t *testing.T) {
	cases := []statusSaysCase{
		// A status text heading a plain-text message (reasonbody.go, detailAfter).
		// from: werkzeug, src/werkzeug/exceptions.py (BadRequest.description), as an app logs
		// f"{e.name}: {e.description}"
		{"werkzeug's name and description",
			"Bad Request: The browser (or proxy) sent a request that this server could not understand.",
			400, `"Bad Request" heading its message`},
		// from: Go net/http, http.Error(w, http.StatusText(http.StatusUnauthorized)+": "+msg, 401)
		{"net/http's status text and a message", "Unauthorized: invalid api key", 401, `"Unauthorized" heading its message`},
		// from: fetch wrappers' `${res.statusText}: ${await res.text()}` with a plain-text body
		{"statusText and a plain-text body", "Service Unavailable: upstream is restarting", 503, `"Service Unavailable" heading its message`},
		// A status text of its own before another server's documented failure: they disagree.
		{"a client error's text before Envoy's upstream reset",
			"Forbidden: upstream connect error or disconnect/reset before headers. reset reason: connection termination", 0, ""},
		// TDLib's MTProto code before the phrase stays no status (statusforms.go's TDLib row).
		// from: TDLib, tdutils/td/utils/Status.h (Status::print)
		{"TDLib's code before its phrase", "[Error : 429 : Too Many Requests: retry after 291]", 0, ""},

		// The status heading its message at a line's start, then ": ".
		// from: a client's `${res.status}: ${body.error.message}`, as python-gitlab prints
		// "403: insufficient_scope" after its class (gitlab/exceptions.py, GitlabError.__str__)
		{"status then colon at a line's start", "429: Rate limit reached for requests", 429, "429: Rate limit"},
		{"a source listing's line number is no status", "429:     return client.chat(messages)", 0, ""},

		// The status alone in brackets or parentheses after a word, before ':' or a sentence's end.
		// from: the Vercel CLI's APIError `${message} (${status})`, continued by a sentence
		// (packages/cli/src/util/errors-ts.ts)
		{"(status) ending a sentence", "Rate limit exceeded (429). Please try again in 60 seconds.", 429, "exceeded (429)"},
		{"a label's (status) before the body", `Completion request (429): {"error":{"message":"Rate limit reached"}}`, 429, "request (429)"},
		{"a label's [status] before the message", "Error [503]: The model is overloaded", 503, "Error [503]"},
		{"a number in parentheses that no status knows", "Too many parts (999): split the upload", 0, ""},

		// An exception whose whole message is the status.
		// from: code that raises `HTTPStatusError(response.status_code)` or throws
		// `new ResponseError(res.status)`: the class, ": ", the number
		{"class: status", "HTTPStatusError: 429", 429, "HTTPStatusError: 429"},
		{"class: a success's number is no error's status", "UnexpectedStatusError: 200", 0, ""},
		// .NET's WebException: "The remote server returned an error: (429) Too Many Requests."
		// from: dotnet/runtime, System.Net.Requests/src/Resources/Strings.resx (net_servererror)
		{".NET WebException alone", "(429) Too Many Requests.", 429, "429 Too Many Requests"},

		// Weak labels: the number after "received", "responded", and "Error N - message".
		{"received N from", "received 429 from api.openai.com, backing off", 429, "received 429"},
		{"responded N at the line's end", "the upstream server responded 503", 503, "responded 503"},
		{"received N things is no status", "received 400 tokens in the last chunk", 0, ""},
		{"Error N - message", "Error 429 - Rate limit reached for gpt-4o", 429, "Error 429"},

		// A parenthesised status before a tool's separator.
		// from: Claude Code's error reference, "API Error: Request rejected (429) · ..."
		// (https://docs.anthropic.com/en/docs/claude-code/troubleshooting)
		{"Claude Code's rejected (429) · advice", "⎿  API Error: Request rejected (429) · Please try again later", 429, "rejected (429)"},
		{"a count in parentheses before a separator", "Uploaded parts (999) · done", 0, ""},
		// A failure's message ending in its status.
		// from: code that prints `${what} failed: ${res.status}` or f"Error calling {url}: {r.status_code}"
		{"failure: status", "RuntimeError: Failed to fetch models: 503", 503, "models: 503"},
		{"a count after a colon on a line that names no failure", "Retries left: 429", 0, ""},
		{"status is N", "the response status is 429", 429, "status is 429"},
		// A failed Responses API object came inside a 200: the status its message is documented
		// with (insufficient_quota's 429) was not this response's.
		// from: https://platform.openai.com/docs/guides/background (a polled response's status
		// "failed" and its error)
		{"a background response that failed",
			`{"id": "resp_123", "object": "response", "status": "failed", "error": {"code": "insufficient_quota", "message": "You exceeded your current quota, please check your plan and billing details."}}`,
			0, ""},

		// A provider's message its error table documents with one status (status_worded).
		// from: https://api-docs.deepseek.com/quick_start/error_codes ("429 - Rate Limit Reached")
		{"DeepSeek's documented 429 message", `DeepSeek API error: {"error":{"message":"Rate Limit Reached","type":"rate_limit_reached"}} (api.deepseek.com)`, 429, "DeepSeek documents this message"},
		// from: https://docs.cohere.com/reference/errors (429's example messages)
		{"Cohere's documented 429 message", "Cohere API error: You are past the per minute request limit, please wait and try again later.", 429, "Cohere documents this message"},
		// from: https://console.groq.com/docs/errors ("498 Custom: Flex Tier Capacity Exceeded")
		{"Groq's documented 498", "Groq: Flex Tier Capacity Exceeded", 498, "Groq documents this message"},
	}
	checkStatusSays(t, cases)
}
