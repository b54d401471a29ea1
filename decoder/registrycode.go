package decoder

import "strings"

// The registry's code where a container client prints it (registrystatus.go has the forms)
// is the error's code, lower case as printed: the distribution API's one-word codes
// (https://distribution.github.io/distribution/spec/api/#errors-2), "denied" among them
// (only its status is left out there). Besides the Docker daemon's line, containerd and
// BuildKit print the registry's answer after "Server message: " ("429 Too Many Requests -
// Server message: toomanyrequests: You have reached your pull rate limit").

var mServerMessage = mark("Server message: ")

// registryWords are the one-word codes, as the clients print them.
var registryWords = [...]string{"unauthorized", "denied", "toomanyrequests"}

// readRegistryCode takes the code on the daemon's last error line, or after containerd's
// "Server message: ".
func (s *signals) readRegistryCode() {
	if len(s.at(mDaemon)) > 0 {
		line := daemonLine(s.in.text)
		for _, w := range registryWords {
			if i := strings.Index(line, ": "+w); i >= 0 && codeEnds(line[i+2+len(w):]) {
				s.addCode(w, rankCode, "the registry's code \""+w+"\" on the Docker daemon's line")
				return
			}
		}
	}
	s.after(mServerMessage, "", func(rest string) {
		for _, w := range registryWords {
			if strings.HasPrefix(rest, w) && strings.HasPrefix(rest[len(w):], ":") {
				s.addCode(w, rankCode, "the registry's code \""+w+"\" after \"Server message:\"")
			}
		}
	})
}

// codeEnds reports whether what follows a code on the daemon's line ends it: its message's
// colon, or the end of the line.
func codeEnds(rest string) bool {
	rest = strings.TrimRight(rest, " \r")
	return rest == "" || rest[0] == ':'
}

// daemonLine is the text from the daemon's last "Error response from daemon:" to the end of
// its line.
func daemonLine(text string) string {
	i := strings.LastIndex(text, "Error response from daemon:")
	if i < 0 {
		return ""
	}
	line := text[i:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return line
}
