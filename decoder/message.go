package decoder

import "strings"

// The provider's message: the human text the provider sent, never a markdown heading, a
// traceback frame, a request id, markup or an exception header. Candidates are tried from
// the most to the least structured; each is cleaned of what printers put around it (a
// leading status, an exception class, quotes) and turned away when what is left has one of
// those shapes.

// message returns the provider's message, "" when the paste holds no text at all.
func (s *signals) message() string {
	if m, ok := s.structuredMessage(); ok {
		return m
	}
	if m, ok := s.lineMessage(); ok {
		return m
	}
	if s.primary >= 0 { // an exception raised with no message: its class is all there is
		return clip(s.excs[s.primary].full(), 300)
	}
	return "" // all structure, no words the provider wrote (a fragment of a body)
}

// structuredMessage tries the body messages (deepest first), a message field of a body cut
// short, the exceptions' messages (the one raised first) and the HTML title.
func (s *signals) structuredMessage() (string, bool) {
	var rank [8]int // room for the usual few: no allocation
	for _, i := range s.messagesByRank(rank[:0]) {
		if m, ok := fieldMessage(s.body.messages[i].text, 600); ok {
			return m, true
		}
	}
	if m, ok := quotedMessage(s.in.text[:min(len(s.in.text), 64<<10)]); ok {
		return m, true
	}
	if s.primary >= 0 {
		if m, ok := plainMessage(s.excs[s.primary].message, 600); ok {
			return m, true
		}
	}
	for i := range s.excs {
		if m, ok := plainMessage(s.excs[i].message, 600); ok && i != s.primary {
			return m, true
		}
	}
	return plainMessage(s.htmlTitle, 200)
}

// messagesByRank returns the indexes of the body messages, highest rank first (of equals,
// the first seen), appended to idx.
func (s *signals) messagesByRank(idx []int) []int {
	for i := range s.body.messages {
		idx = append(idx, i)
	}
	sortStable(idx, func(a, b int) bool { return s.body.messages[a].rank > s.body.messages[b].rank })
	return idx
}

// lineMessage reads the paste's lines in order for the first that is a message: a labelled
// one ("message: ...", gRPC's details = "...") before any other.
func (s *signals) lineMessage() (string, bool) {
	text := s.in.text[:min(len(s.in.text), 16<<10)]
	var first string
	found := false
	eachLine(text, func(line string, _ int) {
		t := trimIndent(line)
		if rest, ok := labelled(t); ok && !found {
			if m, ok := plainMessage(rest, 600); ok {
				first, found = m, true
			}
		}
	})
	if found {
		return first, true
	}
	// A line that opens with a status ("402 Insufficient Balance") is an SDK's print of the
	// message; else the first line that is not a "Model: DeepSeek Chat" field.
	for _, wantStatus := range [...]bool{true, false} {
		source := false // the line after a frame is its source code
		eachLine(text, func(line string, _ int) {
			t := trimIndent(line)
			frame, code := isFrameLine(line), source
			source = strings.HasPrefix(t, "File \"")
			if first != "" || frame || code || opensWithStatus(t) != wantStatus || (!wantStatus && isFieldLine(t)) {
				return
			}
			first, _ = plainMessage(t, 600)
		})
	}
	return first, first != ""
}

// labelled returns the value of a "message: ...", "message    = ..." or gRPC "details = ..."
// line.
func labelled(t string) (string, bool) {
	for _, label := range [...]string{"message", "Message", "details"} {
		rest, ok := strings.CutPrefix(t, label)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, "= ") {
			return rest[2:], true
		}
	}
	return "", false
}

func opensWithStatus(t string) bool {
	return len(t) > 4 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && t[3] == ' ' && t[0] >= '4' && t[0] <= '5'
}

// isFieldLine reports a "Label: value" line of a report ("Model: DeepSeek Chat",
// "Status Code: 402"), which frames the error rather than saying it.
func isFieldLine(t string) bool {
	label, _, ok := strings.Cut(t, ": ")
	if !ok {
		return false
	}
	for _, l := range [...]string{"Model", "Provider", "Status Code", "Status", "Endpoint", "Region", "Time", "Timestamp", "Date", "URL", "Method"} {
		if label == l {
			return true
		}
	}
	return false
}

// fieldMessage cleans the value of a body's message field. The field is the provider's
// message whatever it holds (markup included, shown as text); only a body inside it, which
// was read for its own message, or a value without words is passed over.
func fieldMessage(m string, n int) (string, bool) {
	m = strings.TrimSpace(m)
	if m == "" || isBody(m) || strings.IndexFunc(m, isLetterRune) < 0 {
		return "", false
	}
	if c, ok := plainMessage(m, n); ok {
		return c, true // the printed prefixes cleaned off
	}
	return clip(m, n), true
}

func isLetterRune(r rune) bool { return r >= 0x80 || isLetter(byte(r)) }

// plainMessage cleans a candidate message and reports whether it is one.
func plainMessage(m string, n int) (string, bool) {
	m = strings.TrimSpace(m)
	if m == "" || isPairLine(m) {
		return "", false
	}
	for {
		c := stripPrinted(m)
		if c == m {
			break
		}
		m = c
	}
	m = cutDetails(m)
	if m == "" || badMessage(m) {
		return "", false
	}
	return clip(m, n), true
}

// stripPrinted removes one layer of what printers put before or around a message: a status
// ("429 Rate limit ..."), an exception class ("RateLimitError: ", "CerebrasException - ",
// "(AI_APICallError) "), quotes.
func stripPrinted(m string) string {
	m = strings.TrimSpace(m)
	if len(m) > 4 && isDigit(m[0]) && isDigit(m[1]) && isDigit(m[2]) && m[3] == ' ' {
		// "Error: 422 status code (no body)" is the message as the SDK writes it.
		if r := m[4]; (isLetter(r) || r == '"' || r == '\'') && !strings.HasPrefix(m[4:], "status code") {
			return m[4:]
		}
	}
	if rest, ok := strings.CutPrefix(m, "<class '"); ok { // <class 'requests.exceptions.ReadTimeout'>: ...
		if _, after, ok := strings.Cut(rest, "'>: "); ok {
			return after
		}
	}
	if strings.HasPrefix(m, "**") { // a bold label: "**Error:** An error occurred ..."
		if j := strings.Index(m[2:], "**"); j > 0 && j < 24 && strings.HasSuffix(m[2:2+j], ":") {
			return m[2+j+2:]
		}
	}
	if len(m) >= 2 && (m[0] == '"' || m[0] == '\'') && m[len(m)-1] == m[0] {
		return m[1 : len(m)-1]
	}
	if m != "" && m[0] == '(' {
		if j := strings.IndexByte(m, ')'); j > 1 && isIdentifier(m[1:j]) && strings.ContainsAny(m[1:j], "_ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return m[j+1:]
		}
	}
	return stripClass(m)
}

// stripClass removes an exception class written before the message with ": " or " - ".
func stripClass(m string) string {
	colon, dash := classSeps(m)
	for _, c := range [...]struct{ j, n int }{{colon, 2}, {dash, 3}} {
		if j := c.j; j > 0 && isIdentifier(m[:j]) {
			if _, ok := splitClass(m[:j]); ok && isExceptionName(shortClass(m[:j])) {
				return m[j+c.n:]
			}
		}
	}
	return m
}

// classSeps finds where ": " and " - " follow a leading identifier (-1 where not), as
// strings.Index would for each when the text before it is one, without searching the rest
// of m: an identifier has no space, so either can only start where the identifier's bytes
// end (": " one byte before, its colon being one of them).
func classSeps(m string) (colon, dash int) {
	k := 0
	for k < len(m) && k <= 81 && (isWordByte(m[k]) || strings.IndexByte(".-:#/", m[k]) >= 0) {
		k++
	}
	colon, dash = -1, -1
	if k > 0 && k < len(m) && m[k] == ' ' && m[k-1] == ':' {
		colon = k - 1
	}
	if strings.HasPrefix(m[k:], " - ") {
		dash = k
	}
	return colon, dash
}

// isExceptionName reports a class name that names an error ("RateLimitError",
// "CerebrasException"), not any capitalised word before a colon ("Note: ...").
func isExceptionName(name string) bool {
	return strings.HasSuffix(name, "Error") || strings.HasSuffix(name, "Exception")
}

// cutDetails drops the structured details Google's api_core prints after the message:
// "... then retry. [links {\n description: ...".
func cutDetails(m string) string {
	if j := indexAfter(m, "<?xml", " - "); j > 0 { // AWS PHP: "... does not exist. - <?xml ..."
		m = strings.TrimSpace(m[:j])
	}
	if j := indexAfter(m, "[", " "); j > 0 {
		rest := m[j+2:]
		if k := strings.IndexByte(rest, '{'); k >= 0 && k < 24 && !strings.Contains(rest[:k], "]") {
			return strings.TrimSpace(m[:j])
		}
	}
	if strings.HasSuffix(m, "{") || strings.HasSuffix(m, "[") { // "... completion.] {": a body follows
		m = strings.TrimRight(m, "{[ ")
		if strings.HasSuffix(m, "]") && !strings.Contains(m, "[") {
			m = m[:len(m)-1]
		}
	}
	return m
}

// indexAfter is strings.Index(m, lead+rare), found by searching for rare, the part of the
// pattern that is seldom in running text (a space is everywhere).
func indexAfter(m, rare, lead string) int {
	for from := len(lead); from <= len(m); {
		i := strings.Index(m[from:], rare)
		if i < 0 {
			return -1
		}
		if i += from; m[i-len(lead):i] == lead {
			return i - len(lead)
		}
		from = i + 1
	}
	return -1
}

// badMessage reports text that is not a message: a heading, a frame, a request id, markup,
// an exception header or a line that only introduces what follows, a body, or no words.
func badMessage(m string) bool {
	switch {
	case strings.HasPrefix(m, "**"), strings.HasPrefix(m, "#"), strings.HasPrefix(m, "```"),
		strings.HasPrefix(m, "---"), strings.HasPrefix(m, "<"):
		return true
	case isFrameLine(m), strings.HasSuffix(m, ":"), isBody(m):
		return true
	case lowerHasPrefix(m, "(request id"), lowerHasPrefix(m, "request id"),
		lowerHasPrefix(m, "request-id"), lowerHasPrefix(m, "x-request-id"):
		return true
	case strings.HasPrefix(m, "Exception has occurred"), strings.HasPrefix(m, "Traceback ("),
		strings.HasPrefix(m, "During handling of"):
		return true
	}
	if isPairLine(m) {
		return true
	}
	// A header: "connection: 'keep-alive',". A name holds no space, so only a first space
	// after a colon can end one: no search for ": " through a sentence.
	if j := strings.IndexByte(m, ' '); j > 0 && m[j-1] == ':' && looksLikeHeaderName(m[:j-1]) {
		return true
	}
	return strings.IndexFunc(m, isLetterRune) < 0
}

// isPairLine reports a line of a dict or object: 'anthropic-ratelimit-requests-limit': '5',
// or of a JS printout: status: 429,
func isPairLine(m string) bool {
	// The comma first: a message seldom ends in one, and looking for ": " reads it all.
	if strings.HasSuffix(m, ",") {
		if k, _, ok := strings.Cut(m, ": "); ok && isIdentifier(k) {
			return true
		}
	}
	return (m[0] == '\'' || m[0] == '"') && (strings.Contains(m, "': ") || strings.Contains(m, "\": "))
}

// quotedMessage returns the first message field written in text that plainMessage takes:
// "message": "..." (or 'message': '...', message="...", or the same escaped once or twice
// inside a string), the message of a body cut short, which the parser could not read whole.
func quotedMessage(text string) (string, bool) {
	for _, q := range [...]string{`"`, `'`, `\"`, `\\\"`} {
		for _, sep := range [...]string{": ", ":"} {
			pat := q + "message" + q + sep + q
			for off := 0; off < len(text); {
				i := strings.Index(text[off:], pat)
				if i < 0 {
					break
				}
				off += i + len(pat)
				if m, ok := plainMessage(unescapeText(quotedValue(text[off:], q)), 600); ok {
					return m, true
				}
			}
		}
	}
	if i := strings.Index(text, `message="`); i >= 0 { // Python SDK reprs: message="..."
		return plainMessage(quotedValue(text[i+len(`message="`):], `"`), 600)
	}
	return "", false
}

// quotedValue reads a string value up to its closing quote q (escapes followed when q is a
// bare quote), or to the end of the line when it was cut short.
func quotedValue(rest string, q string) string {
	rest = rest[:min(len(rest), 2000)]
	if len(q) > 1 { // escaped: the value ends at the next quote escaped alike
		if j := strings.Index(rest, q); j >= 0 {
			return rest[:j]
		}
		return rest
	}
	for j := 0; j < len(rest); j++ {
		switch rest[j] {
		case '\\':
			j++
		case q[0], '\n':
			return rest[:j]
		}
	}
	return rest
}

// unescapeText turns the escapes of a string printed inside another back into text.
func unescapeText(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b = append(b, s[i])
			continue
		}
		j := i + 1
		if s[j] == '\\' && j+1 < len(s) && s[j+1] == 'n' {
			j++ // \\n, a newline escaped twice
		}
		switch s[j] {
		case 'n':
			b = append(b, '\n')
		case '"', '\\':
			b = append(b, s[j])
		default:
			b = append(b, s[i:j+1]...)
		}
		i = j
	}
	return string(b)
}

// isBody reports whether a message is itself an error body (JSON or a dict repr), as
// gateways that re-wrap an upstream error print it, rather than prose that happens to
// start with a brace ("{x} is not a valid value").
func isBody(t string) bool {
	return strings.HasPrefix(t, "{") && (strings.Contains(t, "\":") || strings.Contains(t, "':") || strings.Contains(t, "\\\":"))
}
