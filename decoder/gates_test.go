package decoder

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

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

// The same below the Result: what the readers hand on is the same with every gate open.
// A Result can hide a marker missing from a gate's set (another reader finds the same
// code), and the groups' gates of readProse stand before a dozen readers each.
func TestGatesOnlySaveExtraction(t *testing.T) {
	var cases []corpusCase
	for _, name := range []string{"dev.jsonl", "tune.jsonl"} { // never eval: it is not mined
		cases = append(cases, readCorpus(t, filepath.Join("testdata", "corpus", name))...)
	}
	eng, b := load().eng, new(extractBuffers)
	now := func() time.Time { return time.Date(2024, 3, 26, 19, 59, 0, 0, time.UTC) }
	read := func(text string) string {
		in := normalize(text, DefaultMaxInput)
		s := extractWith(&in, eng, b, now)
		return fmt.Sprintf("%v %v %q %q %v %v %v %q %v %q %q %v %v %v %v", s.bestStatus, s.anyStatus, s.textCodes,
			s.codes, s.sseWords, s.batchRecord, s.grpcCall, s.schemeHost, s.elsewhere, s.htmlTitle,
			s.unkeyedCode, s.textWaits, s.http, s.wait, s.stated)
	}
	shut := make([]string, len(cases))
	for i, c := range cases {
		shut[i] = read(c.Input)
	}
	gatesOpen = true
	defer func() { gatesOpen = false }()
	changed := 0
	for i, c := range cases {
		if !assert.Equal(t, shut[i], read(c.Input), "a gate changed what %s hands on", c.ID) {
			if changed++; changed > 5 {
				t.FailNow()
			}
		}
	}
}
