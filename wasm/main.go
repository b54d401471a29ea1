//go:build js && wasm

// Command wasm exposes the errlens decoder to JavaScript. It is built with
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o public/errlens.wasm ./wasm
//
// and started with Go's wasm_exec.js. Once go.run(instance) has been called, the page (or
// worker) sees two globals:
//
//	errlensDecode(text: string) -> object
//	errlensRedact(text: string) -> {text: string, masked: [{rule, kind, preview, start, end}]}
//
// errlensDecode's object carries the fields of decoder.Result under their JSON names, with the same
// omit-when-empty rules as encoding/json, so JSON.stringify of it matches the Go JSON
// (key order aside): provider, http_status, code, category, retryable, retry_after_ms, fix
// and evidence are always present; provider_name, upstream, wrapper, type, message, title,
// sdk_exceptions (object: language -> class), sdk_behavior, entry, reference, source,
// generic, context_used, context_limit, details (object: name -> string) and truncated
// appear only when set. Numbers are JS numbers, lists are arrays. spans (always present)
// lists {field, start, end, evidence}: the ranges of the input that decided each answer,
// start and end in UTF-16 code units (JS string indices), not the decoder's bytes.
//
// errlensDecode never throws. A non-string argument, or a Go panic, comes back as a result
// with category "unknown" plus an "error" string field saying what went wrong, so one bad
// input cannot kill the page's decoder.
//
// errlensRedact masks the secrets and email addresses in text (package redact): text is
// the masked copy, masked lists what was masked in input order: the rule's id, its kind in
// words for the user ("AWS secret key"), a preview safe to show ("sk-proj-…"), and where it
// was in the input, start and end in UTF-16 code units (JS string indices). It never throws
// either: a non-string argument or a Go panic comes back as {error: string}, with no text.
//
// fmt and encoding/json are deliberately not imported: each adds hundreds of kilobytes to
// the binary. The Result is written as JSON by a few lines of code here and handed to the
// page's JSON.parse in one call.
package main

import (
	"syscall/js"

	"github.com/errlens/errlens/decoder"
)

// decodeText is what errlensDecode runs: the default Decoder, on the real clock. Tests replace
// it with one on a fixed clock, since a wait or a reset counted from now differs by a second
// between two decodes that straddle one.
var decodeText = decoder.Decode

func main() {
	mark("errlens:go-main") // Go's runtime has started; the worker reports the marks
	// Read the catalog now, before the page is told the decoder is ready, so the first
	// paste is answered as fast as the rest.
	decoder.Decode("")
	mark("errlens:catalog-read")
	register()
	// Keep the Go runtime alive: returning from main would release the function above.
	select {}
}

// mark records a point of the start-up on the worker's performance timeline, where there is
// one (the benchmark's phase breakdown reads it).
func mark(name string) {
	if perf := js.Global().Get("performance"); perf.Truthy() && perf.Get("mark").Truthy() {
		perf.Call("mark", name)
	}
}

// jsonParse is the page's JSON.parse, bound to JSON.
var jsonParse = js.Global().Get("JSON").Get("parse").Call("bind", js.Global().Get("JSON"))

// register installs the globals the page uses.
func register() {
	js.Global().Set("errlensDecode", js.FuncOf(decode))
	js.Global().Set("errlensRedact", js.FuncOf(redactText))
}

// decode is the JS entry point: one string in, one plain object out.
func decode(_ js.Value, args []js.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = failure("the decoder panicked on this input; please report it")
		}
	}()
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return failure("errlensDecode expects one string argument")
	}
	in := args[0].String()
	return jsonParse.Invoke(string(resultJSON(decodeText(in), in)))
}

// failure is the answer when decoding itself went wrong: the same shape as a result, so the
// page renders it like any other "unknown". Written as JSON like a result (resultJSON): a
// map[string]any for js.ValueOf built its ten boxed values in code (2 KB of wasm).
func failure(msg string) any {
	w := jsonWriter{b: make([]byte, 0, 256)}
	w.b = append(w.b, '{')
	w.str("provider", "", false)
	w.num("http_status", 0, false)
	w.str("code", "", false)
	w.str("category", string(decoder.Unknown), false)
	w.boolean("retryable", false, false)
	w.num("retry_after_ms", 0, false)
	w.str("fix", "", false)
	w.key("evidence")
	w.b = append(w.b, '[')
	w.quote(msg)
	w.b = append(w.b, ']')
	w.str("confidence", string(decoder.Guess), false)
	w.str("error", msg, false)
	w.b = append(w.b, '}')
	return jsonParse.Invoke(string(w.b))
}
