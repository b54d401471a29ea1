//go:build js && wasm

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall/js"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/redact"
)

// These tests run under Node (go_js_wasm_exec) and call the function the page calls,
// through syscall/js, so the JS surface documented in the package doc is what is checked.

func TestMain(m *testing.M) {
	register()
	os.Exit(m.Run())
}

func call(t *testing.T, arg any) js.Value {
	t.Helper()
	v := js.Global().Call("errlensDecode", arg)
	require.Equal(t, js.TypeObject, v.Type())
	return v
}

func TestDecodeFields(t *testing.T) {
	in := `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`
	v := call(t, in)
	assert.Equal(t, "openai", v.Get("provider").String())
	assert.Equal(t, 429, v.Get("http_status").Int())
	assert.Equal(t, "insufficient_quota", v.Get("code").String())
	assert.Equal(t, "quota", v.Get("category").String())
	assert.False(t, v.Get("retryable").Bool())
	assert.Equal(t, 0, v.Get("retry_after_ms").Int())
	assert.NotEmpty(t, v.Get("fix").String())
	assert.True(t, strings.HasPrefix(v.Get("reference").String(), "providers/openai/#"))
	assert.Equal(t, js.TypeObject, v.Get("sdk_exceptions").Type())
	assert.True(t, v.Get("evidence").Length() > 0)
	assert.Equal(t, "documented", v.Get("confidence").String())
	assert.True(t, v.Get("alternatives").IsUndefined()) // omitted when none came close
	assert.True(t, v.Get("error").IsUndefined())
}

// The readings that came close cross as an array of plain objects. (Without "in
// organization org-...", which names OpenAI firmly: OpenAI's wording and its gpt-4o
// family name it, inferred, and Groq, which words its limit alike, comes close.)
func TestAlternatives(t *testing.T) {
	v := call(t, "Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s.")
	assert.Equal(t, "openai", v.Get("provider").String())
	assert.Equal(t, "inferred", v.Get("confidence").String())
	alts := v.Get("alternatives")
	require.Equal(t, 1, alts.Length())
	var got []string
	for i := range alts.Length() {
		a := alts.Index(i)
		got = append(got, a.Get("provider").String()+" "+a.Get("category").String())
		assert.True(t, a.Get("retryable").Bool())
		assert.NotEmpty(t, a.Get("evidence").String())
	}
	assert.ElementsMatch(t, []string{"groq rate_limit"}, got)
}

// The JS object, serialised by JS, must equal the Go JSON of the same Result: same names,
// same omissions, same values.
func TestMatchesGoJSON(t *testing.T) {
	files, err := filepath.Glob("../decoder/testdata/golden/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	stringify := js.Global().Get("JSON").Get("stringify")
	fixed := decoder.New(decoder.WithClock(func() time.Time { return time.Date(2026, 3, 2, 10, 4, 5, 0, time.UTC) }))
	decodeText = fixed.Decode
	defer func() { decodeText = decoder.Decode }()
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		r := fixed.Decode(string(src))
		r.Spans = jsSpans(string(src), r.Spans) // the page counts in UTF-16 units
		want, err := json.Marshal(r)
		require.NoError(t, err)
		got := stringify.Invoke(call(t, string(src))).String()
		assert.JSONEq(t, string(want), got, f)
	}
}

func TestRetryAfter(t *testing.T) {
	in := "HTTP/1.1 429 Too Many Requests\r\nretry-after: 7\r\n\r\n{\"error\":{\"message\":\"Rate limit exceeded\",\"type\":\"rate_limit_error\"}}"
	v := call(t, in)
	assert.Equal(t, "rate_limit", v.Get("category").String())
	assert.True(t, v.Get("retryable").Bool())
	assert.Equal(t, 7000, v.Get("retry_after_ms").Int())
}

// The timing fields: the window, the reset and each attempt, under their JSON names.
func TestTimingFields(t *testing.T) {
	in := "HTTP/1.1 429 Too Many Requests\ndate: Thu, 01 Jan 2026 00:00:00 GMT\nx-ratelimit-remaining-tokens: 0\nx-ratelimit-reset-tokens: 6m0s\n\n{\"error\":{\"message\":\"Rate limit reached on tokens per min (TPM)\",\"code\":\"rate_limit_exceeded\"}}"
	v := call(t, in)
	assert.Equal(t, "minute", v.Get("limit_window").String())
	assert.Equal(t, "2026-01-01T00:06:00Z", v.Get("reset_at").String())
	assert.True(t, v.Get("attempts").IsUndefined())

	log := "2024-03-04 19:34:47,791 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"\n2024-03-04 19:34:47,792 - INFO - Retrying request to /chat/completions in 0.455016 seconds\n2024-03-04 19:34:48,301 - INFO - HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\""
	as := call(t, log).Get("attempts")
	require.Equal(t, 2, as.Length())
	first := as.Index(0)
	assert.Equal(t, 0, first.Get("offset").Int())
	assert.Equal(t, "2024-03-04 19:34:47,791", first.Get("time").String())
	assert.Equal(t, 429, first.Get("http_status").Int())
	assert.Equal(t, 456, first.Get("wait_taken_ms").Int()) // 0.455016 s, a fraction rounded up (corpus README)
	assert.True(t, first.Get("wait_asked_ms").IsUndefined())
	assert.True(t, as.Index(1).Get("wait_taken_ms").IsUndefined())
}

func TestUnknownAndBadArguments(t *testing.T) {
	v := call(t, "")
	assert.Equal(t, "unknown", v.Get("category").String())
	assert.Equal(t, "", v.Get("provider").String())
	assert.Equal(t, js.TypeObject, v.Get("evidence").Type()) // [] not null

	for _, arg := range []any{nil, 42, map[string]any{"a": 1}} {
		v := call(t, arg)
		assert.Equal(t, "unknown", v.Get("category").String())
		assert.NotEmpty(t, v.Get("error").String())
	}
	// No argument at all.
	v = js.Global().Call("errlensDecode")
	assert.Equal(t, "unknown", v.Get("category").String())
	assert.Equal(t, "guess", v.Get("confidence").String())
}

func TestLargeInput(t *testing.T) {
	big := strings.Repeat("x", 2<<20) + `{"error":{"message":"boom","type":"server_error"}}`
	v := call(t, big)
	assert.True(t, v.Get("truncated").Bool())
}

// quote writes what encoding/json writes, read back: escapes, control bytes, multi-byte
// characters, and invalid bytes each replaced by U+FFFD.
func TestQuoteMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `say "hi"`, `C:\path`, "line\nbreak\ttab\r", "\x00\x01\x1f",
		"é 日本 🙂", "\u2028\u2029", "\xff", "a\xffb\xfe", "\xe2\x82", "end\xe2", "<script>&amp;</script>"} {
		var w jsonWriter
		w.quote(s)
		var got string
		require.NoError(t, json.Unmarshal(w.b, &got), "%q -> %s", s, w.b)
		want, err := json.Marshal(s)
		require.NoError(t, err)
		var wantS string
		require.NoError(t, json.Unmarshal(want, &wantS))
		assert.Equal(t, wantS, got, "%q", s)
	}
}

// errlensRedact masks through the same package as errlens -redact, and counts positions as
// JS does, in UTF-16 code units.
func TestRedact(t *testing.T) {
	in := "héllo 🙂 export MISTRAL_API_KEY=Zk7pQ2xV9mL4nR8tW1yB6cD3fG5hJ0sA\nx-api-key: sk-ant-api03-Zk7pQ2xV9mL4nR8tW1yB6cD3fG5hJ0sA"
	v := js.Global().Call("errlensRedact", in)
	require.Equal(t, js.TypeObject, v.Type())
	want, items := redact.Text(in)
	assert.Equal(t, want, v.Get("text").String())
	m := v.Get("masked")
	require.Equal(t, len(items), m.Length())
	slice := js.Global().Get("String").Get("prototype").Get("slice")
	for i, it := range items {
		o := m.Index(i)
		assert.Equal(t, it.Kind, o.Get("kind").String())
		assert.Equal(t, it.Preview, o.Get("preview").String())
		assert.Equal(t, it.Rule, o.Get("rule").String())
		got := slice.Call("call", in, o.Get("start"), o.Get("end")).String()
		assert.Equal(t, in[it.Start:it.End], got)
	}
	assert.Equal(t, "Anthropic API key", m.Index(1).Get("kind").String())

	for _, arg := range []any{nil, 42} {
		v := js.Global().Call("errlensRedact", arg)
		assert.NotEmpty(t, v.Get("error").String())
		assert.True(t, v.Get("text").IsUndefined())
	}
}

// jsSpans converts byte spans of in to UTF-16 units the slow and obvious way.
func jsSpans(in string, spans []decoder.Span) []decoder.Span {
	units := func(i int) int { return len(utf16.Encode([]rune(in[:i]))) }
	out := []decoder.Span{}
	for _, sp := range spans {
		sp.Start, sp.End = units(sp.Start), units(sp.End)
		out = append(out, sp)
	}
	return out
}

// Spans cross in JS string indices: sliced out of the string as JS holds it, they hold the code, the
// status and the wait, past characters that take two bytes, three, and two UTF-16 units.
func TestSpansAreJSIndices(t *testing.T) {
	in := "é€😀 HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n{\"error\": {\"message\": \"Rate limit — slow down\", \"code\": \"rate_limit_exceeded\"}}"
	v := call(t, in)
	spans := v.Get("spans")
	require.Greater(t, spans.Length(), 2)
	units := utf16.Encode([]rune(in)) // the input as JS holds it
	got := map[string]string{}
	for i := range spans.Length() {
		sp := spans.Index(i)
		text := string(utf16.Decode(units[sp.Get("start").Int():sp.Get("end").Int()]))
		got[sp.Get("field").String()] += text + "|"
	}
	assert.Equal(t, "429|", got["http_status"])
	assert.Equal(t, "rate_limit_exceeded|", got["code"])
	assert.Equal(t, "20|", got["retry_after_ms"])
	assert.Contains(t, got["message"], "Rate limit — slow down")
}
