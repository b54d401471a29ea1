package decoder

import "strings"

// Spotted literals: the catalog's codes and the field signals' keys, which the later stages
// ask extraction's positions about (positions.spotted): advise whether the matched entry's
// code is written in the paste, in any case and inside any word ("rate_limit" in
// "rate_limit_exceeded"), spans where a code is. They are derived from the entries and
// signals when the engine is finished.
//
// They were patterns of the literal scan until 2026-12-07 (h-perf12): the scan then visited
// every occurrence of the common ones ("type", "code", "error") on every decode, 8 visits
// and about 2,500 instructions of the 400-byte body's 79,000, where the one or two codes a
// decode asks about cost a search of the segment each (about 800).

// addSpotLiterals gathers, once each, each code and alias an entry may answer with (an
// identifier, not a number) and each field signal's last key that reads the same folded as
// bytes (ASCII, no white space), each with the byte spotted looks for it by (rareByte).
func (e *engine) addSpotLiterals() {
	e.spotLit = map[string]int{}
	for _, f := range e.files {
		for i := range f.Errors {
			for j := -1; j < len(f.Errors[i].Aliases); j++ {
				c := f.Errors[i].Code
				if j >= 0 {
					c = f.Errors[i].Aliases[j]
				}
				if isIdentifier(c) && !isAllDigits(c) {
					e.spotLit[c] = rareByte(c)
				}
			}
		}
	}
	for _, fs := range e.fieldSig {
		if k := fieldKey(fs.text); k != "" && isASCII(k) && !strings.ContainsAny(k, " \t\n\r\v\f") {
			e.spotLit[k] = rareByte(k)
		}
	}
}

// fieldKey is the last key of a field signal's path ("error.metadata.raw" -> "raw",
// "finish_reason=length" -> "finish_reason").
func fieldKey(sig string) string {
	key, _, _ := strings.Cut(sig, "=")
	return key[strings.LastIndexByte(key, '.')+1:]
}
