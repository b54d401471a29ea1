package decoder

import (
	"math/bits"
	"strings"
)

// literalSet finds every occurrence of many literal strings in one pass over the input,
// ignoring ASCII case (an Aho-Corasick automaton with a dense transition table over the
// bytes the patterns use). Every textual signal of every catalog is compiled into one set
// when the catalog loads, so identifying the provider costs one scan however many
// providers there are.
//
// The automaton holds only each pattern's first prefixLen bytes; where one of those ends,
// the rest of the pattern is compared with the text that follows. Catalog phrases are whole
// sentences, and their tails made half of the automaton's 22,000 states: building it is
// most of the decoder's start-up in the browser. At 20 bytes the automaton has 14,000 states,
// and a scan runs no more instructions than it did with every byte of every pattern in it.
type literalSet struct {
	classOf [256]uint16 // byte -> column; 0 is "a byte no pattern uses"
	nclass  int
	// next[state*nclass + class] is the next state. The states where some prefix ends are
	// numbered last, from outFrom on, so one comparison tells the scan whether to look at
	// anything else, and all 16 bits number states.
	next     []uint16
	outFrom  uint16
	outStart []int32 // state -> its pattern ids: outs[outStart[s]:outEnd[s]]
	outEnd   []int32
	outs     []int32 // pattern ids whose prefix ends at a state, including through suffix links
	pats     []litPattern
}

// litPattern is what report reads of one pattern besides its prefix: in one place, so that
// a match costs one bounds check, not one per slice.
type litPattern struct {
	tail string // what follows its prefix, in lower case; "" for short patterns
	// head is the tail's first eight bytes (all of a shorter one, the rest zero) as word8
	// reads them: tailEnd decides most tails with one comparison.
	head uint64
	n    int // the pattern's length
	// plain: the tail holds no white space but single spaces, so text that writes it
	// byte for byte (but for case) matches it (tailEnd's fast path).
	plain  bool
	spaced bool // holds a space, so its match may span a longer run
}

const (
	// prefixLen is how much of each pattern the automaton holds (16 since the non-AI layers
	// took the automaton to 24,600 states at 20; 19,200 at 16; 14 since the SaaS and proxy
	// layers took it to 25,250 at 16: 21,280 at 14).
	prefixLen = 14
	// maxStates is what a uint16 transition numbers (it was 1 << 15 while a transition's
	// top bit marked the states with outputs). TestCatalogFitsAutomaton keeps the catalog
	// well inside it.
	maxStates = 1 << 16
)

func newLiteralSet(patterns []string) *literalSet {
	ls := &literalSet{pats: make([]litPattern, len(patterns))}
	// Columns for the bytes that occur in patterns, both cases folded together.
	ls.nclass = 1
	for _, p := range patterns {
		for i := 0; i < len(p); i++ {
			c := lower(p[i])
			if ls.classOf[c] == 0 {
				ls.classOf[c] = uint16(ls.nclass)
				if c >= 'a' && c <= 'z' {
					ls.classOf[c-'a'+'A'] = uint16(ls.nclass)
				}
				ls.nclass++
			}
		}
	}
	for _, c := range []byte{'\n', '\t', '\r'} { // scan reads every white space as ' '
		ls.classOf[c] = ls.classOf[' ']
	}
	nc := ls.nclass
	// The trie, with each node's children as a sibling list (no maps, no dense rows yet).
	// Patterns ending at a node form a list through endNext, so a node is 12 bytes and the
	// start-up (most of it in the browser) allocates little besides the table itself.
	type tnode struct {
		first, next int32 // first child, next sibling; 0 = none (the root is never a child)
		end         int32 // first pattern ending here, +1; 0 = none
		class       uint16
	}
	endNext := make([]int32, len(patterns)) // pattern -> next pattern ending at its node, +1
	endAt := make([]int32, len(patterns))   // pattern -> its node
	total := 1
	for _, p := range patterns {
		total += min(len(p), prefixLen) // an upper bound on the states
	}
	nodes := make([]tnode, 1, total)
	child := func(s int32, c uint16) int32 {
		for k := nodes[s].first; k != 0; k = nodes[k].next {
			if nodes[k].class == c {
				return k
			}
		}
		return 0
	}
	for id, p := range patterns {
		ls.pats[id].n = len(p)
		ls.pats[id].spaced = strings.IndexByte(p, ' ') >= 0
		if p == "" {
			continue
		}
		if len(p) > prefixLen {
			p, ls.pats[id].tail = p[:prefixLen], p[prefixLen:]
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := ls.classOf[lower(p[i])]
			k := child(s, c)
			if k == 0 {
				k = int32(len(nodes))
				nodes = append(nodes, tnode{next: nodes[s].first, class: c})
				nodes[s].first = k
			}
			s = k
		}
		endAt[id] = s
	}
	for id := len(patterns) - 1; id >= 0; id-- { // backwards, so each list is in pattern order
		if patterns[id] != "" {
			endNext[id] = nodes[endAt[id]].end
			nodes[endAt[id]].end = int32(id) + 1
		}
	}
	n := len(nodes)
	if n > maxStates {
		panic("decoder: the catalog's literals need more automaton states than 16 bits hold")
	}
	// Breadth-first: each state's row is its failure state's row with its own children
	// written over it, so a missing edge already points where the longest suffix goes. A
	// state's outputs are its own patterns, then its failure state's, which (shallower) are
	// already listed: outs is written in queue order and indexed through outStart. Whether a
	// state has outputs is known when it is queued (its own patterns, or its failure state's,
	// queued before it), so it is numbered then: from 1 up without outputs, from n-1 down
	// with them (the two meet at outFrom), and each transition is written once.
	ls.next = make([]uint16, n*nc)
	fail := make([]int32, n)  // trie node -> its failure state
	state := make([]int32, n) // trie node -> its state
	queue := make([]int32, 1, n)
	ls.outStart = make([]int32, n+1)
	outEnd := make([]int32, n)
	quiet, loud := int32(1), int32(n-1) // the next state numbers without and with outputs
	for qi := 0; qi < len(queue); qi++ {
		node := queue[qi]
		s := state[node]
		ls.outStart[s] = int32(len(ls.outs))
		for id := nodes[node].end; id != 0; id = endNext[id-1] {
			ls.outs = append(ls.outs, id-1)
		}
		row := ls.next[int(s)*nc : int(s)*nc+nc]
		if node != 0 {
			f := fail[node]
			ls.outs = append(ls.outs, ls.outs[ls.outStart[f]:outEnd[f]]...)
			copy(row, ls.next[int(f)*nc:int(f)*nc+nc])
		}
		outEnd[s] = int32(len(ls.outs))
		for k := nodes[node].first; k != 0; k = nodes[k].next {
			if node != 0 {
				fail[k] = int32(ls.next[int(fail[node])*nc+int(nodes[k].class)])
			}
			id := quiet
			if nodes[k].end != 0 || fail[k] > loud { // its own patterns, or its failure state's
				id, loud = loud, loud-1
			} else {
				quiet++
			}
			state[k] = id
			row[nodes[k].class] = uint16(id)
			queue = append(queue, k)
		}
		// A run of white space reads as one space: a state entered by a space stays put on
		// the next one (scan does not report its patterns again). Its children on a space
		// would need two spaces in a row, which no text can show.
		if sp := ls.classOf[' ']; node != 0 && sp != 0 && nodes[node].class == sp {
			row[sp] = uint16(s)
		}
	}
	// outs is in queue order, not state order: outStart[s]..outEnd[s] per state.
	ls.outEnd = outEnd
	ls.outFrom = uint16(quiet)
	ls.foldTails()
	return ls
}

// foldTails writes each tail in lower case (classOf reads both cases alike, so matchTail's
// comparison is unchanged), notes which are plain and takes their heads, so that tailEnd
// can compare most of them eight bytes at a time.
func (ls *literalSet) foldTails() {
	for id := range ls.pats {
		p := &ls.pats[id]
		b := []byte(p.tail)
		p.plain = true
		for k, c := range b {
			b[k] = lower(c)
			if isSpace(c) && (c != ' ' || k > 0 && isSpace(b[k-1])) {
				p.plain = false
			}
		}
		if lowerChanges(p.tail) {
			p.tail = string(b)
		}
		for k, c := range b[:min(len(b), 8)] {
			p.head |= uint64(c) << (8 * k)
		}
	}
}

// scan calls visit(id, start, end) for every occurrence of every pattern in text, text[start:end]
// being the occurrence. A run of white space in the text matches one space in a pattern, so
// wording wrapped across lines by a terminal or an issue tracker still matches.
func (ls *literalSet) scan(text string, visit func(id, start, end int)) {
	s := 0
	runs := new(runCursor) // one for the scan; report's own frame keeps the loop's registers
	for i := 0; i < len(text); i++ {
		i, s = ls.advance(text, i, s)
		if i == len(text) {
			break
		}
		ls.report(text, i, s, runs, visit)
	}
}

// report calls visit for each pattern whose prefix ends at text[i], entering state s, and
// whose tail follows. (A function of its own: inside scan, its variables cost the loop of
// advance registers.)
//
//go:noinline
func (ls *literalSet) report(text string, i, s int, runs *runCursor, visit func(id, start, end int)) {
	// The second white space of a run only keeps the state a space entered: its patterns
	// were reported on the first (a state read after white space is one entered by a
	// space, or the root, which has none).
	if sp := ls.classOf[' ']; i > 0 && ls.classOf[text[i]] == sp && ls.classOf[text[i-1]] == sp {
		return
	}
	for _, id := range ls.outs[ls.outStart[s]:ls.outEnd[s]] {
		p, end := &ls.pats[id], i+1
		if p.tail != "" {
			if end = ls.tailEnd(text, end, isSpace(text[i]), p); end < 0 {
				continue
			}
		}
		start := end - p.n
		// A match is longer than its pattern only across a run of white space, which
		// most texts hold few of (the byte before counts: it may start one).
		if p.spaced && runs.within(text, max(0, start-1), end) {
			start = startOf(text, end, p.n)
		}
		visit(int(id), start, end)
	}
}

// advance runs the automaton from state s on text[i:] up to the first byte whose transition
// enters a state where a prefix ends, and returns that byte's offset and the state; len(text)
// when none does. Apart from scan's handling of matches, its loop keeps every variable in a
// register and needs no bounds check on the text: 12 instructions a byte, where the same
// loop inside scan took 16. Not inlined: inside scan, its loop would need a register more
// than there are (the bound of the states with outputs), and reload one on every byte.
//
//go:noinline
func (ls *literalSet) advance(text string, i, s int) (int, int) {
	nc, next, classOf, outFrom := ls.nclass, ls.next, &ls.classOf, ls.outFrom
	rest := text[i:] // indexed from 0, so that reading a byte needs no bounds check
	for k := 0; k < len(rest); k++ {
		// White space needs no test here: every white space byte reads as ' ', and a state
		// entered by a space loops to itself on the next one (see newLiteralSet).
		t := next[s*nc+int(classOf[rest[k]])]
		if t >= outFrom {
			return i + k, int(t)
		}
		s = int(t)
	}
	return len(text), s
}

// tailEnd is matchTail for p's tail. The text mostly writes a tail as it is (but
// for case), and then it is compared eight bytes at a time. Where the text writes the tail
// so up to a byte that is not white space, matchTail finds the same, as a plain tail holds
// no run that it would read as one space; except that it passes over a space opening the
// tail after white space, so those go to it, as does a text that differs at white space.
func (ls *literalSet) tailEnd(text string, i int, space bool, p *litPattern) int {
	tail := p.tail
	if !p.plain || space && tail[0] == ' ' {
		return ls.matchTail(text, i, space, tail)
	}
	var k int
	switch {
	case i+8 > len(text):
		k = foldedPrefix(text, i, tail)
	default: // foldedPrefix's first word, masked to the tail's length, without the call
		w := word8(text, i)
		switch d := ((w | hasUpper8(w)>>2) ^ p.head) & lowBytes(len(tail)); {
		case d != 0:
			k = bits.TrailingZeros64(d) >> 3
		case len(tail) <= 8:
			return i + len(tail)
		default:
			k = 8 + foldedPrefix(text, i+8, tail[8:])
		}
	}
	switch {
	case k == len(tail):
		return i + k
	case i+k == len(text) || !isSpace(text[i+k]):
		return -1 // matchTail reads at least as many bytes as the tail has
	case tail[k] != ' ' && (k > 0 && tail[k-1] != ' ' || k == 0 && !space):
		return -1 // no white space before: matchTail reads this one as a space, which tail[k] is not
	}
	return ls.matchTail(text, i, space, tail)
}

// lowBytes is a mask of the first n bytes of a word (all eight from n = 8 up).
func lowBytes(n int) uint64 {
	if n >= 8 {
		return ^uint64(0)
	}
	return 1<<(8*n) - 1
}

// foldedPrefix returns how many bytes of low, which is in lower case, text[i:] starts with,
// its capitals read in lower case: eight bytes at a time, where setting the 0x20 bit of each
// capital (hasUpper8's flag moved down) lowers it.
func foldedPrefix(text string, i int, low string) int {
	k := 0
	for ; k+8 <= len(low) && i+k+8 <= len(text); k += 8 {
		w := word8(text, i+k)
		if d := (w | hasUpper8(w)>>2) ^ word8(low, k); d != 0 {
			return k + bits.TrailingZeros64(d)>>3
		}
	}
	for ; k < len(low) && i+k < len(text); k++ {
		if lower(text[i+k]) != low[k] {
			break
		}
	}
	return k
}

// matchTail compares the rest of a pattern with text from i on, reading the text as scan
// does (case folded, a run of white space as one space; space says whether text[i-1] was
// white space). It returns the offset just past the match, or -1.
func (ls *literalSet) matchTail(text string, i int, space bool, tail string) int {
	k := 0
	for ; i < len(text) && k < len(tail); i++ {
		c := text[i]
		if isSpace(c) {
			if space {
				continue
			}
			space = true
			c = ' '
		} else {
			space = false
		}
		if ls.classOf[c] != ls.classOf[tail[k]] {
			return -1
		}
		k++
	}
	if k < len(tail) {
		return -1
	}
	return i
}

// runCursor tells scan whether a stretch of its text holds a run of white space (two
// bytes in a row at or below ' ': all white space runs, and a few others, for which startOf
// finds the same start as without a run). The stretches scan asks about mostly move
// forward and overlap, so it keeps how far it has read from a place: a stretch inside what
// was read needs no reading, one that goes on past it only the rest. Only the stretches
// asked about are read, not the text between them (reading on to the first run read all
// of a body that has none, most of which no spaced phrase touches).
type runCursor struct {
	// No run starts in text[from:at]. found: one starts at at; else text was read only up
	// to at (a run starting there is not known either way).
	from, at int
	found    bool
}

// within reports whether text[a:b] holds a run, that is one starting at j, a <= j < b-1.
func (c *runCursor) within(text string, a, b int) bool {
	switch {
	case a < c.from || a > c.at: // elsewhere (or first): read the stretch alone
		c.from, c.at = a, a
		c.found = false
	case c.found || b-1 <= c.at:
		return c.found && c.at+1 < b
	}
	j := nextRun(text[:b], c.at) // b when no run starts before b-1
	c.found, c.at = j < b, min(j, b-1)
	return c.found
}

// nextRun returns the first i >= from where s[i] and s[i+1] are both at or below ' ', or
// len(s): eight bytes at a time, each word overlapping the last by one so that no pair falls
// between two. Of the bytes below 0x80 (t), adding 0x5f sets the top bit from '!' up,
// without carrying into the next byte, so every flag is exact. The last few bytes are read
// as the text's last word, its pairs before i masked off (none starts in s[from:i], and
// those before from are not asked about), not a byte at a time: runCursor asks mostly
// about stretches of a word or two.
func nextRun(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 7 {
		if pairs := runPairs8(word8(s, i)); pairs != 0 {
			return i + firstFlagged(pairs)
		}
	}
	if i+1 >= len(s) {
		return len(s)
	}
	if k := len(s) - 8; k >= 0 {
		if pairs := runPairs8(word8(s, k)) &^ lowBytes(i-k); pairs != 0 {
			return k + firstFlagged(pairs)
		}
		return len(s)
	}
	for ; i+1 < len(s); i++ {
		if s[i] <= ' ' && s[i+1] <= ' ' {
			return i
		}
	}
	return len(s)
}

// runPairs8 flags (top bit) each byte of w that is at or below ' ' and so is the next one.
func runPairs8(w uint64) uint64 {
	low := ^((w &^ highs8) + 0x5f*ones8) &^ w & highs8 // the top bit of each byte <= ' '
	return low & (low >> 8)
}

// startOf returns where a match of a pattern of length n that ends at end begins in text,
// counting each run of white space as one byte as scan does. Only a pattern holding a space
// needs it: any other matches exactly n bytes.
func startOf(text string, end, n int) int {
	j := end
	for n > 0 && j > 0 {
		j--
		if isSpace(text[j]) {
			for j > 0 && isSpace(text[j-1]) {
				j--
			}
		}
		n--
	}
	return j
}

// endOf is where a match of an n-byte pattern that starts at text[start] ends, each white
// space of the text's runs read as one (startOf's mirror).
func endOf(text string, start, n int) int {
	j := start
	for n > 0 && j < len(text) {
		if isSpace(text[j]) {
			for j+1 < len(text) && isSpace(text[j+1]) {
				j++
			}
		}
		j++
		n--
	}
	return j
}
