//go:build js && wasm

package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/errlens/errlens/decoder"
)

// resultJSON writes a Result as JSON under its field names, with the same omit-when-empty
// rules as encoding/json. The page gets it through one JSON.parse: building the object
// property by property through syscall/js costs a boundary crossing per field, which took
// longer than decoding a small paste. in is the input r answers for: spans are counted in it.
func resultJSON(r decoder.Result, in string) []byte {
	w := jsonWriter{b: make([]byte, 0, 2048)}
	w.b = append(w.b, '{')
	w.str("provider", r.Provider, false)
	w.str("provider_name", r.ProviderName, true)
	w.str("upstream", r.Upstream, true)
	w.str("wrapper", r.Wrapper, true)
	w.num("http_status", int64(r.HTTPStatus), false)
	w.str("code", r.Code, false)
	w.str("type", r.Type, true)
	w.str("message", r.Message, true)
	w.str("category", string(r.Category), false)
	w.boolean("retryable", r.Retryable, false)
	w.num("retry_after_ms", r.RetryAfterMS, false)
	w.str("verdict", r.Verdict, false)
	w.str("title", r.Title, true)
	w.str("fix", r.Fix, false)
	w.strMap("sdk_exceptions", r.Exceptions)
	w.str("sdk_behavior", r.SDKBehavior, true)
	w.sdkWaits(r.SDKWaits)
	w.str("entry", r.Entry, true)
	w.str("reference", r.Reference, true)
	w.str("source", r.Source, true)
	w.boolean("generic", r.Generic, true)
	w.num("context_used", int64(r.ContextUsed), true)
	w.num("context_limit", int64(r.ContextLimit), true)
	w.strMap("details", r.Details)
	w.key("evidence")
	w.b = append(w.b, '[')
	for i, e := range r.Evidence {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.quote(e)
	}
	w.b = append(w.b, ']')
	w.spans(in, r.Spans)
	w.str("confidence", string(r.Confidence), false)
	w.alternatives(r.Alternatives)
	w.boolean("truncated", r.Truncated, true)
	w.boolean("thin", r.Thin, true)
	w.str("limit_window", r.LimitWindow, true)
	w.str("reset_at", r.ResetAt, true)
	w.attempts(r.Attempts)
	w.num("other_errors", int64(r.OtherErrors), true)
	w.b = append(w.b, '}')
	return w.b
}

type jsonWriter struct {
	b     []byte
	comma bool
}

func (w *jsonWriter) key(k string) {
	if w.comma {
		w.b = append(w.b, ',')
	}
	w.comma = true
	w.quote(k)
	w.b = append(w.b, ':')
}

func (w *jsonWriter) str(k, v string, omitEmpty bool) {
	if omitEmpty && v == "" {
		return
	}
	w.key(k)
	w.quote(v)
}

func (w *jsonWriter) num(k string, v int64, omitEmpty bool) {
	if omitEmpty && v == 0 {
		return
	}
	w.key(k)
	w.b = strconv.AppendInt(w.b, v, 10)
}

func (w *jsonWriter) boolean(k string, v, omitEmpty bool) {
	if omitEmpty && !v {
		return
	}
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

func (w *jsonWriter) strMap(k string, m map[string]string) {
	if len(m) == 0 {
		return
	}
	w.key(k)
	w.b = append(w.b, '{')
	first := true
	for mk, mv := range m {
		if !first {
			w.b = append(w.b, ',')
		}
		first = false
		w.quote(mk)
		w.b = append(w.b, ':')
		w.quote(mv)
	}
	w.b = append(w.b, '}')
}

// objects writes k: [{...}, ...] as encoding/json writes a slice of structs, omitted when
// n is 0; member writes the members of the i-th object.
func (w *jsonWriter) objects(k string, n int, member func(i int)) {
	if n == 0 {
		return
	}
	w.key(k)
	w.b = append(w.b, '[')
	for i := range n {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b, w.comma = append(w.b, '{'), false
		member(i)
		w.b = append(w.b, '}')
	}
	w.b, w.comma = append(w.b, ']'), true
}

// attempts writes Result.Attempts.
func (w *jsonWriter) attempts(as []decoder.Attempt) {
	w.objects("attempts", len(as), func(i int) {
		a := as[i]
		w.num("offset", int64(a.Offset), false)
		w.str("time", a.Time, true)
		w.num("http_status", int64(a.HTTPStatus), false)
		w.str("code", a.Code, true)
		w.num("wait_asked_ms", a.WaitAskedMS, true)
		w.num("wait_taken_ms", a.WaitTakenMS, true)
	})
}

// alternatives writes the readings that came close.
func (w *jsonWriter) alternatives(alts []decoder.Alternative) {
	w.objects("alternatives", len(alts), func(i int) {
		a := alts[i]
		w.str("provider", a.Provider, false)
		w.str("provider_name", a.ProviderName, true)
		w.str("category", string(a.Category), false)
		w.boolean("retryable", a.Retryable, false)
		w.str("evidence", a.Evidence, false)
	})
}

const hex = "0123456789abcdef"

// quote writes s as a JSON string; invalid UTF-8 becomes U+FFFD, as in encoding/json.
func (w *jsonWriter) quote(s string) {
	w.b = append(w.b, '"')
	// Runs of bytes that need no escape are copied whole: in WebAssembly a per-byte append
	// made quoting a tenth of every errlensDecode call.
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
				i += size
				continue
			}
		}
		w.b = append(w.b, s[run:i]...)
		switch {
		case c == '"' || c == '\\':
			w.b = append(w.b, '\\', c)
		case c < 0x20:
			w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default: // a byte that is not UTF-8
			w.b = append(w.b, "\ufffd"...)
		}
		i++
		run = i
	}
	w.b = append(w.b, s[run:]...)
	w.b = append(w.b, '"')
}
