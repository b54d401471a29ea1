package decoder

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
)

// compileCatalog reads every JSON catalog file in dir, strictly, and builds the engine from
// the files that loaded; c.err joins what went wrong. It runs at build time (`make
// catalog`) and in tests, never in the browser.
func compileCatalog(fsys fs.FS, dir string) *catalog {
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
		case "backoff_base_ms":
			s.BackoffBaseMS = m.int(v, k)
		case "backoff_max_ms":
			s.BackoffMaxMS = m.int(v, k)
		case "backoff_jitter_low_pct":
			s.BackoffJitterLowPct = m.int(v, k)
		case "backoff_jitter_high_pct":
			s.BackoffJitterHighPct = m.int(v, k)
		case "backoff_retry_after_max_s":
			s.BackoffRetryAfterMaxS = m.int(v, k)
		case "retry_policy":
			s.RetryPolicy = m.str(v, k)
		case "post_retry":
			s.PostRetry = m.str(v, k)
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
