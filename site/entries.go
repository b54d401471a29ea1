package site

import (
	"encoding/json"

	"github.com/errlens/errlens/decoder"
)

// entryJSON is one catalog entry as providers/<slug>/entries.json gives it to the front
// page. An answer-only share link names an entry by id; the page shows that entry's title,
// fix and source from this file, never text from the link (share.js).
type entryJSON struct {
	Status    int    `json:"status"`
	Code      string `json:"code"`
	Type      string `json:"type"`
	Category  string `json:"category"`
	Retryable bool   `json:"retryable"`
	Title     string `json:"title"`
	Fix       string `json:"fix"`
	Source    string `json:"source"`
}

// entriesJSON is providers/<slug>/entries.json: catalog p's entries by id.
func entriesJSON(p *decoder.Provider) ([]byte, error) {
	m := make(map[string]entryJSON, len(p.Errors))
	for _, e := range p.Errors {
		m[e.ID] = entryJSON{Status: e.Status, Code: e.Code, Type: e.Type, Category: string(e.Category),
			Retryable: e.Retryable, Title: e.Title, Fix: e.Fix, Source: e.Source}
	}
	return json.Marshal(m)
}
