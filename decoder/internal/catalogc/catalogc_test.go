package catalogc

import (
	"fmt"
	"os"
	"path/filepath"
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

// A retry count has one home: a catalog whose clients (its own, or those clients_of names)
// include one in Python or Node may not write sdk.python.retries or sdk.node.retries, not
// even 0; a language no client is written in, and a wrapper's own retries, may.
func TestRetriesWrittenOnce(t *testing.T) {
	const x = `{"slug":"x","sdk":{%s"clients":[{"name":"x-python","language":"python","retries":2,"source":"s",
		"backoff_base_ms":500,"backoff_max_ms":8000,"jitter_high_pct":100,"policy":"p"}]}}`
	fsys := fstest.MapFS{
		"ok/x.json":      file(fmt.Sprintf(x, `"node":{"package":"x","retries":3},`)),
		"ok/compat.json": file(`{"slug":"compat","sdk":{"node":{"retries":3},"clients_of":"x"}}`),
		"ok/tool.json":   file(`{"slug":"tool","kind":"wrapper","sdk":{"python":{"retries":8}}}`),
		"own/x.json":     file(fmt.Sprintf(x, `"python":{"package":"x","retries":0},`)),
		"of/x.json":      file(fmt.Sprintf(x, ``)),
		"of/compat.json": file(`{"slug":"compat","sdk":{"python":{"retries":2},"clients_of":"x"}}`),
		"nonzero/x.json": file(fmt.Sprintf(x, `"python":{"retries":2},`)),
		"backend/x.json": file(fmt.Sprintf(x, ``)),
	}
	files, err := Load(fsys, "ok")
	require.NoError(t, err)
	assert.Len(t, files, 3)
	for dir, want := range map[string]string{
		"own":     "x: sdk.python.retries is written twice: x-python's retries is its one home",
		"of":      "compat: sdk.python.retries is written twice: x-python's retries is its one home",
		"nonzero": "x: sdk.python.retries is written twice: x-python's retries is its one home",
	} {
		_, err := Load(fsys, dir)
		assert.EqualError(t, err, want, dir)
	}
	// The back end, given Providers, rejects a count it can see (not 0).
	files, err = Load(fsys, "backend")
	require.NoError(t, err)
	files[0].SDK.Python.Retries = 2
	_, err = decoder.CompileCatalog(files)
	assert.EqualError(t, err, "x: sdk.python.retries is written twice: x-python's retries is its one home")
}

// The catalog as it is writes no retry count its clients give.
func TestCatalogWritesRetriesOnce(t *testing.T) {
	_, err := Load(os.DirFS("../.."), "catalog")
	require.NoError(t, err)
	n := 0
	entries, err := os.ReadDir("../../catalog")
	require.NoError(t, err)
	for _, de := range entries {
		data, err := os.ReadFile(filepath.Join("../../catalog", de.Name()))
		require.NoError(t, err)
		p, err := Parse(data)
		require.NoError(t, err)
		if len(p.SDK.Clients) > 0 || p.SDK.ClientsOf != "" {
			n++
			for _, lang := range retriesWritten(data) {
				assert.Nil(t, clientIn(t, p, lang), "%s: sdk.%s.retries beside a %s client", p.Slug, lang, lang)
			}
		}
	}
	assert.Equal(t, 26, n, "15 catalogs list clients, 11 name clients_of")
}

// clientIn is p's client, its own or its clients_of catalog's, in language lang.
func clientIn(t *testing.T, p *decoder.Provider, lang string) *decoder.SDKRetrier {
	clients := p.SDK.Clients
	if p.SDK.ClientsOf != "" {
		data, err := os.ReadFile(filepath.Join("../../catalog", p.SDK.ClientsOf+".json"))
		require.NoError(t, err)
		of, err := Parse(data)
		require.NoError(t, err)
		clients = of.SDK.Clients
	}
	for i := range clients {
		if clients[i].Language == lang {
			return &clients[i]
		}
	}
	return nil
}
