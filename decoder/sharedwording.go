package decoder

import "strings"

// Some wording names no failure: advice to wait ("try again later", 请稍后再试) goes with a
// rate limit, an overload, a timeout, a lost connection and a server error alike, and the
// general wording lists it under each. A catalog that lists the same words under entries of
// two or more categories says itself that they tell those categories apart no better than
// each other, so the catalog compiler marks them (literal.shared), computed from the data
// rather than listed by hand; match lets them decide nothing the failure's own words in
// the same catalog decide (matchadvice.go).

// markSharedWording marks every entry phrase that its catalog file lists, case aside, under
// entries of two or more categories.
func (e *engine) markSharedWording() {
	type key struct {
		file int
		text string
	}
	first := map[key]Category{} // the category the words were first listed under
	shared := map[key]bool{}
	for i := range e.info {
		l := &e.info[i]
		if l.file < 0 || l.entry < 0 {
			continue
		}
		k := key{l.file, strings.ToLower(l.text)}
		cat := e.files[l.file].Errors[l.entry].Category
		if c, ok := first[k]; !ok {
			first[k] = cat
		} else if c != cat {
			shared[k] = true
		}
	}
	for i := range e.info {
		l := &e.info[i]
		if l.file >= 0 && l.entry >= 0 {
			l.shared = shared[key{l.file, strings.ToLower(l.text)}]
		}
	}
}
