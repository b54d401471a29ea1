package retry_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// Every provider's Shape is catalog data: the curve, the bound on an asked wait and the
// policy's name are those of its first client (its own or its clients_of catalog's), else
// of the generic catalog's retry_default; the count is that client's, else its sdk
// section's, else retry_default's.
func TestEveryShapeIsCatalogData(t *testing.T) {
	def := decoder.Lookup("generic").SDK.RetryDefault
	require.NotEmpty(t, def.Policy, "the generic catalog's retry_default")
	providers := decoder.Providers()
	require.NotEmpty(t, providers)
	for _, p := range providers {
		ref, retries := def, 0
		if cls := p.Clients(); len(cls) > 0 {
			ref, retries = cls[0], cls[0].Retries
		}
		for _, n := range []int{p.SDK.Python.Retries, p.SDK.Node.Retries, def.Retries} {
			if retries == 0 {
				retries = n
			}
		}
		want := retry.Shape{Name: ref.Policy, Retries: retries,
			Base: time.Duration(ref.BackoffBaseMS) * time.Millisecond, Max: time.Duration(ref.BackoffMaxMS) * time.Millisecond,
			JitterLow: float64(ref.JitterLowPct) / 100, JitterHigh: float64(ref.JitterHighPct) / 100,
			RetryAfterMax: time.Duration(ref.WaitMaxS) * time.Second, PostRetry: p.SDK.PostRetry}
		got := retry.ShapeOf(p.Slug)
		assert.Equal(t, want, got, p.Slug)
		assert.NotEmpty(t, got.Name, p.Slug)
		assert.Positive(t, got.Base, p.Slug)
		assert.Greater(t, got.JitterHigh, got.JitterLow, p.Slug)
	}
}

// No provider's slug is written in the package's code (the generic catalog's aside): what
// differs between providers is read from the catalog, never from a table here.
func TestNoSlugTable(t *testing.T) {
	slugs := map[string]bool{}
	for _, p := range append(decoder.Providers(), decoder.Wrappers()...) {
		slugs[p.Slug] = p.Slug != "generic"
	}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, err := strconv.Unquote(lit.Value); err == nil {
					assert.False(t, slugs[v], "%s: provider slug %q in the code", fset.Position(lit.Pos()), v)
				}
			}
			return true
		})
	}
}
