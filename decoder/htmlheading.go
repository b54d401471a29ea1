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
