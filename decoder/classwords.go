package decoder

// A client's exception class that only names the status (google-api-core's
// ServiceUnavailable for gRPC's UNAVAILABLE, 503) matches a general entry for that status
// by the class alone. When the message under it words a network failure ("503 Connection
// reset by peer", "503 DNS resolution failed for service: ..."), those words say what
// failed and the class only how the client filed it: UNAVAILABLE is what gRPC calls a
// connection it could not make or keep (https://grpc.github.io/grpc/core/md_doc_statuscodes.html).

// networkOverClass replaces a general entry chosen by an exception class alone with the
// general network entry the paste words, when one fit.
func (e *engine) networkOverClass(m *match) {
	if !m.found() || e.files[m.file].Kind != KindGeneric || m.byClassCode == "" || m.why.wording {
		return
	}
	for _, sc := range m.scored {
		en := &e.files[sc.file].Errors[sc.entry]
		if sc.worded && e.files[sc.file].Kind == KindGeneric && isNetwork(en) {
			m.file, m.entry, m.score = sc.file, sc.entry, sc.score
			m.why, m.byClassCode = whyParts{wording: true}, ""
			return
		}
	}
}
