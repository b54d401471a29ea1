package decoder

import "slices"

// Business codes written in prose (prosecodes.go) become codes to match by only where the
// catalog that should know them does: the identified provider's ("insufficient balance
// (1008)" is MiniMax's 1008 once MiniMax is identified, and nobody's before), or, with no
// provider identified, a general layer's for a number the words call a code ("Error 1015"
// is Cloudflare's). Both leave the ranked codes alone: a prose code is reported only when
// the entry chosen was matched by it (match.proseCode).

// proseCodes adds the prose numbers some catalog of the right kind defines to k's codes.
func (e *engine) proseCodes(k *matchKeys, s *signals, id *identity) {
	for _, p := range s.proseNums {
		if hasWritten(k.codes, p.value) || !e.definesProseCode(p, id) {
			continue
		}
		k.codes = append(k.codes, written{p.value, p.value}) // digits are their own normCode
	}
}

// definesProseCode reports whether the catalog p would belong to defines it as a code.
func (e *engine) definesProseCode(p proseNumber, id *identity) bool {
	for _, r := range e.byKey[p.value] {
		f := e.files[r.file]
		if en := &f.Errors[r.entry]; en.Code != p.value && !slices.Contains(en.Aliases, p.value) {
			continue // a type, not a code
		}
		if id.provider >= 0 && r.file == id.provider || id.provider < 0 && p.named && f.Kind == KindGeneric {
			return true
		}
	}
	return false
}

// proseCodeChosen is the prose number the chosen entry was matched by, with where it was
// written, when no ranked code of the paste is that number.
func proseCodeChosen(s *signals, why whyParts) (proseNumber, bool) {
	if why.code == "" {
		return proseNumber{}, false
	}
	for _, c := range s.codes {
		if c.value == why.code {
			return proseNumber{}, false
		}
	}
	for _, p := range s.proseNums {
		if p.value == why.code {
			return p, true
		}
	}
	return proseNumber{}, false
}

// hasWritten reports whether codes holds the normalised code n.
func hasWritten(codes []written, n string) bool {
	for _, c := range codes {
		if c.norm == n {
			return true
		}
	}
	return false
}
