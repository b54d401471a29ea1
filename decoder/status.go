package decoder

import (
	"strings"
	"unicode/utf8"
)

// Status numbers are read only from anchored places: a status line, "Error code: 429",
// "status_code=429", "HTTP 429", "[429 Too Many Requests]", a status field, a number that
// opens an SDK message ("429 You exceeded ..."). A bare number elsewhere ("retry in
// 18.403s", "line 553") is never a status.

// Strength of each kind of anchor; the strongest seen wins, later ones break ties.
const (
	anchorClass      = 2  // implied by an exception class (litellm.RateLimitError)
	anchorStream     = 3  // an error inside a stream: the response was a 200
	anchorEnum       = 4  // .NET HttpStatusCode name: "response TooManyRequests"
	anchorLead       = 5  // number opening an SDK message: "Error: 422 status code"
	anchorPhrase     = 6  // number followed by its reason phrase: "404 Not Found"
	anchorLabel      = 7  // "HTTP 400", "API error 402", "status code 429"
	anchorField      = 8  // status / statusCode / code field of a parsed object
	anchorErrorCode  = 9  // Python SDKs: "Error code: 429 - {...}"
	anchorStatusLine = 10 // "HTTP/1.1 429 Too Many Requests"
)

type statusSeen struct {
	code     int
	strength int
	pos      int
	what     string // for evidence
}

var reasonPhrases = map[int]string{
	200: "OK", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required",
	403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
	407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict",
	410: "Gone", 411: "Length Required", 412: "Precondition Failed",
	413: "Payload Too Large", 415: "Unsupported Media Type",
	418: "I'm a teapot", // Go's net/http StatusTeapot text (RFC 9110 15.5.19); Binance bans an IP with it
	422: "Unprocessable Entity", 424: "Failed Dependency", 425: "Too Early",
	429: "Too Many Requests", 451: "Unavailable For Legal Reasons",
	500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
	503: "Service Unavailable", 504: "Gateway Timeout", 529: "Site Overloaded",
}

// reasonAliasList holds other wordings of reason phrases seen in the wild, as a list, which
// phraseAfter ranges over for every number it reads: cheaper than a map (in WebAssembly
// above all), and data, where a map literal was built in the package's init. No two
// aliases of a code start alike, so their order does not matter.
var reasonAliasList = []reasonAlias{
	{"request entity too large", 413}, {"content too large", 413}, {"gateway time-out", 504},
	{"unprocessable content", 422}, {"request time-out", 408}, {"overloaded", 529},
	{"page not found", 404}, // Go net/http's NotFound body, "404 page not found" (its mux, gin, echo)
}

type reasonAlias struct {
	text string
	code int
}

// .NET HttpStatusCode names, as printed by HttpClient wrappers.
var dotnetStatus = []struct {
	name string
	code int
}{
	{"BadRequest", 400}, {"Unauthorized", 401}, {"PaymentRequired", 402}, {"Forbidden", 403},
	{"NotFound", 404}, {"RequestTimeout", 408}, {"Conflict", 409}, {"RequestEntityTooLarge", 413},
	{"UnprocessableEntity", 422}, {"UnprocessableContent", 422}, {"TooManyRequests", 429},
	{"InternalServerError", 500}, {"BadGateway", 502}, {"ServiceUnavailable", 503},
	{"GatewayTimeout", 504},
}

// Words that, just before a number, make it a status ("HTTP 400", "API error 402:").
var statusLabels = []string{
	"http status code", "status code",
	"http status error", // Dart's dio: "DioError [DioErrorType.RESPONSE]: Http status error [400]"
	"httperror",         // google-api-python-client: "<HttpError 403 when requesting https://...>"
	"server error", "client error", "statuscode", "status_code", "http status", "httpstatus",
	"api error", "http error", "error code", "returned http", "http", "status", "response code",
	"response status", "error response", "returned error", "returned an error", "with a status of", "error", "returned", "rejected", "->", "状态码",
	"<response", "<apiresponse", // Python requests' and openai-python's reprs: "<Response [429]>"
	"got",            // "expected 200, got 429", "got 429 from the API": only an error status (gotStatus)
	"failed",         // a client's print of a failed call: "Request failed (429): {...}", "validation failed (400):"
	"status code of", // Dart's dio: "the response has a status code of 503 and RequestOptions.validateStatus ..."
	// .NET's EnsureSuccessStatusCode: "Response status code does not indicate success: 429 (Too Many Requests)."
	"does not indicate success",
	"unacceptablestatuscode(code", // Swift's Alamofire: ".unacceptableStatusCode(code: 429)"
	"httpresponsecode",            // Swift's GoogleGenerativeAI RPCError(httpResponseCode: 429, ...)
	// openai-python 0.x's APIError for a body it could not read: "Invalid response object from
	// API: '{...}' (HTTP response code was 400)" (openai/api_requestor.py, v0.28).
	"http response code was",
	// OkHttp's Response.toString(), one per Protocol: "Response{protocol=h2, code=429, message=, url=...}"
	"protocol=h2, code", "protocol=http/1.1, code", "protocol=http/1.0, code", "protocol=h2_prior_knowledge, code", "protocol=quic, code",
	"with", "code", "response", "exception", // weak: only as weakLabelHolds allows ("failed with 429:", "Unexpected code 429")
	"received", "responded", // weak: "received 429 from the API", "the server responded 503"
	"status is", "status was", // "response status is 429", "the last status was 503"
}

// labelsEndingIn holds statusLabels by their last byte, each list in statusLabels' order
// (the first that fits wins): a number's window is tried against a few, not all.
var labelsEndingIn = func() (by [256][]string) {
	for _, lab := range statusLabels {
		c := lab[len(lab)-1]
		by[c] = append(by[c], lab)
	}
	return by
}()

// scanStatuses finds anchored status numbers in text. Their what is left empty:
// statusWords writes it for the one chosen.
func scanStatuses(text string, add func(statusSeen)) {
	for i := 0; i < len(text); i++ {
		if i+8 <= len(text) {
			m := lowDigit8(word8(text, i))
			if m == 0 {
				i += 7 // no status can start in these eight bytes
				continue
			}
			i += firstFlagged(m)
		}
		if !isDigit(text[i]) {
			continue
		}
		if s, ok := statusAt(text, i); ok {
			add(s)
		}
		// No status starts inside a run of digits (one never follows a digit): the rest of
		// this run ("30000", a traceback's line number) is passed over.
		for i+1 < len(text) && isDigit(text[i+1]) {
			i++
		}
	}
}

// statusAt reads the anchored status number that starts at text[i], if one does.
func statusAt(text string, i int) (statusSeen, bool) {
	c := text[i]
	if c < '1' || c > '5' || i+3 > len(text) {
		return statusSeen{}, false
	}
	if !isDigit(text[i+1]) || !isDigit(text[i+2]) {
		return statusSeen{}, false
	}
	// A whole 3-digit token: not part of a longer number, decimal or word.
	if i > 0 && (isDigit(text[i-1]) || text[i-1] == '.' || text[i-1] == ',' || isLetter(text[i-1]) || text[i-1] == '_' || text[i-1] == '-' || text[i-1] == '/' && !afterStatusSlash(text, i) || text[i-1] == '#') {
		return statusSeen{}, false
	}
	end := i + 3
	if end < len(text) && (isDigit(text[end]) || isLetter(text[end]) || text[end] == '_' || (text[end] == '.' && end+1 < len(text) && isDigit(text[end+1]))) {
		return statusSeen{}, false
	}
	code := int(c-'0')*100 + int(text[i+1]-'0')*10 + int(text[i+2]-'0')
	if code < 200 || code > 599 {
		return statusSeen{}, false
	}
	s, _, ok := anchor(text, i, end, code)
	return s, ok
}

// lowDigit8 flags (as digit8) the eight bytes in w (word8) that may be a digit 0 to 5 (the
// first digit of a status is 2 to 5): xor with '0' turns exactly those bytes into 0 to 5,
// and subtracting 6 from every byte sets the top bit, clear before, of those below 6.
func lowDigit8(w uint64) uint64 {
	t := w ^ '0'*ones8
	return (t - 6*ones8) &^ t & highs8
}

// anchorAt reads the anchor of the status number at text[i:end], with the words evidence
// shows for it.
func anchorAt(text string, i, end, code int) (statusSeen, bool) {
	st, w, ok := anchor(text, i, end, code)
	if ok {
		st.what = w.describe(text[i:end])
	}
	return st, ok
}

// anchorWords is what evidence quotes around an anchored status number; only anchorAt
// writes the sentence, so scanning (scanStatuses) allocates nothing.
type anchorWords struct {
	form          anchorForm
	before, after string // the paste's text before and after the number
}

type anchorForm uint8

const (
	formStatusLine anchorForm = iota // the status line "HTTP/1.1 429 Too Many Requests"
	formBefore                       // "Error code: 429": a label before the number
	formAfter                        // "404 Not Found": a reason phrase after it
	formLead                         // "429 You exceeded ...": the number opens a message
	formParen                        // "Forbidden (403)": the reason phrase before it
)

func (w anchorWords) describe(num string) string {
	switch w.form {
	case formStatusLine:
		return "the status line \"" + strings.TrimSpace(w.before+" "+num+w.after) + "\""
	case formBefore:
		return "\"" + strings.TrimSpace(w.before) + " " + num + "\""
	case formAfter:
		return "\"" + num + " " + w.after + "\""
	case formParen:
		return "\"" + num + " (" + w.before + ")\""
	case formPrinted: // statusforms.go
		return "\"" + strings.TrimLeft(w.before, " ") + num + w.after + "\""
	}
	return "\"" + strings.TrimSpace(num+w.after) + "\""
}

// anchor decides whether the status number at text[i:end] is anchored, and how strongly,
// from the rest of its line up to 40 bytes either side: a label before it, else a reason
// phrase after it, else its place at the start of a message.
func anchor(text string, i, end, code int) (statusSeen, anchorWords, bool) {
	// 40 bytes each side, cut where characters start: evidence quotes these words.
	lo, hi := max(0, i-40), min(len(text), end+40)
	for lo < i && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi > end && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	left := text[lo:i]
	left = left[strings.LastIndexByte(left, '\n')+1:]
	right := text[end:hi]
	if j := strings.IndexByte(right, '\n'); j >= 0 {
		right = right[:j]
	}
	// A library's print of a response object, or of a server's own answer (statusforms.go).
	strength, w := formAnchor(text, i, end, code, false)
	if strength < 0 {
		return statusSeen{}, w, false // the status a server program answers with itself
	}
	if strength == 0 {
		strength, w = labelBefore(left, right, code)
	}
	if strength == 0 {
		if ph := phraseAfter(right, code); ph != "" {
			strength, w = anchorPhrase, anchorWords{form: formAfter, after: ph}
		} else if ph := phraseBefore(left, right, code); ph != "" {
			strength, w = anchorPhrase, anchorWords{form: formParen, before: ph}
		} else if strength, w = formAnchor(text, i, end, code, true); strength == 0 && enclosedLabel(left, right, code) {
			// (formAnchor: a client library's own words around the number, statusforms.go)
			strength, w = anchorLead, anchorWords{form: formPrinted, before: lastWord(left), after: right[:1]}
		} else if strength == 0 && code >= 400 && endsFailure(left, right) {
			strength, w = anchorLead, anchorWords{form: formPrinted, before: lastWord(left)}
		} else if strength == 0 && leadsMessage(left, right, code) {
			strength, w = anchorLead, anchorWords{form: formLead, after: right}
		}
	}
	if strength == 0 {
		return statusSeen{}, w, false
	}
	return statusSeen{code: code, pos: i, strength: strength}, w, true
}

// labelBefore reads what precedes the number on its line: a status line ("HTTP/1.1 429"), an
// "HTTP 429" label, Python SDKs' "Error code:", or another label ("status code", "->");
// 0 when none anchors it.
func labelBefore(left, right string, code int) (int, anchorWords) {
	// Status line: "HTTP/1.1 429 Too Many Requests", "< HTTP/2 429".
	lt := strings.TrimRight(left, " ")
	if k := pseudoStatus(lt); k >= 0 {
		return anchorStatusLine, anchorWords{form: formPrinted, before: left[k:]}
	}
	if k := lastHTTP(lt); k >= 0 && oneField(lt[k:]) {
		if strings.TrimLeft(lt[:k], "< ") == "" {
			return anchorStatusLine, anchorWords{form: formStatusLine, before: lt[k:], after: right}
		}
		return anchorLabel, anchorWords{form: formBefore, before: lt[k:]}
	}
	// Only ':' lower-cases to ':', so a line not ending in one is not "error code:".
	if strings.HasSuffix(lt, ":") && hasLowerSuffix(lt, "error code:") {
		return anchorErrorCode, anchorWords{form: formBefore, before: "Error code:"}
	}
	// A code field of a body cut short or escaped inside a string, which the object
	// parser could not read: {"error": {"code": 429, "message": "... (cut), \"code\": 429.
	if codeFieldBefore(lt) && code >= 400 {
		return anchorCutField, anchorWords{form: formBefore, before: "the body's code:"}
	}
	// A comparison in source code ("if (status === 401) {", "status_code >= 500") tests a
	// status, it does not report one: a stack trace's code frame prints such lines.
	if comparedTo(lt) {
		return 0, anchorWords{}
	}
	ll := trimLabelEnd(strings.TrimSuffix(strings.TrimRight(left, " "), "：")) // "状态码：429"
	if !isASCII(ll) {
		ll = strings.ToLower(ll) // else compared ignoring ASCII case, as lower-cased
	}
	var labels []string // only those ending in ll's last byte can match
	if ll != "" {
		labels = labelsEndingIn[lower(ll[len(ll)-1])]
	}
	for _, lab := range labels {
		if !hasFoldSuffix(ll, lab) {
			continue
		}
		if len(ll) > len(lab) && joinsLabel(ll, len(ll)-len(lab)-1) {
			if wholeMessage(lab, lt, right, code) {
				return anchorLabel, anchorWords{form: formPrinted, before: lastWord(left)}
			}
			continue
		}
		// "error 404" ("returned 404", "rejected (400)", llama.cpp's "GET failed (429):") alone is too common: only before
		// ':' or a reason phrase. Go's google.golang.org/genai: "Error 429, Message: ...,
		// Status: RESOURCE_EXHAUSTED".
		if isWeakLabel(lab) && !weakLabelHolds(lab, right, code, phraseAfter(right, code) != "", strings.HasSuffix(lt, ":")) { // statusforms.go
			break
		}
		if lab == "got" && !gotStatus(right, code) {
			break
		}
		// "POST /v1/chat -> 429" in a log, not IPython's "--> 358" line marker.
		if lab == "->" && (code < 400 || strings.HasSuffix(ll, "-->")) {
			break
		}
		return anchorLabel, anchorWords{form: formBefore, before: left[max(0, len(left)-len(lab)-3):]}
	}
	return 0, anchorWords{}
}

// pseudoStatus reports where HTTP/2's and HTTP/3's status pseudo-header ends lt, the text
// before a number, as clients and proxies print a response's headers (":status: 429",
// "[:status=200, content-type=...]", `":status": 503`); -1 when it does not. It is the
// response's status as a status line is (RFC 9113 section 8.3.2, RFC 9114 section 4.3.2).
func pseudoStatus(lt string) int {
	for _, sep := range [...]string{":status=", ":status:", `":status":`, `:status":`} {
		if !hasFoldSuffix(lt, sep) {
			continue
		}
		k := len(lt) - len(sep)
		if k > 0 && (isLetter(lt[k-1]) || isDigit(lt[k-1]) || lt[k-1] == '_') {
			return -1 // a word's ":status" ("http:status", "x_status"), no pseudo-header
		}
		return k
	}
	return -1
}

// joinsLabel reports whether the byte at s[p], just before a label, makes the label part of
// a longer word ("substatus code"): a letter does, but not the letter of an escape, which a
// log that quoted the message once or twice left before it (AWS SDK for Go's
// "\n\tstatus code: 400" as `\tstatus code: 400` or `\\tstatus code: 400`).
func joinsLabel(s string, p int) bool {
	if !isLetter(s[p]) {
		return false
	}
	escape := s[p] == 'n' || s[p] == 't' || s[p] == 'r'
	return !escape || p == 0 || s[p-1] != '\\'
}

// leadsMessage: a number opening a message: "Error: 422 status code (no body)", "429 You
// exceeded", `429 "Your team ...`, "Error: 400 {...}". Only errors, only at a message start.
func leadsMessage(left, right string, code int) bool {
	if code >= 400 && code <= 599 && strings.HasPrefix(right, " status code (no body)") {
		// The Stainless SDKs' (openai-node, anthropic-sdk-typescript) bodyless APIError
		// message: its number is the response's status wherever a printer puts it (Copilot
		// CLI's "Execution failed: 499 499 status code (no body)"), a non-standard one too.
		return true
	}
	if _, known := reasonPhrases[code]; code < 400 || !known {
		return false
	}
	if opensMessage(left, right) { // the forms leadstatus.go reads
		return true
	}
	if strings.HasPrefix(right, " (no body)") {
		return true // "404 (no body)": openai-node's bodyless error with "status code" cut out
	}
	if strings.HasSuffix(left, ": ") && len(right) > 2 && right[0] == ':' && right[1] == ' ' && isLetter(right[2]) {
		return true // python-gitlab's "GitlabHttpError: 403: insufficient_scope", the status then its message
	}
	if strings.HasPrefix(right, " : ") && len(right) > 3 && isLetter(right[3]) && !hasAlnum(left) {
		return true // a console's "429 : You are being rate limited", the number opening its line
	}
	lt := strings.TrimRight(left, " ")
	if strings.HasSuffix(lt, "[") && bracketedType(right) {
		return true // go-gpt3's "[400:invalid_request_error] message" (APIError.Error)
	}
	if colonOpens(left, right) {
		return true // "429: Too many requests", the status heading its message
	}
	atStart := lt == "" || strings.HasSuffix(left, ": ") || strings.HasSuffix(lt, "[") || afterCodeLabel(left)
	if !atStart || len(right) <= 1 || right[0] != ' ' {
		return false
	}
	r := right[1]
	if r == ' ' {
		// A body that opens after more than one space ("Error from OpenAI: 401  {", a
		// template's `${status} ${body}` where the body text starts with its own blank):
		// only a JSON object or list, which no prose number runs into.
		b := strings.TrimLeft(right, " ")
		return b != "" && (b[0] == '{' || b[0] == '[')
	}
	// '<': an HTML page openai-node prints as the message of a response it could not parse;
	// '[': a message that is a list (openai-node's "400 [{'loc': ...}]", a validator's).
	return r == '{' || r == '"' || r == '\'' || r == '<' || r == '[' || isLetter(r)
}

// bracketedType reports whether right, after a status number, closes "[NNN:type]" with an
// error type (":invalid_request_error] ..."), as go-gpt3 and its forks print an APIError.
func bracketedType(right string) bool {
	if len(right) < 3 || right[0] != ':' {
		return false
	}
	k := strings.IndexByte(right, ']')
	if k < 2 {
		return false
	}
	for i := 1; i < k; i++ {
		if !isWordByte(right[i]) {
			return false
		}
	}
	return true
}

// comparedTo reports whether lt, the text before a number, ends in a comparison operator
// of code (==, ===, !=, <=, >=): the number is what a status is compared to.
func comparedTo(lt string) bool {
	n := len(lt)
	return n >= 2 && lt[n-1] == '=' && (lt[n-2] == '=' || lt[n-2] == '!' || lt[n-2] == '<' || lt[n-2] == '>')
}

// lastHTTP is strings.LastIndex(s, "HTTP/"), answering -1 at once for the many windows
// without a slash.
func lastHTTP(s string) int {
	if strings.IndexByte(s, '/') < 0 {
		return -1
	}
	return strings.LastIndex(s, "HTTP/")
}

// trimLabelEnd is strings.TrimRight(s, " :=\t'\"`[(*") without building the cutset's
// table on every call (it runs for every 3-digit number in the paste).
func trimLabelEnd(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', ':', '=', '\t', '\'', '"', '`', '[', '(', '*':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// phraseAfter returns the reason phrase for code at the start of s, if it is there.
func phraseAfter(s string, code int) string {
	// .NET's "429 (Too Many Requests)", and WebException's "(429) Too Many Requests"
	for len(s) > 0 && (s[0] == ' ' || s[0] == '-' || s[0] == ':' || s[0] == '(' || s[0] == ')') {
		s = s[1:]
	}
	// Python requests' HTTPError: "429 Client Error: Too Many Requests for url: ...".
	if c := strings.TrimPrefix(strings.TrimPrefix(s, "Client Error: "), "Server Error: "); len(c) < len(s) {
		s = c
	}
	if p, ok := reasonPhrases[code]; ok && len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
		return s[:len(p)]
	}
	for _, a := range reasonAliasList {
		if a.code == code && len(s) >= len(a.text) && strings.EqualFold(s[:len(a.text)], a.text) {
			return s[:len(a.text)]
		}
	}
	return ""
}

// The .NET names as markers, in their exact case. Their order does not matter: of equal
// anchors, the later in the text wins wherever it is read.
var dotnetMarkers = func() []dotnetMarker {
	ms := make([]dotnetMarker, len(dotnetStatus))
	for i, d := range dotnetStatus {
		ms[i] = dotnetMarker{mark(d.name), d.name, d.code}
	}
	return ms
}()

var dotnetSet = dotnetMarkerSet()

// dotnetMarkerSet builds dotnetSet (not inlined into the package's init, as wordByteTable).
//
//go:noinline
func dotnetMarkerSet() markerSet {
	ids := make([]int, len(dotnetMarkers))
	for i, dm := range dotnetMarkers {
		ids[i] = dm.id
	}
	return setOf(ids)
}

type dotnetMarker struct {
	id   int
	name string
	code int
}

// statusWords fills in what for a status found by scanStatuses, as anchorAt words it.
func statusWords(text string, st statusSeen) statusSeen {
	if st.what == "" {
		if worded, ok := anchorAt(text, st.pos, st.pos+3, st.code); ok {
			st.what = worded.what
		}
	}
	return st
}

// statusFromNumber accepts a parsed field as a status when it is an HTTP error status.
func statusFromNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 3 {
		if n, ok := atoi(s[:3]); ok && (len(s) == 3 || s[3] == ' ') && n >= 200 && n <= 599 {
			return n, true
		}
	}
	return 0, false
}

// anchorCutField is a cut body's code field ("code": 429 where the parser could not read
// the body): below a message's lead, so a log's pretty-printed body lines are no attempts
// of their own.
const anchorCutField = anchorEnum

// codeFieldBefore reports whether lt, the text before a number with trailing spaces cut,
// ends with a quoted "code" key: "code":, \"code\":, 'code':.
func codeFieldBefore(lt string) bool {
	if !strings.HasSuffix(lt, ":") {
		return false
	}
	k := strings.TrimRight(lt[:len(lt)-1], " ")
	return strings.HasSuffix(k, `"code"`) || strings.HasSuffix(k, `'code'`) || strings.HasSuffix(k, `\"code\"`)
}

// hasAlnum reports whether s holds an ASCII letter or digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) || isDigit(s[i]) {
			return true
		}
	}
	return false
}

// gotStatus reports whether "got N" names a response's status: an error status, ending the
// clause or followed by ':', ',', ')', " from" or its reason phrase; not "got 500 rows".
func gotStatus(right string, code int) bool {
	if code < 400 {
		return false
	}
	r := strings.TrimRight(right, ". ")
	return r == "" || r[0] == ':' || r[0] == ',' || r[0] == ')' || strings.HasPrefix(r, " from") || phraseAfter(right, code) != ""
}

// enclosedLabel reports an error status alone in brackets or parentheses after a word,
// closing a message's label or its sentence: "Error [429]: Rate limit reached", "Request
// failed (429): {...}", "Rate limit exceeded (429).", as clients and apps print
// `${label} (${res.status}): ${body}` or `${message} (${status}).` (the Vercel CLI's
// APIError form without a line end, statusforms.go). A number so enclosed after a word and
// before ':' names what the word names, so only the error statuses reasonPhrases knows
// pass: a count there ("files (500):") is rare in an error's message.
func enclosedLabel(left, right string, code int) bool {
	if _, known := reasonPhrases[code]; code < 400 || !known {
		return false
	}
	lt := strings.TrimRight(left, " ")
	if len(lt) < 2 || len(right) < 2 {
		return false
	}
	open, close := lt[len(lt)-1], right[0]
	if !(open == '[' && close == ']' || open == '(' && close == ')') {
		return false
	}
	before := strings.TrimRight(lt[:len(lt)-1], " ")
	if before == "" || !isLetter(before[len(before)-1]) {
		return false // "[429] ..." at a message start is opensMessage's
	}
	rest := right[1:]
	switch {
	case strings.HasPrefix(rest, ": "):
		return len(rest) > 2 && (isLetter(rest[2]) || rest[2] == '{' || rest[2] == '"' || rest[2] == '\'' || rest[2] == '[' || rest[2] >= 0x80)
	case close == ')':
		return clauseEnds(rest)
	}
	return false
}

// clauseEnds reports whether rest, after a parenthesised status, ends its clause: the line's
// end, or a period, comma or semicolon, or a separator a tool prints between a notice and its
// advice (Claude Code's "Request rejected (429) · Please try again later", a dash, a bar).
func clauseEnds(rest string) bool {
	rest = strings.TrimRight(rest, " \r")
	if rest == "" || rest == "." {
		return true
	}
	for _, sep := range [...]string{". ", ", ", "; ", " · ", " - ", " | "} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// colonOpens reports an error status that heads its message at a line's start, then ': '
// and the message: "429: Too many requests", `503: {"error": ...}`, as a client prints
// `${status}: ${message}` (python-gitlab's "403: insufficient_scope" after its class is the
// same form, leadsMessage). A source listing's "429:  return x" has no letter after one space.
func colonOpens(left, right string) bool {
	if strings.TrimLeft(left, " \t") != "" || len(right) < 3 || right[0] != ':' || right[1] != ' ' {
		return false
	}
	r := right[2]
	return isLetter(r) || r == '{' || r == '"' || r == '\''
}

// wholeMessage reports an exception whose whole message is an error status, its class's
// name ending in "Error" or "Exception" ("HTTPStatusError: 429", "ApiException: 503"): code
// that raises an error with the response's status alone (`throw new HttpError(res.status)`,
// `raise APIStatusError(r.status_code)`) prints the class, ": " and the number, and nothing
// after it. "Error: 429" alone is weakLabelHolds'.
func wholeMessage(lab, lt, right string, code int) bool {
	return (lab == "error" || lab == "exception") && code >= 400 && strings.HasSuffix(lt, ":") &&
		strings.TrimRight(right, ". ") == ""
}

// lastWord is the last word of left with what follows it ("HTTPStatusError: " of
// "raise HTTPStatusError: "), which evidence quotes before a number.
func lastWord(left string) string {
	i := len(strings.TrimRight(left, " :[("))
	for i > 0 && !globStop(left[i-1]) && left[i-1] != '\t' && left[i-1] != '`' {
		i--
	}
	return left[i:]
}

// endsFailure reports a status alone at the end of a failure's message, after ": ":
// "Failed to fetch models: 429", "Error while calling the API: 503", as code prints
// `${what} failed: ${res.status}` or f"Error calling {url}: {r.status_code}". The line
// must say it failed (an error word before the number), so "Retries left: 429" is none.
func endsFailure(left, right string) bool {
	if !strings.HasSuffix(left, ": ") || strings.TrimRight(right, " .\r") != "" {
		return false
	}
	for _, w := range [...]string{"error", "fail", "exception", "unable to", "could not", "couldn't", "cannot", "denied", "refused", "rejected"} {
		if indexFold(left, w) >= 0 {
			return true
		}
	}
	return false
}

// busyStatus reports a status APIs send an overload with: OpenAI's "That model is currently
// overloaded" came as a 429 and now as a 503, Moonshot's "engine is currently overloaded"
// is a 429, Anthropic's overloaded_error a 529.
func busyStatus(code int) bool {
	return code == 429 || code == 503 || code == 529
}

// busyAlike reports whether en is a provider's overload that it words alike under each
// busy status (429, 503, 529: match.go scores them alike, sentWith lets either be the
// other), and code is another of them: then the class the provider's own SDK raised for
// the response's status (sdkclassstatus.go, ownClassStatus) tells which one this response
// had. openai-python 0.x raised RateLimitError for 429 only, and
// OpenAI's "That model is currently overloaded with other requests" came as 429 as well
// as 503 (from: openai-python v0.28.1 openai/api_requestor.py, handle_error_response). A
// wrapper's class is no such proof: LiteLLM picks its classes from the message's words
// too (litellm/litellm_core_utils/exception_mapping_utils.py).
func busyAlike(en *Entry, code int) bool {
	return en.Category == Overloaded && busyStatus(en.Status) && busyStatus(code)
}

// afterStatusSlash reports whether the number at text[i], after a '/', follows DashScope's
// ":HTTP_STATUS/" (statusforms.go), the one form whose status comes after a slash: a path's
// or a version's number ("/v1/429", "HTTP/1.1") stays no status.
func afterStatusSlash(text string, i int) bool {
	const label = "HTTP_STATUS/"
	return i >= len(label) && strings.EqualFold(text[i-len(label):i], label)
}
