package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	write("index.html", "home")
	write("404.html", "not here")
	write("providers/openai/index.html", "openai")
	write("errlens.wasm", "\x00asm")

	h, prefix := handler(dir, "errlens")
	assert.Equal(t, "/errlens/", prefix)
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}
	assert.Equal(t, "home", get("/errlens/").Body.String())
	assert.Equal(t, "openai", get("/errlens/providers/openai/").Body.String())
	assert.Equal(t, "application/wasm", get("/errlens/errlens.wasm").Header().Get("Content-Type"))
	missing := get("/errlens/no/such/page")
	assert.Equal(t, http.StatusNotFound, missing.Code)
	assert.Equal(t, "not here", missing.Body.String())
	assert.Equal(t, http.StatusNotFound, get("/errlens/providers/").Code, "a directory without index.html is not listed")
	assert.Equal(t, http.StatusFound, get("/").Code)
	assert.Equal(t, "no-cache", get("/errlens/").Header().Get("Cache-Control"))
}
