package decoder

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A gate (signals.gate) only saves work: a reader behind one finds nothing when none of its
// markers shows. Two merges once added a marker to a reader but not to its gate's set, so
// the reader never saw it. Every tune paste must decode the same with every gate open.
func TestGatesOnlySaveWork(t *testing.T) {
	var cases []corpusCase
	for _, name := range []string{"dev.jsonl", "tune.jsonl"} { // never eval: it is not mined
		cases = append(cases, readCorpus(t, filepath.Join("testdata", "corpus", name))...)
	}
	require.Greater(t, len(cases), 1000)
	d := New(fixedClock)
	shut := make([]Result, len(cases))
	for i, c := range cases {
		shut[i] = d.Decode(c.Input)
	}
	gatesOpen = true
	defer func() { gatesOpen = false }()
	changed := 0
	for i, c := range cases {
		if r := d.Decode(c.Input); !assert.Equal(t, shut[i], r, "a gate changed the answer of %s", c.ID) {
			if changed++; changed > 5 {
				t.FailNow()
			}
		}
	}
}
