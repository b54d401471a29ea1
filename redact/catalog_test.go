package redact

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// catalogKeyPrefixes reads the decoder's catalog, its source of truth for key prefixes: each
// signal of kind "key".
func catalogKeyPrefixes(t *testing.T) map[string]string {
	files, err := filepath.Glob("../decoder/catalog/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var c struct {
			Slug    string `json:"slug"`
			Signals []struct{ Kind, Text string }
		}
		require.NoError(t, json.Unmarshal(data, &c), f)
		for _, s := range c.Signals {
			if s.Kind == "key" {
				out[s.Text] = c.Slug
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}

// randomBody returns n random bytes of c, with a digit, an upper and a lower case letter
// where c has them, as a real key has.
func randomBody(rng *rand.Rand, c Charset, n int) string {
	var pool []byte
	for b := 0; b < 256; b++ {
		if c.has(byte(b)) && isAlnum(byte(b)) {
			pool = append(pool, byte(b))
		}
	}
	for {
		b := make([]byte, n)
		for i := range b {
			b[i] = pool[rng.IntN(len(pool))]
		}
		if s := string(b); hasDigit(s) && (hasUpperLower(s) || c == LowerNum || c == UpperNum || c == Hex) {
			return s
		}
	}
}

// Every key prefix the decoder knows has a known-format rule, so the two cannot drift: a key
// of that provider is masked, its prefix kept, and the decoder still names the provider from
// the masked text as it does from the original.
func TestCatalogKeyPrefixes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for prefix, slug := range catalogKeyPrefixes(t) {
		t.Run(slug+"/"+prefix, func(t *testing.T) {
			var rule *Rule
			for i := range rules {
				r := &rules[i]
				if r.How == Prefix && r.Family == KnownFormat && contains(r.Prefixes, prefix) {
					rule = r
					break
				}
			}
			require.NotNil(t, rule, "no known-format rule has the decoder's key prefix %q (%s)", prefix, slug)
			key := prefix + randomBody(rng, rule.Charset, max(rule.Min, 48))
			if rule.Max > 0 {
				key = prefix + randomBody(rng, rule.Charset, rule.Max)
			}
			in := "Error code: 401 - invalid api key used: " + key + "\n"
			out, items := Text(in)
			require.Len(t, items, 1, out)
			assert.Equal(t, rule.ID, items[0].Rule)
			assert.NotContains(t, out, key[len(prefix):])
			assert.Contains(t, out, prefix+Mask)
			assert.Equal(t, decoder.Decode(in).Provider, decoder.Decode(out).Provider, "the decoder's answer changed")
		})
	}
}
