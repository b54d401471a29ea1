package decoder

import "strings"

// Codes that a non-AI service's own error lines carry where no body field or key=value form
// names them.
//
// Twilio names each error by a five-digit code and links its page from every error it
// sends: the body's more_info ("https://www.twilio.com/docs/errors/20003") and the helper
// libraries' "More information may be available here: ..." line. The link carries the code
// where the body's top-level numeric "code" is not read as one (it is no error envelope),
// and where an exception prints only the link.
//
// A Cloudflare 1xxx page copied as text ("Error 1015 Ray ID: 8a1b... You are being rate
// limited") names its error before the Ray ID Cloudflare prints on every such page; the HTML
// page is read from its "Error code" and script (signals.go), and from the element its
// template prints the code in, <span class="cf-error-code">1101</span>, which a page copied
// from its middle (no <html>, no title) still holds.
//
// Python's ssl module names an OpenSSL failure by its reason in brackets, "[SSL:
// CERTIFICATE_VERIFY_FAILED] certificate verify failed" (ssl.SSLError's library and reason),
// whichever HTTP library wrapped it.
//
// Slack's Node client (@slack/web-api) prints a platform error as "An API error occurred:
// channel_not_found": the Web API's error string, which its Python client prints inside the
// response dict instead.
var (
	mDocsErrors    = mark("/docs/errors/")
	mDocsAPIErrors = mark("/docs/api/errors/")
	mSlackAPIError = mark("An API error occurred: ")
	mRayID         = mark("Ray ID")
	mCFErrorCode   = mark(`cf-error-code">`)
	mOAuthError    = mark(`error="`)
	mSSLReason     = mark("[SSL: ")
)

// readServiceCodes takes the code an error page's link names, a Cloudflare text page's,
// the TLS reason Python prints in brackets, and the one a Slack client's line ends with.
func (s *signals) readServiceCodes() {
	if !s.gate(serviceCodeSet) { // most pastes: none of its markers, and no look at each
		return
	}
	page := func(rest string) {
		n := 0
		for n < len(rest) && n < 6 && isDigit(rest[n]) {
			n++
		}
		if n == 5 && (n == len(rest) || !isWordByte(rest[n])) {
			s.addCode(rest[:n], rankCode, "the error page it links ("+rest[:n]+")")
		}
	}
	s.after(mDocsErrors, "", page)
	s.after(mDocsAPIErrors, "", page)
	s.readCloudflareTextCode()
	s.readVercelPageCode() // vercelpage.go
	s.readAppEngineAPIError()
	s.after(mCFErrorCode, "", func(rest string) {
		if n := digitsAt(rest, 4); n == 4 {
			s.addCode(rest[:n], rankNumericCode+5, "the Cloudflare page's error code "+rest[:n])
		}
	})
	s.readBearerError()
	s.readServiceLines()
	s.after(mSSLReason, "", func(rest string) {
		if j := indexByteLimit(rest, ']', 64); j > 0 && isEnumWord(rest[:j]) {
			s.addCode(rest[:j], rankCode, "the TLS library's reason [SSL: "+rest[:j]+"]")
		}
	})
	s.after(mSlackAPIError, "", func(rest string) {
		n := 0
		for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] == '_') {
			n++
		}
		if n >= 4 && (n == len(rest) || !isWordByte(rest[n])) {
			s.addCode(rest[:n], rankCode, "the Slack client's \"An API error occurred: "+rest[:n]+"\"")
		}
	})
}

// readCloudflareTextCode takes "Error 1xxx" written shortly before a Ray ID as Cloudflare's
// code for the failure.
func (s *signals) readCloudflareTextCode() {
	at := s.at(mRayID)
	if len(at) == 0 {
		return
	}
	before := s.in.text[max(at[0]-120, 0):at[0]]
	i := indexFold(before, "error 1")
	if i < 0 {
		return
	}
	code := before[i+len("error "):]
	n := 0
	for n < len(code) && isDigit(code[n]) {
		n++
	}
	if n == 4 {
		s.addCode(code[:n], rankNumericCode+5, "the Cloudflare page's \"Error "+code[:n]+"\" before its Ray ID")
	}
}

// readBearerError takes the error code of an OAuth 2.0 bearer challenge, the
// WWW-Authenticate header a 401 or 403 carries and clients print: `Bearer
// error="invalid_token", error_description="..."` (RFC 6750 section 3: invalid_request,
// invalid_token, insufficient_scope). Elsewhere error="..." is prose as often as a code.
func (s *signals) readBearerError() {
	for _, at := range s.at(mOAuthError) {
		if at < len("Bearer ") || indexFold(s.in.text[max(at-80, 0):at], "bearer ") < 0 {
			continue
		}
		rest := s.in.text[at+len(`error="`):]
		j := indexByteLimit(rest, '"', 40)
		if j > 0 && isIdentifier(rest[:j]) && strings.Contains(rest[:j], "_") && strings.ToLower(rest[:j]) == rest[:j] {
			s.addCode(rest[:j], rankCode, "the bearer challenge's error=\""+rest[:j]+"\"")
			return
		}
	}
}

// digitsAt is how many digits, up to limit, s starts with. (Not inlined: seven readers of
// rare forms call it.)
//
//go:noinline
func digitsAt(s string, limit int) int {
	n := 0
	for n < len(s) && n < limit && isDigit(s[n]) {
		n++
	}
	return n
}

// indexByteLimit is the index of c in the first n bytes of s, or -1. (Not inlined: four
// callers held a copy.)
//
//go:noinline
func indexByteLimit(s string, c byte, n int) int {
	for i := 0; i < len(s) && i < n; i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// The App Engine Go runtime's APIError prints an App Engine service call's failure as
// "API error <code> (<service>: <CODE_NAME>)", then ": <detail>" when it has one
// (google.golang.org/appengine/internal/api_common.go, APIError.Error: fmt.Sprintf("API
// error %d", e.Code) + " (" + e.Service + ": " + m[e.Code] + ")"). The name is the service's
// own error code ("urlfetch: DEADLINE_EXCEEDED", "datastore_v3: CONCURRENT_TRANSACTION").
var mAppEngineAPIError = mark("API error ")

// serviceCodeSet holds every marker readServiceCodes and the readers it calls look after.
var serviceCodeSet = setOf([]int{mDocsErrors, mDocsAPIErrors, mSlackAPIError, mRayID, mCFErrorCode,
	mOAuthError, mSSLReason, mAppEngineAPIError, mVercelPage, mFloodWait}, mCodeAfter)

// readAppEngineAPIError takes the code name of an App Engine APIError.
func (s *signals) readAppEngineAPIError() {
	for _, at := range s.at(mAppEngineAPIError) {
		rest := s.in.text[at+len("API error ") : min(len(s.in.text), at+120)]
		n := digitsAt(rest, 3)
		if n == 0 || len(rest) < n+2 || rest[n:n+2] != " (" {
			continue
		}
		rest = rest[n+2:]
		svc := 0
		for svc < len(rest) && (rest[svc] >= 'a' && rest[svc] <= 'z' || isDigit(rest[svc]) || rest[svc] == '_') {
			svc++
		}
		if svc == 0 || len(rest) < svc+2 || rest[svc:svc+2] != ": " {
			continue
		}
		name := rest[svc+2:]
		w := 0
		for w < len(name) && (name[w] >= 'A' && name[w] <= 'Z' || isDigit(name[w]) || name[w] == '_') {
			w++
		}
		if w < len(name) && name[w] == ')' && isEnumWord(name[:w]) {
			s.addCode(name[:w], rankCode, "the App Engine API error \""+rest[:svc]+": "+name[:w]+"\"")
			return
		}
	}
}
