package decoder

import "strings"

// Where the request went. A client that names the URL it called ("url: https://...",
// reqwest's "error sending request for url (http://...)", requests' "for url: ..."), or a
// Cloudflare page titled with the host it served ("relay.example | 502: Bad gateway"),
// shows the address behind the error. When no catalog's host signal is in that address, the
// request went to a host no provider catalog names (a relay, a gateway, a proxy, a local
// server), as it did when a relay's own words show (a catalog's "relay" signal: one-api's
// error type): neither a tool's default API nor an SDK's name alone makes it a provider's
// (identify.go).

// mRequestURL marks the words clients print before the URL they called.
var mRequestURL = marks("url: ", "url (", "url '", "url=", "request url: ")

// mConnPool marks urllib3's pool, which requests' errors name the address by:
// "HTTPConnectionPool(host='localhost', port=1234): Max retries exceeded".
var mConnPool = mark("ConnectionPool(host='")

// mPageTitle marks an HTML page's title, which a Cloudflare error page opens with its host.
var mPageTitle = mark("<title>")

// addressSet is every marker an address follows: most pastes show none, and then no list
// of positions is asked for.
var addressSet = setOf([]int{mConnPool, mPageTitle}, mRequestURL)

// requestElsewhere reports whether the paste names an address it sent the request to and
// none of the catalogs' host signals is in it. Hits hold each literal's first occurrence
// only, so the address is compared with the hosts' texts, not their positions.
func (s *signals) requestElsewhere(e *engine) bool {
	text := s.in.text
	for _, h := range s.hits {
		if e.info[h.id].scanKind == scanRelay { // a relay's own answer (api-gateways.json)
			return true
		}
	}
	if !s.showsAny(addressSet) {
		return false // no address: none of the loops below finds one
	}
	for _, id := range mRequestURL {
		for _, pos := range s.at(id) {
			if addr := requestURLAt(text, pos+len(markers[id])); addr != "" && !s.namesHost(e, addr) {
				return true
			}
		}
	}
	for _, pos := range s.at(mConnPool) {
		if addr := poolAddress(text[pos+len(markers[mConnPool]) : min(len(text), pos+200)]); addr != "" && !s.namesHost(e, addr) {
			return true
		}
	}
	for _, pos := range s.at(mPageTitle) {
		if host := titleHost(text[pos+len("<title>") : min(len(text), pos+len("<title>")+200)]); host != "" && !s.namesHost(e, host) {
			return true
		}
	}
	return false
}

// namesHost reports whether the literal scan found a catalog host in addr. Not inlined: as
// a closure of requestElsewhere it was copied into each of its three loops.
//
//go:noinline
func (s *signals) namesHost(e *engine, addr string) bool {
	for _, h := range s.hits {
		if l := &e.info[h.id]; l.kind == "host" && indexFold(addr, l.text) >= 0 {
			return true
		}
	}
	return false
}

// requestURLAt reads the http(s) URL that starts at text[i] (after a quote or a
// parenthesis), up to its end; "" when none starts there.
func requestURLAt(text string, i int) string {
	if i < len(text) && (text[i] == '(' || text[i] == '\'' || text[i] == '"') {
		i++
	}
	rest := text[i:min(len(text), i+300)]
	if !(len(rest) > 8 && (strings.EqualFold(rest[:7], "http://") || strings.EqualFold(rest[:8], "https://"))) {
		return ""
	}
	n := strings.Index(rest, "://") + 3
	for n < len(rest) && !isSpace(rest[n]) && !strings.ContainsRune("'\"()<>,", rune(rest[n])) {
		n++
	}
	if n <= strings.Index(rest, "://")+3 {
		return ""
	}
	return rest[:n]
}

// titleHost is the host a Cloudflare error page's title opens with ("api.groq.com | 502:
// Bad gateway"), "" for any other title.
func titleHost(title string) string {
	host, rest, ok := strings.Cut(title, " | ")
	if !ok || len(rest) < 4 || !isDigit(rest[0]) || !strings.Contains(host, ".") {
		return ""
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; !(isWordByte(c) || c == '.' || c == '-' || c == ':') {
			return ""
		}
	}
	return host
}

// poolAddress writes urllib3's "host', port=N" as the address "host:N", as the catalogs
// write a local server's (":11434"); "" when it is not that form.
func poolAddress(rest string) string {
	host, rest, ok := strings.Cut(rest, "', port=")
	if !ok || host == "" || strings.ContainsAny(host, " '\n") {
		return ""
	}
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	if n == 0 {
		return ""
	}
	return host + ":" + rest[:n]
}
