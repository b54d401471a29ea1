package site

import (
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRealSiteLinksResolve builds the real content/ into a temp dir and follows every
// internal link and asset reference, fragments included, as a browser would from a site
// served under a sub-path.
func TestRealSiteLinksResolve(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, Build(Options{Content: os.DirFS("../content"), Out: dir}))
	// The Makefile adds these two beside the pages; the pages refer to them only from JS.
	built := map[string]bool{"errlens.wasm": true, "wasm_exec.js": true}

	base, _ := url.Parse("http://127.0.0.1/errlens/")
	checked := 0
	eachHTML(t, dir, func(name, page string) {
		if name == "404.html" {
			// Served at any missing path; its links are relative to the site root.
			name = "404.html"
		}
		from := base.ResolveReference(&url.URL{Path: name})
		for _, m := range attrLink.FindAllStringSubmatch(page, -1) {
			ref, err := url.Parse(htmlUnescape(m[1]))
			require.NoError(t, err)
			if ref.Scheme != "" || ref.Host != "" {
				if ref.Scheme != "data" {
					assert.Equal(t, "https", ref.Scheme, "%s: %s", name, m[1])
				}
				continue
			}
			to := from.ResolveReference(ref)
			require.True(t, strings.HasPrefix(to.Path, base.Path), "%s: %q leaves the site", name, m[1])
			file := strings.TrimPrefix(to.Path, base.Path)
			if file == "" || strings.HasSuffix(file, "/") {
				file += "index.html"
			}
			target, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
			if !assert.NoError(t, err, "%s: link %q -> %s", name, m[1], file) {
				continue
			}
			if to.Fragment != "" && path.Ext(file) == ".html" {
				assert.Contains(t, string(target), ` id="`+to.Fragment+`"`, "%s: link %q: no anchor", name, m[1])
			}
			checked++
		}
	})
	assert.Greater(t, checked, 500)

	// Module imports and worker scripts between the static files.
	imports := regexp.MustCompile(`(?:from |new Worker\(|importScripts\()"([^"]+)"`)
	for _, f := range []string{"app.js", "card.js", "share.js", "marks.js", "worker.js"} {
		src, err := os.ReadFile(filepath.Join(dir, f))
		require.NoError(t, err)
		for _, m := range imports.FindAllStringSubmatch(string(src), -1) {
			if built[m[1]] {
				continue
			}
			assert.FileExists(t, filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(m[1], "./"))), "%s imports %s", f, m[1])
		}
	}
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#39;", "'", "&quot;", `"`, "&#43;", "+").Replace(s)
}
