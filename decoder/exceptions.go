package decoder

import "strings"

// exception is one exception class printed in the paste: a Python "module.Class: message"
// line, a JS "Error: message" or "APICallError [AI_APICallError]: ...", a .NET
// "System.X: ..." or a PHP "Uncaught RuntimeException: ...".
type exception struct {
	module  string // "cerebras.cloud.sdk", "" when unqualified
	name    string // "RateLimitError"
	alias   string // the bracketed code some printers add: "AI_APICallError"
	message string // the rest of the line
	pos     int
	cause   bool // printed as the cause of another (.NET "--->", Java "Caused by:")
}

// full is the class's qualified name. Not inlined: each of six callers held a copy of the
// concatenation.
//
//go:noinline
func (e exception) full() string {
	if e.module == "" {
		return e.name
	}
	return e.module + "." + e.name
}

// Class-name endings that make an unqualified word an exception class.
var exceptionSuffixes = []string{"Error", "Exception", "Timeout", "Violation", "Failure", "Fault", "Exceeded", "Denied", "Throttled"}

// Bare names too generic to say anything about the failure. PEP 249's OperationalError,
// InterfaceError and DatabaseError are every Python database driver's classes for a lost
// connection, a refused password and a full server alike: the driver's message or number
// says which. gaxios, the HTTP client of Google's Node libraries, throws its one GaxiosError
// for every failed request, whatever the status (googleapis/gaxios src/common.ts), as .NET's
// HttpClient throws HttpRequestException. Workers AI's env.AI binding throws its one
// InferenceUpstreamError, often named AiError, and AiInternalError for every failure, the
// code and description in the message (cloudflare/workerd src/cloudflare/internal/ai-api.ts).
// Python's websockets raises ConnectionClosedError for every close that is not a normal one
// (ConnectionClosedOK for 1000 and 1001, both ConnectionClosed), whatever the server's close
// code and reason, which its message carries: "received 1008 (policy violation) <reason>;
// then sent ..." (python-websockets/websockets src/websockets/exceptions.py). kotlinx.serialization's
// SerializationException is "a generic exception indicating the problem in serialization or
// deserialization process", MissingFieldException and UnknownFieldException the ones its
// generated code throws, JsonDecodingException its JSON format's (Kotlin/kotlinx.serialization
// core/commonMain/src/kotlinx/serialization/SerializationExceptions.kt): a client that cannot
// read an error body into its model (the Android Gemini SDK's GRpcError without "details")
// says nothing of the error the body carries. Java's IllegalArgumentException and
// IllegalStateException are its ValueError and RuntimeError, thrown by any library for any
// bad value or state (docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/
// IllegalArgumentException.html): Google's Vertex AI Java SDK throws the first for a
// response its safety filters blocked (ResponseHandler.checkFinishReason), the message says so.
// (isGenericException: a list is data, where a map literal was built in the package's init.)
var genericExceptionNames = []string{
	"Error", "Exception", "RuntimeException", "RuntimeError",
	"ValueError", "TypeError", "InvalidOperationException",
	"SystemException", "AggregateException", "HttpRequestException", "GaxiosError",
	"APIError", "APIStatusError", "ApiError",
	"OperationalError", "InterfaceError", "DatabaseError",
	"AiError", "InferenceUpstreamError", "AiInternalError",
	"ConnectionClosed", "ConnectionClosedError", "ConnectionClosedOK",
	"SerializationException", "MissingFieldException", "UnknownFieldException", "JsonDecodingException",
	"IllegalArgumentException", "IllegalStateException",
}

// isGenericException reports whether an exception's bare name is one of
// genericExceptionNames.
func isGenericException(name string) bool { return isOneOf(name, genericExceptionNames) }

// scanExceptions reads the exception classes in text, line by line. In a Python traceback
// the last exception is the one raised; elsewhere (.NET, Java, JS) the first printed is the
// outermost. primary returns the index of the one that wins, or -1.
func scanExceptions(text string) (excs []exception, primary int) {
	primary = -1
	lastNonCause := -1
	firstNonCause := -1
	eachLine(text, func(line string, off int) {
		if len(line) > 4096 {
			line = line[:4096]
		}
		if isFrameLine(line) {
			return
		}
		cause := isCauseLine(line)
		for i, e := range loneOr(exceptionsInLine(line, off), text, line, off) {
			e.cause = cause || i > 0
			if !e.cause {
				if firstNonCause < 0 {
					firstNonCause = len(excs)
				}
				lastNonCause = len(excs)
			}
			excs = append(excs, e)
		}
	})
	switch {
	case lastNonCause >= 0 && strings.Contains(text, "Traceback (most recent call last)"): // read only when it matters
		primary = lastNonCause
	case firstNonCause >= 0:
		primary = firstNonCause
	case len(excs) > 0:
		primary = 0
	}
	return excs, primary
}

// isFrameLine and isCauseLine switch on the line's first byte (after its indentation)
// before comparing prefixes: most lines start with none of theirs, and each line of a
// paste asks both.
func isFrameLine(line string) bool {
	t := trimIndent(line)
	if t == "" {
		return false
	}
	switch t[0] {
	case 'F':
		return strings.HasPrefix(t, "File \"")
	case 'a':
		return strings.HasPrefix(t, "at ")
	case '-':
		return strings.HasPrefix(t, "--- End of")
	case 'r':
		return strings.HasPrefix(t, "raise ")
	}
	return t[0] == '^'
}

func isCauseLine(line string) bool {
	t := trimIndent(line)
	if t == "" {
		return false
	}
	switch t[0] {
	case '-':
		return strings.HasPrefix(t, "--->")
	case 'C':
		return strings.HasPrefix(t, "Caused by:")
	case '[':
		return strings.HasPrefix(t, "[cause]:")
	case 'c':
		return strings.HasPrefix(t, "cause:")
	}
	return false
}

// trimIndent is strings.TrimLeft(line, " \t"), without building a cutset table per line.
func trimIndent(line string) string {
	for len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
		line = line[1:]
	}
	return line
}

// exceptionsInLine finds "Class: " tokens in a line, outermost first.
func exceptionsInLine(line string, base int) []exception {
	var out []exception
	for i := 0; i < len(line); i++ {
		if line[i] != ':' {
			j := strings.IndexByte(line[i:], ':') // jump to the next colon
			if j < 0 {
				break
			}
			i += j
		}
		if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
			continue // "https://", "12:30"
		}
		e, ok := classBefore(line, i)
		if !ok {
			continue
		}
		e.message = cleanMessage(line[i+1:])
		e.pos = base + i
		out = append(out, e)
	}
	// <class 'requests.exceptions.ReadTimeout'>
	for off := 0; ; {
		j := strings.Index(line[off:], "<class '")
		if j < 0 {
			break
		}
		start := off + j + len("<class '")
		k := strings.IndexByte(line[start:], '\'')
		if k < 0 {
			break
		}
		if e, ok := splitClass(line[start : start+k]); ok {
			e.pos = base + start
			out = append(out, e)
		}
		off = start + k
	}
	if len(out) == 0 {
		if e, ok := actionTitle(line, base); ok {
			out = append(out, e)
		} else if e, ok := dashTitle(line, base); ok {
			out = append(out, e)
		} else if e, ok := fluentdClass(line, base); ok {
			out = append(out, e)
		}
	}
	return out
}

// fluentdClass reads the class fluentd's logger writes for an error it logs with a line's
// other fields: " error_class=#{e.class} error=#{e.to_s.inspect}", the class quoted when
// a plugin passed it as a string (error_class="Aws::S3::Errors::AccessDenied").
// from: https://github.com/fluent/fluentd/blob/master/lib/fluent/log.rb (Log#event)
func fluentdClass(line string, base int) (exception, bool) {
	// The first "_class=", found by its '=', which most lines of prose or JSON hold none
	// of (strings.Index stops at every '_' of a snake_case code, and "error_class=" at
	// every 'e').
	k := -1
	for j := strings.IndexByte(line, '='); j >= 0; {
		if strings.HasSuffix(line[:j], "_class") {
			k = j - len("_class")
			break
		}
		m := strings.IndexByte(line[j+1:], '=')
		if m < 0 {
			break
		}
		j += 1 + m
	}
	k -= len("error")
	if k < 0 || line[k:k+len("error")] != "error" || k > 0 && line[k-1] != ' ' && line[k-1] != '\t' {
		return exception{}, false
	}
	start := k + len("error_class=")
	if start < len(line) && line[start] == '"' {
		start++
	}
	end := start
	for end < len(line) && (isWordByte(line[end]) || line[end] == '.' || line[end] == ':' && (rubyScope(line, end) || end+1 < len(line) && line[end+1] == ':')) {
		end++
	}
	e, ok := splitClass(scopeAsDots(line[start:end]))
	if !ok || end == start {
		return exception{}, false
	}
	if m := strings.Index(line[end:], " error=\""); m >= 0 {
		msg := line[end+m+len(" error=\""):]
		msg, _, _ = strings.Cut(msg, "\"")
		e.message = msg
	}
	e.pos = base + start
	return e, true
}

// dashTitle reads the line better_errors (the Rails error page's gem) logs an exception
// with, before its indented backtrace: the class, " - ", the message and a closing colon
// ("Stripe::InvalidRequestError - This customer has no attached card:"), after whatever a
// log prefixes its lines with (a compose service's "api-1  | ", an indent).
// from: https://github.com/BetterErrors/better_errors/blob/master/lib/better_errors/middleware.rb
// (log_exception: "\n#{exception_type} - #{exception_message}:\n")
func dashTitle(line string, base int) (exception, bool) {
	t := line // strings.TrimRight(line, " \t\r") without building its cutset's table
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t' || t[len(t)-1] == '\r') {
		t = t[:len(t)-1]
	}
	if len(t) < 8 || t[len(t)-1] != ':' {
		return exception{}, false
	}
	k := strings.Index(t, " - ")
	if k <= 0 || t[k-1] == ':' {
		return exception{}, false
	}
	start := k
	for start > 0 && (isWordByte(t[start-1]) || t[start-1] == '.' || rubyScope(t, start)) {
		start--
	}
	if start == k || start > 0 && t[start-1] != ' ' && t[start-1] != '\t' && t[start-1] != '"' {
		return exception{}, false
	}
	e, ok := splitClass(scopeAsDots(t[start:k]))
	if !ok {
		return exception{}, false
	}
	e.message = strings.TrimSpace(t[k+3 : len(t)-1])
	e.pos = base + start
	return e, true
}

// actionTitle reads the title Rails' error page gives an exception, which Bugsnag, Rollbar
// and Honeybadger copy: the class, then the action it was raised in
// ("Stripe::RateLimitError in PaymentsController#create", markdown's "**X** in **y#z**").
func actionTitle(line string, base int) (exception, bool) {
	lead := 0 // strings.TrimLeft(line, " \t*") without building its cutset's table
	for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '*') {
		lead++
	}
	// The class is one word: " in " is the first space after it (one IndexByte, where
	// looking for " in " read the whole line of most pastes).
	k := strings.IndexByte(line[lead:], ' ') + lead
	if k <= lead || !strings.HasPrefix(line[k:], " in ") {
		return exception{}, false
	}
	action, _, _ := strings.Cut(strings.TrimLeft(line[k+4:], "*"), " ")
	if i := strings.IndexByte(action, '#'); i <= 0 || i == len(strings.TrimRight(action, "*"))-1 {
		return exception{}, false
	}
	e, ok := splitClass(scopeAsDots(strings.TrimRight(line[lead:k], "*")))
	e.pos = base + lead
	return e, ok
}

// classBefore reads the class token ending at line[colon].
func classBefore(line string, colon int) (exception, bool) {
	j := colon
	alias := ""
	if j > 0 && line[j-1] == ']' {
		open := strings.LastIndexByte(line[:j-1], '[')
		if open < 0 {
			return exception{}, false
		}
		inner := line[open+1 : j-1]
		before := strings.TrimRight(line[:open], " ")
		if open == 0 || before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "]") {
			// "[GoogleGenerativeAI Error]: ..." — the bracket is the class.
			if e, ok := splitClass(strings.ReplaceAll(inner, " ", "")); ok {
				e.name = inner
				return e, true
			}
			return exception{}, false
		}
		// "APICallError [AI_APICallError]: ..."
		alias = inner
		j = len(before)
	}
	start := j
	for start > 0 && (isWordByte(line[start-1]) || line[start-1] == '.' || rubyScope(line, start)) {
		start--
	}
	if start == j {
		return exception{}, false
	}
	tok := scopeAsDots(line[start:j])
	e, ok := splitClass(tok)
	e.alias = alias
	return e, ok
}

// splitClass accepts tok as an exception class name and splits off its module.
func splitClass(tok string) (exception, bool) {
	tok = strings.Trim(tok, ".")
	if tok == "" || strings.Contains(tok, "..") {
		return exception{}, false
	}
	module, name := "", tok
	if k := strings.LastIndexByte(tok, '.'); k >= 0 {
		module, name = tok[:k], tok[k+1:]
	}
	if len(name) < 3 || !(name[0] >= 'A' && name[0] <= 'Z') {
		return exception{}, false
	}
	if isDigit(name[len(name)-1]) && module == "" {
		return exception{}, false
	}
	suffixed := false
	for _, s := range exceptionSuffixes {
		if strings.HasSuffix(name, s) {
			suffixed = true
			break
		}
	}
	if !suffixed {
		// An unsuffixed class needs a Python-style module path: all lowercase segments
		// ("psycopg2.errors.UniqueViolation", "requests.exceptions.ReadTimeout").
		if module == "" {
			return exception{}, false
		}
		for _, seg := range strings.Split(module, ".") {
			if seg == "" || !(seg[0] >= 'a' && seg[0] <= 'z') || strings.ToLower(seg) != seg {
				return exception{}, false
			}
		}
	}
	return exception{module: module, name: name}, true
}

// cleanMessage trims what surrounds an exception's text when it was printed inside a
// string or a list ("...\",", "...']") and a wrapper's "XException - " prefix.
func cleanMessage(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",;")
	if strings.HasSuffix(s, "\"") && strings.Count(s, "\"")%2 == 1 {
		s = strings.TrimSuffix(s, "\"")
	}
	if strings.HasSuffix(s, "]") && !strings.Contains(s, "[") {
		s = strings.TrimSuffix(s, "]")
	}
	if i := strings.Index(s, "Exception - "); i > 0 && i < 40 && !strings.Contains(s[:i], " ") {
		s = s[i+len("Exception - "):]
	}
	return strings.TrimSpace(s)
}

// eachLine calls f with every line of text and its offset.
func eachLine(text string, f func(line string, off int)) {
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		f(text[off:end], off)
		off = end + 1
	}
}

// loneClass reads an exception class printed alone on its line, its message on the lines
// after it: PHP's collision renderer (Laravel, Pest) writes
//
//	OpenAI\Exceptions\RateLimitException
//
//	Request rate limit has been exceeded.
//
// and a Java or .NET log often prints the class on a line of its own before its message.
// Only a word that is a class by its own form counts (an exception suffix, or a lowercase
// module path), so a line holding one word of prose is not taken for one; a PHP namespace's
// backslashes separate the module as dots do.
func loneClass(line string, base int) (exception, bool) {
	lead := len(line) - len(trimIndent(line))
	if lead == len(line) || !(isLetter(line[lead]) || line[lead] == '\\') {
		return exception{}, false // a body, a frame, a prompt: turned away before any search
	}
	tok := strings.TrimRight(line[lead:], " \t\r")
	if len(tok) < 8 || strings.ContainsAny(tok, " \t:()[]{}\"'`<>,;=/") {
		return exception{}, false
	}
	tok = strings.TrimPrefix(tok, `\`)
	if strings.Contains(tok, `\`) {
		tok = strings.ReplaceAll(tok, `\`, ".")
	}
	e, ok := splitClass(scopeAsDots(tok))
	if !ok || isGenericException(e.name) {
		return exception{}, false
	}
	e.pos = base + lead
	return e, true
}

// loneOr returns found, or when the line at off holds none, the class it holds alone with
// the message below it; not when there is none below, nor when the line before runs on into it, which makes the class
// that line's wrapped tail (PowerShell's "...[Invoke-RestMethod],\nWebException").
func loneOr(found []exception, text, line string, off int) []exception {
	if len(found) > 0 || !opensBlock(text, off) {
		return found
	}
	e, ok := loneClass(line, off)
	if !ok {
		return found
	}
	// The form is the class and its message below: a class on the last line (a Python
	// traceback's exception raised with no message) is read as the traceback reads it.
	if e.message = messageBelow(text, off+len(line)); e.message == "" {
		return found
	}
	return append(found, e)
}

// opensBlock reports whether the line at off starts something: the text's first line, or
// one after a line that does not run on into it (a line ending in ',' wraps onto the next).
func opensBlock(text string, off int) bool {
	if off == 0 {
		return true
	}
	prev := strings.LastIndexByte(text[:off-1], '\n')
	return !strings.HasSuffix(strings.TrimSpace(text[prev+1:off-1]), ",")
}

// messageBelow returns the first line after text[end] that holds words, the message a
// class printed alone on its line (at end) is followed by; "" when a frame or another
// class comes first.
func messageBelow(text string, end int) string {
	for end < len(text) {
		next := strings.IndexByte(text[end+1:], '\n')
		stop := len(text)
		if next >= 0 {
			stop = end + 1 + next
		}
		line := strings.TrimSpace(text[min(end+1, len(text)):stop])
		end = stop
		if line == "" {
			continue
		}
		if isFrameLine(line) {
			return ""
		}
		if _, ok := loneClass(line, 0); ok {
			return ""
		}
		return cleanMessage(line)
	}
	return ""
}
