package decoder

// Numeric business codes name no provider by themselves: Cloudflare, MiniMax and Zhipu all
// number theirs from 1000, so identify's code owners leave digits out. But a number the
// paste carries as a code (a body's code or type, or one written in prose) together with
// the wording of the one entry that documents it is that provider's error, whatever shape
// it came in: Z.ai's 1113 with "Insufficient balance or no resource package", re-printed in
// an Anthropic-shaped body by its Anthropic-compatible endpoint.

// businessCodeReason is a numeric code of file i beside the wording of its entry.
const businessCodeReason = defaultReason + 1

// businessCodeWeight is above a body shape's phrase (4): the code and the wording of one
// documented entry agreeing say more than a shape other APIs copy.
const businessCodeWeight = 5

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
		// A code a general layer documents too is a platform's (Cloudflare's 10000 and
		// 7003 are every Cloudflare API's; envelopecode.go): it names no one product.
		if len(code) >= 4 && isAllDigits(code) && carriesCode(s, code) && !e.generalSpells(code) {
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
