package redact

import "strings"

// findPrefix finds the rule's prefixes, each followed by a body of its charset: the prefix
// stays, the body is masked.
func findPrefix(r *Rule, s string) []hit {
	var out []hit
	for _, p := range r.Prefixes {
		eachIndex(s, p, func(i int) int {
			at := i + len(p)
			if i > 0 && joins(s[i-1]) {
				return at // inside a longer token: "task-" is not "sk-"
			}
			end, ok := r.body(s, at)
			if !ok {
				return at
			}
			out = append(out, hit{from: i, start: at, end: end, preview: p + "…"})
			return end
		})
	}
	return out
}

// eachIndex calls visit with the start of each occurrence of sub in s, left to right;
// visit returns where the search goes on, never before the end of this occurrence.
func eachIndex(s, sub string, visit func(i int) (next int)) {
	for at := 0; at < len(s); {
		i := strings.Index(s[at:], sub)
		if i < 0 {
			return
		}
		i += at
		at = max(visit(i), i+len(sub))
	}
}

// body reads a secret's body from s[i:] and says whether it is one: long enough, not too
// long, random enough, and not masked already (OpenAI prints "sk-abc1****wxyz").
func (r *Rule) body(s string, i int) (end int, ok bool) {
	n := r.Charset.span(s, i)
	// A dot or dash may end a sentence or a clause rather than the key.
	for n > 0 && (s[i+n-1] == '.' || s[i+n-1] == '-' && r.Charset != Base64URL) {
		n--
	}
	end = i + n
	if n < r.Min || r.Max > 0 && n > r.Max {
		return end, false
	}
	if end < len(s) && (s[end] == '*' || joins(s[end])) {
		return end, false // masked already, or a longer token in another alphabet
	}
	return end, r.randomEnough(s[i:end])
}

// findJWT finds JSON web tokens: base64url header and payload, each a JSON object (so each
// starts "eyJ"), and a signature, joined by dots. All of it is masked but the "eyJ".
func findJWT(r *Rule, s string) []hit {
	var out []hit
	eachIndex(s, "eyJ", func(i int) int {
		if i > 0 && wordish(s[i-1]) {
			return i + 3
		}
		h := Base64URL.span(s, i)
		skip := i + max(h, 3) // an "eyJ" inside this run follows a letter: no token starts there
		if h < r.Min || i+h+1 >= len(s) || s[i+h] != '.' || !strings.HasPrefix(s[i+h+1:], "eyJ") {
			return skip
		}
		p := Base64URL.span(s, i+h+1)
		end := i + h + 1 + p
		if p < r.Min {
			return skip
		}
		if end < len(s) && s[end] == '.' {
			end += 1 + Base64URL.span(s, end+1)
		}
		out = append(out, hit{from: i, start: i + 3, end: end, preview: "eyJ…"})
		return end
	})
	return out
}

// maxPEM bounds how far a PEM block's END line is looked for: an 8192-bit RSA key is 6.5 KB.
const maxPEM = 64 << 10

// findPEM finds PEM private key blocks, as written and as escaped in JSON ("\n"): the
// BEGIN and END lines stay, what lies between is masked. A block cut off before its END line
// is masked to the end of its base64.
func findPEM(r *Rule, s string) []hit {
	var out []hit
	endLine := -1 // the next "-----END " at or after at, found once for many BEGIN lines
	for at := 0; ; {
		i := strings.Index(s[at:], "-----BEGIN ")
		if i < 0 {
			break
		}
		i += at
		at = i + 11
		j := strings.Index(s[at:], "-----")
		if j < 0 || j > 40 || !strings.HasSuffix(s[at:at+j], "PRIVATE KEY") {
			continue
		}
		start := at + j + 5
		end := start
		if endLine < start {
			endLine = len(s)
			if k := strings.Index(s[start:], "-----END "); k >= 0 {
				endLine = start + k
			}
		}
		if endLine < len(s) && endLine-start <= maxPEM {
			end = endLine
		} else {
			for end < len(s) && (Base64.has(s[end]) || s[end] == '\n' || s[end] == '\r' || s[end] == '\\' || s[end] == ' ') {
				end++
			}
		}
		out = append(out, hit{from: i, start: start, end: end, preview: s[i+5:at+j] + " …"})
		at = end
	}
	return out
}

// findIDSecret finds keys made of a hex id, a dot and a secret (Zhipu: 32 hex, ".", 16
// letters and digits). All of it is masked: the id names the account.
func findIDSecret(r *Rule, s string) []hit {
	var out []hit
	for at := 0; ; {
		d := strings.IndexByte(s[at:], '.')
		if d < 0 {
			break
		}
		d += at
		at = d + 1
		id := 0
		for id < r.Min && d-id-1 >= 0 && Hex.has(s[d-id-1]) {
			id++
		}
		i := d - id
		if id < r.Min || i > 0 && wordish(s[i-1]) {
			continue
		}
		n := Alnum.span(s, d+1)
		if n != r.Max || d+1+n < len(s) && wordish(s[d+1+n]) || !r.randomEnough(s[d+1:d+1+n]) {
			continue
		}
		out = append(out, hit{from: i, start: i, end: d + 1 + n, preview: s[i:i+4] + "…"})
		at = d + 1 + n
	}
	return out
}

// findNear finds a token of exactly the rule's shape within Window bytes after one of its
// prefixes: an AWS secret access key printed beside its key id, with no name before it.
func findNear(r *Rule, s string) []hit {
	var out []hit
	for _, p := range r.Prefixes {
		eachIndex(s, p, func(i int) int {
			at := i + len(p)
			limit := min(len(s), at+r.Window)
			for j := at; j < limit; {
				if !r.Charset.has(s[j]) || j > 0 && wordish(s[j-1]) {
					j++
					continue
				}
				n := r.Charset.span(s, j)
				if n >= r.Min && (r.Max == 0 || n <= r.Max) && r.randomEnough(s[j:j+n]) && hasUpperLower(s[j:j+n]) {
					out = append(out, hit{from: j, start: j, end: j + n, preview: s[j:j+4] + "…"})
				}
				j += n
			}
			return at
		})
	}
	return out
}

func hasUpperLower(s string) bool {
	var up, low bool
	for i := 0; i < len(s); i++ {
		up = up || 'A' <= s[i] && s[i] <= 'Z'
		low = low || 'a' <= s[i] && s[i] <= 'z'
	}
	return up && low
}
