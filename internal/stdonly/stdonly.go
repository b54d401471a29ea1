// Package stdonly checks, from a package's own tests, that it imports only the standard
// library and none of the packages that multiply the WebAssembly build's size: the rule for
// every package compiled into the page (decoder, redact).
package stdonly

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Heavy are the packages no wasm-bound package may import: net/http and the
// reflection-heavy encoders (regexp alone adds 155 KB gzipped).
var Heavy = []string{"net/http", "encoding/json", "fmt", "regexp", "reflect"}

// Check fails t when the package in the current directory, self, depends on anything
// outside the standard library or on one of heavy.
func Check(t *testing.T, self string, heavy ...string) {
	t.Helper()
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs the go command")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").Output()
	require.NoError(t, err)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, std, _ := strings.Cut(line, " ")
		if path == self {
			continue
		}
		assert.Equal(t, "true", std, "%s is not in the standard library", path)
		for _, h := range heavy {
			assert.NotEqual(t, h, path, "%s must not import %s", self, h)
		}
	}
}
