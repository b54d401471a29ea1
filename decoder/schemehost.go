package decoder

// A URL written with its scheme twice ("http://https://api.example.com/v1") or without a
// host ("http:///v1") is parsed with the second scheme as its host name: the client then
// looks up a host called "https" or "http", which no resolver will ever find. Such a
// connection failure is the caller's URL, not the network: no wait lets the same request
// through. urllib3 names the pool it tried by its host ("HTTPConnectionPool(host='https',
// port=80)"), Node's resolver the name it looked up ("getaddrinfo ENOTFOUND https").
// from: https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py
// (ConnectionPool.__str__: f"{type(self).__name__}(host={self.host!r}, port={self.port!r})")
// and https://nodejs.org/api/dns.html#error-codes (getaddrinfo ENOTFOUND <hostname>)

// Markers of a scheme looked up as a host; the resolver's ones need a name to end after them.
var (
	mSchemeHostQuoted = marks("host='https'", "host='http'", `host="https"`, `host="http"`)
	mSchemeHostLookup = marks("ENOTFOUND https", "ENOTFOUND http")
)

// schemeAsHost returns the part of the paste that shows a scheme looked up as a host
// name, or "". It runs in extraction; advice reads signals.schemeHost.
func (s *signals) schemeAsHost() string {
	for _, id := range mSchemeHostQuoted {
		if len(s.at(id)) > 0 {
			return markers[id]
		}
	}
	text := s.in.text
	for _, id := range mSchemeHostLookup {
		for _, at := range s.at(id) {
			end := at + len(markers[id])
			if end > len(text) || text[at:end] != "ENOTFOUND https"[:len(markers[id])] {
				continue // the marker is matched ignoring case; the resolver's code is upper case
			}
			if end == len(text) || !isWordByte(text[end]) && text[end] != '.' && text[end] != '-' {
				return text[at:end]
			}
		}
	}
	return ""
}
