package decoder

import "strings"

// header is one response header, name lower-cased.
type header struct {
	name  string
	value string
}

// Single-word header names worth reading; any hyphenated token also counts.
var plainHeaderNames = map[string]bool{
	"date": true, "server": true, "via": true, "connection": true, "vary": true,
	"expires": true, "pragma": true, "etag": true, "age": true, "location": true,
}

// scanHeaderLines reads "Name: value" header lines: the block after a status line in a
// `curl -i` dump, `< Name: value` lines of `curl -v`, and header lists pasted on their own.
// It also reports SSE framing ("event: error", "data: {...}").
func scanHeaderLines(text string) (hs []header, sseError bool, sseData bool) {
	eachLine(text, func(raw string, _ int) {
		line := strings.TrimSpace(raw)
		if len(line) > 8192 {
			return
		}
		if strings.HasPrefix(line, "< ") {
			line = strings.TrimSpace(line[2:])
		}
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
		value := strings.TrimSpace(line[colon+1:])
		lname := strings.ToLower(name)
		switch lname {
		case "event":
			sseError = sseError || value == "error"
			return
		case "data":
			sseData = sseData || strings.HasPrefix(value, "{")
			return
		}
		if value == "" || (!plainHeaderNames[lname] && !strings.Contains(lname, "-")) {
			return
		}
		hs = append(hs, header{lname, value})
	})
	return hs, sseError, sseData
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
// of 0) whose reset header the paste also shows: x-ratelimit-remaining-tokens: 0 and
// x-ratelimit-reset-tokens.
func exhaustedLimits(hs []header, f func(remaining header, resetName, resetValue string)) {
	for _, h := range hs {
		if !strings.Contains(h.name, "remaining") || strings.TrimSpace(h.value) != "0" {
			continue
		}
		name := strings.Replace(h.name, "remaining", "reset", 1)
		if v, ok := headerValue(hs, name); ok {
			f(h, name, v)
		}
	}
}
