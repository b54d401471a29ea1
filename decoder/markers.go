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

// at returns where marker id occurs in the paste.
func (s *signals) at(id int) []int { return s.marks[id] }

// after calls f with the text that follows each occurrence of marker id (up to 200
// bytes). exact, when set, also requires the marker's original case ("<Code>").
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
	// With sub all ASCII, strings.EqualFold on len(sub) bytes of text is ASCII folding: a
	// multi-byte rune there would leave fewer runes than sub has. A letter's two cases are
	// the bytes that |0x20 makes the lower one, looked for eight at a time; anything else
	// is the byte itself, which IndexByte finds.
	c0 := lower(sub[0])
	last := len(text) - len(sub)
	pair := pairOf(sub)
	for i := 0; i <= last; i++ {
		if isLetter(c0) {
			if i+9 <= len(text) && !pair.in8(text, i) {
				i += 7 // no start of sub's first two bytes in these eight bytes
				continue
			}
			if text[i]|0x20 != c0 {
				continue
			}
		} else if j := strings.IndexByte(text[i:last+1], c0); j < 0 {
			return -1
		} else {
			i += j
		}
		if foldEqualASCII(text[i+1:i+len(sub)], sub[1:]) {
			return i
		}
	}
	return -1
}

// bytePair is what indexFold looks for eight positions at a time: sub's first two bytes,
// each as its lower case, or'd with 0x20 first when it is a letter (the bytes that |0x20
// makes the lower letter are its two cases; any other byte must be itself).
type bytePair struct{ fold0, want0, fold1, want1 uint64 }

func pairOf(sub string) bytePair {
	var p bytePair
	p.fold0, p.want0 = caseMask(sub[0])
	if len(sub) > 1 {
		p.fold1, p.want1 = caseMask(sub[1])
	} else {
		p.fold1, p.want1 = 0xff*ones8, 0xff*ones8 // any byte
	}
	return p
}

func caseMask(c byte) (fold, want uint64) {
	if isLetter(c) {
		return 0x20 * ones8, uint64(lower(c)) * ones8
	}
	return 0, uint64(c) * ones8
}

// in8 reports whether the pair may start at one of text[i:i+8] (text holds i+9 bytes): a
// byte of t is zero just where both bytes agree, and a word has a zero byte just when
// subtracting one from every byte sets a top bit that was clear.
func (p bytePair) in8(text string, i int) bool {
	t := ((word8(text, i) | p.fold0) ^ p.want0) | ((word8(text, i+1) | p.fold1) ^ p.want1)
	return (t-ones8)&^t&highs8 != 0
}

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
