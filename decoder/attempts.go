package decoder

import "strings"

// The attempts a pasted log shows (Result.Attempts): each failure line (a status the log
// prints: "HTTP/1.1 429", "API Error (429 {...})", "exceeded retry limit, last status: 429")
// and each retry line that follows one ("Retrying request to /chat/completions in 0.455016
// seconds", Claude Code's "Retrying in 17 seconds… (attempt 6/10)", Codex's "retrying 3/5 in
// 2.3s"). A retry line's wait is the wait the client took, never the server's retry_after_ms;
// the wait the server asked for is read from the failure line itself.

// maxAttempts bounds the attempts listed: a log of thousands keeps its last ones.
const maxAttempts = 32

// attemptReader walks a paste's lines, building its attempts.
type attemptReader struct {
	out     []Attempt
	open    bool // the last attempt has no retry after it yet
	retried bool // some retry line was seen
	try     int  // the tool's own count on its last retry line ("attempt 6/10"): 6
	of      int  // and its limit: 10
	// retrying: the paste holds "retrying" somewhere; without it no line is a retry line.
	retrying bool
}

// readAttempts lists the failures text shows, when they are tries of one request: a
// client retried, or the same status came back again. A log of different errors (a 400, then
// a 422) is several errors, not attempts (Result.OtherErrors counts those).
func readAttempts(text string) attemptReader { return readAttemptsWith(text, retryWord(text)) }

// readAttemptsWith is readAttempts told retryWord(text).
func readAttemptsWith(text string, retrying bool) attemptReader {
	var a attemptReader
	// Without a retry line ("retrying" nowhere in the paste), attempts need two failure
	// lines: a paste with fewer (most pastes: one error) has none to read, and its lines'
	// times, codes and waits are never looked at.
	a.retrying = retrying
	if !a.retrying && (strings.IndexByte(text, '\n') < 0 || !twoFailureLines(text)) {
		return a
	}
	eachLine(text, a.line)
	if !a.retried && (len(a.out) < 2 || !sameStatus(a.out)) {
		a.out = nil
	}
	if len(a.out) > maxAttempts {
		a.out = a.out[len(a.out)-maxAttempts:]
	}
	return a
}

// twoFailureLines reports whether two lines of text state an error status (lineStatus),
// the lines attemptReader.line reads as failures. Only lines holding a number from 400
// to 599 can (errornumbers.go).
func twoFailureLines(text string) bool {
	n := 0
	for i := nextErrorNumber(text, 0); i >= 0 && n < 2; {
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := indexByteFrom(text, i, '\n')
		if line := text[start:end]; len(line) <= 4096 && lineStatus(trimMargin(line)) != 0 {
			n++
		}
		i = nextErrorNumber(text, end+1)
	}
	return n == 2
}

func sameStatus(as []Attempt) bool {
	for _, t := range as {
		if t.HTTPStatus != as[0].HTTPStatus {
			return false
		}
	}
	return true
}

// line reads one line at off.
func (a *attemptReader) line(line string, off int) {
	if len(line) > 4096 {
		return
	}
	body := trimMargin(line)
	status := lineStatus(body)
	var taken int64
	retry := false
	if a.retrying {
		taken, retry = retryWait(body)
	}
	if status == 0 && !retry {
		return
	}
	stamp := lineTime(line)
	at := off + len(line) - len(body)
	if status != 0 {
		a.failure(Attempt{Offset: at, Time: stamp, HTTPStatus: status, Code: lineCode(line), WaitAskedMS: askedWait(line)})
	}
	if retry {
		if !a.open {
			a.out = append(a.out, Attempt{Offset: at, Time: stamp, Code: lineCode(line)})
		}
		a.out[len(a.out)-1].WaitTakenMS = taken
		a.open, a.retried = false, true
		a.try, a.of = tryCount(line)
	}
}

// failure adds a failure, or joins it to the open one it re-prints: the same status with no
// time of its own (an SDK's exception after the log line of its last response).
func (a *attemptReader) failure(f Attempt) {
	if n := len(a.out); a.open && n > 0 {
		last := &a.out[n-1]
		if (last.HTTPStatus == f.HTTPStatus || last.HTTPStatus == 0) && (f.Time == "" || f.Time == last.Time) {
			last.HTTPStatus = f.HTTPStatus
			if last.Code == "" {
				last.Code = f.Code
			}
			if last.WaitAskedMS == 0 {
				last.WaitAskedMS = f.WaitAskedMS
			}
			return
		}
	}
	a.out = append(a.out, f)
	a.open = true
}

// trimMargin drops what a terminal tool draws before a line's text: indentation and
// symbols such as Claude Code's "⎿" and "✻" (any non-ASCII byte at the margin).
func trimMargin(line string) string {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] >= 0x80) {
		i++
	}
	return line[i:]
}

// lineStatus is the error status a line states, 0 if none.
func lineStatus(line string) int {
	best, strength := 0, 0
	scanStatuses(line, func(st statusSeen) {
		if st.code >= 400 && st.strength >= anchorLead && st.strength > strength {
			best, strength = st.code, st.strength
		}
	})
	return best
}

// retryWait reads a client's retry line: "Retrying ... in 0.455016 seconds", "retrying 3/5
// in 2.3s", "Retrying with backoff" (no wait given).
func retryWait(line string) (int64, bool) {
	i := indexFold(line, "retrying")
	if i < 0 {
		i = indexFold(line, reconnecting)
	}
	if i < 0 {
		return 0, false
	}
	rest := line[i:min(len(line), i+160)]
	if j := strings.Index(rest, " in "); j >= 0 {
		if ms, _, ok := readAmountsAt(rest[j+4:]); ok {
			return ms, true
		}
	}
	return 0, true
}

// reconnecting is Codex's word for a retry: "Reconnecting... 2/5 (stream disconnected before
// completion: ...)", its StreamError notice (codex-rs/core/src/codex.rs).
const reconnecting = "reconnecting... "

// retryWordSet marks both words retryWord looks for (reconnecting without its dots, which
// a wrapped line may break): where the literal scan read the whole text and found neither,
// retryWord would find neither, and Decode does not ask it (TestRetryWordShown).
var retryWordSet = setOf(marks("retrying", reconnecting[:len("reconnecting")]))

// retryWord reports whether text holds "retrying" or reconnecting, in any case (as
// indexFold finds them), which readAttempts asks of every paste: one search for the g both
// end their "ing" with, in either case, where an indexFold for each read the text for its
// own rare byte.
func retryWord(text string) bool {
	next, nextUpper := -1, -1 // the next 'g' and 'G' at or after j, or len(text)
	for j := 0; j < len(text); j++ {
		if next < j {
			next = indexByteFrom(text, j, 'g')
		}
		if nextUpper < j {
			nextUpper = indexByteFrom(text, j, 'G')
		}
		if j = min(next, nextUpper); j >= len(text) {
			return false
		}
		if j < 2 || lower(text[j-1]) != 'n' || lower(text[j-2]) != 'i' {
			continue // both words end in "ing": most g's of a paste ("org", "again") do not
		}
		head := text[:j+1]
		if hasFoldSuffix(head, "retrying") ||
			hasFoldSuffix(head, reconnecting[:len("reconnecting")]) && strings.HasPrefix(text[j+1:], reconnecting[len("reconnecting"):]) {
			return true
		}
	}
	return false
}

// tryCount reads a tool's count on its retry line: "(attempt 6/10)", "retrying 3/5",
// "Reconnecting... 2/5".
func tryCount(line string) (int, int) {
	for _, key := range [...]string{"attempt ", "retrying ", reconnecting} {
		i := indexFold(line, key)
		if i < 0 {
			continue
		}
		rest := line[i+len(key) : min(len(line), i+len(key)+9)]
		n, of, ok := strings.Cut(rest, "/")
		if !ok {
			continue
		}
		k := 0
		for k < len(of) && isDigit(of[k]) {
			k++
		}
		nv, ok1 := atoi(n)
		ov, ok2 := atoi(of[:k])
		if ok1 && ok2 && nv > 0 && nv <= ov {
			return nv, ov
		}
	}
	return 0, 0
}

// Phrases after which a failure line states the server's wait.
var askedWaitKeys = [...]string{"try again in ", "retry after ", "please retry in ", "resets in ", "try again after "}

// askedWait is the wait a failure line says the server asked for.
func askedWait(line string) int64 {
	for _, k := range askedWaitKeys {
		if i := indexFold(line, k); i >= 0 {
			rest := strings.TrimLeft(line[i+len(k):], "~")
			if ms, _, ok := readAmountsAt(rest[:min(len(rest), 40)]); ok {
				return ms
			}
		}
	}
	for _, k := range [...]string{"retry_after: ", "retry_after=", "retry-after: "} {
		if i := indexFold(line, k); i >= 0 {
			rest := line[i+len(k):]
			n := 0
			for n < len(rest) && n < 7 && isDigit(rest[n]) {
				n++
			}
			if v, ok := atoi(rest[:n]); ok && n > 0 {
				return int64(v) * 1000
			}
		}
	}
	return 0
}

// lineCode is the error code a failure line's body carries: "code":"x", 'code': 'x', or an
// error type "type":"overloaded_error".
func lineCode(line string) string {
	for _, k := range [...]string{`"code":`, `'code':`, `"type":`, `'type':`} {
		for from := 0; ; {
			i := strings.Index(line[from:], k)
			if i < 0 {
				break
			}
			from += i + len(k)
			v := quotedAt(strings.TrimLeft(line[from:], " "))
			if len(v) >= 3 && !isAllDigits(v) && v != "error" && isIdentifier(v) {
				return v
			}
		}
	}
	return ""
}

// quotedAt returns the quoted word s starts with, "" if none.
func quotedAt(s string) string {
	if s == "" || (s[0] != '"' && s[0] != '\'') {
		return ""
	}
	if e := strings.IndexByte(s[1:], s[0]); e > 0 && e < 80 {
		return s[1 : 1+e]
	}
	return ""
}

// lineTime is the timestamp a log line opens with, as written: "2024-03-04 19:34:47,791",
// "[2026-06-19 10:53:13]", "01:35:59.618", "" if none.
func lineTime(line string) string {
	t := strings.TrimLeft(line, " \t[")
	i := 0
	if len(t) >= 10 && isDigit(t[0]) && (t[4] == '-' || t[4] == '/') && (t[7] == '-' || t[7] == '/') {
		i = 10
		if i < len(t) && (t[i] == ' ' || t[i] == 'T') {
			i++
		}
	}
	if len(t) < i+8 || !isDigit(t[i]) || t[i+2] != ':' || t[i+5] != ':' || !isDigit(t[i+7]) {
		return ""
	}
	i += 8
	if i+1 < len(t) && (t[i] == '.' || t[i] == ',') && isDigit(t[i+1]) {
		i++
		for i < len(t) && isDigit(t[i]) {
			i++
		}
	}
	if i < len(t) && t[i] == 'Z' {
		i++
	}
	return t[:i]
}

// noteAttempts puts the attempts into r, and says what was already tried.
func noteAttempts(r *Result, a attemptReader) {
	if len(a.out) == 0 || r.Thin {
		return
	}
	r.Attempts = a.out
	said := triedText(a)
	r.Evidence = append(r.Evidence, strings.ToLower(said[:1])+said[1:len(said)-1])
	if r.SDKBehavior == "" || strings.Contains(r.SDKBehavior, "first attempt") {
		r.SDKBehavior = said
		return
	}
	r.SDKBehavior = said + " " + r.SDKBehavior
}

// triedText says what the log shows was tried: "This log shows 3 attempts (429, 429, 429);
// the client waited 0.92 s and 0.87 s between them. The tool was on attempt 6 of 10."
func triedText(a attemptReader) string {
	var statuses, waits []string
	for _, t := range a.out {
		switch {
		case t.HTTPStatus != 0:
			statuses = append(statuses, itoa(t.HTTPStatus))
		case t.Code != "":
			statuses = append(statuses, t.Code)
		default:
			statuses = append(statuses, "no status")
		}
		if t.WaitTakenMS > 0 {
			waits = append(waits, waitText(t.WaitTakenMS))
		}
	}
	out := "This log shows " + plural(len(a.out), "attempt") + " (" + listText(statuses, 8) + ")"
	if len(waits) > 0 {
		out += "; the client waited " + listText(waits, 8) + " before retrying"
	}
	out += "."
	if a.of > 0 {
		out += " Its last retry line counts " + itoa(a.try) + " of " + itoa(a.of) + "."
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

// listText joins up to n items with commas, then "…".
func listText(items []string, n int) string {
	if len(items) > n {
		return strings.Join(items[:n], ", ") + ", …"
	}
	return strings.Join(items, ", ")
}

// waitText writes a client's wait as its log does, to the hundredth of a second when short:
// "0.92 s", "17 s", "2 min 5 s".
func waitText(ms int64) string {
	if ms < 10000 {
		return formatDecimal(float64(ms)/1000, 2) + " s"
	}
	return durationText(ms)
}
