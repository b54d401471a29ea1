package decoder

// Wording a catalog lists under several categories (literal.shared: advice to wait, "try
// again later") is not a diagnosis. Where the same catalog's own words for a failure show
// too ("Quota exceeded. Please try again later."), or for a general layer's advice those of
// any general layer (they compete as one tier), those words decide: the advice is
// dropped from the phrase hits before entries are scored, so it neither outscores them
// (the general rate limit's advice and its 429 against a quota's wording) nor, written
// later, wins their tie. With nothing else worded, the advice still supports the readings
// that list it ("Something went wrong. Please try again later." reads as capacity).

// phraseHits appends to phrases and at the entry phrases among hits and where each shows,
// but shared wording where words that name a failure compete with it (diagnosed).
func (e *engine) phraseHits(hits []litHit, phrases []ref, at []span) ([]ref, []span) {
	for _, h := range hits {
		l := &e.info[h.id]
		if l.entry < 0 || l.shared && e.diagnosed(hits, l.file) {
			continue
		}
		phrases, at = append(phrases, ref{l.file, l.entry}), append(at, span{h.pos, h.end})
	}
	return phrases, at
}

// diagnosed reports whether hits hold wording that names a failure where file fi's entries
// compete: an entry phrase of fi, or of any general layer when fi is one (they are one tier),
// that its file lists under one category only, which is not unknown. Not inlined: it runs
// only for a shared phrase's hit, and its inlined copy costs the wasm more than the call.
//
//go:noinline
func (e *engine) diagnosed(hits []litHit, fi int) bool {
	general := e.files[fi].Kind == KindGeneric
	for _, h := range hits {
		l := &e.info[h.id]
		if l.entry < 0 || l.shared || l.file != fi && !(general && e.files[l.file].Kind == KindGeneric) {
			continue
		}
		if e.files[l.file].Errors[l.entry].Category != Unknown {
			return true
		}
	}
	return false
}
