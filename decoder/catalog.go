package decoder

import (
	"embed"
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// The catalog is data: one JSON file per provider (and per wrapper library, plus one of
// general HTTP knowledge) under catalog/, embedded in the binary and read once by one
// engine. Adding a provider is adding a file.
//
//go:embed catalog/*.json
var catalogFS embed.FS

// Kinds of catalog file.
const (
	KindProvider = "provider" // an AI API: errors it sends
	KindWrapper  = "wrapper"  // a library that re-prints other providers' errors
	KindGeneric  = "generic"  // HTTP and network knowledge that holds for any API
)

// Provider is one catalog file: an AI API, a wrapper library, or the generic catalog.
// Values returned by this package are shared and must not be modified.
type Provider struct {
	Slug    string   `json:"slug"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Docs    string   `json:"docs"`
	About   string   `json:"about"`
	Signals []Signal `json:"signals"`
	SDK     SDK      `json:"sdk"`
	Errors  []Entry  `json:"errors"`
}

// Signal is a literal that, found in a paste, points at this catalog's provider or wrapper.
// Matching is case-insensitive; Weight 0 means the default for the kind.
type Signal struct {
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Weight int    `json:"weight,omitempty"`
}

// SDK is what the provider's official SDKs do with errors.
type SDK struct {
	Python  SDKClient `json:"python"`
	Node    SDKClient `json:"node"`
	RetryOn []string  `json:"retry_on"`
	Backoff string    `json:"backoff"`
	// RetryAfterMaxS, when set, is the longest Retry-After the SDK waits out by itself.
	RetryAfterMaxS int    `json:"retry_after_max_s,omitempty"`
	Source         string `json:"source"`
	Notes          string `json:"notes,omitempty"`
	// Classes maps a status ("429"), "connection" or "timeout" to the class per language.
	Classes map[string]map[string]string `json:"classes"`
}

// SDKClient describes one language's client library.
type SDKClient struct {
	Package  string `json:"package"`
	Option   string `json:"option"`
	Retries  int    `json:"retries"`
	TimeoutS int    `json:"timeout_s"`
	Note     string `json:"note,omitempty"`
}

// Entry is one documented error.
type Entry struct {
	ID        string            `json:"id"`
	Status    int               `json:"status"`
	Code      string            `json:"code"`
	Type      string            `json:"type"`
	Aliases   []string          `json:"aliases,omitempty"`
	Phrases   []string          `json:"phrases,omitempty"`
	Category  Category          `json:"category"`
	Retryable bool              `json:"retryable"`
	Title     string            `json:"title"`
	Fix       string            `json:"fix"`
	Source    string            `json:"source"`
	Class     map[string]string `json:"class,omitempty"`
	Fields    []string          `json:"fields,omitempty"`
	// SDK, when set, replaces the generated note on what the SDK does with this error.
	SDK string `json:"sdk,omitempty"`
}

// Exceptions returns the SDK class per language for this entry of p: the entry's own
// classes, else the SDK's class for the entry's status or status class.
func (p *Provider) Exceptions(e *Entry) map[string]string {
	if len(e.Class) > 0 {
		return e.Class
	}
	if e.Status == 0 {
		switch e.Category {
		case Connection:
			return p.SDK.Classes["connection"]
		case Timeout:
			if c := p.SDK.Classes["timeout"]; c != nil {
				return c
			}
		}
		return nil
	}
	if c := p.SDK.Classes[strconv.Itoa(e.Status)]; c != nil {
		return c
	}
	if e.Status >= 500 {
		return p.SDK.Classes["5xx"]
	}
	return nil
}

// Providers returns the AI API catalogs, sorted by slug.
func Providers() []*Provider { return load().byKind(KindProvider) }

// Wrappers returns the wrapper-library catalogs, sorted by slug.
func Wrappers() []*Provider { return load().byKind(KindWrapper) }

// Lookup returns the catalog with the given slug, or nil.
func Lookup(slug string) *Provider {
	c := load()
	if i, ok := c.index[slug]; ok {
		return c.files[i]
	}
	return nil
}

// CatalogError reports catalog files that could not be read; the engine skips them. It is
// exposed so tests (and CI) fail on bad data instead of users.
func CatalogError() error { return load().err }

type catalog struct {
	files []*Provider
	index map[string]int
	err   error
	eng   *engine
}

func (c *catalog) byKind(kind string) []*Provider {
	var out []*Provider
	for _, f := range c.files {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

var loadOnce = sync.OnceValue(func() *catalog { return loadCatalog(catalogFS, "catalog") })

func load() *catalog { return loadOnce() }

func loadCatalog(fsys fs.FS, dir string) *catalog {
	c := &catalog{index: map[string]int{}}
	entries, err := fs.ReadDir(fsys, dir) // sorted by name
	if err != nil {
		c.err = err
	}
	var errs []error
	for _, de := range entries {
		name := dir + "/" + de.Name()
		if de.IsDir() || !strings.HasSuffix(name, ".json") {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		p, err := parseProvider(string(data))
		if err != nil {
			errs = append(errs, errors.New(name+": "+err.Error()))
			continue
		}
		if _, dup := c.index[p.Slug]; dup {
			errs = append(errs, errors.New(name+": duplicate slug "+p.Slug))
			continue
		}
		c.index[p.Slug] = len(c.files)
		c.files = append(c.files, p)
	}
	if len(errs) > 0 {
		c.err = errors.Join(errs...)
	}
	c.eng = newEngine(c.files)
	return c
}

// parseProvider maps one JSON catalog file onto a Provider with the package's own parser
// (encoding/json would add its reflection machinery to the WebAssembly build). Unknown
// fields are errors, so a typo in the data fails the catalog test.
func parseProvider(src string) (*Provider, error) {
	budget := len(src)*4 + 1024
	p := &parser{src: src, budget: &budget}
	p.skipSpace()
	root := p.value()
	if root == nil || root.kind != objNode {
		return nil, errors.New("not a JSON object")
	}
	var m mapper
	pr := &Provider{}
	m.object(root, "", func(k string, v *node) {
		switch k {
		case "slug":
			pr.Slug = m.str(v, k)
		case "kind":
			pr.Kind = m.str(v, k)
		case "name":
			pr.Name = m.str(v, k)
		case "docs":
			pr.Docs = m.str(v, k)
		case "about":
			pr.About = m.str(v, k)
		case "signals":
			m.array(v, k, func(s *node) {
				var sig Signal
				m.object(s, k, func(k string, v *node) {
					switch k {
					case "kind":
						sig.Kind = m.str(v, k)
					case "text":
						sig.Text = m.str(v, k)
					case "weight":
						sig.Weight = m.int(v, k)
					default:
						m.unknown("signals", k)
					}
				})
				pr.Signals = append(pr.Signals, sig)
			})
		case "sdk":
			m.sdk(v, &pr.SDK)
		case "errors":
			m.array(v, k, func(e *node) { pr.Errors = append(pr.Errors, m.entry(e)) })
		default:
			m.unknown("", k)
		}
	})
	if pr.Kind == "" {
		pr.Kind = KindProvider
	}
	if m.err != nil {
		return nil, m.err
	}
	if pr.Slug == "" {
		return nil, errors.New("missing slug")
	}
	return pr, nil
}

// mapper copies parsed JSON into Go values and remembers the first shape error.
type mapper struct{ err error }

func (m *mapper) fail(msg string) {
	if m.err == nil {
		m.err = errors.New(msg)
	}
}

func (m *mapper) unknown(where, key string) { m.fail("unknown field " + where + "." + key) }

func (m *mapper) object(n *node, where string, f func(string, *node)) {
	if n == nil || n.kind != objNode {
		m.fail(where + ": want an object")
		return
	}
	for _, mem := range n.obj {
		f(mem.key, mem.val)
	}
}

func (m *mapper) array(n *node, where string, f func(*node)) {
	if n == nil || n.kind != arrNode {
		m.fail(where + ": want an array")
		return
	}
	for _, v := range n.arr {
		f(v)
	}
}

func (m *mapper) str(n *node, where string) string {
	if n == nil || n.kind != strNode {
		m.fail(where + ": want a string")
		return ""
	}
	return n.str
}

func (m *mapper) strs(n *node, where string) []string {
	out := []string{} // like encoding/json: present but empty is not nil
	m.array(n, where, func(v *node) { out = append(out, m.str(v, where)) })
	return out
}

func (m *mapper) int(n *node, where string) int {
	if n == nil || n.kind != numNode {
		m.fail(where + ": want a number")
		return 0
	}
	v, err := strconv.Atoi(n.str)
	if err != nil {
		m.fail(where + ": want an integer")
	}
	return v
}

func (m *mapper) bool(n *node, where string) bool {
	if n == nil || n.kind != boolNode {
		m.fail(where + ": want true or false")
		return false
	}
	return n.b
}

func (m *mapper) strMap(n *node, where string) map[string]string {
	out := map[string]string{}
	m.object(n, where, func(k string, v *node) { out[k] = m.str(v, where+"."+k) })
	return out
}

func (m *mapper) client(n *node, where string, c *SDKClient) {
	m.object(n, where, func(k string, v *node) {
		switch k {
		case "package":
			c.Package = m.str(v, k)
		case "option":
			c.Option = m.str(v, k)
		case "retries":
			c.Retries = m.int(v, k)
		case "timeout_s":
			c.TimeoutS = m.int(v, k)
		case "note":
			c.Note = m.str(v, k)
		default:
			m.unknown(where, k)
		}
	})
}

func (m *mapper) sdk(n *node, s *SDK) {
	m.object(n, "sdk", func(k string, v *node) {
		switch k {
		case "python":
			m.client(v, "sdk.python", &s.Python)
		case "node":
			m.client(v, "sdk.node", &s.Node)
		case "retry_on":
			s.RetryOn = m.strs(v, k)
		case "backoff":
			s.Backoff = m.str(v, k)
		case "retry_after_max_s":
			s.RetryAfterMaxS = m.int(v, k)
		case "source":
			s.Source = m.str(v, k)
		case "notes":
			s.Notes = m.str(v, k)
		case "classes":
			s.Classes = map[string]map[string]string{}
			m.object(v, "sdk.classes", func(k string, v *node) { s.Classes[k] = m.strMap(v, "sdk.classes."+k) })
		default:
			m.unknown("sdk", k)
		}
	})
}

func (m *mapper) entry(n *node) Entry {
	var e Entry
	m.object(n, "errors", func(k string, v *node) {
		switch k {
		case "id":
			e.ID = m.str(v, k)
		case "status":
			e.Status = m.int(v, k)
		case "code":
			e.Code = m.str(v, k)
		case "type":
			e.Type = m.str(v, k)
		case "aliases":
			e.Aliases = m.strs(v, k)
		case "phrases":
			e.Phrases = m.strs(v, k)
		case "category":
			e.Category = Category(m.str(v, k))
		case "retryable":
			e.Retryable = m.bool(v, k)
		case "title":
			e.Title = m.str(v, k)
		case "fix":
			e.Fix = m.str(v, k)
		case "source":
			e.Source = m.str(v, k)
		case "class":
			e.Class = m.strMap(v, k)
		case "fields":
			e.Fields = m.strs(v, k)
		case "sdk":
			e.SDK = m.str(v, k)
		default:
			m.unknown("errors["+e.ID+"]", k)
		}
	})
	return e
}

// normCode folds a machine code for comparison: case, separators and an Exception/Error
// suffix do not distinguish codes ("ThrottlingException" = "Throttling",
// "RATE_LIMIT_EXCEEDED" = "rate_limit_exceeded").
func normCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '#'); i >= 0 { // "com.amazon...#ThrottlingException"
		s = s[i+1:]
	}
	if len(s) > len("exception") {
		s = strings.TrimSuffix(s, "exception")
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c == '-' || c == ' ' || c == '.' {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
