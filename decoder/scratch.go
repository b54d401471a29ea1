package decoder

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// scratch holds the working buffers of one decode. Decode takes one from a free list and
// gives it back when done, so decoding a small paste allocates little: for a 400-byte body,
// allocation was most of the time, and in WebAssembly (one thread, no parallel GC) every
// allocation costs several times what it does natively.
//
// Nothing in a Result may point into a scratch: it is reused by the next decode.
type scratch struct {
	seen   []bool  // literal id -> reported already; all false between scans
	marks  [][]int // marker id -> where it occurs
	marked []int   // the markers with positions in marks
	hits   []litHit
	cards  scoreCards // file index -> its identification score
	// match's candidate entries, and one file's share of them and of the phrase hits.
	cands, phrases []ref
	list, worded   []int
	scored         []scoredEntry // the entries match found to fit
	ev             evidence
	spans          []Span // spans.go's working list
	// arena: the object parser's nodes, rewound when the decode ends.
	arena   arena
	codes   []codeSeen   // the ranked codes (signals.codes)
	written []written    // match's codes as written, by normCode
	normBuf []string     // normCode lists (normsOf), emptied by extractWith
	sig     signals      // the decode's signals, reset by extractWith
	body    bodyFacts    // the bodies' facts, its maps cleared for reuse
	occs    []occurrence // the paste's error occurrences (segment.go)
}

// scratches holds the scratches not in use: a short list under a mutex rather than a
// sync.Pool, which would add about 8 KB of code to the wasm binary for nothing a decode
// needs (one thread there; natively, one scratch per concurrent decode).
var scratches struct {
	sync.Mutex
	free []*scratch
}

// maxFreeScratches bounds the scratches kept; each holds at most a few hundred KB.
const maxFreeScratches = 4

// Buffers that grew past these sizes (a megabyte paste) are dropped rather than kept for
// the next decode, so the pool never holds on to much memory.
const (
	maxPooledHits     = 4096
	maxPooledEvidence = 16 << 10
	maxPooledMap      = 64
)

func getScratch() *scratch {
	scratches.Lock()
	defer scratches.Unlock()
	if n := len(scratches.free); n > 0 {
		sc := scratches.free[n-1]
		scratches.free = scratches.free[:n-1]
		return sc
	}
	return new(scratch)
}

// putScratch returns sc to the pool. A decode that panicked does not call it: its buffers
// may be half-written.
func putScratch(sc *scratch) {
	// Drop every string of the paste, so a pooled scratch does not keep it alive.
	sc.sig = signals{}
	sc.arena.rewind()
	clear(sc.codes)
	clear(sc.written)
	clear(sc.normBuf)
	sc.body.forget()
	if cap(sc.hits) > maxPooledHits {
		sc.hits = nil
	}
	if cap(sc.cands) > maxPooledHits {
		sc.cands, sc.list = nil, nil
	}
	if cap(sc.scored) > maxPooledHits {
		sc.scored = nil
	}
	if cap(sc.ev.buf) > maxPooledEvidence {
		sc.ev = evidence{}
	}
	if cap(sc.arena.stack) > maxPooledHits || cap(sc.arena.items) > maxPooledHits {
		sc.arena.stack, sc.arena.items = nil, nil
	}
	if len(sc.body.scalars) > maxPooledMap || len(sc.body.fields) > maxPooledMap {
		sc.body.scalars, sc.body.fields = nil, nil // clearing a grown map costs its size
	}
	if cap(sc.codes) > maxPooledHits || cap(sc.written) > maxPooledHits {
		sc.codes, sc.written = nil, nil
	}
	if cap(sc.normBuf) > maxPooledHits {
		sc.normBuf = nil
	}
	if cap(sc.phrases) > maxPooledHits {
		sc.phrases, sc.worded = nil, nil
	}
	scratches.Lock()
	if len(scratches.free) < maxFreeScratches {
		scratches.free = append(scratches.free, sc)
	}
	scratches.Unlock()
}

// forget drops the strings f's lists hold, keeping their storage.
func (f *bodyFacts) forget() {
	clear(f.codes)
	clear(f.types)
	clear(f.messages)
	clear(f.statuses)
	clear(f.headers)
	clear(f.waits)
	clear(f.classes)
	if len(f.scalars) > 0 {
		clear(f.scalars)
	}
	if len(f.fields) > 0 {
		clear(f.fields)
	}
	f.upstream = ""
}

// seenFor returns the literal-id flags, all false, sized for n literals.
func (sc *scratch) seenFor(n int) []bool {
	if len(sc.seen) != n {
		sc.seen = make([]bool, n)
	}
	return sc.seen
}

// marksFor returns one empty position list per marker. Only the lists the last decode
// filled need emptying (marked lists them): a paste shows a few of the markers.
func (sc *scratch) marksFor(n int) [][]int {
	if len(sc.marks) != n {
		sc.marks, sc.marked = make([][]int, n), sc.marked[:0]
	}
	for _, m := range sc.marked {
		sc.marks[m] = sc.marks[m][:0]
	}
	sc.marked = sc.marked[:0]
	return sc.marks
}

// cardsFor returns one zeroed score card per catalog file, keeping the reason lists'
// storage. Only the cards the last decode credited need zeroing: most files get none.
func (sc *scratch) cardsFor(n int) *scoreCards {
	c := &sc.cards
	if len(c.byFile) != n {
		c.byFile, c.credited = make([]scoreCard, n), c.credited[:0]
	}
	for _, f := range c.credited {
		c.byFile[f] = scoreCard{reasons: c.byFile[f].reasons[:0]}
	}
	c.credited = c.credited[:0]
	return c
}

// evidence returns the decode's evidence lines, empty.
func (sc *scratch) evidence() *evidence {
	sc.ev.buf, sc.ev.ends, sc.ev.tags, sc.ev.waitSrc = sc.ev.buf[:0], sc.ev.ends[:0], [spanFields]int{}, ""
	return &sc.ev
}

// evidence gathers the evidence lines' text in one buffer and makes it a string once, at
// the end: one allocation for all the lines instead of one or more per line.
type evidence struct {
	buf  []byte
	ends []int           // where each line ends in buf
	tags [spanFields]int // the line each answer's spans support, plus one (spans.go)
	// waitSrc is the wait chosen, as the paste writes it (spans.go).
	waitSrc string
}

// add appends one line, the concatenation of parts. (Not inlined: advise calls it and
// write a few dozen times, and each inlined copy of the loop grew the wasm binary.)
//
//go:noinline
func (ev *evidence) add(parts ...string) {
	ev.write(parts...)
	ev.end()
}

// write adds parts to the line being written; end finishes it.
//
//go:noinline
func (ev *evidence) write(parts ...string) {
	for _, p := range parts {
		ev.buf = append(ev.buf, p...)
	}
}

func (ev *evidence) end() { ev.ends = append(ev.ends, len(ev.buf)) }

func (ev *evidence) len() int { return len(ev.ends) }

// lines returns the lines added, nil when none, each valid UTF-8 (snippets of the paste
// may hold anything: an invalid sequence becomes U+FFFD). They share one string and own
// their memory (the buffer itself stays in the scratch).
func (ev *evidence) lines() []string {
	if len(ev.ends) == 0 {
		return nil
	}
	all := string(ev.buf)
	// Valid text cut where characters start leaves valid lines: one check for them all.
	valid := utf8.ValidString(all)
	for _, end := range ev.ends {
		if end < len(all) && !utf8.RuneStart(all[end]) {
			valid = false // a line ends inside a character
		}
	}
	out := make([]string, len(ev.ends))
	start := 0
	for i, end := range ev.ends {
		line := all[start:end]
		if !valid && !utf8.ValidString(line) {
			line = strings.ToValidUTF8(line, "\uFFFD")
		}
		out[i] = line
		start = end
	}
	return out
}

// normsOf returns normCode of each of n strings (at(i) gives the i-th) in the scratch's
// storage; the list is the caller's until the next decode.
func (sc *scratch) normsOf(n int, at func(i int) string) []string {
	start := len(sc.normBuf)
	sc.normBuf = appendNormEach(sc.normBuf, n, at)
	return sc.normBuf[start:len(sc.normBuf):len(sc.normBuf)]
}
