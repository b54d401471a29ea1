package decoder

// A client can fail before its request goes out: gRPC's call-credentials plugin could not
// get a token ("Getting metadata from plugin failed with error: ..."). The catalog marks
// such entries unsent. No response came, so the status the paste prints (google.api_core's
// "503" for the UNAVAILABLE gRPC raises) is the client's mapping, never the API's; and the
// plugin's own error says why it failed: invalid_grant from the token endpoint is the
// credentials, a reset or refused connection is the network.

// unsentWorded reports whether the paste words an unsent entry's failure.
func (e *engine) unsentWorded(k *matchKeys) bool {
	for _, r := range k.phrases {
		if e.files[r.file].Errors[r.entry].Unsent {
			return true
		}
	}
	return false
}

// unsentOrder orders an unsent entry against en, of file fi, a network failure: the network
// failure inside the plugin's error is the cause and replaces the unsent entry (yields),
// and an unsent entry never replaces it (holds). The unsent entry's own layer's code for the
// failure (gRPC's UNAVAILABLE) is not such a cause.
func (e *engine) unsentOrder(m *match, fi int, en *Entry) (yields, holds bool) {
	if !m.found() || m.file == fi {
		return false, false
	}
	cur := &e.files[m.file].Errors[m.entry]
	return cur.Unsent && isNetwork(en), isNetwork(cur) && en.Unsent
}

// isNetwork reports an entry for a connection that failed or timed out before any response.
// Out of line: its two string comparisons, inlined with its callers (ten places), were 1.6 K
// wasm instructions, and it runs for a few candidate entries a decode.
//
//go:noinline
func isNetwork(en *Entry) bool {
	return en.Status == 0 && (en.Category == Connection || en.Category == Timeout)
}
