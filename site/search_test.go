package site

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// The search index holds every catalog entry once, each row naming an entry that exists,
// with the fields search.js matches on.
func TestSearchIndex(t *testing.T) {
	var ix searchIndex
	require.NoError(t, json.Unmarshal([]byte(read(t, build(t), "search-index.json")), &ix))
	require.Equal(t, searchFields, ix.Fields)
	col := map[string]int{}
	for i, f := range ix.Fields {
		col[f] = i
	}
	total := 0
	for _, p := range allCatalogs().all() {
		total += len(p.Errors)
		assert.Equal(t, p.Name, ix.Names[p.Slug])
	}
	require.Len(t, ix.Rows, total)
	bySlug := map[string][]string{}
	for _, r := range ix.Rows {
		slug, id := r[col["slug"]].(string), r[col["id"]].(string)
		p := decoder.Lookup(slug)
		require.NotNil(t, p, slug)
		found := false
		for _, e := range p.Errors {
			found = found || e.ID == id
		}
		assert.True(t, found, slug+"#"+id)
		if r[col["code"]] == "RESOURCE_EXHAUSTED" {
			bySlug[slug] = append(bySlug[slug], id)
		}
	}
	for _, slug := range []string{"gemini", "vertex-ai", "grpc"} {
		assert.NotEmpty(t, bySlug[slug], slug+" has a RESOURCE_EXHAUSTED row")
	}
	for _, tc := range []struct{ slug, id, word string }{
		{"openai", "insufficient-quota", "RateLimitError"},
		{"grpc", "grpc-invalid-argument", "StatusCode.INVALID_ARGUMENT"},
	} {
		t.Run(tc.slug+"/"+tc.id, func(t *testing.T) {
			for _, r := range ix.Rows {
				if r[col["slug"]] == tc.slug && r[col["id"]] == tc.id {
					assert.True(t, strings.Contains(r[col["words"]].(string), tc.word), r[col["words"]])
					return
				}
			}
			t.Fatal("no row")
		})
	}
}

// Both pages with a search box load search.js; the others do not.
func TestSearchBoxPages(t *testing.T) {
	dir := build(t)
	for _, name := range []string{"index.html", "providers/index.html"} {
		page := read(t, dir, name)
		has(t, page, `data-testid="search-box"`, name)
		has(t, page, `search.js"`, name)
	}
	hasNot(t, read(t, dir, "guide/retries/index.html"), `search.js"`)
}
