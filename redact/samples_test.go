package redact

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// sampleSep separates the pastes in testdata/samples/*.txt.
const sampleSep = "\n=====\n"

type sample struct {
	name  string // family/index
	in    string // the paste without its marks
	spans [][2]int
}

// readSamples reads the secret samples: realistic error pastes, one family of rules per
// file, each paste carrying one or more secrets marked ⟦ ⟧ (scripts/mask.test.mjs reads
// the same files).
func readSamples(t *testing.T) []sample {
	files, err := filepath.Glob(filepath.Join("testdata", "samples", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var out []sample
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		fam := strings.TrimSuffix(filepath.Base(f), ".txt")
		for i, p := range strings.Split(strings.TrimSuffix(string(data), "\n"), sampleSep) {
			in, spans := marked(t, p)
			require.NotEmpty(t, spans, "%s #%d marks no secret", fam, i+1)
			out = append(out, sample{name: fam + "/" + itoa(i+1), in: in, spans: spans})
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// Every secret in every sample is masked, and the decoder answers the masked paste as it
// answers the original.
func TestSamples(t *testing.T) {
	samples := readSamples(t)
	require.GreaterOrEqual(t, len(samples), 150)
	families := map[string]int{}
	for _, s := range samples {
		families[strings.Split(s.name, "/")[0]]++
		t.Run(s.name, func(t *testing.T) {
			out, items := Text(s.in)
			for _, sp := range s.spans {
				secret := s.in[sp[0]:sp[1]]
				assert.NotContains(t, out, secret)
				assert.True(t, covered(items, sp), "%q not masked; items %+v", secret, items)
			}
			sameAnswer(t, s.in, out)
		})
	}
	t.Logf("samples per family: %v", families)
	for _, f := range []string{"known-format", "by-place", "by-shape", "personal"} {
		assert.NotZero(t, families[f], f)
	}
}

// covered: items together mask every byte of span.
func covered(items []Item, span [2]int) bool {
	for p := span[0]; p < span[1]; p++ {
		in := false
		for _, it := range items {
			in = in || it.Start <= p && p < it.End
		}
		if !in {
			return false
		}
	}
	return true
}

// sameAnswer: the decoder's verdict on the masked text is its verdict on the original.
func sameAnswer(t *testing.T, in, out string) {
	t.Helper()
	a, b := decoder.Decode(in), decoder.Decode(out)
	assert.Equal(t, a.Provider, b.Provider, "provider")
	assert.Equal(t, a.HTTPStatus, b.HTTPStatus, "http_status")
	assert.Equal(t, a.Code, b.Code, "code")
	assert.Equal(t, a.Category, b.Category, "category")
	assert.Equal(t, a.Retryable, b.Retryable, "retryable")
}
