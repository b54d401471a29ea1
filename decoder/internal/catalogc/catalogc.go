// Package catalogc is the front end of errlens's catalog compiler: it reads the catalog's
// JSON files with encoding/json, strictly, and hands them to [decoder.CompileCatalog].
// It runs at build time (`make catalog`, through gencatalog) and in tests, never in the
// decoder itself, which keeps only the reader of the compiled catalog.
package catalogc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/errlens/errlens/decoder"
)

// Compile reads every catalog file in dir of fsys and returns the compiled catalog, the
// bytes of decoder/catalog.bin.
func Compile(fsys fs.FS, dir string) ([]byte, error) {
	files, err := Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	return decoder.CompileCatalog(files)
}

// Load reads every *.json file in dir of fsys, sorted by name, and returns them in that
// order. Any file that does not read strictly is an error; all of them are reported.
func Load(fsys fs.FS, dir string) ([]*decoder.Provider, error) {
	entries, err := fs.ReadDir(fsys, dir) // sorted by name
	if err != nil {
		return nil, err
	}
	var files []*decoder.Provider
	var errs []error
	written := map[string][]string{} // slug: the SDK sections that write a retry count
	for _, de := range entries {
		if de.IsDir() || !strings.HasSuffix(de.Name(), ".json") {
			continue
		}
		name := path.Join(dir, de.Name())
		data, err := fs.ReadFile(fsys, name)
		if err == nil {
			var p *decoder.Provider
			if p, err = Parse(data); err == nil {
				files = append(files, p)
				written[p.Slug] = retriesWritten(data)
				continue
			}
		}
		errs = append(errs, errors.New(name+": "+err.Error()))
	}
	errs = append(errs, checkRetriesWritten(files, written)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return files, nil
}

// retriesWritten names the SDK sections of a catalog file, "python" and "node", that write
// a retry count, 0 included: once decoded, a written 0 looks like an unwritten one.
func retriesWritten(data []byte) []string {
	var raw struct {
		SDK map[string]map[string]json.RawMessage `json:"sdk"`
	}
	_ = json.Unmarshal(data, &raw) // Parse has read it strictly: it decodes
	var langs []string
	for _, lang := range []string{"python", "node"} {
		if _, ok := raw.SDK[lang]["retries"]; ok {
			langs = append(langs, lang)
		}
	}
	return langs
}

// checkRetriesWritten rejects a retry count written in the SDK section of a language that
// one of the catalog's clients, its own or those its clients_of names, is written in: that
// client is the count's one home, and the compiler derives the section's from it.
// Wrappers list no clients, so a tool's own retries stay in its sections.
func checkRetriesWritten(files []*decoder.Provider, written map[string][]string) []error {
	bySlug := make(map[string]*decoder.Provider, len(files))
	for _, p := range files {
		bySlug[p.Slug] = p
	}
	var errs []error
	for _, p := range files {
		clients := p.SDK.Clients
		if of := bySlug[p.SDK.ClientsOf]; of != nil {
			clients = append(append([]decoder.SDKRetrier(nil), of.SDK.Clients...), clients...)
		}
		for _, lang := range written[p.Slug] {
			for _, cl := range clients {
				if cl.Language == lang {
					errs = append(errs, errors.New(p.Slug+": sdk."+lang+".retries is written twice: "+cl.Name+"'s retries is its one home"))
					break
				}
			}
		}
	}
	return errs
}

// Parse reads one catalog file. Unknown fields and anything after the object are errors,
// so a typo in the data fails the build instead of being dropped silently. A file without
// a kind is a provider's.
func Parse(data []byte) (*decoder.Provider, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	p := &decoder.Provider{}
	if err := dec.Decode(p); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the catalog object")
	}
	if p.Slug == "" {
		return nil, errors.New("missing slug")
	}
	if p.Kind == "" {
		p.Kind = decoder.KindProvider
	}
	return p, nil
}
