package decoder

import "strings"

// header is one response header, name lower-cased.
type header struct {
	name  string
	value string
}

// Single-word header names worth reading; any hyphenated token also counts (isOneOf: a list
// is data, where a map literal was built in the package's init).
var plainHeaderNames = []string{"date", "server", "via", "connection", "vary", "expires", "pragma",
	"etag", "age", "location",
	"ratelimit", // the IETF draft's one field, "default";r=0;t=10 (windowpolicy.go)
}

// scanHeaderLines reads "Name: value" header lines: the block after a status line in a
// `curl -i` dump, `< Name: value` lines of `curl -v`, and header lists pasted on their own.
// It also reports SSE framing ("event: error", "data: {...}"). Not inlined: it runs once a
// decode, and its line closure was compiled into each caller.
//
//go:noinline
func scanHeaderLines(text string) (hs []header, sseError bool, sseData bool) {
	eachLine(text, func(raw string, off int) {
		line := strings.TrimSpace(raw)
		if len(line) > 8192 {
			return
		}
		if strings.HasPrefix(line, "< ") {
			line = strings.TrimSpace(line[2:])
		}
		line, quoted := unquoteName(line)
		colon := strings.IndexByte(line, ':')
		if colon <= 0 || colon > 64 {
			return
		}
		name := line[:colon]
		// Checked before lower-casing, which would copy every log line's "10:00:00"
		// prefix: "event" and "data" are valid names too.
		if !validHeaderName(name) {
			return
		}
		value, isQuoted := unquoteValue(strings.TrimSpace(line[colon+1:]))
		if quoted && !isQuoted {
			return // a quoted key with a number, object or list: a printed field, not a header
		}
		lname := strings.ToLower(name)
		if quoted && (lname == "event" || lname == "data") {
			return // a printed object's member, not a stream's framing
		}
		switch lname {
		case "event":
			sseError = sseError || value == "error" && name == lname
			return
		case "data":
			// A stream's field names are case-sensitive: "Data: {...}" is a program's own
			// label (a JSON-RPC error's data), no event's framing
			// (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
			sseData = sseData || wireJSON(value) && name == lname && !inspectedObject(value, text[min(len(text), off+len(raw)+1):])
			return
		}
		if value == "" || (!isOneOf(lname, plainHeaderNames) && !strings.Contains(lname, "-")) {
			return
		}
		hs = append(hs, header{lname, value})
	})
	return hs, sseError, sseData
}

// unquoteName reads a header printed as a member of an object, one a line, its name
// quoted: Node's util.inspect of a Headers object or a plain one ("headers: Headers {" then
// "'x-ratelimit-remaining-tokens': '0',", from: https://nodejs.org/api/util.html#utilinspectobject-options,
// which quotes a key that is no identifier), Python's pprint of a dict. It returns the line
// with the name's quotes taken off, and whether there were any.
func unquoteName(line string) (string, bool) {
	if len(line) < 4 || (line[0] != '\'' && line[0] != '"') {
		return line, false
	}
	e := strings.IndexByte(line[1:], line[0]) + 1
	if e < 2 || e+1 >= len(line) || line[e+1] != ':' {
		return line, false
	}
	return line[1:e] + line[e+1:], true
}

// unquoteValue takes a printed member's quotes and trailing comma off its value,
// "'Tue, 17 Jun 2025 05:21:48 GMT'," (util.inspect quotes strings with '), and reports
// whether it was quoted; a value that is not is returned as it is.
func unquoteValue(v string) (string, bool) {
	t := strings.TrimSuffix(v, ",")
	if len(t) >= 2 && (t[0] == '\'' || t[0] == '"') && t[len(t)-1] == t[0] && strings.IndexByte(t[1:len(t)-1], t[0]) < 0 {
		return t[1 : len(t)-1], true
	}
	return v, false
}

// wireJSON reports whether an SSE data line's value is a JSON object as a stream sends it
// ({"error": ...}): a language's print of the decoded value after the app's own "data:"
// (Dart's and JS's {error: {message: ...}}, Java's {error={code=404}}) is no stream's framing.
func wireJSON(value string) bool {
	if !strings.HasPrefix(value, "{") {
		return false
	}
	rest := strings.TrimLeft(value[1:], " \t")
	return rest == "" || rest[0] == '"' || rest[0] == '}'
}

// inspectedObject reports whether a "data: {" that opens an object alone on its line goes on
// as a language's print of it, its first key unquoted (Node's util.inspect of an axios
// error's response.data: "data: {\n  error: {\n    message: '...'"): a stream's event
// sends its JSON on the data line itself, each line of it after a "data:" of its own
// (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
func inspectedObject(value, after string) bool {
	if strings.TrimSpace(value) != "{" {
		return false
	}
	next := strings.TrimLeft(lineAt(after), " \t")
	return next != "" && isLetter(next[0]) && !strings.HasPrefix(next, "data:")
}

func validHeaderName(s string) bool {
	if s == "" || !isLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isLetter(c) || isDigit(c) || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// headerValue returns the last value of the named header (lower-case name).
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func headerValue(hs []header, name string) (string, bool) {
	for i := len(hs) - 1; i >= 0; i-- {
		if hs[i].name == name {
			return hs[i].value, true
		}
	}
	return "", false
}

// exhaustedLimits calls f for each limit the headers show used up (a "remaining" header
// of 0, or a "used-percent" one of 100) whose reset header the paste also shows:
// x-ratelimit-remaining-tokens: 0 and x-ratelimit-reset-tokens; the ChatGPT-plan Codex
// backend's x-codex-primary-used-percent: 100 and x-codex-primary-reset-at. Such a limit
// states its reset twice, as seconds to wait and as an instant: a reader of waits (wait)
// gets the seconds, which the server rounded up, a reader of resets the exact instant.
func exhaustedLimits(hs []header, wait bool, f func(remaining header, resetName, resetValue string)) {
	for _, h := range hs {
		if !strings.Contains(h.name, "remaining") {
			continue
		}
		if strings.TrimSpace(h.value) != "0" {
			listedResets(hs, h, f)
			continue
		}
		name := strings.Replace(h.name, "remaining", "reset", 1)
		if v, ok := headerValue(hs, name); ok {
			f(h, name, v)
		} else if v, ok := headerValue(hs, name+"-after"); ok {
			// Discord's X-RateLimit-Reset-After, the seconds (with decimals) until the
			// bucket resets, beside its X-RateLimit-Remaining (from:
			// https://discord.com/developers/docs/topics/rate-limits#header-format).
			f(h, name+"-after", v)
		}
	}
	for _, h := range hs {
		if h.name == "ratelimit" {
			structuredResets(h, f)
			continue
		}
		prefix, ok := usedUp(h)
		if !ok {
			continue
		}
		names := [...]string{prefix + "-reset-at", prefix + "-reset-after-seconds"}
		if wait {
			names[0], names[1] = names[1], names[0]
		}
		for _, name := range names {
			if v, ok := headerValue(hs, name); ok && strings.TrimSpace(v) != "" {
				f(h, name, v)
				break
			}
		}
	}
}

// listedResets reads the limits a remaining header reports as a list, one item a limit, in
// the order of the list its reset header gives: Brave's Search API sends
// "X-RateLimit-Remaining: 0, 1985" beside "X-RateLimit-Reset: 1, 1419704" (the second's
// and the month's limits; from:
// https://api-dashboard.search.brave.com/app/documentation/web-search/response-headers),
// as the RateLimit header drafts before 08 let a field carry one item per policy. Each
// item reading 0 is a limit run out, whose reset is the same item of the reset list.
func listedResets(hs []header, h header, f func(remaining header, resetName, resetValue string)) {
	if strings.IndexByte(h.value, ',') < 0 {
		return
	}
	name := strings.Replace(h.name, "remaining", "reset", 1)
	resets, ok := headerValue(hs, name)
	if !ok {
		return
	}
	rem, rs := strings.Split(h.value, ","), strings.Split(resets, ",")
	if len(rem) != len(rs) {
		return
	}
	for i, item := range rem {
		if strings.TrimSpace(item) == "0" {
			f(h, name, strings.TrimSpace(rs[i]))
		}
	}
}

// usedUp reports a header that counts a limit by the share of it used and says it is all
// used (x-codex-primary-used-percent: 100), with the name the limit's other headers start
// with (x-codex-primary: -window-minutes, -reset-at, -reset-after-seconds).
func usedUp(h header) (prefix string, ok bool) {
	if !strings.HasSuffix(h.name, "-used-percent") {
		return "", false
	}
	f, isNum := parseDecimal(strings.TrimSpace(h.value))
	return h.name[:len(h.name)-len("-used-percent")], isNum && f >= 100
}

// usedUpWindowMinutes is the length in minutes of the longest limit the headers show all
// used that states it (x-codex-primary-window-minutes: 10080), with that header's name.
func usedUpWindowMinutes(hs []header) (minutes int, name string) {
	for _, h := range hs {
		prefix, ok := usedUp(h)
		if !ok {
			continue
		}
		v, _ := headerValue(hs, prefix+"-window-minutes")
		if n, ok := parseDecimal(strings.TrimSpace(v)); ok && int(n) > minutes {
			minutes, name = int(n), prefix+"-window-minutes: "+strings.TrimSpace(v)
		}
	}
	return minutes, name
}

// structuredResets calls f with the reset of each limit the IETF RateLimit field reports
// used up: drafts 08 and later write one item per policy, "default";r=0;t=30, r being what
// remains and t the seconds until the quota resets (from:
// https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/, the -09 text;
// policyWindow reads the window of the same item).
func structuredResets(h header, f func(remaining header, resetName, resetValue string)) {
	for _, item := range strings.Split(h.value, ",") {
		if policyParam(item, "r") != "0" {
			continue
		}
		if t := policyParam(item, "t"); t != "" {
			f(h, "its t", t)
		}
	}
}

// policyParam is the value of parameter key in a structured-field item ("20;w=60"), "" when
// it has none.
func policyParam(item, key string) string {
	params := strings.Split(item, ";")
	for _, p := range params[1:] {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && k == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
