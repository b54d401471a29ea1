package decoder

import "strings"

// A number in a body's code field is read as the HTTP status (statusFromNumber, the
// cut-field anchor); it may also be the API's own code, which only the catalog of the API
// that answered can say (numcode.go). Extraction keeps each such number, from the bodies the
// parser read and from the code fields of bodies cut short ("code": 429 with the rest of the
// body missing), so that advise need not read the text again.

// addScanned records a status the text scan anchored and, when it was a cut body's code
// field, the number as written there.
func (s *signals) addScanned(st statusSeen) {
	if st.strength == anchorCutField && st.pos > 0 {
		left := strings.TrimRight(s.in.text[max(0, st.pos-16):st.pos], " ")
		if codeFieldBefore(left) {
			s.codeNums = append(s.codeNums, codeSeen{itoa(st.code), 0, "the body's code field"})
		}
	}
	s.addStatus(st)
}

// rawRelayed reports an object inside a router's metadata.raw: the upstream's own error,
// which OpenRouter relays beside its own code. Its numbers are the upstream's statuses,
// neither the response's status nor a code (OpenRouter answered 502, its code, for an
// upstream's 400); the relayed error's named codes and types still count.
func rawRelayed(path string) bool {
	return path == "metadata.raw" || strings.HasSuffix(path, ".metadata.raw")
}
