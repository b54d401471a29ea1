package decoder

// Numeric business codes name no provider by themselves: Cloudflare, MiniMax and Zhipu all
// number theirs from 1000, so identify's code owners leave digits out. But a number the
// paste carries as a code (a body's code or type, or one written in prose) together with
// the wording of the one entry that documents it is that provider's error, whatever shape
// it came in: Z.ai's 1113 with "Insufficient balance or no resource package", re-printed in
// an Anthropic-shaped body by its Anthropic-compatible endpoint.

// businessCodeReason is a numeric code of file i beside the wording of its entry.
const businessCodeReason = defaultReason + 1

// businessCodeWeight is above what an API-compatible endpoint copies: the body's shape
// (a phrase, 4) and its type vocabulary (a code only the copied API uses, 3 or 4). With
// the entry's own wording (2 or more) the code and the words of one documented entry then
// outweigh both: MiniMax's 2013 "invalid params" in an Anthropic-shaped api_error body.
const businessCodeWeight = 7

// creditBusinessCodes credits each provider one of whose numeric codes the paste carries
// beside that entry's own wording.
func (e *engine) creditBusinessCodes(s *signals, credit func(f, w int, r reason)) {
	done := -1 // the last file credited: one credit per file is enough
	for _, h := range s.hits {
		l := &e.info[h.id]
		if l.entry < 0 || l.file == done || e.files[l.file].Kind != KindProvider {
			continue
		}
		code := e.files[l.file].Errors[l.entry].Code
		// Four digits or more: a three-digit code is an HTTP status (OpenRouter's "402").
		// A code a general layer documents too is a platform's (Cloudflare's 10000 and 7003
		// are every Cloudflare API's; envelopecode.go): it names no one product, unless
		// the layer's entry has words of its own and the paste shows none of them: MiniMax's
		// 2013 "invalid params" is not MySQL's 2013 "Lost connection to MySQL server".
		if len(code) >= 4 && isAllDigits(code) && carriesCode(s, code) && !e.generalClaims(s.hits, code) {
			credit(l.file, businessCodeWeight, reason{kind: businessCodeReason, i: l.file, code: code})
			done = l.file
		}
	}
}

// carriesCode reports whether the paste carries code as a code: a body's or the prose's.
func carriesCode(s *signals, code string) bool {
	for _, c := range s.codes {
		if c.value == code {
			return true
		}
	}
	for _, p := range s.proseNums {
		if p.value == code {
			return true
		}
	}
	return false
}

// generalClaims reports whether a general layer may own code here: one of its entries for
// the code lists no wording, or the paste carries that wording.
func (e *engine) generalClaims(hits []litHit, code string) bool {
	if !e.generalSpells(code) {
		return false
	}
	for _, r := range e.byKey[code] { // a digit code is its own normCode
		en := &e.files[r.file].Errors[r.entry]
		if e.files[r.file].Kind == KindGeneric && en.Code == code && (len(en.Phrases) == 0 || e.worded(hits, r)) {
			return true
		}
	}
	return false
}

// worded reports whether the paste carries a phrase of entry r.
func (e *engine) worded(hits []litHit, r ref) bool {
	for _, h := range hits {
		if l := &e.info[h.id]; l.file == r.file && l.entry == r.entry {
			return true
		}
	}
	return false
}
