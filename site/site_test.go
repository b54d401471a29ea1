package site

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// A whole content tree, inline: the generator's behaviour is checked on what it writes.
var testContent = fstest.MapFS{
	"index.md":            {Data: []byte("# errlens\n\n## How it works\n\nSee [providers](providers/) and [the guide](guide/retries/).\n")},
	"404.md":              {Data: []byte("# Page not found\n\nBack to [the decoder](./).\n")},
	"providers/index.md":  {Data: []byte("# Providers\n\nEvery provider.\n")},
	"providers/openai.md": {Data: []byte("OpenAI intro with **bold** text, see [retries](../../guide/retries/).\n")},
	"guide/retries.md": {Data: []byte("# Retries and backoff\n\n## What to retry\n\n| Category | Retry? |\n|---|---|\n| `rate_limit` | yes |\n\n" +
		"```python\nimport openai\nclient = openai.OpenAI(max_retries=0)\n```\n\n" +
		"```go\nfunc main() { fmt.Println(\"hi\") }\n```\n\n" +
		"```nosuchlanguage\nplain <b>text</b>\n```\n\n<script>alert(1)</script>\n")},
	"examples.json": {Data: []byte(`[{"provider":"openai","label":"429 quota","input":"openai.RateLimitError: Error code: 429 - </script><script>alert(1)</script>"}]`)},
	"notes.txt":     {Data: []byte("not published")},
}

// has is assert.Contains without printing a whole page on failure.
func has(t *testing.T, page, want string, msg ...any) bool {
	t.Helper()
	if !strings.Contains(page, want) {
		return assert.Fail(t, "missing "+want, msg...)
	}
	return true
}

func hasNot(t *testing.T, page, unwanted string, msg ...any) bool {
	t.Helper()
	if strings.Contains(page, unwanted) {
		return assert.Fail(t, "unexpected "+unwanted, msg...)
	}
	return true
}

func build(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, Build(Options{Content: testContent, Out: dir}))
	return dir
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	require.NoError(t, err, name)
	return string(b)
}

func TestBuildPagesAndTitles(t *testing.T) {
	dir := build(t)
	for name, title := range map[string]string{
		"index.html":                   "<title>errlens — what does this AI API error mean?</title>",
		"404.html":                     "<title>Page not found · errlens</title>",
		"providers/index.html":         "<title>Providers · errlens</title>",
		"guide/retries/index.html":     "<title>Retries and backoff · errlens</title>",
		"providers/openai/index.html":  "<title>OpenAI errors · errlens</title>",
		"providers/generic/index.html": "<title>",
		"providers/litellm/index.html": "<title>",
	} {
		has(t, read(t, dir, name), title, name)
	}
	_, err := os.Stat(filepath.Join(dir, "notes.txt"))
	assert.True(t, os.IsNotExist(err), "only markdown and examples are published from content/")
	for _, f := range []string{"app.js", "worker.js", "card.js", "share.js", "marks.js", "chroma-light.css", "chroma-dark.css"} {
		assert.FileExists(t, filepath.Join(dir, f))
	}
	assert.NoFileExists(t, filepath.Join(dir, "style.css"), "inlined in every page, linked from none")
}

func TestMarkdownTablesAndHighlighting(t *testing.T) {
	dir := build(t)
	g := read(t, dir, "guide/retries/index.html")
	has(t, g, "<table>")
	has(t, g, "<td><code>rate_limit</code></td>")
	has(t, g, `<h2 id="`) // auto heading ids are on
	has(t, g, `<pre class="chroma">`)
	assert.Regexp(t, `<span class="kn">import</span>`, g) // python keyword, by class
	assert.Regexp(t, `<span class="kd">func</span>`, g)   // go keyword, by class
	has(t, g, "plain &lt;b&gt;text&lt;/b&gt;")            // unknown language: escaped plain text
	hasNot(t, g, "<script>alert(1)</script>")             // raw HTML in markdown is dropped
	has(t, g, `href="../../chroma-light.css" media="(prefers-color-scheme: light)"`)
	has(t, g, `href="../../chroma-dark.css" media="(prefers-color-scheme: dark)"`)
	hasNot(t, read(t, dir, "providers/index.html"), "chroma-light.css", "no code, no code stylesheet")

	light, dark := read(t, dir, "chroma-light.css"), read(t, dir, "chroma-dark.css")
	has(t, light, ".chroma .kn")
	has(t, dark, ".chroma .kn")
	assert.NotEqual(t, light, dark)
}

// A host serves 404.html at any missing path, so with a base path its links start there.
func TestNotFoundPageWithBasePath(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, Build(Options{Content: testContent, Out: dir, BasePath: "/errlens"}))
	nf := read(t, dir, "404.html")
	has(t, nf, `href="/errlens/providers/"`)
	has(t, read(t, dir, "index.html"), `href="./providers/"`, "other pages stay relative")
}

// The CSP allows no inline script, and no inline style but the site's stylesheet (by its
// hash, style.go): every page does without them.
func TestNoInlineScriptOrStyle(t *testing.T) {
	dir := build(t)
	inlineScript := regexp.MustCompile(`<script(?:\s[^>]*)?>`)
	css, err := staticFS.ReadFile("static/style.css")
	require.NoError(t, err)
	eachHTML(t, dir, func(name, page string) {
		hasNot(t, page, " style=", name)
		assert.Equal(t, 1, strings.Count(page, "<style"), name)
		has(t, page, "<style>"+string(css)+"</style>", name)
		has(t, page, `Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`, name)
		for _, tag := range inlineScript.FindAllString(page, -1) {
			ok := strings.Contains(tag, ` src="`) || strings.Contains(tag, `type="application/json"`)
			assert.True(t, ok, "%s: inline script %s", name, tag)
		}
	})
	// Example text is data: it cannot close the data block it sits in.
	home := read(t, dir, "index.html")
	hasNot(t, home, "</script><script>alert(1)")
	has(t, home, `<option value="0">429 quota</option>`)
}

func TestLinksAreRelative(t *testing.T) {
	dir := build(t)
	eachHTML(t, dir, func(name, page string) {
		for _, m := range attrLink.FindAllStringSubmatch(page, -1) {
			u := m[1]
			assert.False(t, strings.HasPrefix(u, "/"), "%s: absolute link %q", name, u)
			assert.False(t, strings.HasPrefix(u, "http:"), "%s: insecure link %q", name, u)
		}
	})
	p := read(t, dir, "providers/openai/index.html")
	has(t, p, `<a href="../">Providers</a>`)
	has(t, p, "OpenAI intro with <strong>bold</strong> text")
	has(t, read(t, dir, "index.html"), `href="./providers/"`)
}

// Every entry of every catalog is on its page, anchored by its id, so Result.reference
// ("providers/<slug>/#<id>") always lands on a row; ids are unique per page.
func TestEveryEntryAnchored(t *testing.T) {
	dir := build(t)
	cats := allCatalogs().all()
	// Every catalog file is rendered: none was dropped on the way (a file of another kind
	// than provider, wrapper or generic would be).
	files, err := filepath.Glob(filepath.Join("..", "decoder", "catalog", "*.json"))
	require.NoError(t, err)
	require.Len(t, cats, len(files))
	for _, p := range cats {
		page := read(t, dir, "providers/"+p.Slug+"/index.html")
		for _, e := range p.Errors {
			has(t, page, `<tr id="`+e.ID+`">`, p.Slug)
			has(t, page, `href="#`+e.ID+`"`, p.Slug)
		}
		ids := map[string]int{}
		for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
			ids[m[1]]++
		}
		for id, n := range ids {
			assert.Equal(t, 1, n, "%s: id %q used %d times", p.Slug, id, n)
		}
		if p.Kind == decoder.KindProvider {
			has(t, page, `id="sdk"`, "%s: SDK behaviour section", p.Slug)
		}
	}
}

var attrLink = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

func eachHTML(t *testing.T, dir string, f func(name, page string)) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		f(filepath.ToSlash(rel), string(b))
		n++
		return err
	})
	require.NoError(t, err)
	require.NotZero(t, n)
}
