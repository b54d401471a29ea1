package decoder

import "strings"

// Spotted literals: the catalog's codes and the field signals' keys, found by the literal
// scan extraction makes anyway, in any case and inside any word ("rate_limit" in
// "rate_limit_exceeded"), so no later stage looks for them in the text: advise asks whether
// the matched entry's code is written in the paste, spans where a code or a key is. They
// follow the markers, outside any compiled catalog (catalogLiterals drops them), and are
// derived from the entries and signals when the engine is finished.

// spotLiteral is the literal.marker of a spotted literal.
const spotLiteral = -2

// addSpotLiterals adds, once each and with no word boundary asked of either end, each code
// and alias an entry may answer with (an identifier, not a number) and each field signal's
// last key that reads the same folded as bytes (ASCII, no white space). It returns the
// first one's id.
func (e *engine) addSpotLiterals() int {
	from := len(e.info)
	e.spotLit = map[string]int{}
	add := func(c string) {
		if _, ok := e.spotLit[c]; ok || c == "" {
			return
		}
		e.spotLit[c] = len(e.info)
		e.info = append(e.info, literal{file: -1, entry: -1, marker: spotLiteral, kind: "spot", text: c})
	}
	for _, f := range e.files {
		for i := range f.Errors {
			for j := -1; j < len(f.Errors[i].Aliases); j++ {
				c := f.Errors[i].Code
				if j >= 0 {
					c = f.Errors[i].Aliases[j]
				}
				if isIdentifier(c) && !isAllDigits(c) {
					add(c)
				}
			}
		}
	}
	for _, fs := range e.fieldSig {
		if k := fieldKey(fs.text); isASCII(k) && !strings.ContainsAny(k, " \t\n\r\v\f") {
			add(k)
		}
	}
	return from
}

// fieldKey is the last key of a field signal's path ("error.metadata.raw" -> "raw",
// "finish_reason=length" -> "finish_reason").
func fieldKey(sig string) string {
	key, _, _ := strings.Cut(sig, "=")
	return key[strings.LastIndexByte(key, '.')+1:]
}

// prefixFor is how much of pattern id the automaton holds: a spotted literal (from
// spotFrom on) its first spotPrefixLen bytes, any other pattern its first prefixLen.
func prefixFor(id, spotFrom int) int {
	if id >= spotFrom {
		return spotPrefixLen
	}
	return prefixLen
}
