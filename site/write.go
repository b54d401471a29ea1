package site

import (
	"os"
	"path/filepath"
)

// write puts every file under dir. Existing files are overwritten and others left alone, so
// the wasm the Makefile places beside the pages survives a rebuild of the pages.
func write(dir string, files map[string][]byte) error {
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
