package decoder

import "strings"

// The words the learned fallback (fallback.go) reads: extraction hands them on, only when
// the pipeline answered unknown, so no later stage reads the text. The same function splits
// the tune pastes the table is learned from (scripts/fallback, through FallbackWords), so
// the table and the decoder always agree on what a word is.
//
// A word is a run of ASCII letters, lower-cased, 3 to 24 letters long. A run of letters,
// digits, '_', '.' and '-' that holds a digit is an id, a number or a version (429,
// req_8f3a2c, gpt-4o, 1.2.3), and one before a '*' is what a mask kept of a secret
// ("sk-proj-****"): neither gives a word, so a paste reads the same masked or not. One
// without splits at '_', '.', '-' and camel case (RateLimitError: rate, limit, error). A
// URL gives its host's words, not its path's or query's: paths name the caller's routes,
// not the failure.

const (
	minWordLen = 3
	maxWordLen = 24
)

// eachWord calls fn with each word of the chosen text, lower-cased in a buffer fn may not
// keep (the table's lookup, t.rows[string(w)], copies nothing), and where the run of
// letters, digits, '_', '.' and '-' it came from starts: the words of one identifier
// (anthropic.RateLimitError) are one piece of evidence.
func (s *signals) eachWord(fn func(w []byte, piece int)) { eachWordOf(s.in.text, fn) }

// eachWordOf calls fn with each word of text, but those of a log line at level INFO, DEBUG
// or TRACE: what went well around the error ("INFO app: sending request") is not its words.
func eachWordOf(text string, fn func(w []byte, piece int)) {
	var buf [maxWordLen]byte
	for i := 0; i < len(text); {
		c := text[i]
		if (i == 0 || text[i-1] == '\n') && quietLogLine(text[i:]) {
			i += len(lineAt(text[i:]))
			continue
		}
		if c == '\\' {
			i = escapeEnd(text, i)
			continue
		}
		if !isLetter(c) && !isDigit(c) && c != '_' {
			i++
			continue
		}
		j := i
		for j < len(text) && isChunkByte(text[j]) {
			j++
		}
		if strings.HasPrefix(text[j:], "://") {
			i = skipURL(text, j+3, fn, &buf)
			continue
		}
		masked := j < len(text) && text[j] == '*' // a secret's prefix, kept by the mask: "sk-proj-****"
		if !masked && strings.IndexAny(text[i:j], "0123456789") < 0 {
			splitChunk(text[i:j], i, fn, &buf)
		}
		i = j
		if n := len("authorization"); j-n >= 0 && strings.EqualFold(text[j-n:j], "authorization") {
			i = credentialEnd(text, j)
		}
	}
}

// escapeEnd returns where the backslashes at i and the escape they write end: a JSON
// string's \n, \t and \r (the letter is no word's: "\nfastapi" reads "fastapi", as the
// record unwrapped does), its \u and four hex digits, or escaped again (\\n, as a JSON log
// record that holds another one writes it). Any other letter after them starts a word.
func escapeEnd(text string, i int) int {
	j := i
	for j < len(text) && text[j] == '\\' {
		j++
	}
	if j == len(text) {
		return j
	}
	switch text[j] {
	case 'n', 't', 'r':
		return j + 1
	case 'u':
		if _, ok := hex4(text, j+1); ok {
			return j + 5
		}
	}
	return j
}

func isChunkByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '_' || c == '.' || c == '-'
}

// skipURL gives the words of the host that starts at i and returns where the URL ends.
func skipURL(text string, i int, fn func([]byte, int), buf *[maxWordLen]byte) int {
	j := i
	for j < len(text) && isChunkByte(text[j]) {
		j++
	}
	splitChunk(text[i:j], i, fn, buf)
	for j < len(text) && strings.IndexByte(" \t\r\n\"'<>()[]{},`|\\", text[j]) < 0 {
		j++
	}
	return j
}

// splitChunk gives the words of a chunk without digits (it starts at piece), split at '_', '.', '-' and at
// camel case: a lower-case letter before an upper-case one, or the last of several
// upper-case letters before a lower-case one (HTTPError: http, error).
func splitChunk(chunk string, piece int, fn func([]byte, int), buf *[maxWordLen]byte) {
	start := 0
	for k := 0; k <= len(chunk); k++ {
		cut := k == len(chunk) || !isLetter(chunk[k])
		if !cut && k > start {
			prevLow := isLower(chunk[k-1])
			up := !isLower(chunk[k])
			nextLow := k+1 < len(chunk) && isLower(chunk[k+1])
			cut = (prevLow && up) || (!prevLow && up && nextLow && k-start > 1)
			if cut {
				emitWord(chunk[start:k], piece, fn, buf)
				start = k
				continue
			}
		}
		if cut {
			emitWord(chunk[start:k], piece, fn, buf)
			start = k + 1
		}
	}
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// emitWord lower-cases w into buf and gives it to fn, when it is a word's length.
func emitWord(w string, piece int, fn func([]byte, int), buf *[maxWordLen]byte) {
	if len(w) < minWordLen || len(w) > maxWordLen {
		return
	}
	for k := 0; k < len(w); k++ {
		buf[k] = lower(w[k])
	}
	fn(buf[:len(w)], piece)
}

// quietLogLevels are the log levels whose lines hold no failure.
var quietLogLevels = [...]string{"INFO", "DEBUG", "TRACE"}

// quietLogLine reports a line that names a quiet log level, in capitals and as a word, within
// its first 48 bytes after its indentation (after a timestamp, a bracket or a logger's name):
// the blanks normalize left for a container's prefix or a JSON log record's keys are none of
// them.
func quietLogLine(line string) bool {
	head := lineAt(line)
	head = strings.TrimLeft(head, " \t") // an indented line, or one whose prefix was blanked
	head = head[:min(len(head), 48)]
	for _, lv := range quietLogLevels {
		for at := 0; ; {
			k := strings.Index(head[at:], lv)
			if k < 0 {
				break
			}
			k += at
			end := k + len(lv)
			if (k == 0 || !isLetter(head[k-1])) && (end == len(head) || !isLetter(head[end])) {
				return true
			}
			at = end
		}
	}
	return false
}

// credentialEnd skips an Authorization header's value after its name ends at i: what a share
// link masks ("token (oauth token removed)" becomes "****") gives no words, so a paste reads
// the same masked or not. The value follows a ':' or '=' and ends at its closing quote, else
// at the line's end; "the authorization header" in prose has none.
func credentialEnd(text string, i int) int {
	k, sep := i, false
	for ; k < len(text) && strings.IndexByte(" :='\"", text[k]) >= 0; k++ {
		switch c := text[k]; {
		case c == ':' || c == '=':
			sep = true
		case sep && (c == '\'' || c == '"'): // the value's opening quote
			if e := strings.IndexByte(text[k+1:], c); e >= 0 {
				return k + 1 + e + 1
			}
		}
	}
	if !sep {
		return i
	}
	return k + len(lineAt(text[k:]))
}
