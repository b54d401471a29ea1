package decoder

import (
	"strconv"
	"strings"
)

// Numbers stated in error prose, read with small templates: literal text, {slots} that
// match a number (commas allowed), and "*" for up to 120 characters of anything. Matching
// ignores ASCII case.

// Context-window errors: the slots are used (or a + b) and limit.
var contextTemplates = []string{
	"maximum context length is {limit} tokens*requested {used} tokens",
	"maximum context length is {limit} tokens*resulted in {used} tokens",
	"prompt is too long: {used} tokens > {limit}",
	"current length is {used} while limit is {limit}",
	"{a} + {b} > {limit}",
	"prompt contains {used} tokens*maximum context length of {limit}",
	"prompt contains {used} tokens*with {limit} maximum context length",
	"input token count ({used}) exceeds the maximum number of tokens allowed ({limit})",
	"input token count {used} exceeds the maximum number of tokens allowed {limit}",
	"maximum context length of {limit} tokens*requested a total of {used} tokens",
	"context length is {limit} tokens*requested {used} tokens",
	"{used} tokens exceeds the context window of {limit}",
	"input length {used} exceeds*limit of {limit}",
	"total number of tokens {used} exceeds the limit of {limit}",
	"context window of {limit} tokens*{used} tokens were requested",
}

// Per-window limits where a single request is larger than the whole window (Groq's
// "Limit 6000, Requested 14368" on tokens per minute).
var overLimitTemplates = []string{
	"limit {limit}, used {used}, requested {req}",
	"limit {limit}, requested {req}",
}

// Fields some SDKs print into the message rather than a body.
var fieldTemplates = []struct {
	tmpl string
	keys map[string]string // slot -> detail name
}{
	{"(required: {required}, available: {available})", map[string]string{"required": "required_credits", "available": "available_credits"}},
	{"need {required} credits, you have {available}", map[string]string{"required": "required_credits", "available": "available_credits"}},
}

// The templates, split once.
var (
	contextParts   = splitAll(contextTemplates)
	overLimitParts = splitAll(overLimitTemplates)
	fieldParts     = func() [][]tmplPart {
		var out [][]tmplPart
		for _, ft := range fieldTemplates {
			out = append(out, splitTemplate(ft.tmpl))
		}
		return out
	}()
)

func splitAll(ts []string) [][]tmplPart {
	out := make([][]tmplPart, len(ts))
	for i, t := range ts {
		out[i] = splitTemplate(t)
	}
	return out
}

// contextNumbers reads a context-window error's token counts from text (lt is the same
// text lower-cased).
func contextNumbers(text, lt string) (used, limit int, why string, ok bool) {
	for _, t := range contextParts {
		if v, span, found := matchTemplate(lt, t); found {
			u := v["used"]
			if a, b := v["a"], v["b"]; a > 0 && b > 0 {
				u = a + b
			}
			l := v["limit"]
			if u > l && l > 0 {
				return u, l, "\"" + clip(text[span[0]:span[1]], 160) + "\"", true
			}
		}
	}
	return 0, 0, "", false
}

func requestOverLimit(lt string) (req, limit int, ok bool) {
	for _, t := range overLimitParts {
		if v, _, found := matchTemplate(lt, t); found && v["req"] > v["limit"] && v["limit"] > 0 {
			return v["req"], v["limit"], true
		}
	}
	return 0, 0, false
}

func textFields(lt string) map[string]string {
	var out map[string]string
	for i, ft := range fieldTemplates {
		if v, _, found := matchTemplate(lt, fieldParts[i]); found {
			if out == nil {
				out = map[string]string{}
			}
			for slot, key := range ft.keys {
				out[key] = strconv.Itoa(v[slot])
			}
		}
	}
	return out
}

// matchTemplate finds the first place in lt (lower-cased text) where template t matches
// and returns its slot values and the byte span matched.
func matchTemplate(lt string, parts []tmplPart) (map[string]int, [2]int, bool) {
	// Anchor on the first literal part.
	first := ""
	for _, p := range parts {
		if p.lit != "" {
			first = p.lit
			break
		}
	}
	if first == "" {
		return nil, [2]int{}, false
	}
	for off, tries := 0, 0; tries < 16; tries++ {
		j := strings.Index(lt[off:], first)
		if j < 0 {
			return nil, [2]int{}, false
		}
		at := off + j
		// Slots before the first literal read backwards from it.
		start := at
		vals := map[string]int{}
		okAll := true
		k := 0
		for parts[k].lit == "" {
			k++
		}
		// Leading slots: "{a} + {b} > {limit}" starts with a number.
		for b := k - 1; b >= 0; b-- {
			p := parts[b]
			if p.slot == "" {
				continue
			}
			s := start
			for s > 0 && (isDigit(lt[s-1]) || lt[s-1] == ',') {
				s--
			}
			if s == start {
				okAll = false
				break
			}
			n, err := strconv.Atoi(strings.ReplaceAll(lt[s:start], ",", ""))
			if err != nil {
				okAll = false
				break
			}
			vals[p.slot] = n
			start = s
		}
		pos := at
		for i := k; okAll && i < len(parts); i++ {
			p := parts[i]
			switch {
			case p.lit != "":
				if !strings.HasPrefix(lt[pos:], p.lit) {
					okAll = false
				}
				pos += len(p.lit)
			case p.star:
				next := parts[i+1] // a star is always followed by a literal
				w := lt[pos:min(len(lt), pos+120+len(next.lit))]
				m := strings.Index(w, next.lit)
				if m < 0 {
					okAll = false
				}
				pos += max(m, 0)
			default:
				for pos < len(lt) && lt[pos] == '~' { // "Requested ~12903"
					pos++
				}
				e := pos
				for e < len(lt) && (isDigit(lt[e]) || (lt[e] == ',' && e+1 < len(lt) && isDigit(lt[e+1]))) {
					e++
				}
				n, err := strconv.Atoi(strings.ReplaceAll(lt[pos:e], ",", ""))
				if e == pos || err != nil {
					okAll = false
				}
				vals[p.slot] = n
				pos = e
			}
		}
		if okAll {
			return vals, [2]int{start, pos}, true
		}
		off = at + 1
	}
	return nil, [2]int{}, false
}

type tmplPart struct {
	lit  string
	slot string
	star bool
}

func splitTemplate(t string) []tmplPart {
	var parts []tmplPart
	for t != "" {
		switch {
		case t[0] == '{':
			e := strings.IndexByte(t, '}')
			parts = append(parts, tmplPart{slot: t[1:e]})
			t = t[e+1:]
		case t[0] == '*':
			parts = append(parts, tmplPart{star: true})
			t = t[1:]
		default:
			e := strings.IndexAny(t, "{*")
			if e < 0 {
				e = len(t)
			}
			parts = append(parts, tmplPart{lit: t[:e]})
			t = t[e:]
		}
	}
	return parts
}
