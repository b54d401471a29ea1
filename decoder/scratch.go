package decoder

import (
	"sync"
)

// scratch holds the working buffers of one decode, each stage's own: Decode takes one from
// a free list and gives it back when done, so decoding a small paste allocates little: for
// a 400-byte body, allocation was most of the time, and in WebAssembly (one thread, no
// parallel GC) every allocation costs several times what it does natively. Each stage
// resets its buffers when it starts and releases them (drops the paste's strings, and
// storage grown past the bounds below) in its own release method.
//
// Nothing in a Result may point into a scratch: it is reused by the next decode.
type scratch struct {
	occs     []occurrence // the paste's error occurrences (segment.go)
	extract  extractBuffers
	identify identifyBuffers
	match    matchBuffers
	alts     matchBuffers // weigh's, for the matches of the providers that came close
	advise   adviseBuffers
	spans    spansBuffers
	result   Result // decodeText's, zero between decodes
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

// putScratch returns sc to the pool, each stage's buffers released. A decode that
// panicked does not call it: its buffers may be half-written.
func putScratch(sc *scratch) {
	sc.extract.release()
	sc.identify.release()
	sc.match.release()
	sc.alts.release()
	sc.advise.release()
	sc.spans.release()
	sc.result = Result{}
	scratches.Lock()
	if len(scratches.free) < maxFreeScratches {
		scratches.free = append(scratches.free, sc)
	}
	scratches.Unlock()
}
