package decoder

// literalSet finds every occurrence of many literal strings in one pass over the input,
// ignoring ASCII case (an Aho-Corasick automaton with a dense transition table over the
// bytes the patterns use). Every textual signal of every catalog is compiled into one set
// when the catalog loads, so identifying the provider costs one scan however many
// providers there are.
type literalSet struct {
	classOf  [256]uint16 // byte -> column; 0 is "a byte no pattern uses"
	nclass   int
	next     []int32 // state*nclass + class -> state
	outStart []int32 // state -> first index in outs; outs[outStart[s]:outStart[s+1]]
	outs     []int32 // pattern ids ending at a state, including through suffix links
	lens     []int   // pattern id -> length
}

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
	// Trie.
	type tnode struct {
		child map[uint16]int32
		out   []int32
	}
	nodes := []tnode{{child: map[uint16]int32{}}}
	for id, p := range patterns {
		ls.lens[id] = len(p)
		if p == "" {
			continue
		}
		s := int32(0)
		for i := 0; i < len(p); i++ {
			c := ls.classOf[lower(p[i])]
			nx, ok := nodes[s].child[c]
			if !ok {
				nx = int32(len(nodes))
				nodes = append(nodes, tnode{child: map[uint16]int32{}})
				nodes[s].child[c] = nx
			}
			s = nx
		}
		nodes[s].out = append(nodes[s].out, int32(id))
	}
	// Breadth-first: failure links and the dense table.
	n := len(nodes)
	ls.next = make([]int32, n*ls.nclass)
	fail := make([]int32, n)
	queue := make([]int32, 0, n)
	for c := 0; c < ls.nclass; c++ {
		if nx, ok := nodes[0].child[uint16(c)]; ok {
			ls.next[c] = nx
			queue = append(queue, nx)
		}
	}
	outs := make([][]int32, n)
	for qi := 0; qi < len(queue); qi++ {
		s := queue[qi]
		outs[s] = append(append([]int32(nil), nodes[s].out...), outs[fail[s]]...)
		for c := 0; c < ls.nclass; c++ {
			f := ls.next[int(fail[s])*ls.nclass+c]
			if nx, ok := nodes[s].child[uint16(c)]; ok {
				fail[nx] = f
				ls.next[int(s)*ls.nclass+c] = nx
				queue = append(queue, nx)
			} else {
				ls.next[int(s)*ls.nclass+c] = f
			}
		}
	}
	ls.outStart = make([]int32, n+1)
	for s := 0; s < n; s++ {
		ls.outStart[s] = int32(len(ls.outs))
		ls.outs = append(ls.outs, outs[s]...)
	}
	ls.outStart[n] = int32(len(ls.outs))
	return ls
}

// scan calls visit(id, end) for every occurrence of every pattern in text, end being the
// offset just past it. A run of white space in the text matches one space in a pattern, so
// wording wrapped across lines by a terminal or an issue tracker still matches.
func (ls *literalSet) scan(text string, visit func(id int, end int)) {
	s := int32(0)
	nc := int32(ls.nclass)
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
		s = ls.next[s*nc+int32(ls.classOf[c])]
		if a, b := ls.outStart[s], ls.outStart[s+1]; a != b {
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
