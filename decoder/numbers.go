package decoder

import (
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
// "Limit 6000, Requested 14368" on tokens per minute). Moonshot states instead what the
// window counted with the request ("request reached project TPM rate limit, current: 1410,
// limit: 100"; its docs: "current:{current_tpm}, limit:{max_tpm}"), read by countedOver.
var overLimitTemplates = []string{
	"limit {limit}, used {used}, requested {req}",
	"limit {limit}, requested {req}",
	"current: {current}, limit: {limit}",
	"current:{current}, limit:{limit}",
}

// Fields some SDKs print into the message rather than a body.
var fieldTemplates = []struct {
	tmpl string
	keys [][2]string // slot, detail name (pairs, not a map: data, where a map literal was built in code)
}{
	{"(required: {required}, available: {available})", [][2]string{{"required", "required_credits"}, {"available", "available_credits"}}},
	{"need {required} credits, you have {available}", [][2]string{{"required", "required_credits"}, {"available", "available_credits"}}},
}

// slotNames are the slots the templates name; a slot's place here is its place in a
// slotValues, which splitTemplate reads the template's names into.
var slotNames = [...]string{"used", "limit", "a", "b", "req", "current", "required", "available"}

const (
	slotUsed = iota
	slotLimit
	slotA
	slotB
	slotReq
	slotCurrent
)

// slotValues holds the numbers a template's slots matched, by slot (slotNames); a slot not
// matched reads 0, as from a map.
type slotValues [len(slotNames)]int

// slotOf is the place of the slot named name in slotNames.
func slotOf(name string) int {
	for i, n := range slotNames {
		if n == name {
			return i
		}
	}
	panic("decoder: template slot {" + name + "} is not in slotNames")
}

// template is a split template and the marker of its first literal, by which the single
// scan of the paste finds where it may match.
type template struct {
	parts  []tmplPart
	anchor int
}

func compile(ts ...string) []template {
	out := make([]template, len(ts))
	for i, t := range ts {
		out[i].parts = splitTemplate(t)
		for _, p := range out[i].parts {
			if p.lit != "" {
				out[i].anchor = mark(p.lit)
				break
			}
		}
	}
	return out
}

var (
	contextTmpls   = compile(contextTemplates...)
	overLimitTmpls = compile(overLimitTemplates...)
	fieldTmpls     = func() []template {
		ts := make([]string, len(fieldTemplates))
		for i, ft := range fieldTemplates {
			ts[i] = ft.tmpl
		}
		return compile(ts...)
	}()
)

// contextAnchors holds the context templates' anchors, for one test before asking each.
var contextAnchors = func() markerSet {
	ids := make([]int, len(contextTmpls))
	for i, t := range contextTmpls {
		ids[i] = t.anchor
	}
	return setOf(ids)
}()

// contextFigures are a context-window error's token counts, and the words that state them.
type contextFigures struct {
	used, limit int
	why         string
	ok          bool
}

// overLimitFigures are a request that alone is larger than its whole limit.
type overLimitFigures struct {
	req, limit int
	// counted is what the window counted with the request, when the paste states that
	// rather than the request (req is then the least the request can be: countedOver).
	counted int
	ok      bool
}

// contextNumbers reads a context-window error's token counts.
func (s *signals) contextNumbers() (used, limit int, why string, ok bool) {
	if !s.gate(contextAnchors) { // most pastes: none of the 15 templates' first literals
		return 0, 0, "", false
	}
	for _, t := range contextTmpls {
		if !s.mayMatch(t) {
			continue
		}
		if v, span, found := s.matchTemplate(t); found {
			u := v[slotUsed]
			if a, b := v[slotA], v[slotB]; a > 0 && b > 0 {
				u = a + b
			}
			l := v[slotLimit]
			if u > l && l > 0 {
				return u, l, "\"" + clip(s.in.text[span[0]:span[1]], 160) + "\"", true
			}
		}
	}
	return 0, 0, "", false
}

func (s *signals) requestOverLimit() overLimitFigures {
	for _, t := range overLimitTmpls {
		if !s.mayMatch(t) {
			continue
		}
		v, _, found := s.matchTemplate(t)
		if !found || v[slotLimit] <= 0 {
			continue
		}
		if req, lim := v[slotReq], v[slotLimit]; req > lim {
			return overLimitFigures{req: req, limit: lim, ok: true}
		}
		if o, ok := countedOver(v[slotCurrent], v[slotLimit]); ok {
			return o
		}
	}
	return overLimitFigures{}
}

// countedOver reads a window's count that includes the refused request. What the window
// held before it was within the limit, so the request alone is at least counted - limit;
// when that is still over the limit (counted above twice the limit), it can never fit.
// A count just over the limit ("current: 563653, limit: 500000") says nothing of the
// request alone: waiting may let it through.
func countedOver(counted, limit int) (overLimitFigures, bool) {
	if limit <= 0 || counted-limit <= limit {
		return overLimitFigures{}, false
	}
	return overLimitFigures{req: counted - limit, limit: limit, counted: counted, ok: true}, true
}

func (s *signals) textFields() map[string]string {
	var out map[string]string
	for i, ft := range fieldTemplates {
		if !s.mayMatch(fieldTmpls[i]) {
			continue
		}
		if v, _, found := s.matchTemplate(fieldTmpls[i]); found {
			if out == nil {
				out = map[string]string{}
			}
			for _, k := range ft.keys {
				out[k[1]] = itoa(v[slotOf(k[0])])
			}
		}
	}
	return out
}

// mayMatch reports whether t's first literal occurs in the paste at all, which it does not
// for nearly every template: matchTemplate is not worth calling then.
func (s *signals) mayMatch(t template) bool { return len(s.marks[t.anchor]) > 0 }

// matchTemplate tries t at each place its first literal occurs and returns the slot
// values and the byte span of the first place it matches. Literals match ignoring ASCII
// case.
func (s *signals) matchTemplate(t template) (slotValues, [2]int, bool) {
	text := s.in.text
	parts := t.parts
	k := 0
	for parts[k].lit == "" {
		k++
	}
	// A slot after the first literal needs a number there ('~', a digit, or a comma the
	// digits go on after): where the byte says otherwise, the place fails before it is
	// read ("rate limit reached" for "limit {limit}, ...", in every rate-limit paste).
	slotNext := k+1 < len(parts) && parts[k+1].lit == "" && !parts[k+1].star
	for _, at := range s.at(t.anchor) {
		if n := at + len(parts[k].lit); slotNext && (n >= len(text) || !startsNumber(text[n])) {
			continue
		}
		start := at
		var vals slotValues
		okAll := true
		// Leading slots: "{a} + {b} > {limit}" starts with numbers, read backwards.
		for b := k - 1; b >= 0 && okAll; b-- {
			p := &parts[b]
			if p.star {
				continue
			}
			for start > 0 && text[start-1] == ' ' && b < k-1 {
				start--
			}
			e := start
			for start > 0 && (isDigit(text[start-1]) || text[start-1] == ',') {
				start--
			}
			n, ok := digitsValue(text[start:e])
			if start == e || !ok {
				okAll = false
			}
			vals[p.slot] = n
		}
		pos := at
		for i := k; okAll && i < len(parts); i++ {
			p := &parts[i]
			switch {
			case p.lit != "":
				if len(text)-pos < len(p.lit) || !strings.EqualFold(text[pos:pos+len(p.lit)], p.lit) {
					okAll = false
					break
				}
				pos += len(p.lit)
			case p.star:
				next := parts[i+1] // a star is always followed by a literal
				m := indexFold(text[pos:min(len(text), pos+120+len(next.lit))], next.lit)
				if m < 0 {
					okAll = false
				}
				pos += max(m, 0)
			default:
				for pos < len(text) && text[pos] == '~' { // "Requested ~12903"
					pos++
				}
				e := pos
				for e < len(text) && (isDigit(text[e]) || (text[e] == ',' && e+1 < len(text) && isDigit(text[e+1]))) {
					e++
				}
				n, ok := digitsValue(text[pos:e])
				if e == pos || !ok {
					okAll = false
				}
				vals[p.slot] = n
				pos = e
			}
		}
		if okAll {
			return vals, [2]int{start, pos}, true
		}
	}
	return slotValues{}, [2]int{}, false
}

// startsNumber reports whether a template's slot can start at c (matchTemplate's reading
// of a slot: '~'s, then digits and commas).
func startsNumber(c byte) bool { return isDigit(c) || c == '~' || c == ',' }

// digitsValue is strconv.Atoi(strings.ReplaceAll(s, ",", "")) for s of digits and commas,
// without the copy, or the error value Atoi allocates for "".
func digitsValue(s string) (int, bool) {
	const maxInt = int(^uint(0) >> 1)
	n, digits := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			continue
		}
		d := int(s[i] - '0')
		if n > (maxInt-d)/10 {
			return 0, false // out of range, as Atoi reports it
		}
		n = n*10 + d
		digits++
	}
	return n, digits > 0
}

// tmplPart is a literal (lit), a star, or else a slot (its place in slotValues).
type tmplPart struct {
	lit  string
	slot int
	star bool
}

func splitTemplate(t string) []tmplPart {
	var parts []tmplPart
	for t != "" {
		switch {
		case t[0] == '{':
			e := strings.IndexByte(t, '}')
			parts = append(parts, tmplPart{slot: slotOf(t[1:e])})
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
