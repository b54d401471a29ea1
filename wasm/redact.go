//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/errlens/errlens/redact"
)

// redactText is the JS entry point errlensRedact: one string in, {text, masked} out.
func redactText(_ js.Value, args []js.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = js.ValueOf(map[string]any{"error": "masking panicked on this input; please report it"})
		}
	}()
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return js.ValueOf(map[string]any{"error": "errlensRedact expects one string argument"})
	}
	in := args[0].String()
	masked, items := redact.Text(in)
	return jsonParse.Invoke(string(redactedJSON(in, masked, items)))
}

// redactedJSON writes {"text": masked, "masked": [{rule, kind, preview, start, end}]}, with
// start and end counted in UTF-16 code units of the input, as JS indexes strings.
func redactedJSON(in, masked string, items []redact.Item) []byte {
	w := jsonWriter{b: make([]byte, 0, len(masked)+64*len(items)+32)}
	w.b = append(w.b, '{')
	w.str("text", masked, false)
	w.key("masked")
	w.b = append(w.b, '[')
	units, at := 0, 0 // UTF-16 units in in[:at]
	for i, it := range items {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		units += utf16Len(in[at:it.Start])
		start := units
		units += utf16Len(in[it.Start:it.End])
		at = it.End
		item := jsonWriter{b: w.b}
		item.b = append(item.b, '{')
		item.str("rule", it.Rule, false)
		item.str("kind", it.Kind, false)
		item.str("preview", it.Preview, false)
		item.num("start", int64(start), false)
		item.num("end", int64(units), false)
		w.b = append(item.b, '}')
	}
	w.b = append(w.b, ']', '}')
	return w.b
}

// utf16Len is how many UTF-16 code units s takes in JS; invalid bytes become U+FFFD, one
// unit each, as syscall/js converts them.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
