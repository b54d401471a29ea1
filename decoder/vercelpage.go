package decoder

import "strings"

// Vercel's platform error page, copied as text, heads the failure "An error occurred with
// your deployment" and prints its code on a line of its own below
// ("FUNCTION_INVOCATION_TIMEOUT", "EDGE_FUNCTION_INVOCATION_TIMEOUT", "DEPLOYMENT_NOT_FOUND"):
// the codes of https://vercel.com/docs/errors, each in capitals. The code is what tells a
// function's timeout (504) from its crash (500) or a missing deployment (404).
var mVercelPage = mark("An error occurred with your deployment")

// readVercelPageCode takes the code on the first line that is not blank after the heading.
func (s *signals) readVercelPageCode() {
	for _, at := range s.at(mVercelPage) {
		rest := s.in.text[at+len("An error occurred with your deployment"):]
		rest = rest[:min(len(rest), 120)]
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 || strings.TrimSpace(rest[:nl]) != "" {
			continue // the heading is followed by more words on its line: prose, not the page
		}
		line := strings.TrimLeft(rest[nl+1:], " \t\r\n")
		if end := strings.IndexAny(line, " \t\r\n"); end >= 0 {
			line = line[:end]
		}
		if isEnumWord(line) && strings.Contains(line, "_") {
			s.addCode(line, rankCode, "the Vercel error page's code "+line)
			return
		}
	}
}
