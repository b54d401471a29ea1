package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The engine's table of entries whose code has one documented status (markOneStatusCodes,
// built once) answers what oneStatus, a scan of the entry's catalog, answers for the entry's
// own code and aliases: the advice reads the table instead of scanning on every decode.
func TestOneStatusCodesMatchTheScan(t *testing.T) {
	c := load()
	require.NoError(t, c.err)
	checked, one := 0, 0
	for _, f := range c.files {
		for i := range f.Errors {
			en := &f.Errors[i]
			if en.Status == 0 || en.Code == "" && len(en.Aliases) == 0 {
				assert.False(t, c.eng.oneStatusCodes[en], "%s/%s: no code or status, so no status by code", f.Slug, en.ID)
				continue
			}
			checked++
			want := oneStatus(f, en.Code, en.Aliases, en.Status)
			if want {
				one++
			}
			assert.Equal(t, want, c.eng.oneStatusCodes[en], "%s/%s (code %q, aliases %v)", f.Slug, en.ID, en.Code, en.Aliases)
		}
	}
	assert.Greater(t, checked, 500, "the catalogs' coded entries (679 on 2026-12-07)")
	assert.Less(t, one, checked, "some codes come with several statuses")
}

// A code two entries of one file give different statuses implies neither; case does not
// make two codes.
func TestMarkOneStatusCodes(t *testing.T) {
	f := &Provider{Slug: "x", Errors: []Entry{
		{ID: "a", Status: 429, Code: "Throttled"},
		{ID: "b", Status: 503, Code: "throttled"},
		{ID: "c", Status: 404, Code: "not_found", Aliases: []string{"NoSuchModel"}},
		{ID: "d", Status: 0, Code: "nosuchmodel"},
		{ID: "e", Status: 400, Code: "bad", Aliases: []string{"NOT_FOUND"}},
	}}
	one := markOneStatusCodes([]*Provider{f})
	assert.False(t, one[&f.Errors[0]])
	assert.False(t, one[&f.Errors[1]])
	assert.False(t, one[&f.Errors[2]], "not_found is also e's alias, with 400")
	assert.False(t, one[&f.Errors[3]], "no status")
	assert.False(t, one[&f.Errors[4]])
	g := &Provider{Slug: "y", Errors: []Entry{{ID: "a", Status: 429, Code: "slow_down"}, {ID: "b", Status: 429, Aliases: []string{"SLOW_DOWN"}}}}
	one = markOneStatusCodes([]*Provider{g})
	assert.True(t, one[&g.Errors[0]])
	assert.True(t, one[&g.Errors[1]])
}
