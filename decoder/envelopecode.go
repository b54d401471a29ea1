package decoder

import "slices"

// A number alone names no API: many use 1xxx or 10000. But a platform's envelope can carry
// codes of several products, and then the code says which: Cloudflare's v4 body
// {"success":false,"errors":[{"code":N,...}]} is every Cloudflare API's, 10000 or 7003 are
// the API's own (cloudflare-edge knows them), while 3040 or 5007 are Workers AI's alone. So
// an all-digit body code that exactly one catalog documents (wrappers aside) names that
// catalog's provider when the body already shows one of its field signals: the envelope
// qualifies the number, the number qualifies the envelope.

// creditEnvelopeCodes credits each file whose field signals the body showed with
// codeVocabularyWeight for a numeric body code only that file documents.
func (e *engine) creditEnvelopeCodes(s *signals, cards []scoreCard, credit func(f, w int, r reason)) {
	for ci, c := range s.body.codes {
		if !isAllDigits(c.value) || seenCodeBefore(s.body.codes[:ci], c.value) {
			continue
		}
		f := e.soleDocumenter(c.value)
		if f < 0 || !cards[f].credited || !hasFieldReason(cards[f].reasons) {
			continue
		}
		credit(f, codeVocabularyWeight, reason{kind: codeOwnedReason, i: f, code: c.value})
	}
}

// soleDocumenter is the one provider or general file whose entries document the numeric
// code, or -1 when none or several do.
func (e *engine) soleDocumenter(code string) int {
	owner := -1
	for _, r := range e.byKey[code] { // a digit code is its own normCode
		if e.files[r.file].Kind == KindWrapper || r.file == owner {
			continue
		}
		if owner >= 0 {
			return -1
		}
		owner = r.file
	}
	return owner
}

func hasFieldReason(rs []reason) bool {
	for _, r := range rs {
		if r.kind == fieldReason {
			return true
		}
	}
	return false
}

func seenCodeBefore(codes []codeSeen, v string) bool {
	for _, c := range codes {
		if c.value == v {
			return true
		}
	}
	return false
}

// generalSpells reports whether a general layer writes the code exactly so: then the
// spelling is a platform's shared vocabulary (Google's API_KEY_INVALID, AWS's
// ThrottlingException), and one provider's catalog writing it the same way says nothing
// of which API answered.
func (e *engine) generalSpells(code string) bool {
	for _, r := range e.byKey[normCode(code)] {
		if e.files[r.file].Kind != KindGeneric {
			continue
		}
		en := &e.files[r.file].Errors[r.entry]
		if en.Code == code || slices.Contains(en.Aliases, code) {
			return true
		}
	}
	return false
}
