package site

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var swVersion = regexp.MustCompile(`const VERSION = "([0-9a-f]{16})";`)

// sw.js caches every page by the URL the site links it by, the assets, and the wasm the
// Makefile put beside them; its version changes with any of their bytes.
func TestServiceWorker(t *testing.T) {
	files := map[string][]byte{"index.html": []byte("home"), "providers/openai/index.html": []byte("openai"), "style.css": []byte("p{}")}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "errlens.wasm"), []byte("\x00asm v1"), 0o644))
	sw, err := serviceWorker(files, dir)
	require.NoError(t, err)
	js := string(sw)
	has(t, js, `const FILES = ["errlens.wasm","./","providers/openai/","style.css"];`)
	v1 := swVersion.FindStringSubmatch(js)
	require.Len(t, v1, 2, js)

	versionOf := func(files map[string][]byte) string {
		sw, err := serviceWorker(files, dir)
		require.NoError(t, err)
		return swVersion.FindStringSubmatch(string(sw))[1]
	}
	assert.Equal(t, v1[1], versionOf(files), "the same files, the same version")
	files["style.css"] = []byte("p{color:red}")
	v2 := versionOf(files)
	assert.NotEqual(t, v1[1], v2, "a changed stylesheet")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "errlens.wasm"), []byte("\x00asm v2"), 0o644))
	assert.NotEqual(t, v2, versionOf(files), "a changed decoder")
}

// The built site has sw.js at its root, and every page offers it through offline.js (the
// button at its foot: nothing is kept unasked).
func TestServiceWorkerInSite(t *testing.T) {
	dir := build(t)
	assert.Regexp(t, swVersion, read(t, dir, "sw.js"))
	for _, name := range []string{"index.html", "providers/openai/index.html", "guide/retries/index.html", "404.html"} {
		has(t, read(t, dir, name), `offline.js" defer></script>`, name)
	}
}
