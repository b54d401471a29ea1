package decoder

import "strings"

// The registry's code where a container client prints it (registrystatus.go has the forms)
// is the error's code, lower case as printed: the distribution API's one-word codes
// (https://distribution.github.io/distribution/spec/api/#errors-2), "denied" among them
// (only its status is left out there). Besides the Docker daemon's line, containerd and
// BuildKit print the registry's answer after "Server message: " ("429 Too Many Requests -
// Server message: toomanyrequests: You have reached your pull rate limit").

var mServerMessage = mark("Server message: ")

// registryWords are the codes, as the clients print them: the distribution library's
// ErrorCode.Error lower-cases the code's name and turns its underscores into spaces
// (from: distribution/distribution registry/api/errcode/errors.go; the codes of
// registry/api/v2/errors.go and the OCI spec's table).
var registryWords = [...]string{"unauthorized", "denied", "toomanyrequests",
	"manifest unknown", "name unknown", "blob unknown", "manifest invalid", "name invalid",
	"tag invalid", "digest invalid", "manifest blob unknown", "blob upload unknown", "unsupported"}

// A registry client's line beyond the daemon's: the distribution error's print
// "<code>: <message>" after the client's own words for the request, in a paste that shows
// the request went to a registry: the distribution API's /v2/ path ("Get
// https://quay.io/v2/: unauthorized: ..."), containers/image's "reading manifest <tag> in
// <repo>: ..." and its docker:// references (Podman, Skopeo, Buildah), docker-compose's
// "Pulling <service> (<image>)...".
var mRegistryContext = marks("/v2/", "reading manifest ", "docker://", "Pulling ", "docker pull ", "docker push ")

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
	if s.readRegistryPrint() {
		return
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

// readRegistryPrint takes the first registry code printed as "<code>: " after ": " or at a
// line's start ("ERROR: unauthorized: ..."), in a paste that shows a registry request. The
// code must be written as the library prints it, lower case: "Unauthorized:" is an HTTP
// reason phrase.
func (s *signals) readRegistryPrint() bool {
	shown := false
	for _, id := range mRegistryContext {
		shown = shown || len(s.at(id)) > 0
	}
	if !shown {
		return false
	}
	text := s.in.text
	best, code := -1, ""
	for _, w := range registryWords {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], w+": ")
			if i < 0 {
				break
			}
			i += from
			from = i + len(w)
			if registryCodeStarts(text[:i]) && (best < 0 || i < best) {
				best, code = i, w
				break
			}
		}
	}
	if best < 0 {
		return false
	}
	s.addCode(code, rankCode, "the registry's code \""+code+"\" before its message")
	return true
}

// registryCodeStarts reports whether a registry code may start after before: at a line's
// start (after a tool's "ERROR: " or "Error: "), or after the ": " that ends the client's
// words for the request.
func registryCodeStarts(before string) bool {
	before = strings.TrimSuffix(strings.TrimSuffix(before, "ERROR: "), "Error: ")
	return before == "" || before[len(before)-1] == '\n' || strings.HasSuffix(before, ": ")
}
