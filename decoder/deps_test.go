package decoder

import (
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The decoder imports only the standard library, and not net/http or the reflection-heavy
// encoders: they would multiply the WebAssembly build's size.
func TestStandardLibraryOnly(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs the go command")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Standard}}", ".").Output()
	require.NoError(t, err)
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, std, _ := strings.Cut(line, " ")
		if path == "github.com/errlens/errlens/decoder" {
			continue
		}
		assert.Equal(t, "true", std, "%s is not in the standard library", path)
		for _, heavy := range []string{"net/http", "encoding/json", "fmt", "regexp", "reflect"} {
			assert.NotEqual(t, heavy, path, "the decoder must not import %s", heavy)
		}
	}
}
