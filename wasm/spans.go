//go:build js && wasm

package main

import "github.com/errlens/errlens/decoder"

// spans writes Result.Spans, always present, with start and end in UTF-16 code units of
// the input (JS string indices) instead of the decoder's bytes: the page marks the paste
// with them as it holds it, a JS string. One walk over the input converts every offset.
func (w *jsonWriter) spans(in string, spans []decoder.Span) {
	// The offsets in order (a handful: insertion sort), each with its count of units.
	offs := make([]int, 0, 2*len(spans))
	for _, sp := range spans {
		for _, o := range [2]int{sp.Start, sp.End} {
			i := len(offs)
			offs = append(offs, o)
			for ; i > 0 && offs[i-1] > o; i-- {
				offs[i] = offs[i-1]
			}
			offs[i] = o
		}
	}
	units := make([]int, len(offs))
	u, at := 0, 0
	for i, o := range offs {
		u += utf16Len(in[at:o])
		units[i], at = u, o
	}
	unit := func(o int) int64 {
		i := 0
		for offs[i] != o {
			i++
		}
		return int64(units[i])
	}
	w.key("spans")
	w.b = append(w.b, '[')
	for i, sp := range spans {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.b, w.comma = append(w.b, '{'), false
		w.str("field", sp.Field, false)
		w.num("start", unit(sp.Start), false)
		w.num("end", unit(sp.End), false)
		w.num("evidence", int64(sp.Evidence), false)
		w.b = append(w.b, '}')
	}
	w.b, w.comma = append(w.b, ']'), true
}
