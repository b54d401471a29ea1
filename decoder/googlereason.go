package decoder

import "strings"

// Google's JSON APIs (Drive, Gmail, YouTube, Calendar, Sheets, Cloud Storage ...) name an
// error by a camelCase reason (dailyLimitExceeded, userRateLimitExceeded, accessNotConfigured)
// inside the errors[] list of their v1 error body, beside its domain ("global",
// "usageLimits", "youtube.quota"): https://developers.google.com/youtube/v3/docs/core_errors.
// Elsewhere a "reason" is often prose, so only this shape makes it a code (body.go reads
// the JSON; this file reads the Go client's one-line form).

// mGoogleAPI marks google-api-go-client's error line, "googleapi: Error 403: <message>,
// <reason>" (googleapi.Error.Error: the reason of the first item after the last comma).
var mGoogleAPI = mark("googleapi: Error ")

// mBigQueryReason marks the Go BigQuery client's job error, whose String is
// `{Location: "..."; Message: "..."; Reason: "rateLimitExceeded"}` (bigquery.Error).
var mBigQueryReason = mark(`; Reason: "`)

// readGoogleAPIReason takes the reason that ends a googleapi error line as a code, and
// the reason of a BigQuery job error the Go client prints.
func (s *signals) readGoogleAPIReason() {
	s.after(mBigQueryReason, "", func(rest string) {
		if j := indexByteLimit(rest, '"', 64); j > 0 && isGoogleReason(rest[:j]) {
			s.addCode(rest[:j], rankCode, "the BigQuery job error's Reason "+rest[:j])
		}
	})
	text := s.in.text
	for _, at := range s.at(mGoogleAPI) {
		// The whole line: a quota's message runs past the 200 bytes after reads.
		line, _, _ := strings.Cut(text[at:min(len(text), at+2048)], "\n")
		i := strings.LastIndex(line, ", ")
		if i < 0 {
			continue
		}
		// The reason is one word; a caller may write on after it (rclone: "... ,
		// userRateLimitExceeded - retrying 2/10").
		tok, _, _ := strings.Cut(strings.TrimSpace(line[i+2:]), " ")
		if isGoogleReason(tok) {
			s.addCode(tok, rankCode, "the googleapi error's reason "+tok)
		}
	}
}

// isGoogleReason reports whether s is spelt as Google's reasons are: an identifier in
// camelCase, a lower-case letter first and an upper-case one later (rateLimitExceeded);
// prose after a comma is not.
func isGoogleReason(s string) bool {
	if len(s) < 4 || !isIdentifier(s) || s[0] < 'a' || s[0] > 'z' || strings.ContainsAny(s, "_-.") {
		return false
	}
	return strings.ToLower(s) != s
}

// googleStatusReasons are the reasons of Google's errors[] list that only name the HTTP
// status in the old form ("global" domain: badRequest 400, forbidden 403, notFound 404,
// backendError 500/503; https://cloud.google.com/storage/docs/json_api/v1/status-codes).
// Beside the status's canonical name (INVALID_ARGUMENT, PERMISSION_DENIED), which says
// as much, the name is the code; alone, the reason still is.
var googleStatusReasons = [...]string{"badRequest", "unauthorized", "authError", "forbidden", "notFound", "conflict", "backendError", "internalError"}

func statusReason(s string) bool {
	for _, r := range googleStatusReasons {
		if s == r {
			return true
		}
	}
	return false
}

// mErrorInfo marks a google.rpc.ErrorInfo detail, whose reason names the error
// (RATE_LIMIT_EXCEEDED): the most specific code of a Google error.
var mErrorInfo = mark("google.rpc.ErrorInfo")

// mGaxErrorInfo marks the ErrorInfo detail as gax-go's apierror prints it after a gRPC
// status: "error details: name = ErrorInfo reason = RATE_LIMIT_EXCEEDED domain = ..."
// (github.com/googleapis/gax-go/v2/apierror, ErrDetails.String and APIError.Error).
var mGaxErrorInfo = mark("name = ErrorInfo reason = ")

// readErrorInfoReason takes the reason written after an ErrorInfo's @type as a code, for
// the detail whose object the body reader could not finish: a paste cut inside it, or
// text that is no JSON. A reason after the object closes is another object's. gax-go's
// printed detail gives it after its own words.
func (s *signals) readErrorInfoReason() {
	s.after(mGaxErrorInfo, "", func(rest string) {
		if v := rest[:wordPrefix(rest)]; isEnumWord(v) {
			s.addCode(v, rankErrorInfo, "the reason of a google.rpc.ErrorInfo detail (gax-go's print)")
		}
	})
	s.after(mErrorInfo, "", func(rest string) {
		i := strings.Index(rest, "reason")
		if i < 0 || strings.IndexByte(rest[:i], '}') >= 0 {
			return
		}
		v := fieldValue(strings.TrimLeft(rest[i+len("reason"):], `"'`))
		if isEnumWord(v) {
			s.addCode(v, rankErrorInfo, "the reason of a google.rpc.ErrorInfo detail")
		}
	})
}

// mGoogleRuby marks google-api-ruby-client's errors (Google::Apis::RateLimitError,
// ClientError ...), whose message it writes as "<reason>: <message>" (ApiCommand's
// check_status: "userRateLimitExceeded: User Rate Limit Exceeded").
var mGoogleRuby = mark("Google::Apis::")

// readGoogleRubyReason takes the reason that opens such a message as a code: the first
// word before ": " spelt as Google's reasons are.
func (s *signals) readGoogleRubyReason() {
	if len(s.at(mGoogleRuby)) == 0 {
		return
	}
	text := s.in.text[:min(len(s.in.text), 4096)]
	for i := strings.Index(text, ": "); i > 0; {
		j := i
		for j > 0 && isWordByte(text[j-1]) {
			j--
		}
		if tok := text[j:i]; isGoogleReason(tok) {
			s.addCode(tok, rankCode, "the Google API client's reason "+tok)
			return
		}
		k := strings.Index(text[i+2:], ": ")
		if k < 0 {
			return
		}
		i += 2 + k
	}
}

// google-api-dotnet-client prints a RequestError as its type's full name, then
// "{Message} [{Code}]", then "Errors [" and each SingleError as "Message[...] Location[...
// - ...] Reason[dailyLimitExceeded] Domain[usageLimits]", one a line, and "]" (from:
// googleapis/google-api-dotnet-client, Src/Support/Google.Apis.Core/Requests/RequestError.cs
// and SingleError.cs, ToString). A paste that lost its line breaks runs them together
// ("'. [403]Errors [ Message[").
var (
	mDotnetReason = mark("] Reason[")
	mDotnetErrors = mark("Errors [")
)

// readDotnetRequestError takes a SingleError's Reason as a code, and returns the status
// the RequestError prints in brackets at the end of the line before its "Errors [" list
// (or just before it, where the line breaks were lost).
// googleClientSet holds every marker the readers of Google's clients look after
// (readGoogleClients).
var googleClientSet = setOf([]int{mBigQueryReason, mGoogleAPI, mGoogleRuby, mDotnetReason, mDotnetErrors})

func (s *signals) readDotnetRequestError() (statusSeen, bool) {
	s.after(mDotnetReason, "] Reason[", func(rest string) {
		if j := indexByteLimit(rest, ']', 64); j > 0 && isGoogleReason(rest[:j]) && strings.HasPrefix(rest[j:], "] Domain[") {
			s.addCode(rest[:j], rankCode, "the Google API .NET client's Reason["+rest[:j]+"]")
		}
	})
	text := s.in.text
	for _, at := range s.at(mDotnetErrors) {
		if text[at:at+len("Errors [")] != "Errors [" {
			continue
		}
		before := text[max(0, at-160):at]
		code, what, ok := bracketedStatus(before)
		if nl := strings.LastIndexByte(before, '\n'); !ok && nl >= 0 && len(before)-nl <= 40 {
			code, what, ok = bracketedStatus(before[:nl]) // "Errors [" on its own line, after a log's prefix
		}
		if ok {
			return statusSeen{code, anchorLabel, at, "\"" + what + "\" before the .NET RequestError's \"Errors [\""}, true
		}
	}
	return statusSeen{}, false
}

// bracketedStatus reads an error status in brackets at the end of s, past spaces: "[403]".
func bracketedStatus(s string) (int, string, bool) {
	s = strings.TrimRight(s, " \t\r\n")
	n := len(s)
	if n < 5 || s[n-1] != ']' || s[n-5] != '[' || !isAllDigits(s[n-4:n-1]) {
		return 0, "", false
	}
	code, _ := atoi(s[n-4 : n-1])
	return code, s[n-5:], code >= 400 && code <= 599
}
