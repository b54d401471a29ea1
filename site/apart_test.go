package site

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

func TestApartOf(t *testing.T) {
	tests := []struct {
		slug, id string
		want     *apartView // nil: no other row shares the entry's status and code
	}{
		{"gemini", "prepayment-depleted", &apartView{Key: "429 RESOURCE_EXHAUSTED", Others: 4,
			Phrases: []string{"prepayment credits are depleted"}}},
		{"gemini", "quota-per-day", &apartView{Key: "429 RESOURCE_EXHAUSTED", Others: 4,
			Phrases: []string{"PerDay", "per_day", "requests per day", "GenerateRequestsPerDayPerProjectPerModel"}, More: 1}},
		{"gemini", "resource-exhausted", &apartView{Key: "429 RESOURCE_EXHAUSTED", Others: 4, Fallback: true}},
		{"openpixels", "type-billing-error", &apartView{Key: "no status, no code", Others: 3, Type: "BILLING_ERROR"}},
		{"openai", "invalid-api-key", nil},
	}
	for _, tt := range tests {
		t.Run(tt.slug+"/"+tt.id, func(t *testing.T) {
			p := decoder.Lookup(tt.slug)
			require.NotNil(t, p)
			found := false
			for _, e := range p.Errors {
				found = found || e.ID == tt.id
			}
			require.True(t, found, "no entry %s in %s", tt.id, tt.slug)
			assert.Equal(t, tt.want, apartOf(p)[tt.id])
		})
	}
}

// Every row that shares its status and code says something the others do not: no two rows
// of a group have the same cues, and at most one is the fallback. A catalog that breaks
// this has two entries the reader (and the decoder) cannot tell apart.
func TestApartEveryGroupTellsApart(t *testing.T) {
	for _, p := range append(append(decoder.Providers(), decoder.Wrappers()...), decoder.Generics()...) {
		views := apartOf(p)
		seen := map[string]map[string]string{} // key -> cues -> entry id
		for _, e := range p.Errors {
			v := views[e.ID]
			if v == nil {
				continue
			}
			cues := v.Type + "|" + joinStrings(v.Classes) + "|" + joinStrings(e.Phrases)
			if seen[v.Key] == nil {
				seen[v.Key] = map[string]string{}
			}
			if other, dup := seen[v.Key][cues]; dup {
				t.Errorf("%s: %s and %s share %s and the same cues (%q)", p.Slug, other, e.ID, v.Key, cues)
			}
			seen[v.Key][cues] = e.ID
		}
	}
}

func joinStrings(s []string) string {
	out := ""
	for _, x := range s {
		out += x + "\x00"
	}
	return out
}
