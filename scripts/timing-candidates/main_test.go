package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// For eval the lists hold ids only, never a row's text nor which pattern matched; a row
// already labelled is listed only with -all; -why is refused for eval.
func TestEvalListsIDsOnly(t *testing.T) {
	dir := t.TempDir()
	rows := `{"id":"e-1","source":"s","input":"429 You exceeded your daily quota SECRETTEXT","provider":"x","http_status":429,"error_code":null,"category":"quota","retryable":false,"why":"w"}
{"id":"e-2","source":"s","input":"Rate limit: 500 RPM SECRETTEXT","provider":"x","http_status":429,"error_code":null,"category":"rate_limit","retryable":true,"why":"w","limit_window":"minute"}
{"id":"e-3","source":"s","input":"Claude AI usage limit reached|1755615600","provider":"x","http_status":null,"error_code":null,"category":"quota","retryable":false,"why":"w"}
{"id":"e-4","source":"s","input":"500 Internal Server Error SECRETTEXT","provider":"x","http_status":500,"error_code":null,"category":"server","retryable":true,"why":"w"}
`
	require.NoError(t, os.WriteFile(filepath.Join(dir, "eval.jsonl"), []byte(rows), 0o644))
	var out bytes.Buffer
	require.NoError(t, run(&out, dir, "eval", false, false))
	assert.Equal(t, "# eval rows stating a window (1)\ne-1\n# eval rows stating a reset (1)\ne-3\n", out.String())
	out.Reset()
	require.NoError(t, run(&out, dir, "eval", true, false))
	assert.NotContains(t, out.String(), "SECRETTEXT")
	assert.Contains(t, out.String(), "e-2\n")
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		assert.True(t, strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "e-") && !strings.Contains(l, " "), "a line that is not an id: %q", l)
	}
	assert.Error(t, run(&out, dir, "eval", false, true))
}
