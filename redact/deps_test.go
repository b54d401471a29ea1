package redact

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// redact is compiled into the page's WebAssembly: standard library only, and none of the
// packages that multiply the build's size (regexp alone adds 155 KB gzipped).
func TestStandardLibraryOnly(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs the go command")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").Output()
	require.NoError(t, err)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, std, _ := strings.Cut(line, " ")
		if path == "github.com/errlens/errlens/redact" {
			continue
		}
		assert.Equal(t, "true", std, "%s is not in the standard library", path)
		for _, heavy := range []string{"net/http", "encoding/json", "fmt", "regexp", "reflect", "sort"} {
			assert.NotEqual(t, heavy, path, "redact must not import %s", heavy)
		}
	}
}
