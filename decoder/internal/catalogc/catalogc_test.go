package catalogc

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// A catalog file reads only when every field is one the Go types know, with the type they
// give it, and nothing follows the object.
func TestParseIsStrict(t *testing.T) {
	for _, tc := range []struct {
		name, src, err string
	}{
		{"unknown top-level field", `{"slug":"x","kindd":"provider"}`, `unknown field "kindd"`},
		{"unknown entry field", `{"slug":"x","errors":[{"id":"a","retriable":true}]}`, `unknown field "retriable"`},
		{"unknown sdk field", `{"slug":"x","sdk":{"python":{"retry":2}}}`, `unknown field "retry"`},
		{"wrong type", `{"slug":"x","errors":[{"id":"a","status":"429"}]}`, "cannot unmarshal string"},
		{"not an integer", `{"slug":"x","errors":[{"id":"a","status":429.5}]}`, "cannot unmarshal number 429.5"},
		{"data after the object", `{"slug":"x"} {"slug":"y"}`, "data after the catalog object"},
		{"missing slug", `{"kind":"provider"}`, "missing slug"},
		{"not an object", `["slug"]`, "cannot unmarshal array"},
		{"cut short", `{"slug":"x",`, "unexpected EOF"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.src))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
		})
	}
}

// What a file says is what Parse returns; a file without a kind is a provider's.
func TestParse(t *testing.T) {
	p, err := Parse([]byte(`{"slug":"x","name":"X","signals":[{"kind":"host","text":"x.example"}],
		"sdk":{"python":{"package":"x","retries":2},"retry_on":[]},
		"errors":[{"id":"a","status":429,"category":"rate_limit","retryable":true,"class":{"python":"x.RateLimitError"}}]}`))
	require.NoError(t, err)
	assert.Equal(t, &decoder.Provider{
		Slug: "x", Kind: decoder.KindProvider, Name: "X",
		Signals: []decoder.Signal{{Kind: "host", Text: "x.example"}},
		SDK:     decoder.SDK{Python: decoder.SDKClient{Package: "x", Retries: 2}, RetryOn: []string{}},
		Errors: []decoder.Entry{{ID: "a", Status: 429, Category: decoder.RateLimit, Retryable: true,
			Class: map[string]string{"python": "x.RateLimitError"}}},
	}, p)
	p, err = Parse([]byte(`{"slug":"w","kind":"wrapper"}`))
	require.NoError(t, err)
	assert.Equal(t, decoder.KindWrapper, p.Kind)
}

// Load reads the *.json files of one directory in name order, skips everything else, and
// reports every file that does not read, by name; a slug used twice fails the compilation.
func TestLoadAndCompile(t *testing.T) {
	fsys := fstest.MapFS{
		"cat/b.json":       file(`{"slug":"b"}`),
		"cat/a.json":       file(`{"slug":"a","kind":"generic"}`),
		"cat/README.md":    file(`not a catalog file`),
		"cat/sub/c.json":   file(`{"slug":"c"}`),
		"other/d.json":     file(`{"slug":"d"}`),
		"bad/x.json":       file(`{"slug":"x","typo":1}`),
		"bad/y.json":       file(`{"slug":"y"}`),
		"bad/z.json":       file(`{`),
		"twice/one.json":   file(`{"slug":"same"}`),
		"twice/other.json": file(`{"slug":"same"}`),
	}
	files, err := Load(fsys, "cat")
	require.NoError(t, err)
	var slugs []string
	for _, f := range files {
		slugs = append(slugs, f.Slug)
	}
	assert.Equal(t, []string{"a", "b"}, slugs)

	_, err = Load(fsys, "bad")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad/x.json: json: unknown field \"typo\"")
	assert.Contains(t, err.Error(), "bad/z.json: unexpected EOF")
	assert.NotContains(t, err.Error(), "bad/y.json")

	_, err = Compile(fsys, "twice")
	assert.EqualError(t, err, "duplicate slug same")

	_, err = Compile(fsys, "missing")
	assert.Error(t, err)

	snap, err := Compile(fsys, "cat")
	require.NoError(t, err)
	again, err := decoder.CompileCatalog(files)
	require.NoError(t, err)
	assert.Equal(t, snap, again, "the compilation is deterministic")
}
