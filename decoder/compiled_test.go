package decoder_test

import (
	"embed"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/decoder/internal/catalogc"
)

// The catalog's source: the JSON files that `make catalog` compiles into catalog.bin.
//
//go:embed catalog/*.json
var catalogFS embed.FS

// The compiled catalog as committed, which the decoder embeds.
//
//go:embed catalog.bin
var compiledCatalog string

// catalog.bin is what the catalog compiler makes of the JSON files as they are now: editing
// a file without running `make catalog` fails here instead of shipping a decoder that
// disagrees with its own reference pages.
func TestCompiledCatalogIsCurrent(t *testing.T) {
	snap, err := catalogc.Compile(catalogFS, "catalog")
	if runtime.GOOS == "js" { // WebAssembly only reads catalogs: the host's go test checks this
		assert.ErrorContains(t, err, "not in WebAssembly")
		return
	}
	require.NoError(t, err)
	if string(snap) != compiledCatalog {
		t.Fatal("decoder/catalog.bin is not the compilation of decoder/catalog/*.json: run make catalog")
	}
}

// Every catalog file reads strictly (encoding/json, unknown fields rejected), is named
// after its slug, and the decoder, reading catalog.bin, holds exactly what the file says:
// the compiled format drops no field but the signals' and operation statuses' sources, which
// only the one checking the file against its tool or service reads.
func TestCatalogFilesLoadStrictly(t *testing.T) {
	require.NoError(t, decoder.CatalogError())
	names, err := fs.Glob(catalogFS, "catalog/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	all := len(decoder.Providers()) + len(decoder.Wrappers()) + len(decoder.Generics())
	assert.Equal(t, len(names), all, "catalog files against catalogs the decoder holds")
	for _, name := range names {
		t.Run(path.Base(name), func(t *testing.T) {
			data, err := fs.ReadFile(catalogFS, name)
			require.NoError(t, err)
			want, err := catalogc.Parse(data)
			require.NoError(t, err)
			assert.Equal(t, strings.TrimSuffix(path.Base(name), ".json"), want.Slug, "file name is the slug")
			withClientRetries(want)
			withoutSources(want)
			assert.Equal(t, want, decoder.Lookup(want.Slug))
		})
	}
}

// withClientRetries sets p's Python and Node retry counts, which a catalog with clients does
// not write, to those of its client in that language, as the compiler does.
func withClientRetries(p *decoder.Provider) {
	sections := map[string]*decoder.SDKClient{"python": &p.SDK.Python, "node": &p.SDK.Node}
	for _, cl := range decoder.Lookup(p.Slug).Clients() {
		if sec := sections[cl.Language]; sec != nil {
			sec.Retries = cl.Retries
			delete(sections, cl.Language) // the first client in a language
		}
	}
}

// BenchmarkCatalogCompile is what catalog.bin saves the decoder at start-up: reading the
// JSON files and deriving the engine from them (with, since the compiler moved out of the
// decoder, encoding/json's reading and the writing of the snapshot on top).
func BenchmarkCatalogCompile(b *testing.B) {
	if runtime.GOOS == "js" {
		b.Skip("catalogs are compiled on the host, not in WebAssembly")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalogc.Compile(catalogFS, "catalog"); err != nil {
			b.Fatal(err)
		}
	}
}

// withoutSources blanks what catalog.bin leaves out (Signal.Source, OperationStatus.Source).
func withoutSources(p *decoder.Provider) {
	for i := range p.Signals {
		p.Signals[i].Source = ""
	}
	for i := range p.OperationStatuses {
		p.OperationStatuses[i].Source = ""
	}
}
