package main

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// compressible are the file types sent gzip-compressed to a client that accepts it, as
// GitHub Pages does: the wasm (3.3 MB, about 1.1 MB compressed) above all.
var compressible = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true, ".json": true, ".svg": true, ".txt": true}

// gzipped keeps each file's compressed bytes, keyed by path, size and modification time, so
// a file is compressed once per change, not once per request.
type gzipped struct {
	mu    sync.Mutex
	files map[string][]byte
}

// serve sends the file at name gzip-compressed when the client accepts gzip and its type is
// compressible, and reports whether it did. http.ServeContent answers conditional and
// range requests on the compressed bytes, which is what Content-Encoding means.
func (g *gzipped) serve(w http.ResponseWriter, r *http.Request, name string, fi os.FileInfo) bool {
	if !compressible[path.Ext(name)] || !acceptsGzip(r.Header.Get("Accept-Encoding")) {
		return false
	}
	body, err := g.get(name, fi)
	if err != nil {
		return false
	}
	w.Header().Set("Content-Encoding", "gzip")
	w.Header().Add("Vary", "Accept-Encoding")
	http.ServeContent(w, r, fi.Name(), fi.ModTime(), bytes.NewReader(body))
	return true
}

func (g *gzipped) get(name string, fi os.FileInfo) ([]byte, error) {
	key := name + "\x00" + fi.ModTime().Format(time.RFC3339Nano) + "\x00" + strconv.FormatInt(fi.Size(), 10)
	g.mu.Lock()
	defer g.mu.Unlock()
	if b, ok := g.files[key]; ok {
		return b, nil
	}
	raw, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(raw)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if g.files == nil {
		g.files = map[string][]byte{}
	}
	g.files[key] = buf.Bytes()
	return buf.Bytes(), nil
}

// acceptsGzip reports whether an Accept-Encoding header allows gzip (and does not refuse
// it with q=0).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(coding) != "gzip" && strings.TrimSpace(coding) != "*" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
