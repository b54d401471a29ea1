package decoder

import "sync"

// scratch holds the working buffers of one decode. Decode takes one from a pool and gives
// it back when done, so decoding a small paste allocates little: for a 400-byte body,
// allocation was most of the time, and in WebAssembly (one thread, no parallel GC) every
// allocation costs several times what it does natively.
//
// Nothing in a Result may point into a scratch: it is reused by the next decode.
type scratch struct {
	seen  []bool  // literal id -> reported already; all false between scans
	marks [][]int // marker id -> where it occurs
	hits  []litHit
	cards []scoreCard // file index -> its identification score
	// match's candidate entries, and one file's share of them and of the phrase hits.
	cands, phrases []ref
	list, worded   []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Buffers that grew past these sizes (a megabyte paste) are dropped rather than kept for
// the next decode, so the pool never holds on to much memory.
const (
	maxPooledHits = 4096
)

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns sc to the pool. A decode that panicked does not call it: its buffers
// may be half-written.
func putScratch(sc *scratch) {
	if cap(sc.hits) > maxPooledHits {
		sc.hits = nil
	}
	if cap(sc.cands) > maxPooledHits {
		sc.cands, sc.list = nil, nil
	}
	if cap(sc.phrases) > maxPooledHits {
		sc.phrases, sc.worded = nil, nil
	}
	scratchPool.Put(sc)
}

// seenFor returns the literal-id flags, all false, sized for n literals.
func (sc *scratch) seenFor(n int) []bool {
	if len(sc.seen) != n {
		sc.seen = make([]bool, n)
	}
	return sc.seen
}

// marksFor returns one empty position list per marker.
func (sc *scratch) marksFor(n int) [][]int {
	if len(sc.marks) != n {
		sc.marks = make([][]int, n)
	}
	for i := range sc.marks {
		sc.marks[i] = sc.marks[i][:0]
	}
	return sc.marks
}

// cardsFor returns one zeroed score card per catalog file, keeping the reason lists'
// storage.
func (sc *scratch) cardsFor(n int) []scoreCard {
	if len(sc.cards) != n {
		sc.cards = make([]scoreCard, n)
	}
	for i := range sc.cards {
		sc.cards[i] = scoreCard{reasons: sc.cards[i].reasons[:0]}
	}
	return sc.cards
}
