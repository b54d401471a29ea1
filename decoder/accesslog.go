package decoder

import "strings"

// A server's access log records the requests the pasting app served: `INFO: 127.0.0.1:53422
// - "POST /v1/ask HTTP/1.1" 500 Internal Server Error` (uvicorn, gunicorn, nginx's combined
// format). Its status and reason phrase are the app's own answer to its caller, never the
// provider's, so normalize blanks each such record before anything reads the text. A
// client's log quotes the response instead (`"HTTP/1.1 429 Too Many Requests"`, httpx):
// that is the provider's status and stays.

// blankAccessLogs returns s with every access-log record, from the quote that opens its
// request to the end of its line, replaced by spaces: offsets into the paste are kept.
// It also works inside JSON-escaped text (`\"POST /x HTTP/1.1\" 500`), where a record ends
// at an escaped newline or the string's closing quote.
func blankAccessLogs(s string) string { return blankAccessLogsKeeping(s, nil) }

// blankAccessLogsKeeping is blankAccessLogs that also appends each blanked record's status,
// at the record's offset, to served (when served is not nil): the status a self-hosted
// server's own log gave its client (servedstatus.go).
func blankAccessLogsKeeping(s string, served *[]servedStatus) string {
	var b []byte
	for from := 0; ; {
		k := strings.Index(s[from:], "HTTP/")
		if k < 0 {
			break
		}
		k += from
		start, end, ok := accessRecord(s, k)
		from = max(end, k+5)
		if !ok {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		if served != nil {
			if st, at, ok := recordStatus(s[k:end]); ok {
				*served = append(*served, servedStatus{pos: k + at, end: end, code: st, what: s[start:end]})
			}
		}
		for i := start; i < end; i++ {
			b[i] = ' '
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// accessRecord reads the text around the "HTTP/" at k: `"METHOD path HTTP/x.y" NNN ...`.
// It returns where the record starts (its opening quote) and ends.
func accessRecord(s string, k int) (start, end int, ok bool) {
	lineStart := strings.LastIndexByte(s[:k], '\n') + 1
	q := strings.LastIndexByte(s[lineStart:k], '"')
	if q < 0 {
		return 0, 0, false
	}
	q += lineStart
	method, path, found := strings.Cut(s[q+1:k], " ")
	if !found || !isOneOf(method, httpMethods) || !strings.HasPrefix(path, "/") && !strings.HasPrefix(path, "http") {
		return 0, 0, false
	}
	i := k + len("HTTP/")
	for i < len(s) && (isDigit(s[i]) || s[i] == '.') {
		i++
	}
	if i < len(s) && s[i] == '\\' {
		i++
	}
	if !strings.HasPrefix(s[i:], "\" ") || i+5 > len(s) || !isDigit(s[i+2]) || !isDigit(s[i+3]) || !isDigit(s[i+4]) {
		return 0, 0, false
	}
	end = i + 5
	for end < len(s) && s[end] != '\n' && s[end] != '"' && !(s[end] == '\\' && end+1 < len(s) && (s[end+1] == 'n' || s[end+1] == '"')) {
		end++
	}
	if q > 0 && s[q-1] == '\\' {
		q-- // the escaped quote that opens it
	}
	return q, end, true
}

// httpMethods are the methods an access record's request starts with (isOneOf: a list is
// data, where a map literal was built in the package's init).
var httpMethods = []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}

// recordStatus reads the status of an access record from its "HTTP/x.y" on: the three
// digits after the quote that closes the request (`HTTP/1.1" 404 Not Found`), and where
// they are in rec.
func recordStatus(rec string) (status, at int, ok bool) {
	q := strings.IndexByte(rec, '"')
	if q < 0 || q+5 > len(rec) || rec[q+1] != ' ' {
		return 0, 0, false
	}
	status, ok = statusFromNumber(rec[q+2 : q+5])
	return status, q + 2, ok
}
