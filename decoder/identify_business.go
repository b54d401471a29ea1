package decoder

import "slices"

// Numeric business codes name no provider by themselves: Cloudflare, MiniMax and Zhipu all
// number theirs from 1000, so identify's code owners leave digits out. But a number the
// paste carries as a code (a body's code or type, or one written in prose) together with
// the wording of the one entry that documents it is that provider's error, whatever shape
// it came in: Z.ai's 1113 with "Insufficient balance or no resource package", re-printed in
// an Anthropic-shaped body by its Anthropic-compatible endpoint.

// businessCodeReason is a numeric code of file i beside the wording of its entry.
const businessCodeReason = defaultReason + 1

// businessStatusReason is a numeric code of file i with the HTTP status its entry gives it.
const businessStatusReason = defaultReason + 2

// businessCodeWeight is above what an API-compatible endpoint copies: the body's shape
// (a phrase, 4) and its type vocabulary (a code only the copied API uses, 3 or 4). With
// the entry's own wording (2 or more) the code and the words of one documented entry then
// outweigh both: MiniMax's 2013 "invalid params" in an Anthropic-shaped api_error body.
const businessCodeWeight = 7

// creditBusinessCodes credits each provider one of whose numeric codes the paste carries
// beside that entry's own wording.
func (e *engine) creditBusinessCodes(s *signals, cards []scoreCard, credit func(f, w int, r reason)) {
	if !carriesNumber(s) {
		return // most pastes: no number of four digits or more carried as a code (carriesCode)
	}
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
			cards[l.file].business = true
		}
	}
}

// businessStatusWeight credits a numeric code a body carries beside the HTTP status its
// provider documents it with: above an API-compatible endpoint's copied shape and type
// vocabulary (4), below the code beside its own wording (businessCodeWeight).
const businessStatusWeight = 5

// creditBusinessStatus credits each provider that documents a numeric code the paste's body
// carries with the paste's own HTTP status, when the code's wording credited none: Zhipu
// sends its business codes as {"error":{"code":"1302","message":...}} with the HTTP status its
// code table gives (1302 with 429, 1214 with 400; https://docs.bigmodel.cn/cn/api/api-code,
// https://docs.z.ai/api-reference/api-code), whatever the message says, and MiniMax's and
// Mistral's same numbers come with other statuses (MiniMax's base_resp with 200). Four
// digits or more, and no general layer claiming the code, as for creditBusinessCodes.
func (e *engine) creditBusinessStatus(s *signals, cards []scoreCard, credit func(f, w int, r reason)) {
	if !s.hasHTTP || s.http.code < 400 {
		return
	}
	for ci, c := range s.codes {
		if len(c.value) < 4 || !isAllDigits(c.value) || slices.ContainsFunc(s.codes[:ci], func(o codeSeen) bool { return o.value == c.value }) {
			continue
		}
		if e.generalClaims(s.hits, c.value) {
			continue
		}
		for _, r := range e.byKey[c.value] {
			f := e.files[r.file]
			en := &f.Errors[r.entry]
			if f.Kind != KindProvider || en.Code != c.value || en.Status != s.http.code || cards[r.file].business {
				continue
			}
			cards[r.file].business = true
			credit(r.file, businessStatusWeight, reason{kind: businessStatusReason, i: r.file, code: c.value})
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

// carriesNumber reports whether the paste carries a code of four digits or more (carriesCode
// of such a code can be true): the codes creditBusinessCodes asks about are all so.
func carriesNumber(s *signals) bool {
	for _, c := range s.codes {
		if len(c.value) >= 4 && isAllDigits(c.value) {
			return true
		}
	}
	for _, p := range s.proseNums {
		if len(p.value) >= 4 && isAllDigits(p.value) {
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
