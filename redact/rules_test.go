package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marked splits an example: the text without its ⟦ ⟧ marks, and the spans they marked.
func marked(t *testing.T, ex string) (string, [][2]int) {
	t.Helper()
	var b strings.Builder
	var spans [][2]int
	for {
		i := strings.Index(ex, "⟦")
		if i < 0 {
			b.WriteString(ex)
			break
		}
		j := strings.Index(ex, "⟧")
		require.Greater(t, j, i, "unbalanced marks in %q", ex)
		b.WriteString(ex[:i])
		start := b.Len()
		b.WriteString(ex[i+len("⟦") : j])
		spans = append(spans, [2]int{start, b.Len()})
		ex = ex[j+len("⟧"):]
	}
	return b.String(), spans
}

// Every rule is well formed and masks its own examples, and leaves its own counter-examples
// alone, as the catalog test checks every catalog entry.
func TestRulesFromTheirExamples(t *testing.T) {
	families := map[Family]bool{KnownFormat: true, ByPlace: true, ByShape: true, Personal: true}
	seen := map[string]bool{}
	for _, r := range Rules() {
		t.Run(r.ID, func(t *testing.T) {
			assert.False(t, seen[r.ID], "duplicate id")
			seen[r.ID] = true
			assert.True(t, families[r.Family], "family %q", r.Family)
			assert.NotEmpty(t, r.Kind)
			assert.NotEmpty(t, r.Masked, "examples to mask")
			assert.NotEmpty(t, r.Kept, "examples to keep")
			for _, ex := range r.Masked {
				in, spans := marked(t, ex)
				require.NotEmpty(t, spans, "no ⟦secret⟧ marked in %q", ex)
				out, items := Text(in)
				for _, sp := range spans {
					secret := in[sp[0]:sp[1]]
					assert.NotContains(t, out, secret, "%s: the secret survived in %q", r.ID, out)
					assert.True(t, coveredBy(items, sp, r.ID), "%s: %q not masked by this rule; items %+v", r.ID, secret, items)
				}
			}
			for _, ex := range r.Kept {
				_, items := Text(ex)
				for _, it := range items {
					assert.NotEqual(t, r.ID, it.Rule, "%s masked %q in %q", r.ID, ex[it.Start:it.End], ex)
				}
			}
		})
	}
}

// coveredBy: items of rule id together mask every byte of span.
func coveredBy(items []Item, span [2]int, id string) bool {
	for p := span[0]; p < span[1]; p++ {
		in := false
		for _, it := range items {
			if it.Rule == id && it.Start <= p && p < it.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}
