// Command gencatalog compiles the decoder's catalog, catalog/*.json, into catalog.bin, which
// the decoder embeds. `make catalog` runs it, through the go:generate line in
// decoder/catalog.go (so from the decoder's directory):
//
//	go generate ./decoder
//
// It writes nothing when a file does not read strictly.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/errlens/errlens/decoder/internal/catalogc"
)

func main() {
	dir := flag.String("dir", "catalog", "directory of the catalog's JSON files")
	out := flag.String("o", "catalog.bin", "compiled catalog to write")
	flag.Parse()
	snap, err := catalogc.Compile(os.DirFS("."), *dir)
	if err == nil {
		err = os.WriteFile(*out, snap, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}
