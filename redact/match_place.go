package redact

import "strings"

// findPlace masks the values of the name-value pairs whose name is one of the rule's.
func findPlace(r *Rule, d *doc) []hit {
	var out []hit
	for _, p := range d.namePairs() {
		if !r.names(&p) {
			continue
		}
		if r.Pairs {
			out = cookieValues(r, d.s, p, out)
			continue
		}
		v := d.s[p.start:p.end]
		if !r.secretValue(v, p.quoted) {
			continue
		}
		h := hit{from: p.start, start: p.start, end: p.end, preview: p.name + string(p.sep) + "…"}
		if p.sep == ':' {
			h.preview = p.name + ": …"
		}
		if k := knownPrefix(v); k != "" {
			h.start += len(k)
			h.preview = k + "…"
		}
		out = append(out, h)
	}
	return out
}

// names says whether a name with these words holds the rule's secret.
func (r *Rule) names(p *pair) bool {
	words := p.words
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if len(words) > 1 && contains(r.Not, words[len(words)-2]) {
		return false
	}
	if contains(r.Names, last) {
		return true
	}
	if len(r.Joined) > 0 {
		for _, j := range r.Joined {
			if strings.HasSuffix(p.joined, j) {
				return true
			}
		}
	}
	return false
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// placeholders are values people write where a secret goes: not secrets themselves.
var placeholders = []string{"null", "none", "nil", "true", "false", "undefined", "redacted", "hidden",
	"removed", "masked", "omitted", "required", "optional", "string", "str", "example", "changeme",
	"secret", "password", "token", "api_key", "apikey", "key", "xxx", "test", "dummy", "placeholder"}

// secretValue says whether v, written after a name that holds a secret, is one.
func (r *Rule) secretValue(v string, quoted bool) bool {
	if len(v) < r.Min || strings.Contains(v, "***") || strings.Contains(v, "…") ||
		strings.Contains(v, "...") || strings.IndexByte("$<{%([#@", v[0]) >= 0 {
		return false // masked already, cut, or a template: ${KEY}, <your key>, {{ key }}
	}
	if isSpace(v[0]) || isSpace(v[len(v)-1]) {
		return false // prose between two quotes: "`api_key=` arg | pass `api_key`"
	}
	if !quoted && strings.ContainsAny(v, "()") {
		return false // code in a traceback: api_key = requestor.request(, get_credentials(path)
	}
	l := strings.ToLower(v)
	if contains(placeholders, l) || contains(r.Allow, l) || strings.Contains(l, "your") ||
		strings.Contains(l, "xxxx") || strings.HasPrefix(l, "os.") || strings.HasPrefix(l, "process.env") {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
			digits++
		case isLetter(v[i]):
			letters++
		}
	}
	if digits == len(v) {
		return false // a number: a count, a port, a limit
	}
	if digits == 0 && !quoted && identifier(v) {
		return false // a variable or a word: api_key=api_key, "key: invalid"
	}
	if r.Weak {
		return r.randomEnough(v)
	}
	return true
}

// identifier: letters and _ . - / = only, as in a variable, a word, or prose about names
// ("pass api_key=/openai_api_key= to the model").
func identifier(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isLetter(v[i]) && strings.IndexByte("_.-/=", v[i]) < 0 {
			return false
		}
	}
	return true
}

// knownPrefixes are the prefixes of the known formats, longest first: a value found by its
// place keeps one, as the decoder reads it.
var knownPrefixes []string

func init() {
	for _, r := range rules {
		if r.How == Prefix && r.Family == KnownFormat {
			knownPrefixes = append(knownPrefixes, r.Prefixes...)
		}
	}
	// longest first, so "sk-proj-" is kept whole rather than "sk-"
	for i := 1; i < len(knownPrefixes); i++ {
		for j := i; j > 0 && len(knownPrefixes[j]) > len(knownPrefixes[j-1]); j-- {
			knownPrefixes[j], knownPrefixes[j-1] = knownPrefixes[j-1], knownPrefixes[j]
		}
	}
}

func knownPrefix(v string) string {
	for _, k := range knownPrefixes {
		if strings.HasPrefix(v, k) && len(v) > len(k) {
			return k
		}
	}
	return ""
}

// cookieValues masks the values in a cookie list: every one in a Cookie header, only the
// first in a Set-Cookie (the rest are attributes: Path, Domain, Expires).
func cookieValues(r *Rule, s string, p pair, out []hit) []hit {
	first := p.words[0] == "set"
	for i := p.start; i < p.limit; {
		j := p.limit
		if k := strings.IndexByte(s[i:p.limit], ';'); k >= 0 {
			j = i + k
		}
		if eq := strings.IndexByte(s[i:j], '='); eq > 0 {
			name := strings.TrimSpace(s[i : i+eq])
			if strings.ContainsAny(name, " :\t") {
				break // not a cookie name: the list has ended ("; Cookie: a=b" on one line)
			}
			v := strings.TrimSpace(s[i+eq+1 : j])
			at := i + eq + 1 + strings.Index(s[i+eq+1:j], v)
			if len(v) >= r.Min && !strings.Contains(v, "***") && !identifier(v) { // theme=dark stays
				out = append(out, hit{from: at, start: at, end: at + len(v), preview: name + "=…"})
			}
		}
		if first {
			break
		}
		i = j + 1
	}
	return out
}
