package decoder

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A structured logger writes the whole error as one string field of a JSON record, one
// record a line: {"level":"error","ts":"...","msg":"Traceback ...\n  File ...\nopenai.Rate..."}
// (zap, pino, bunyan, structlog, Docker's json-file {"log":"...","stream":"stderr"}). Read as
// it stands, the error's lines are one line, its quotes escaped: a status line no longer
// opens a line, a traceback has no frames, a body's keys are \"error\".
//
// unwrapJSONLogs reads such a record as the text it holds, in place and at the same length,
// so every offset into the paste still points where it did: the record's structure and its
// metadata fields (level, time, logger, ...) become spaces, and each text field's escapes
// are decoded, each line's freed bytes padded with spaces at its end (decodeInPlace): a JSON
// body the message carried is JSON again, and one it carried escaped ({\\\"a\\\":1}) is
// escaped once, as object.go reads it.
//
// Only a flat record whose every key is a log metadata key or a text key qualifies: an API's
// error body ({"error":{"message":"...\n..."}}) is nested and is left as it is. A record
// whose text holds an escape is read so that its lines, quotes and bodies come back; one
// whose text holds none is read too when it is stamped (a level or time key): its text
// alone, with the record's braces and keys gone, reads as the paste it holds (a "data:"
// line no longer sits after "msg", a map print after a quote). An unstamped record with no
// escape ({"error":"...","message":"..."}) may be an API's body, and is left as it is.
//
// Text after an escape sits a few bytes left of where the paste writes it, so each escape
// decoded is noted in *moved (an edit: the decoded bytes and the escape they came from, in
// offsets of text), and mapSpans takes a span back through them to the paste's characters.
func unwrapJSONLogs(text string, moved *[]edit) string {
	open := strings.Index(text, `{"`)
	if open < 0 {
		return text
	}
	plain := !strings.Contains(text, `\`)
	if plain && !(flatAhead(text, open) && stampedAhead(text)) {
		return text
	}
	var b []byte
	es := *moved
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if out, les, ok := unwrapRecord(text[start:end], start, es); ok {
			if b == nil {
				b = []byte(text)
			}
			copy(b[start:end], out)
			es = les // only a record read: one given up halfway moved nothing
		}
		start = end + 1
	}
	*moved = es
	if b == nil {
		return text
	}
	return string(b)
}

// unwrapLogRecords unwraps text's JSON log records (unwrapJSONLogs), and once more the
// records their text held, escaped, when a log record was written into another one's field
// (a service's structured log collected by a JSON logger): the paste reads as the inner
// record's text, as it does pasted alone. The escapes decoded go to out.unescapes, then to
// out.unescapedAgain.
func unwrapLogRecords(text string, out *normalized) string {
	text = unwrapJSONLogs(text, &out.unescapes)
	if len(out.unescapes) == 0 {
		return text // no escape decoded: no record held another one written escaped
	}
	return unwrapJSONLogs(text, &out.unescapedAgain)
}

// flatAhead reports whether the first object text writes, at i (its first `{"`), opens
// with a scalar member, as a log record does ({"level":"error",...}); an API's body opens
// with an object ({"error":{...}}), and is turned away here before any longer search.
func flatAhead(text string, i int) bool {
	// The first `":` is the first ':' after a quote: found by the colons, which come a few
	// bytes on, where strings.Index set up its search of the whole text for 300
	// instructions.
	k := i
	for {
		c := strings.IndexByte(text[k+1:], ':')
		if c < 0 {
			return false
		}
		if k += 1 + c; text[k-1] == '"' {
			break
		}
	}
	j := skipSpaces(text, k+1)
	return j < len(text) && text[j] != '{' && text[j] != '['
}

// stampedAhead reports whether text writes one of the keys that stamp a log record (its
// level or time), the cheap test before a text with no escape is read record by record.
//
// One pass from quote to quote: a JSON body holds a few dozen, and eight searches of the
// whole text (one per key) cost a decode thousands of instructions.
func stampedAhead(text string) bool {
	for i := strings.IndexByte(text, '"'); i >= 0 && i+1 < len(text); {
		switch text[i+1] {
		case 'l', 's', 't', '@':
			for _, k := range logStampKeys {
				if strings.HasPrefix(text[i:], k) {
					return true
				}
			}
		}
		j := strings.IndexByte(text[i+1:], '"')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

func isStampKey(key string) bool {
	for _, k := range logStampKeys {
		if len(k) == len(key)+2 && k[1:len(k)-1] == key {
			return true
		}
	}
	return false
}

// The keys a log record's metadata goes under, and the keys its text goes under.
var (
	logMetaKeys = []string{"level", "lvl", "severity", "levelname", "ts", "time", "timestamp", "@timestamp", "t",
		"logger", "logger_name", "name", "caller", "pid", "hostname", "host", "v", "stream", "source", "module",
		"func", "function", "line", "lineno", "thread", "thread_name", "service", "component", "app", "env"}
	logTextKeys = []string{"msg", "message", "log", "event", "error", "err", "exception", "exc_info", "stack",
		"stack_trace", "stacktrace", "trace", "body", "detail"}
	// The metadata keys only a log record writes, quoted as the record writes them.
	logStampKeys = []string{`"level"`, `"lvl"`, `"severity"`, `"levelname"`, `"ts"`, `"time"`, `"timestamp"`, `"@timestamp"`}
)

// unwrapRecord returns line rewritten as described above and es with the escapes it
// decoded (line starts at offset at), false when it is not a flat log record with a text
// field that is escaped or stamped.
func unwrapRecord(line string, at int, es []edit) ([]byte, []edit, bool) {
	i := skipSpaces(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil, es, false
	}
	out := []byte(line)
	for k := range out {
		if out[k] != ' ' && out[k] != '\t' {
			out[k] = ' '
		}
	}
	i++
	escaped, stamped, texted := false, false, false
	for {
		i = skipSpaces(line, i)
		if i < len(line) && line[i] == '}' {
			if skipSpaces(line, i+1) != len(line) || !(escaped || stamped && texted) {
				return nil, es, false
			}
			return out, es, true
		}
		if i >= len(line) || line[i] != '"' {
			return nil, es, false
		}
		kEnd := strings.IndexByte(line[i+1:], '"')
		if kEnd < 0 {
			return nil, es, false
		}
		key := strings.ToLower(line[i+1 : i+1+kEnd])
		i = skipSpaces(line, i+kEnd+2)
		if i >= len(line) || line[i] != ':' {
			return nil, es, false
		}
		i = skipSpaces(line, i+1)
		isText := slices.Contains(logTextKeys, key)
		if !isText && !slices.Contains(logMetaKeys, key) {
			return nil, es, false
		}
		stamped = stamped || isStampKey(key)
		end, ok := scalarEnd(line, i)
		if !ok {
			return nil, es, false
		}
		if isText && line[i] == '"' {
			body := line[i+1 : end-1]
			if strings.IndexByte(body, '\\') >= 0 {
				es = decodeInPlace(out[i+1:end-1], body, at+i+1, es)
				escaped = true
			} else {
				copy(out[i+1:end-1], body)
				texted = texted || body != ""
			}
		}
		i = skipSpaces(line, end)
		if i < len(line) && line[i] == ',' {
			i++
		}
	}
}

// scalarEnd returns the end of the string, number or literal at line[i]; false for an
// object, an array or a string that does not end.
func scalarEnd(line string, i int) (int, bool) {
	if i >= len(line) {
		return 0, false
	}
	if line[i] == '"' {
		for j := i + 1; j < len(line); j++ {
			switch line[j] {
			case '\\':
				j++
			case '"':
				return j + 1, true
			}
		}
		return 0, false
	}
	if line[i] == '{' || line[i] == '[' {
		return 0, false
	}
	j := i
	for j < len(line) && line[j] != ',' && line[j] != '}' && line[j] != ' ' {
		j++
	}
	return j, j > i
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// decodeInPlace writes into dst (as long as src) the JSON string content src decoded one
// level. Each decoded line is packed from where it began in src and padded with spaces at
// its end, before its newline: a line starts where it did, and within it text moves left by
// the few bytes its escapes freed, so wordings and bodies read as they were written. It
// returns es with, in order, an edit for each escape that moved the text after it and one
// for each line's padding (src starts at offset at).
func decodeInPlace(dst []byte, src string, at int, es []edit) []edit {
	w := 0
	for i := 0; i < len(src); {
		if src[i] != '\\' || i+1 >= len(src) {
			dst[w] = src[i]
			w, i = w+1, i+1
			continue
		}
		if src[i+1] == 'n' {
			if w < i { // the padding and the newline stand for the escape "\n"
				es = append(es, edit{at + w, at + i + 2, at + i, at + i + 2})
			}
			for ; w <= i; w++ {
				dst[w] = ' '
			}
			dst[i+1] = '\n'
			w, i = i+2, i+2
			continue
		}
		n, dec := decodeEscape(src, i)
		if n != len(dec) {
			es = append(es, edit{at + w, at + w + len(dec), at + i, at + i + n})
		}
		w += copy(dst[w:], dec)
		i += n
	}
	if w < len(dst) { // the padding after the last line stands for nothing
		es = append(es, edit{at + w, at + len(dst), at + len(src), at + len(src)})
	}
	for ; w < len(dst); w++ {
		dst[w] = ' '
	}
	return es
}

// decodeEscape decodes the escape at src[i] ('\\' then its letter), returning how many
// bytes it spans and what it stands for: never more bytes than it spans.
func decodeEscape(src string, i int) (int, []byte) {
	switch e := src[i+1]; e {
	case 'n':
		return 2, []byte{'\n'}
	case 't':
		return 2, []byte{'\t'}
	case 'r':
		return 2, nil
	case 'b', 'f':
		return 2, []byte{' '}
	case 'u':
		r, ok := hex4(src, i+2)
		if !ok {
			return 2, []byte{'\\', 'u'}
		}
		if r >= 0xD800 && r < 0xDC00 && i+12 <= len(src) && src[i+6] == '\\' && src[i+7] == 'u' {
			if lo, ok := hex4(src, i+8); ok && lo >= 0xDC00 && lo < 0xE000 {
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				return 12, utf8.AppendRune(nil, r)
			}
		}
		if r < 0x20 {
			r = ' '
		}
		return 6, utf8.AppendRune(nil, r)
	default:
		return 2, []byte{e}
	}
}
