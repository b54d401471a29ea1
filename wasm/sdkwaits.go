//go:build js && wasm

package main

import "github.com/errlens/errlens/decoder"

// sdkWaits writes Result.SDKWaits.
func (w *jsonWriter) sdkWaits(ws []decoder.SDKWait) {
	w.objects("sdk_waits", len(ws), func(i int) {
		s := ws[i]
		w.str("sdk", s.SDK, false)
		w.str("action", s.Action, false)
		w.num("wait_ms", s.WaitMS, true)
		w.num("attempts", int64(s.Attempts), false)
		w.str("says", s.Says, false)
	})
}
