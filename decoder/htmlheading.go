package decoder

import "strings"

// A proxy's error page whose title names no status often states it in its first heading:
// CloudFront's "<TITLE>ERROR: The request could not be satisfied</TITLE>" over
// "<H1>503 ERROR</H1>"
// (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html).
var mHeading = mark("<h1")

// headingText is the text of the page's first heading, "" when it has none.
func (s *signals) headingText(text string) string {
	at := s.at(mHeading)
	if len(at) == 0 {
		return ""
	}
	rest := text[at[0]+len("<h1") : min(len(text), at[0]+300)]
	open := strings.IndexByte(rest, '>')
	if open < 0 || open > 80 {
		return ""
	}
	rest = rest[open+1:]
	end := indexFold(rest, "</h1>")
	if end < 0 {
		return ""
	}
	return strings.TrimSpace(rest[:end])
}

// headingStatus is the status the page's first heading opens with ("503 ERROR").
func (s *signals) headingStatus(text string) (statusSeen, bool) {
	h := s.headingText(text)
	if st, ok := titleStatus(h); ok && strings.HasPrefix(h, itoa(st)) {
		return statusSeen{st, anchorField, 0, "the page heading \"" + clip(h, 80) + "\""}, true
	}
	return statusSeen{}, false
}

// titleReason reads a page title that is a status's reason phrase and nothing else: the
// default error pages of Google's front end ("<TITLE>Not Found</TITLE>" over
// "<H1>Not Found</H1><H2>Error 404</H2>"), of Tomcat before 8.5 and of many frameworks title
// the page with the status text alone, which names the status as its number would
// (https://www.rfc-editor.org/rfc/rfc9110#section-15). The phrases are those that name a
// status and nothing else (reasonOnlyCodes).
func titleReason(title string) (int, bool) {
	if title == "" || !isLetter(title[0]) {
		return 0, false
	}
	if code, n := reasonAt(title); n == len(title) {
		return code, true
	}
	return 0, false
}

// titleStatus reads the first error status written in an HTML page title.
func titleStatus(title string) (int, bool) {
	for i := 0; i+3 <= len(title); i++ {
		if (i > 0 && isDigit(title[i-1])) || !isDigit(title[i]) || !isDigit(title[i+1]) || !isDigit(title[i+2]) {
			continue
		}
		if i+3 < len(title) && isDigit(title[i+3]) {
			continue
		}
		n := int(title[i]-'0')*100 + int(title[i+1]-'0')*10 + int(title[i+2]-'0')
		if n >= 400 && n <= 599 {
			return n, true
		}
	}
	return 0, false
}
