// Package site generates the errlens static site: the markdown under content/ and the
// decoder's own catalog in, a directory of HTML, CSS and JavaScript out.
//
// Build runs three steps, one file each: load.go reads the content tree, render.go turns
// it and the catalog into pages (goldmark for prose, html/template for layout, chroma for
// code), write.go puts the files on disk. Every link the generator writes is relative, so
// the output works at any sub-path (GitHub Pages serves project sites under /<repo>/).
//
// The WebAssembly decoder (errlens.wasm) and Go's wasm_exec.js are not produced here: the
// Makefile builds and copies them next to the pages, so wasm_exec.js always matches the
// compiler that built the binary. It builds them first: the service worker (sw.js,
// offline.go) caches them and hashes their bytes into its version.
package site

import "io/fs"

// Options says where the content comes from and where the site goes.
type Options struct {
	// Content is the content tree: *.md pages, providers/<slug>.md introductions,
	// examples.json for the front page's picker.
	Content fs.FS
	// Out is the output directory; it is created, and files in it are overwritten.
	Out string
	// BasePath, when set ("/errlens"), is where the site will be served from. Only 404.html
	// uses it: a host serves that page at whatever missing path was asked for, so relative
	// links cannot work there and it links from the root instead. Every other page stays
	// relative and works at any path.
	BasePath string
}

// Build generates the whole site into o.Out.
func Build(o Options) error {
	c, err := load(o.Content)
	if err != nil {
		return err
	}
	files, err := render(c, o.BasePath, builtSize(o.Out, "errlens.wasm"))
	if err != nil {
		return err
	}
	if files["sw.js"], err = serviceWorker(files, o.Out); err != nil {
		return err
	}
	return write(o.Out, files)
}
