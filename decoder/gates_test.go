package decoder

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A gate (signals.gate) only saves work: a reader behind one finds nothing when none of its
// markers shows. Two merges once added a marker to a reader but not to its gate's set, so
// the reader never saw it. Every tune paste must decode the same with every gate open.
func TestGatesOnlySaveWork(t *testing.T) {
	var inputs []string
	for _, name := range []string{"dev.jsonl", "tune.jsonl"} { // never eval: it is not mined
		f, err := os.Open(filepath.Join("testdata", "corpus", name))
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var row struct{ Input string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &row))
			inputs = append(inputs, row.Input)
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	require.Greater(t, len(inputs), 1000)
	d := New(fixedClock)
	shut := make([]Result, len(inputs))
	for i, in := range inputs {
		shut[i] = d.Decode(in)
	}
	gatesOpen = true
	defer func() { gatesOpen = false }()
	changed := 0
	for i, in := range inputs {
		if r := d.Decode(in); !assert.Equal(t, shut[i], r, "a gate changed the answer: %q", clip(in, 200)) {
			if changed++; changed > 5 {
				t.FailNow()
			}
		}
	}
}
