package decoder

// Twilio names each error by a five-digit code and links its page from every error it
// sends: the body's more_info ("https://www.twilio.com/docs/errors/20003") and the helper
// libraries' "More information may be available here: ..." line. The link carries the code
// where the body's top-level numeric "code" is not read as one (it is no error envelope),
// and where an exception prints only the link.
var (
	mDocsErrors    = mark("/docs/errors/")
	mDocsAPIErrors = mark("/docs/api/errors/")
)

// readErrorPageCode takes the code an error page's link names.
func (s *signals) readErrorPageCode() {
	read := func(rest string) {
		n := 0
		for n < len(rest) && n < 6 && isDigit(rest[n]) {
			n++
		}
		if n == 5 && (n == len(rest) || !isWordByte(rest[n])) {
			s.textCodes = append(s.textCodes, codeSeen{rest[:n], rankCode, "the error page it links (" + rest[:n] + ")"})
		}
	}
	s.after(mDocsErrors, "", read)
	s.after(mDocsAPIErrors, "", read)
}
