package retry_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The decoder is compiled to WebAssembly for the site; net/http (and this package) would
// add about 700 KB gzipped to it (scripts/wasm-size.sh measures it). This package exists so
// the decoder never needs them: check that it does not import them, for the host and for
// GOOS=js.
func TestDecoderImportsNoNetwork(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	if _, err := os.Stat(goBin); err != nil {
		t.Skip("no go command to list dependencies with")
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		t.Run(strings.Join(append([]string{"host"}, env...), " "), func(t *testing.T) {
			cmd := exec.Command(goBin, "list", "-deps", "github.com/errlens/errlens/decoder")
			cmd.Env = append(os.Environ(), env...)
			out, err := cmd.Output()
			require.NoError(t, err)
			deps := strings.Fields(string(out))
			require.Contains(t, deps, "github.com/errlens/errlens/decoder")
			for _, pkg := range []string{"net/http", "net", "crypto/tls", "encoding/json", "github.com/errlens/errlens/retry"} {
				assert.NotContains(t, deps, pkg)
			}
		})
	}
}
