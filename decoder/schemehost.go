package decoder

import "strings"

// A URL written with its scheme twice ("http://https://api.example.com/v1") or without a
// host ("http:///v1") is parsed with the second scheme as its host name: the client then
// looks up a host called "https" or "http", which no resolver will ever find. Such a
// connection failure is the caller's URL, not the network: no wait lets the same request
// through. urllib3 names the pool it tried by its host ("HTTPConnectionPool(host='https',
// port=80)"), Node's resolver the name it looked up ("getaddrinfo ENOTFOUND https").
// from: https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py
// (ConnectionPool.__str__: f"{type(self).__name__}(host={self.host!r}, port={self.port!r})")
// and https://nodejs.org/api/dns.html#error-codes (getaddrinfo ENOTFOUND <hostname>)

// schemeAsHost returns the part of text that shows a scheme looked up as a host name, or "".
func schemeAsHost(text string) string {
	for _, p := range []string{"host='https'", "host='http'", `host="https"`, `host="http"`} {
		if strings.Contains(text, p) {
			return p
		}
	}
	for _, p := range []string{"ENOTFOUND https", "ENOTFOUND http"} {
		i := strings.Index(text, p)
		if i < 0 {
			continue
		}
		if end := i + len(p); end == len(text) || !isWordByte(text[end]) && text[end] != '.' && text[end] != '-' {
			return p
		}
	}
	return ""
}
