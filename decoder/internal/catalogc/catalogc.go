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
				continue
			}
		}
		errs = append(errs, errors.New(name+": "+err.Error()))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return files, nil
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
