package site

import (
	"encoding/json"
	"sort"
	"strings"
)

// searchIndex is search-index.json: every entry of every catalog, in the order the
// reference lists them, for search.js to filter in the browser with no request beyond this
// one file. Rows are arrays, not objects, so the field names are not repeated 1,000 times.
type searchIndex struct {
	// Fields names the columns of each row, so the file explains itself.
	Fields []string `json:"fields"`
	// Names maps a catalog's slug to its display name.
	Names map[string]string `json:"names"`
	Rows  [][]any           `json:"rows"`
}

var searchFields = []string{"slug", "id", "status", "code", "type", "category", "retryable", "title", "words"}

// searchIndexJSON builds the index from the catalogs the decoder embeds. "words" is what a
// query may match besides the named fields: the SDK exception classes, the code's aliases
// and the message phrases the decoder recognises.
func searchIndexJSON(cats catalogs) ([]byte, error) {
	ix := searchIndex{Fields: searchFields, Names: cats.names()}
	for _, p := range cats.all() {
		for i := range p.Errors {
			e := &p.Errors[i]
			words := append(classNames(p.Exceptions(e)), e.Aliases...)
			words = append(words, e.Phrases...)
			ix.Rows = append(ix.Rows, []any{p.Slug, e.ID, e.Status, e.Code, e.Type, string(e.Category), e.Retryable, e.Title, strings.Join(words, " · ")})
		}
	}
	return json.Marshal(ix)
}

// classNames returns the class names of m (language -> class) in the order of their
// languages, each once.
func classNames(m map[string]string) []string {
	langs := make([]string, 0, len(m))
	for l := range m {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var out []string
	seen := map[string]bool{}
	for _, l := range langs {
		if c := m[l]; !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
