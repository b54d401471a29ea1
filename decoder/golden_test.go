package decoder

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json from the decoder's output")

// goldenDecoder has a fixed clock so Retry-After dates give the same wait every run.
var goldenDecoder = New(WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))

// Each testdata/golden/NAME.txt is a paste; NAME.json is the Result it must decode to.
// Run `go test ./decoder -run TestGolden -update` to rewrite the JSON after a deliberate
// change, then read the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			got, err := json.MarshalIndent(goldenDecoder.Decode(string(src)), "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			want := strings.TrimSuffix(in, ".txt") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(want, got, 0o644))
				return
			}
			exp, err := os.ReadFile(want)
			require.NoError(t, err, "missing golden output; run with -update")
			assert.Equal(t, string(exp), string(got))
		})
	}
}
