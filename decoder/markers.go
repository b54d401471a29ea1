package decoder

import "strings"

// Markers are the engine's own literals: the fixed phrases that stages look for in running
// text ("An error occurred (", "retry after ", "maximum context length is "). They are
// compiled into the same literal set as the catalog's signals, so the whole paste is
// scanned once; each stage then reads only around the places its markers were found.

// maxMarkerHits bounds how many occurrences of one marker are kept.
const maxMarkerHits = 32

var (
	markers   []string
	markerIDs = map[string]int{}
)

// mark registers a marker (matched ignoring ASCII case) and returns its id.
func mark(text string) int {
	k := strings.ToLower(text)
	if id, ok := markerIDs[k]; ok {
		return id
	}
	markers = append(markers, k)
	markerIDs[k] = len(markers) - 1
	return len(markers) - 1
}

// marks registers each of texts (mark) and returns their ids, in order.
func marks(texts ...string) []int {
	ids := make([]int, len(texts))
	for i, t := range texts {
		ids[i] = mark(t)
	}
	return ids
}

// at returns where marker id occurs in the paste. Not inlined: its nil and bounds tests
// were copied into each of some 60 readers (3 KB of the gzipped wasm); the few that ask
// after a list of markers on every decode read s.marks themselves.
//
//go:noinline
func (s *signals) at(id int) []int { return s.marks[id] }

// after calls f with the text that follows each occurrence of marker id (up to 200
// bytes). exact, when set, also requires the marker's original case ("<Code>").
// Not inlined: inlined, each of its callers held the loop and a copy of its closure
// (about 2.5 KB of the gzipped wasm); it runs once per reader, its closure per marker found.
//
//go:noinline
func (s *signals) after(id int, exact string, f func(rest string)) {
	text := s.in.text
	for _, pos := range s.marks[id] {
		end := pos + len(markers[id])
		if end > len(text) {
			continue
		}
		if exact != "" && text[pos:end] != exact {
			continue
		}
		f(text[end:min(len(text), end+200)])
	}
}

// addCode records a code the text shows, with its rank and where it was read. Out of line:
// two dozen readers record a code, each at most a few times a decode, and the append with
// its write barriers inlined into each was a few hundred bytes of wasm a reader.
//
//go:noinline
func (s *signals) addCode(value string, rank int, where string) {
	s.textCodes = append(s.textCodes, codeSeen{value, rank, where})
}

// afterKey is after for a marker that is a key ("code="), except where it ends a status's
// key: the value of "status_code=" or "Status Code:" is a status, never the error's code
// (Python source in a traceback's frame, status_code=error_code; Swift's AWS SDK, "Status
// Code: HTTP status code: 429").
func (s *signals) afterKey(id int, f func(rest string)) {
	text := s.in.text
	for _, pos := range s.marks[id] {
		end := pos + len(markers[id])
		before := text[max(0, pos-len("status_")):pos]
		if end > len(text) || hasFoldSuffix(before, "status_") || hasFoldSuffix(before, "status ") {
			continue
		}
		if markers[id] == "status: " && pos > 0 && (isWordByte(text[pos-1]) || text[pos-1] == '-') {
			continue // a header's or field's own status (Cf-Cache-Status: DYNAMIC), not a gRPC one
		}
		f(text[end:min(len(text), end+200)])
	}
}

// firstExact is strings.Index(text, exact) for the text of marker id in its own case,
// read from where the scan found the marker. A full list may have left the occurrence out
// (32 of another case before it): then the text is searched.
func (s *signals) firstExact(id int, exact string) int {
	text := s.in.text
	for _, pos := range s.marks[id] {
		if strings.HasPrefix(text[pos:], exact) {
			return pos
		}
	}
	if len(s.marks[id]) == maxMarkerHits {
		return strings.Index(text, exact)
	}
	return -1
}

// indexFold is strings.Index ignoring ASCII case, without copying text.
func indexFold(text, sub string) int {
	if sub == "" {
		return 0
	}
	if !isASCII(sub) {
		return indexFoldRunes(text, sub)
	}
	return indexFoldASCII(text, sub, rareByte(sub))
}

// indexFoldASCII is indexFold for an ASCII sub, where strings.EqualFold on len(sub) bytes of
// text is ASCII folding: a multi-byte rune there would leave fewer runes than sub has. The
// places sub can start are found by IndexByte (many bytes an instruction) looking for its
// byte sub[k] in each of its cases, k its rarest (rareByte): "retrying" by its "y", not by
// every "r" of "rate" and "request".
func indexFoldASCII(text, sub string, k int) int {
	last := len(text) - len(sub)
	if last < 0 {
		return -1
	}
	hay := text[k : last+k+1] // where sub[k] can be; hay[j] is text[j+k]
	c := lower(sub[k])
	// The next c and the next c in upper case at or after j (len(hay): none, or c is no letter).
	next, nextUpper := -1, len(hay)
	if isLetter(c) {
		nextUpper = -1
	}
	for j := 0; j < len(hay); j++ {
		if next < j {
			next = indexByteFrom(hay, j, c)
		}
		if nextUpper < j {
			nextUpper = indexByteFrom(hay, j, c-'a'+'A')
		}
		if j = min(next, nextUpper); j >= len(hay) {
			return -1
		}
		if foldEqualASCII(text[j:j+len(sub)], sub) {
			return j
		}
	}
	return -1
}

// indexByteFrom is the first c in s[i:], or len(s).
func indexByteFrom(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return len(s)
}

// rareByte returns the offset of the byte of sub least often seen in running text.
func rareByte(sub string) int {
	best := 0
	for k := 1; k < len(sub); k++ {
		if byteRank[lower(sub[k])] < byteRank[lower(sub[best])] {
			best = k
		}
	}
	return best
}

// byteRank is how often a byte is seen in pastes, roughly: lower-case letters by their
// share of English text in percent, white space and JSON's punctuation as common, any other
// byte as rare. It only steers indexFold's search; any ranking finds the same place.
var byteRank = func() (r [256]uint8) {
	for c := range r {
		r[c] = 2
	}
	for i, f := range [26]uint8{9, 2, 3, 5, 13, 3, 2, 7, 7, 1, 1, 5, 3, 7, 8, 2, 1, 6, 7, 10, 3, 1, 3, 1, 2, 1} {
		r['a'+i] = f
	}
	for _, c := range []byte(" \"\n\t:,./") {
		r[c] = 12
	}
	for c := '0'; c <= '9'; c++ {
		r[c] = 4
	}
	return r
}()

// foldEqualASCII reports whether a and b, of equal length with b all ASCII, are equal
// ignoring ASCII case.
func foldEqualASCII(a, b string) bool {
	for k := 0; k < len(b); k++ {
		if lower(a[k]) != lower(b[k]) { // with b ASCII, the same as folding both
			return false
		}
	}
	return true
}

// indexFoldRunes is indexFold for a sub that is not all ASCII.
func indexFoldRunes(text, sub string) int {
	c0 := lower(sub[0])
	for i := 0; i+len(sub) <= len(text); i++ {
		if lower(text[i]) == c0 && strings.EqualFold(text[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// markerSet is a set of marker ids, kept as bits in markerSets. A reader asking whether the
// paste shows any of its markers reads the few the scan found (extractBuffers.marked: a
// paste shows a handful of the 380) against its set, instead of asking after each of its
// own (23 for the long windows). A set is its number, not its bits: the package's init
// stores some 20 sets, and storing a slice in a global took a write barrier each (about
// 35 wasm instructions a set).
type markerSet uint16

// markerSets holds every set's bits, by markerSet.
var markerSets [][]uint64

// setOf is the set of the markers in groups, built once per set when the package loads
// (not inlined: each inlined copy cost the wasm more than the call costs). It takes the
// groups as they are, where append joining them was compiled into the package's init once
// for each set (some 250 wasm instructions a set).
//
//go:noinline
func setOf(groups ...[]int) markerSet {
	n := 0
	for _, ids := range groups {
		for _, id := range ids {
			n = max(n, id/64+1)
		}
	}
	bits := make([]uint64, n)
	for _, ids := range groups {
		for _, id := range ids {
			bits[id/64] |= 1 << (id % 64)
		}
	}
	markerSets = append(markerSets, bits)
	return markerSet(len(markerSets) - 1)
}

// anyOf is the union of sets: the gate of a group of readers, each with its own set. Not
// inlined, as setOf: each copy in the package's init cost the wasm more than the call.
//
//go:noinline
func anyOf(sets ...markerSet) markerSet {
	var u []uint64
	for _, ms := range sets {
		bits := markerSets[ms]
		for len(u) < len(bits) {
			u = append(u, 0)
		}
		for i, w := range bits {
			u[i] |= w
		}
	}
	markerSets = append(markerSets, u)
	return markerSet(len(markerSets) - 1)
}

func (ms markerSet) has(id int) bool {
	bits, w := markerSets[ms], id/64
	return w < len(bits) && bits[w]&(1<<(id%64)) != 0
}

// gate reports whether a reader that finds nothing without one of ms's markers should run:
// showsAny, unless a test opened every gate (gatesOpen) to check that no reader's answer
// depends on its gate, that is, that every marker a gated reader reads is in its set. Not
// inlined: its 15 copies (the global's load and the branch around the call) cost the wasm
// more than a call costs a decode.
//
//go:noinline
func (s *signals) gate(ms markerSet) bool { return gatesOpen || s.showsAny(ms) }

// gatesOpen runs every gated reader; only TestGatesOnlySaveWork sets it.
var gatesOpen bool

// showsAny reports whether the paste shows any marker of ms: the scan's set of the markers
// it found, and ms, share a bit, 64 markers a comparison. Not inlined: each of its callers
// held a copy of the loop.
//
//go:noinline
func (s *signals) showsAny(ms markerSet) bool {
	bits, shown := markerSets[ms], s.buf.markedSet
	for i := range min(len(bits), len(shown)) {
		if bits[i]&shown[i] != 0 {
			return true
		}
	}
	return false
}
