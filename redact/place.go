package redact

import "strings"

// doc is the input with what several rules read from it, worked out once.
type doc struct {
	s      string
	pairs  []pair
	paired bool
}

// pair is a name and the value written after it: NAME=value, name: value, "name": "value",
// name = 'value', --name value. The value excludes its quotes and an Authorization scheme.
type pair struct {
	name       string   // as written: "OPENAI_API_KEY", "x-api-key"
	words      []string // its words, lower case: openai api key
	joined     string   // the words run together: openaiapikey
	sep        byte     // '=', ':' or ' ' (a --flag value)
	start, end int      // the value
	limit      int      // where the value's region ends: its closing quote, or the line's end
	quoted     bool
	line       bool // NAME=value begins its line: the value ends only at a space
}

// namePairs returns every name-value pair in the text, found once for all Place rules.
func (d *doc) namePairs() []pair {
	if !d.paired {
		d.paired = true
		d.pairs = findPairs(d.s)
	}
	return d.pairs
}

func findPairs(s string) []pair {
	var out []pair
	nl := -1 // the end of the line at i, found once per line: a 1 MB line stays linear
	for i := 0; i < len(s); i++ {
		if nl < i {
			nl = lineEnd(s, i)
		}
		c := s[i]
		if c != '=' && c != ':' && !(c == '-' && i+1 < len(s) && s[i+1] == '-') {
			continue
		}
		var p pair
		var ok bool
		if c == '-' {
			p, ok = flagPair(s, i, nl)
			i++
		} else {
			p, ok = sepPair(s, i, nl)
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

// sepPair reads the name before s[i] ('=' or ':') and the value after it.
func sepPair(s string, i, nl int) (pair, bool) {
	c := s[i]
	next := byte(0)
	if i+1 < len(s) {
		next = s[i+1]
	}
	switch {
	case c == ':' && (next == ':' || next == '/' || next == '='):
		return pair{}, false // "::", "://"; ":=" is read at its '='
	case c == '=' && (next == '=' || next == '>' || next == '~'):
		return pair{}, false
	}
	j := i
	if c == '=' && j > 0 && s[j-1] == ':' {
		j-- // Go's :=
	}
	if j > 0 && strings.IndexByte("=!<>+-*/|&^%", s[j-1]) >= 0 && c == '=' && s[j-1] != ':' {
		return pair{}, false // a comparison or an operator, not an assignment
	}
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && isQuote(s[j-1]) {
		j--
		if j > 0 && s[j-1] == '\\' {
			j--
		}
	}
	e := j
	for j > 0 && isNameByte(s[j-1]) {
		j--
	}
	if j == e {
		return pair{}, false
	}
	p := pair{name: s[j:e], sep: c}
	if !p.secretName() {
		return p, false
	}
	p.line = c == '=' && startsLine(s, j)
	return p, readValue(s, i+1, nl, &p)
}

// startsLine: the name at s[j] begins its line, but for indentation and "export " (an env
// or dotenv line, where a value runs to the next space: DB_PASSWORD=Tr0ub4dor&3).
func startsLine(s string, j int) bool {
	k := j
	if k >= 7 && s[k-7:k] == "export " {
		k -= 7
	}
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	return k == 0 || s[k-1] == '\n'
}

// flagPair reads "--name value" (a command-line flag given its value after a space).
func flagPair(s string, i, nl int) (pair, bool) {
	if i > 0 && !isSpace(s[i-1]) && !isQuote(s[i-1]) {
		return pair{}, false
	}
	e := i + 2
	for e < len(s) && isNameByte(s[e]) {
		e++
	}
	if e == i+2 || e+1 >= len(s) || s[e] != ' ' || s[e+1] == '-' {
		return pair{}, false
	}
	p := pair{name: s[i+2 : e], sep: ' '}
	if !p.secretName() {
		return p, false
	}
	return p, readValue(s, e+1, nl, &p)
}

// maxValue bounds how far a value is read: no secret is longer (PEM blocks have their own
// rule), and the bound keeps a long line with many names linear.
const maxValue = 8 << 10

// lineEnd returns the index of the newline that ends the line at i, or len(s), looking no
// further than maxValue bytes.
func lineEnd(s string, i int) int {
	w := min(len(s), i+maxValue)
	if n := strings.IndexByte(s[i:w], '\n'); n >= 0 {
		return i + n
	}
	return w
}

// secretName splits the name into words and says whether any Place rule holds it: most
// names (status=, path=, "message":) are dropped here, before their value is read.
func (p *pair) secretName() bool {
	p.words = splitWords(p.name)
	if len(p.words) == 0 {
		return false
	}
	p.joined = strings.Join(p.words, "")
	for i := range rules {
		if rules[i].How == Place && rules[i].names(p) {
			return true
		}
	}
	return false
}

// readValue reads the value that starts at or after s[i] into p; nl is where the line ends.
func readValue(s string, i, nl int, p *pair) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	i = skipScheme(s, i)
	lineEnd := min(nl, i+maxValue)
	if i > lineEnd {
		return false
	}
	if i < len(s) && (isQuote(s[i]) || s[i] == '\\' && i+1 < len(s) && isQuote(s[i+1])) {
		esc := s[i] == '\\'
		if esc {
			i++
		}
		q := s[i]
		if i >= lineEnd {
			return false
		}
		if end := closingQuote(s[i+1:lineEnd], q, esc); end >= 0 {
			p.start, p.end, p.limit, p.quoted = i+1, i+1+end, i+1+end, true
			return p.end > p.start
		}
		i++ // an unclosed quote: read on as if it were not there
	}
	end := i
	for end < lineEnd && !(endsValue(s[end]) && !(p.line && s[end] > ' ' && !isQuote(s[end]))) {
		end++
	}
	for end > i && (s[end-1] == '.' || s[end-1] == ':') {
		end-- // the end of a sentence
	}
	p.start, p.end, p.limit = i, end, lineEnd
	if lineEnd > i && s[lineEnd-1] == '\r' {
		p.limit--
	}
	return end > i
}

// closingQuote returns where q closes in s (-1 if it does not), passing over escaped quotes;
// when the opening quote was escaped (\"), the closing one is too.
func closingQuote(s string, q byte, escaped bool) int {
	for k := 0; k < len(s); k++ {
		switch {
		case escaped && s[k] == '\\' && k+1 < len(s) && s[k+1] == q:
			return k
		case !escaped && s[k] == '\\':
			k++
		case !escaped && s[k] == q:
			return k
		}
	}
	return -1
}

// schemes precede the credential in an Authorization header; they are not secret.
var schemes = []string{"Bearer ", "bearer ", "BEARER ", "Basic ", "basic ", "Token ", "token ", "Bot ",
	"Digest ", "ApiKey ", "Key ", "SSWS ", "OAuth ", "AWS4-HMAC-SHA256 ", "SharedAccessSignature "}

func skipScheme(s string, i int) int {
	for _, sc := range schemes {
		if strings.HasPrefix(s[i:], sc) {
			i += len(sc)
			for i < len(s) && s[i] == ' ' {
				i++
			}
			return i
		}
	}
	return i
}

func isQuote(b byte) bool    { return b == '"' || b == '\'' || b == '`' }
func isSpace(b byte) bool    { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
func isNameByte(b byte) bool { return isAlnum(b) || b == '_' || b == '-' || b == '.' }

// endsValue: a byte that ends an unquoted value.
func endsValue(b byte) bool {
	return b <= ' ' || isQuote(b) || strings.IndexByte(",;&)]}<>\\|", b) >= 0
}

// splitWords splits a name into lower-case words at _ - . and where lower case turns upper:
// "OPENAI_API_KEY", "x-api-key" and "apiKey" all end in the word "key".
func splitWords(name string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(name); i++ {
		var b byte
		if i < len(name) {
			b = name[i]
		}
		boundary := i == len(name) || !isAlnum(b) ||
			i > 0 && 'A' <= b && b <= 'Z' && 'a' <= name[i-1] && name[i-1] <= 'z'
		if boundary && start >= 0 {
			out = append(out, strings.ToLower(name[start:i]))
			start = -1
		}
		if i < len(name) && isAlnum(b) && start < 0 {
			start = i
		}
	}
	return out
}
