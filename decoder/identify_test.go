package decoder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allPastes gathers every paste the tests know: the dev corpus, the research samples and
// the golden inputs.
func allPastes(t *testing.T) map[string]string {
	out := map[string]string{}
	files, err := filepath.Glob(filepath.Join("testdata", "samples", "*.jsonl"))
	require.NoError(t, err)
	files = append(files, filepath.Join("testdata", "corpus", "dev.jsonl"))
	for _, f := range files {
		for i, c := range readCorpus(t, f) {
			out[filepath.Base(f)+":"+itoa(i+1)] = c.Input
		}
	}
	golden, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, g := range golden {
		b, err := os.ReadFile(g)
		require.NoError(t, err)
		out[filepath.Base(g)] = string(b)
	}
	return out
}

// No two providers' signals claim a paste with equal confidence: a tie means the catalog
// data cannot tell them apart, which is a bug in the data.
func TestNoProviderTies(t *testing.T) {
	eng := load().eng
	for name, in := range allPastes(t) {
		sig := extract(normalize(in, DefaultMaxInput), eng)
		id := eng.identify(sig, new(identifyBuffers))
		if !assert.Empty(t, id.tied, name) {
			var names []string
			for _, f := range id.tied {
				names = append(names, eng.files[f].Slug)
			}
			t.Logf("%s: %s ties with %s", name, eng.files[id.provider].Slug, strings.Join(names, ", "))
		}
	}
}

// The research samples (labelled by reading each provider's docs and public issues) are a
// regression floor: the share decoded exactly as labelled may rise, never fall.
func TestResearchSamples(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "samples", "*.jsonl"))
	require.NoError(t, err)
	total, agree := 0, 0
	for _, f := range files {
		for i, c := range readCorpus(t, f) {
			total++
			r := Decode(c.Input)
			ok := r.Category == Category(c.Category) && r.Retryable == c.Retryable
			if c.Provider != nil && (c.ProviderInferable == nil || *c.ProviderInferable) {
				ok = ok && r.Provider == *c.Provider
			}
			if c.HTTPStatus != nil {
				ok = ok && r.HTTPStatus == *c.HTTPStatus
			}
			if ok {
				agree++
			} else {
				t.Logf("%s:%d: got %s/%d/%s/%v", filepath.Base(f), i+1, r.Provider, r.HTTPStatus, r.Category, r.Retryable)
			}
		}
	}
	t.Logf("%d of %d research samples decode as labelled", agree, total)
	assert.GreaterOrEqual(t, agree*100, total*85, "%d of %d", agree, total)
}
