package decoder

// The catalog's codes as literals of the scan: where a paste writes an entry's code, in
// any case and inside any word ("rate_limit" in "rate_limit_exceeded"), is found in the
// scan extraction makes anyway, so no later stage looks for the code in the text. They
// follow the markers, outside any compiled catalog (catalogLiterals drops them), and are
// derived from the entries when the engine is finished.

// codeLiteral is the literal.marker of a catalog code.
const codeLiteral = -2

// addCodeLiterals adds each code and alias an entry may answer with (an identifier, not
// a number) once, with no word boundary asked of either end, after every other literal. It
// returns the first one's id.
func (e *engine) addCodeLiterals() int {
	from := len(e.info)
	e.codeLit = map[string]int{}
	add := func(c string) {
		if _, ok := e.codeLit[c]; ok || !isIdentifier(c) || isAllDigits(c) {
			return
		}
		e.codeLit[c] = len(e.info)
		e.info = append(e.info, literal{file: -1, entry: -1, marker: codeLiteral, kind: "code", text: c})
	}
	for _, f := range e.files {
		for i := range f.Errors {
			add(f.Errors[i].Code)
			for _, a := range f.Errors[i].Aliases {
				add(a)
			}
		}
	}
	return from
}

// prefixFor is how much of pattern id the automaton holds: a catalog code (from codesFrom
// on) its first codePrefixLen bytes, any other pattern its first prefixLen.
func prefixFor(id, codesFrom int) int {
	if id >= codesFrom {
		return codePrefixLen
	}
	return prefixLen
}
