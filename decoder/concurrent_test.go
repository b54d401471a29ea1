package decoder

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A Decoder is safe for concurrent use: decodes running at once, sharing the pool of each
// stage's buffers, give what the same decodes give one after another. The golden inputs
// include logs of several errors, whose occurrences are read from a pooled buffer (run with
// -race to see a scratch used after it went back to the pool).
func TestConcurrentDecodesAgree(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var inputs []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		inputs = append(inputs, string(b))
	}
	d := New(fixedClock)
	want := make([][]byte, len(inputs))
	for i, in := range inputs {
		want[i], err = json.Marshal(d.Decode(in))
		require.NoError(t, err)
	}
	const workers = 4
	got := make([][][]byte, workers)
	var wg sync.WaitGroup
	for w := range workers {
		got[w] = make([][]byte, len(inputs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range inputs {
				i := (k + w*len(inputs)/workers) % len(inputs) // each worker in another order
				got[w][i], _ = json.Marshal(d.Decode(inputs[i]))
			}
		}()
	}
	wg.Wait()
	for w := range workers {
		for i := range inputs {
			assert.JSONEq(t, string(want[i]), string(got[w][i]), "%s, worker %d", paths[i], w)
		}
	}
}
