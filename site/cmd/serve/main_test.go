package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
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
	assert.Equal(t, http.StatusNotFound, get("/robots.txt").Code, "outside the prefix: not the site's")
	assert.Equal(t, "no-cache", get("/errlens/").Header().Get("Cache-Control"))
}

// Like GitHub Pages, the server gzips what it sends to a client that accepts it.
func TestGzip(t *testing.T) {
	dir := t.TempDir()
	wasm := "\x00asm" + strings.Repeat("decoder ", 4000)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "errlens.wasm"), []byte(wasm), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "index.html"), []byte("<p>home</p>"), 0o644))
	h, _ := handler(dir, "/errlens/")
	for _, tc := range []struct {
		name, path, accept string
		gzipped            bool
	}{
		{"wasm, gzip accepted", "/errlens/errlens.wasm", "gzip, deflate, br", true},
		{"wasm, identity only", "/errlens/errlens.wasm", "", false},
		{"wasm, gzip refused", "/errlens/errlens.wasm", "gzip;q=0, br", false},
		{"a page by its directory", "/errlens/", "gzip", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tc.path, nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			require.Equal(t, http.StatusOK, rec.Code)
			body := rec.Body.Bytes()
			if !tc.gzipped {
				assert.Empty(t, rec.Header().Get("Content-Encoding"))
				return
			}
			assert.Equal(t, "gzip", rec.Header().Get("Content-Encoding"))
			assert.Contains(t, rec.Header().Values("Vary"), "Accept-Encoding")
			zr, err := gzip.NewReader(bytes.NewReader(body))
			require.NoError(t, err)
			plain, err := io.ReadAll(zr)
			require.NoError(t, err)
			if path.Ext(tc.path) == ".wasm" {
				assert.Equal(t, "application/wasm", rec.Header().Get("Content-Type"))
				assert.Equal(t, wasm, string(plain))
				assert.Less(t, len(body), len(wasm)/10)
			} else {
				assert.Equal(t, "<p>home</p>", string(plain))
				assert.Equal(t, "text/html; charset=utf-8", rec.Header().Get("Content-Type"))
			}
		})
	}
}
