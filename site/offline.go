package site

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

//go:embed sw.js.tmpl
var swSource string

var swTemplate = template.Must(template.New("sw.js").Parse(swSource))

// builtBeside are the files the Makefile builds next to the pages (see site.go): the service
// worker caches them too, and their bytes are part of its version.
var builtBeside = []string{"errlens.wasm", "wasm_exec.js"}

// builtSize is the size of the file name built beside the pages in dir, or 0 when it is
// not there (yet).
func builtSize(dir, name string) int64 {
	fi, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		return 0
	}
	return fi.Size()
}

// serviceWorker returns sw.js for the site in files, plus the files in dir named by
// builtBeside that exist there. Its version is a hash of every file it caches, so any
// change to the site, the decoder or the catalog makes a new service worker.
func serviceWorker(files map[string][]byte, dir string) ([]byte, error) {
	all := map[string][]byte{}
	for name, data := range files {
		all[name] = data
	}
	for _, name := range builtBeside {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			all[name] = data
		}
	}
	names := make([]string, 0, len(all))
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	h := sha256.New()
	urls := make([]string, 0, len(names))
	for _, name := range names {
		h.Write([]byte(name + "\x00"))
		h.Write(all[name])
		h.Write([]byte{0})
		urls = append(urls, cacheURL(name))
	}
	version, _ := json.Marshal(hex.EncodeToString(h.Sum(nil))[:16])
	list, _ := json.Marshal(urls)
	var buf bytes.Buffer
	err := swTemplate.Execute(&buf, map[string]string{"Version": string(version), "Files": string(list)})
	return buf.Bytes(), err
}

// cacheURL is the URL, relative to the site root, a file is asked for by: pages by their
// directory ("providers/openai/"), as the site links them.
func cacheURL(name string) string {
	switch {
	case name == "index.html":
		return "./"
	case strings.HasSuffix(name, "/index.html"):
		return strings.TrimSuffix(name, "index.html")
	}
	return name
}
