package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Reading catalog.bin gives back exactly what it was compiled from: the engine is the one
// compiling its files builds (every index, and the same automaton), and writing both again
// gives the same bytes. That catalog.bin is the compilation of the JSON files as they are
// is compiled_test.go's.
func TestSnapshotRoundTrip(t *testing.T) {
	files, eng, err := decodeSnapshot(compiledCatalog)
	require.NoError(t, err)
	assert.Equal(t, newEngine(files), eng)
	again, err := encodeSnapshot(files, eng)
	if !compilesCatalogs { // WebAssembly only reads catalogs
		assert.ErrorIs(t, err, errWasmCompiles)
	} else {
		require.NoError(t, err)
		assert.True(t, string(again) == compiledCatalog, "catalog.bin written again differs")
	}
	// And it is what the decoder runs on.
	assert.Equal(t, files, load().files)
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
		norm := normalize(in, DefaultMaxInput)
		sig := extractWith(&norm, eng, &sc.extract, time.Now)
		who := eng.identify(sig, &sc.identify)
		m := eng.match(sig, &who, &sc.match)
		var r Result
		eng.advise(sig, &who, &m, std.now, &sc.advise, &r)
		putScratch(sc)
		assert.True(t, r.Category.Valid())
		assert.Empty(t, r.Provider)
	}
	sc := getScratch()
	in := normalize("HTTP/1.1 429 Too Many Requests\nRetry-After: 20\n\n{}", DefaultMaxInput)
	sig := extractWith(&in, eng, &sc.extract, time.Now)
	who := eng.identify(sig, &sc.identify)
	m := eng.match(sig, &who, &sc.match)
	var r Result
	eng.advise(sig, &who, &m, std.now, &sc.advise, &r)
	putScratch(sc)
	assert.Equal(t, 429, r.HTTPStatus)
	assert.Equal(t, int64(20000), r.RetryAfterMS)
}

// The table ends each string with a NUL byte, so a catalog string holding one is refused
// at compile time; and a body that refers to a string the table does not hold yet (or at
// all) is damaged.
func TestSnapshotStrings(t *testing.T) {
	if _, err := encodeSnapshot([]*Provider{{Slug: "x", Name: "a\x00b"}}, &engine{}); compilesCatalogs {
		assert.ErrorContains(t, err, "NUL")
	}
	for _, tc := range []struct {
		name string
		body []byte // the strings' references, after a table of "a" and "b"
		want []string
		ok   bool
	}{
		{"each read the first time", []byte{0, 0}, []string{"a", "b"}, true},
		{"read again", []byte{0, 1, 0, 2, 1}, []string{"a", "a", "b", "b", "a"}, true},
		{"a string not read yet", []byte{0, 2}, nil, false},
		{"past the table", []byte{0, 0, 0}, nil, false},
		{"before the first", []byte{1}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &snapReader{data: string(tc.body), table: []string{"a", "b"}}
			var got []string
			for range tc.body {
				var s string
				r.str(&s)
				got = append(got, s)
			}
			if !tc.ok {
				assert.Error(t, r.err)
				return
			}
			require.NoError(t, r.err)
			assert.Equal(t, tc.want, got)
		})
	}
}
