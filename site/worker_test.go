package site

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The decoder worker is started in one place, boot.js (which app.js imports): a second
// `new Worker` would mean a second download and compile of the wasm.
func TestWorkerStartedInOnePlace(t *testing.T) {
	var at []string
	require.NoError(t, fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".js") {
			return err
		}
		src, err := staticFS.ReadFile(p)
		for range strings.Count(string(src), "new Worker(") {
			at = append(at, p)
		}
		return err
	}))
	assert.Equal(t, []string{"static/boot.js"}, at)
}
