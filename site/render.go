package site

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"io/fs"

	"sort"
	"strconv"
	"strings"

	"github.com/errlens/errlens/decoder"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// page is what every template sees.
type page struct {
	Title       string
	Description string
	Root        string        // relative path from this page to the site root: "./", "../", ...
	Home        bool          // the front page: loads app.js
	Code        bool          // has highlighted code: loads the chroma stylesheets
	Search      bool          // has the search box: loads search.js
	Body        template.HTML // rendered markdown
	// Every page: its policy (a content="..." attribute) and the inlined stylesheet (style.go).
	CSP   template.HTMLAttr
	Style template.CSS
	// Front page.
	Examples []Example
	Groups   []exampleGroup
	Names    map[string]string // catalog slug -> display name, for the result card
	// WasmBytes is errlens.wasm's size, the max of the page's download progress; 0 when the
	// site is built without it (then the progress shows bytes only).
	WasmBytes int64
	// Providers index.
	Catalogs catalogs
	// One catalog page.
	Catalog *decoder.Provider
	About   template.HTML // the catalog's "about", its markdown rendered
	SDK     *sdkView
	Errors  []entryView
}

type exampleGroup struct {
	Name  string
	Items []exampleItem
}

type exampleItem struct {
	Index int
	Label string
}

type catalogs struct {
	Providers, Wrappers []*decoder.Provider
	Generic             []*decoder.Provider // the general layers
	// Summary is each catalog's one-paragraph description for the providers index: the
	// first paragraph of content/providers/<slug>.md, else the catalog's first sentence.
	Summary map[string]template.HTML
}

func allCatalogs() catalogs {
	return catalogs{Providers: decoder.Providers(), Wrappers: decoder.Wrappers(), Generic: decoder.Generics()}
}

func (c catalogs) all() []*decoder.Provider {
	return append(append(append([]*decoder.Provider{}, c.Providers...), c.Wrappers...), c.Generic...)
}

func (c catalogs) names() map[string]string {
	m := map[string]string{}
	for _, p := range c.all() {
		m[p.Slug] = p.Name
	}
	return m
}

// render produces every output file, keyed by its slash-separated path under the site root.
func render(c *content, basePath string, wasmBytes int64) (map[string][]byte, error) {
	files := map[string][]byte{}
	layouts, err := parseTemplates()
	if err != nil {
		return nil, err
	}
	cats := allCatalogs()
	for p, src := range c.pages {
		d, err := renderMarkdown(src)
		if err != nil {
			return nil, errors.New(p + ": " + err.Error())
		}
		out, kind := outputPath(p), "page"
		pg := page{Title: d.Title, Body: d.HTML, Code: d.Code, Root: rootFrom(out)}
		switch p {
		case "index.md":
			kind, pg.Home, pg.Search = "home", true, true
			pg.Title = "errlens — what does this AI API error mean?"
			pg.Examples, pg.Groups, pg.Names = c.examples, groupExamples(c.examples), cats.names()
			pg.WasmBytes = wasmBytes
		case "providers/index.md":
			kind, pg.Catalogs, pg.Search = "providers", cats, true
			if pg.Catalogs.Summary, err = summaries(cats, c.intros); err != nil {
				return nil, err
			}
		case "404.md":
			kind = "notfound"
			if basePath != "" {
				pg.Root = strings.TrimSuffix(basePath, "/") + "/"
			}
		}
		if pg.Title == "" {
			return nil, errors.New(p + ": needs a level-1 heading for its title")
		}
		pg.Description = describe(pg.Title)
		if files[out], err = execute(layouts[kind], pg); err != nil {
			return nil, errors.New(p + ": " + err.Error())
		}
	}
	for _, cat := range cats.all() {
		out := "providers/" + cat.Slug + "/index.html"
		pg := page{Title: cat.Name + " errors", Root: rootFrom(out), Catalog: cat, SDK: sdkOf(cat), Errors: entriesOf(cat)}
		about, err := renderMarkdown([]byte(cat.About))
		if err != nil {
			return nil, errors.New(out + ": about: " + err.Error())
		}
		pg.About = about.HTML
		pg.Description = "Every " + cat.Name + " error errlens decodes: status, code, category, whether to retry, and the fix."
		if src, ok := c.intros[cat.Slug]; ok {
			d, err := renderMarkdown(src)
			if err != nil {
				return nil, errors.New("providers/" + cat.Slug + ".md: " + err.Error())
			}
			pg.Body, pg.Code = d.HTML, d.Code
		}
		if files[out], err = execute(layouts["provider"], pg); err != nil {
			return nil, errors.New(out + ": " + err.Error())
		}
		if files["providers/"+cat.Slug+"/entries.json"], err = entriesJSON(cat); err != nil {
			return nil, err
		}
	}
	if files["search-index.json"], err = searchIndexJSON(cats); err != nil {
		return nil, err
	}
	for name, style := range map[string]string{"chroma-light.css": lightStyle, "chroma-dark.css": darkStyle} {
		if files[name], err = codeCSS(style); err != nil {
			return nil, err
		}
	}
	err = fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "static/style.css" { // inlined in every page (style.go)
			return err
		}
		files[strings.TrimPrefix(p, "static/")], err = staticFS.ReadFile(p)
		return err
	})
	return files, err
}

func summaries(cats catalogs, intros map[string][]byte) (map[string]template.HTML, error) {
	out := map[string]template.HTML{}
	for _, p := range cats.all() {
		if src, ok := intros[p.Slug]; ok {
			h, err := firstParagraph(src)
			if err != nil {
				return nil, errors.New("providers/" + p.Slug + ".md: " + err.Error())
			}
			out[p.Slug] = h
			continue
		}
		about := p.About
		if i := strings.Index(about, ". "); i > 0 {
			about = about[:i+1]
		}
		d, err := renderMarkdown([]byte(about))
		if err != nil {
			return nil, errors.New(p.Slug + ": about: " + err.Error())
		}
		out[p.Slug] = d.HTML
	}
	return out, nil
}

// outputPath maps a markdown path to its page: "x/y.md" is served as "x/y/", so links never
// need ".html"; "index.md" and "404.md" stay at the root where hosts look for them.
func outputPath(md string) string {
	p := strings.TrimSuffix(md, ".md")
	switch {
	case p == "404":
		return "404.html"
	case p == "index" || strings.HasSuffix(p, "/index"):
		return p + ".html"
	}
	return p + "/index.html"
}

// rootFrom is the relative path from the page at out back to the site root.
func rootFrom(out string) string {
	depth := strings.Count(out, "/")
	if depth == 0 {
		return "./"
	}
	return strings.Repeat("../", depth)
}

func describe(title string) string {
	return title + " — errlens explains errors from AI inference APIs, in your browser."
}

func parseTemplates() (map[string]*template.Template, error) {
	base, err := template.ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, kind := range []string{"home", "page", "providers", "provider", "notfound"} {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+kind+".html")
		if err != nil {
			return nil, err
		}
		out[kind] = t
	}
	return out, nil
}

func execute(t *template.Template, pg page) ([]byte, error) {
	pg.Style, _ = siteStyle()
	pg.CSP = template.HTMLAttr(`content="` + csp() + `"`)
	var buf bytes.Buffer
	err := t.ExecuteTemplate(&buf, "layout", pg)
	return buf.Bytes(), err
}

// groupExamples groups the picker by provider, in the order providers first appear.
func groupExamples(ex []Example) []exampleGroup {
	var groups []exampleGroup
	at := map[string]int{}
	for i, e := range ex {
		name := e.Provider
		if p := decoder.Lookup(e.Provider); p != nil {
			name = p.Name
		}
		g, ok := at[name]
		if !ok {
			g = len(groups)
			at[name] = g
			groups = append(groups, exampleGroup{Name: name})
		}
		groups[g].Items = append(groups[g].Items, exampleItem{Index: i, Label: e.Label})
	}
	return groups
}

// entryView is one row of a catalog page's error table.
type entryView struct {
	decoder.Entry
	Exceptions string     // "python: openai.RateLimitError · node: RateLimitError"
	Apart      *apartView // set when other rows share this row's status and code (apart.go)
}

func entriesOf(p *decoder.Provider) []entryView {
	out := make([]entryView, len(p.Errors))
	apart := apartOf(p)
	for i := range p.Errors {
		e := &p.Errors[i]
		out[i] = entryView{Entry: *e, Exceptions: joinClasses(p.Exceptions(e)), Apart: apart[e.ID]}
	}
	return out
}

func joinClasses(m map[string]string) string {
	langs := make([]string, 0, len(m))
	for l := range m {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = l + ": " + m[l]
	}
	return strings.Join(parts, " · ")
}

// sdkView is a catalog's SDK section, nil when the catalog describes no SDK (wrappers and
// the generic catalog).
type sdkView struct {
	decoder.SDK
	Clients []clientView
	Langs   []string
	Classes []classRow
}

type clientView struct {
	Lang string
	decoder.SDKClient
}

type classRow struct {
	When  string
	Names []string
}

func sdkOf(p *decoder.Provider) *sdkView {
	s := p.SDK
	v := &sdkView{SDK: s}
	for _, c := range []clientView{{"Python", s.Python}, {"Node / TypeScript", s.Node}} {
		if c.Package != "" {
			v.Clients = append(v.Clients, c)
		}
	}
	if p.Kind != decoder.KindProvider {
		return nil // wrappers and the generic catalog have no SDK of their own
	}
	langs := map[string]bool{}
	for _, byLang := range s.Classes {
		for l := range byLang {
			langs[l] = true
		}
	}
	for l := range langs {
		v.Langs = append(v.Langs, l)
	}
	sort.Strings(v.Langs)
	whens := make([]string, 0, len(s.Classes))
	for w := range s.Classes {
		whens = append(whens, w)
	}
	sort.Slice(whens, func(i, j int) bool { return whenOrder(whens[i]) < whenOrder(whens[j]) })
	for _, w := range whens {
		row := classRow{When: whenLabel(w)}
		for _, l := range v.Langs {
			row.Names = append(row.Names, s.Classes[w][l])
		}
		v.Classes = append(v.Classes, row)
	}
	return v
}

// whenOrder sorts statuses numerically, then "5xx", then the non-HTTP failures.
func whenOrder(w string) string {
	if n, err := strconv.Atoi(w); err == nil {
		return "0" + strconv.Itoa(1000+n)
	}
	return "1" + w
}

func whenLabel(w string) string {
	switch w {
	case "5xx":
		return "other 5xx"
	case "connection":
		return "connection failed"
	case "timeout":
		return "timed out"
	}
	return "HTTP " + w
}
