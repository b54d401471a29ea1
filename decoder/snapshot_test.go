package decoder

import (
	"embed"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The catalog's source: the JSON files that `make catalog` compiles into catalog.bin.
//
//go:embed catalog/*.json
var catalogFS embed.FS

var writeCatalog = flag.Bool("write-catalog", false, "compile catalog/*.json into catalog.bin")

// catalog.bin is the compilation of the JSON files as they are now: editing a file without
// running `make catalog` fails here instead of shipping a decoder that disagrees with its
// own reference pages.
func TestCompiledCatalogIsCurrent(t *testing.T) {
	c := compileCatalog(catalogFS, "catalog")
	require.NoError(t, c.err)
	snap := encodeSnapshot(c.files, c.eng)
	if *writeCatalog {
		require.NoError(t, os.WriteFile("catalog.bin", snap, 0o644))
		return
	}
	if string(snap) != compiledCatalog {
		t.Fatal("decoder/catalog.bin is not the compilation of decoder/catalog/*.json: run make catalog")
	}
}

// Reading a snapshot gives back exactly what compiling the JSON built: every file and every
// engine index, and the same automaton.
func TestSnapshotRoundTrip(t *testing.T) {
	c := compileCatalog(catalogFS, "catalog")
	require.NoError(t, c.err)
	files, eng, err := decodeSnapshot(string(encodeSnapshot(c.files, c.eng)))
	require.NoError(t, err)
	assert.Equal(t, c.files, files)
	assert.Equal(t, c.eng, eng)
	// And the embedded one is what the decoder runs on.
	assert.Equal(t, c.files, load().files)
}

// A damaged snapshot is an error, never a panic or a hang.
func TestSnapshotDamaged(t *testing.T) {
	good := compiledCatalog
	for _, n := range []int{0, 5, len(snapshotMagic), len(snapshotMagic) + 1, len(good) / 3, len(good) / 2, len(good) - 1} {
		_, _, err := decodeSnapshot(good[:n])
		assert.Error(t, err, "cut at %d", n)
	}
	_, _, err := decodeSnapshot(good + "x")
	assert.Error(t, err, "trailing byte")
	b := []byte(good)
	for i := len(snapshotMagic); i < len(b); i += 997 {
		d := append([]byte(nil), b...)
		d[i] ^= 0xff
		assert.NotPanics(t, func() { decodeSnapshot(string(d)) }, "byte %d flipped", i)
	}
}

// Without its catalog (a damaged catalog.bin) the decoder still answers from what any HTTP
// error shows, and the marker-only engine is what compiling an empty catalog gives.
func TestDecodeWithoutCatalog(t *testing.T) {
	eng := markerEngine()
	empty := newEngine(nil)
	assert.Equal(t, empty.info, eng.info)
	for _, in := range []string{benchJSON, benchTraceback, "HTTP/1.1 429 Too Many Requests\nRetry-After: 20\n\n{}", "", "\x00\xff"} {
		sc := getScratch()
		sig := extractWith(normalize(in, DefaultMaxInput), eng, sc)
		who := eng.identify(sig)
		r := eng.advise(sig, who, eng.match(sig, who), std.now)
		putScratch(sc)
		assert.True(t, r.Category.Valid())
		assert.Empty(t, r.Provider)
	}
	sc := getScratch()
	sig := extractWith(normalize("HTTP/1.1 429 Too Many Requests\nRetry-After: 20\n\n{}", DefaultMaxInput), eng, sc)
	who := eng.identify(sig)
	r := eng.advise(sig, who, eng.match(sig, who), std.now)
	putScratch(sc)
	assert.Equal(t, 429, r.HTTPStatus)
	assert.Equal(t, int64(20000), r.RetryAfterMS)
}
