package decoder

import "strings"

// Container registries answer with the distribution API's error codes, each sent with one
// status (https://distribution.github.io/distribution/spec/api/#errors-2: UNAUTHORIZED 401,
// NAME_UNKNOWN, MANIFEST_UNKNOWN and BLOB_UNKNOWN 404, TOOMANYREQUESTS 429). DENIED is
// left out: the daemon also prints "denied" for a pull refused by the token service's 401.
// The Docker daemon prints the code the way the distribution library spells it, lower case
// with spaces, then the message: "Error response from daemon: ...: unauthorized: incorrect
// username or password", "...: manifest unknown: manifest unknown". A registry's code is read
// only on the daemon's line, where "unauthorized" and "denied" are codes and not words.

var mDaemon = mark("Error response from daemon:")

// registryCodes are the codes as the daemon prints them, each with the separator that
// follows it there.
var registryCodes = []struct {
	code   string
	status int
}{
	{": unauthorized:", 401},
	{": manifest unknown", 404},
	{": name unknown", 404},
	{": blob unknown", 404},
	{": toomanyrequests:", 429},
}

// registryStatus finds the registry code on the daemon's last error line.
func registryStatus(text string) (statusSeen, bool) {
	i := strings.LastIndex(text, "Error response from daemon:")
	if i < 0 {
		return statusSeen{}, false
	}
	// A code that ends the line ("...manifests/latest": unauthorized) is read as if its
	// message followed (registrycode.go).
	line := strings.TrimRight(daemonLine(text), " \r") + ":"
	for _, c := range registryCodes {
		if j := strings.Index(line, c.code); j >= 0 {
			code := strings.Trim(c.code, ": ")
			return statusSeen{c.status, anchorReasonBody, i + j + 2, "the registry's error code \"" + code + "\" on the Docker daemon's line, which the registry API sends with " + itoa(c.status)}, true
		}
	}
	return statusSeen{}, false
}
