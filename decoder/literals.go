package decoder

// literalSet finds every occurrence of many literal strings in one pass over the input,
// ignoring ASCII case (an Aho-Corasick automaton with a dense transition table over the
// bytes the patterns use). Every textual signal of every catalog is compiled into one set
// when the catalog loads, so identifying the provider costs one scan however many
// providers there are.
type literalSet struct {
	classOf  [256]uint16 // byte -> column; 0 is "a byte no pattern uses"
	nclass   int
	next     []uint16 // state*nclass + class -> state (uint16 keeps the table in cache)
	outStart []int32  // state -> its pattern ids: outs[outStart[s]:outEnd[s]]
	outEnd   []int32
	outs     []int32 // pattern ids ending at a state, including through suffix links
	lens     []int   // pattern id -> length
}

// maxStates is how many automaton states a uint16 table can address. TestCatalogFitsAutomaton
// keeps the catalog well inside it; past it, switch the table to int32.
const maxStates = 1 << 16

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func newLiteralSet(patterns []string) *literalSet {
	ls := &literalSet{lens: make([]int, len(patterns))}
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
		total += len(p) // an upper bound on the states
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
		ls.lens[id] = len(p)
		if p == "" {
			continue
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
		panic("decoder: the catalog's literals need more automaton states than a uint16 holds")
	}
	// Breadth-first: each state's row is its failure state's row with its own children
	// written over it, so a missing edge already points where the longest suffix goes. A
	// state's outputs are its own patterns, then its failure state's, which (shallower) are
	// already listed: outs is written in queue order and indexed through outStart.
	ls.next = make([]uint16, n*nc)
	fail := make([]int32, n)
	queue := make([]int32, 1, n)
	ls.outStart = make([]int32, n+1)
	outEnd := make([]int32, n)
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		ls.outStart[s] = int32(len(ls.outs))
		for id := nodes[s].end; id != 0; id = endNext[id-1] {
			ls.outs = append(ls.outs, id-1)
		}
		row := ls.next[int(s)*nc : int(s)*nc+nc]
		if s != 0 {
			f := fail[s]
			ls.outs = append(ls.outs, ls.outs[ls.outStart[f]:outEnd[f]]...)
			copy(row, ls.next[int(f)*nc:int(f)*nc+nc])
		}
		outEnd[s] = int32(len(ls.outs))
		for k := nodes[s].first; k != 0; k = nodes[k].next {
			if s != 0 {
				fail[k] = int32(ls.next[int(fail[s])*nc+int(nodes[k].class)])
			}
			row[nodes[k].class] = uint16(k)
			queue = append(queue, k)
		}
	}
	// outs is in queue order, not state order: outStart[s]..outEnd[s] per state.
	ls.outEnd = outEnd
	return ls
}

// scan calls visit(id, end) for every occurrence of every pattern in text, end being the
// offset just past it. A run of white space in the text matches one space in a pattern, so
// wording wrapped across lines by a terminal or an issue tracker still matches.
func (ls *literalSet) scan(text string, visit func(id int, end int)) {
	s := 0
	nc := ls.nclass
	space := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			if space {
				continue
			}
			space = true
			c = ' '
		} else {
			space = false
		}
		s = int(ls.next[s*nc+int(ls.classOf[c])])
		if a, b := ls.outStart[s], ls.outEnd[s]; a != b {
			for _, id := range ls.outs[a:b] {
				visit(int(id), i+1)
			}
		}
	}
}

// startOf returns where a match of a pattern of length n that ends at end begins in text,
// counting each run of white space as one byte as scan does.
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

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
