package site

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// Every example on the front page decodes to the provider it is filed under, and every
// provider in the catalog has at least one.
func TestExamplesDecodeToTheirProvider(t *testing.T) {
	data, err := os.ReadFile("../content/examples.json")
	require.NoError(t, err)
	ex, err := LoadExamples(data)
	require.NoError(t, err)
	covered := map[string]bool{}
	for _, e := range ex {
		r := decoder.Decode(e.Input)
		assert.Equal(t, e.Provider, r.Provider, "example %q", e.Label)
		assert.NotEqual(t, decoder.Unknown, r.Category, "example %q", e.Label)
		covered[e.Provider] = true
	}
	for _, p := range decoder.Providers() {
		assert.True(t, covered[p.Slug], "no example for %s", p.Slug)
	}
}

func TestLoadExamplesRejectsBadData(t *testing.T) {
	for _, bad := range []string{`{}`, `[{"provider":"openai","label":"x"}]`, `[{"provider":"openai","label":"x","input":"y","extra":1}]`} {
		_, err := LoadExamples([]byte(bad))
		assert.Error(t, err, bad)
	}
}
