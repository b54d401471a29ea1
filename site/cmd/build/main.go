// Command build generates the errlens site: `go run ./site/cmd/build -content content -out public`.
// The Makefile's `make site` builds errlens.wasm and wasm_exec.js first, then runs it: the
// service worker it writes (sw.js) caches those two and hashes them into its version.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/errlens/errlens/site"
)

func main() {
	content := flag.String("content", "content", "content directory (markdown, examples.json)")
	out := flag.String("out", "public", "output directory")
	base := flag.String("base", "", "URL path the site is served from (e.g. /errlens); used by 404.html only")
	flag.Parse()
	if err := site.Build(site.Options{Content: os.DirFS(*content), Out: *out, BasePath: *base}); err != nil {
		log.Fatal(err)
	}
}
