package decoder

// Codes that a non-AI service's own error lines carry where no body field or key=value form
// names them.
//
// Twilio names each error by a five-digit code and links its page from every error it
// sends: the body's more_info ("https://www.twilio.com/docs/errors/20003") and the helper
// libraries' "More information may be available here: ..." line. The link carries the code
// where the body's top-level numeric "code" is not read as one (it is no error envelope),
// and where an exception prints only the link.
//
// Slack's Node client (@slack/web-api) prints a platform error as "An API error occurred:
// channel_not_found": the Web API's error string, which its Python client prints inside the
// response dict instead.
var (
	mDocsErrors    = mark("/docs/errors/")
	mDocsAPIErrors = mark("/docs/api/errors/")
	mSlackAPIError = mark("An API error occurred: ")
)

// readServiceCodes takes the code an error page's link names and the one a Slack client's
// line ends with.
func (s *signals) readServiceCodes() {
	page := func(rest string) {
		n := 0
		for n < len(rest) && n < 6 && isDigit(rest[n]) {
			n++
		}
		if n == 5 && (n == len(rest) || !isWordByte(rest[n])) {
			s.textCodes = append(s.textCodes, codeSeen{rest[:n], rankCode, "the error page it links (" + rest[:n] + ")"})
		}
	}
	s.after(mDocsErrors, "", page)
	s.after(mDocsAPIErrors, "", page)
	s.after(mSlackAPIError, "", func(rest string) {
		n := 0
		for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] == '_') {
			n++
		}
		if n >= 4 && (n == len(rest) || !isWordByte(rest[n])) {
			s.textCodes = append(s.textCodes, codeSeen{rest[:n], rankCode, "the Slack client's \"An API error occurred: " + rest[:n] + "\""})
		}
	})
}
