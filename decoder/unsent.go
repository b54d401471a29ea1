package decoder

import "strings"

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

// unsentOrder orders an unsent entry against a network failure: the network failure
// inside the plugin's error is the cause and replaces the unsent entry (yields), and an
// unsent entry never replaces it (holds).
func (e *engine) unsentOrder(m *match, en *Entry) (yields, holds bool) {
	if !m.found() {
		return false, false
	}
	cur := &e.files[m.file].Errors[m.entry]
	// gRPC's own code for the plugin's failure (UNAVAILABLE) is no network failure of it.
	same := strings.EqualFold(cur.Code, en.Code)
	return cur.Unsent && isNetwork(en) && !same, isNetwork(cur) && en.Unsent && !same
}

// isNetwork reports an entry for a connection that failed or timed out before any response.
func isNetwork(en *Entry) bool {
	return en.Status == 0 && (en.Category == Connection || en.Category == Timeout)
}
