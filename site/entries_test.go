package site

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// Every catalog has providers/<slug>/entries.json with each entry's catalog text, which an
// answer-only share link is shown from.
func TestEntriesJSON(t *testing.T) {
	dir := build(t)
	for _, p := range allCatalogs().all() {
		var m map[string]entryJSON
		require.NoError(t, json.Unmarshal([]byte(read(t, dir, "providers/"+p.Slug+"/entries.json")), &m), p.Slug)
		require.Len(t, m, len(p.Errors), p.Slug)
		for _, e := range p.Errors {
			got := m[e.ID]
			assert.Equal(t, entryJSON{Status: e.Status, Code: e.Code, Type: e.Type, Category: string(e.Category),
				Retryable: e.Retryable, Title: e.Title, Fix: e.Fix, Source: e.Source}, got, p.Slug+"#"+e.ID)
		}
	}
}

// share.js accepts exactly the decoder's categories from a link.
func TestShareCategories(t *testing.T) {
	src, err := staticFS.ReadFile("static/share.js")
	require.NoError(t, err)
	line := regexp.MustCompile(`(?s)export const CATEGORIES = \[(.*?)\];`).FindSubmatch(src)
	require.NotNil(t, line)
	var got []string
	for _, q := range regexp.MustCompile(`"([a-z_]+)"`).FindAllSubmatch(line[1], -1) {
		got = append(got, string(q[1]))
	}
	var want []string
	for _, c := range decoder.Categories() {
		want = append(want, string(c))
	}
	assert.Equal(t, want, got, strings.Join(got, ","))
}
