package decoder

// Some APIs' own code is a number: OpenRouter's error.code is the HTTP status it answers
// with (402 for credits, 429, 404), and its docs call that field the error's code. Read
// alone, a number in a code field is only a status (codenums.go), and a type beside it
// ("rate_limit_error") or a relayed body's codes (metadata.raw) outrank it. When the
// catalog of the API that answered documents the number as one of its codes, the number is
// that API's code: the catalog says which APIs write their codes so. A code field's name
// beside it still wins (a wrapper's "code": "404" around a relayed DeploymentNotFound):
// the number outranks only types and status names.

// documentedNumber returns the number in a body's code field that the answering API's
// catalog documents as a code; false when none is.
func (a *adviser) documentedNumber() (codeSeen, bool) {
	fi := a.answeringCatalog()
	if fi < 0 {
		return codeSeen{}, false
	}
	if c := a.s.codes; len(c) > 0 && !isAllDigits(c[0].value) && c[0].rank%depthRank >= rankCode {
		return codeSeen{}, false
	}
	// The numbers read as the response's status first (a relayed body's, in metadata.raw,
	// are the upstream's and neither: codenums.go).
	for _, c := range a.s.codeNums {
		if a.e.documents(fi, c.value) {
			return c, true
		}
	}
	for _, c := range a.s.codes {
		if isAllDigits(c.value) && a.e.documents(fi, c.value) {
			return c, true
		}
	}
	return codeSeen{}, false
}

// answeringCatalog is the provider catalog whose entry answered, or, when a general layer's
// did (a router relaying an upstream's Cloudflare 1015), the identified provider's; -1
// when neither is a provider's. A general layer's numbers are statuses, not codes.
// Not inlined: it was copied into both of its callers, each run once at most a decode.
//
//go:noinline
func (a *adviser) answeringCatalog() int {
	switch {
	case a.en == nil:
		return -1
	case a.ef.Kind == KindProvider:
		return a.m.file
	case a.ef.Kind == KindGeneric && a.prov != nil && a.prov.Kind == KindProvider:
		return a.id.provider
	}
	return -1
}

// documents reports whether an entry of catalog fi has code n.
func (e *engine) documents(fi int, n string) bool {
	for _, r := range e.byKey[n] { // a digit code is its own normCode
		if r.file == fi && e.files[fi].Errors[r.entry].Code == n {
			return true
		}
	}
	return false
}
