package redact

import "strings"

// findShape finds long random-looking tokens right after one of the rule's words ("key
// 8f3a…", "Bearer 9c2e…"), with only fillers ("is", "provided") and punctuation between.
func findShape(r *Rule, s string) []hit {
	var out []hit
	for i := 0; i < len(s); {
		if !r.Charset.has(s[i]) || i > 0 && wordish(s[i-1]) {
			i++
			continue
		}
		n := r.Charset.span(s, i)
		end := i + n
		for end > i && (s[end-1] == '-' || s[end-1] == '_') {
			end--
		}
		t := s[i:end]
		if len(t) >= r.Min && (hasUpperLower(t) || Hex.span(t, 0) == len(t)) && !idLike(t) && r.randomEnough(t) && r.follows(s, i) {
			out = append(out, hit{from: i, start: i, end: end, preview: s[i:i+4] + "…"})
		}
		i += max(n, 1)
	}
	return out
}

// fillers may stand between a secret word and its token: "key provided is 8f3a…".
var fillers = []string{"is", "was", "provided", "given", "used", "value", "the", "a", "my", "of", "for", "with"}

// follows says whether the word before s[i] (skipping fillers) is one of the rule's words.
func (r *Rule) follows(s string, i int) bool {
	for k := 0; k < 3; k++ {
		j := i
		for j > 0 && i-j < 4 && !isAlnum(s[j-1]) {
			j--
		}
		e := j
		for j > 0 && isAlnum(s[j-1]) {
			j--
		}
		if j == e {
			return false
		}
		w := strings.ToLower(s[j:e])
		if contains(r.Words, w) {
			return true
		}
		if !contains(fillers, w) {
			return false
		}
		i = j
	}
	return false
}

// idPrefixes start identifiers the decoder keeps as evidence: request, message, completion
// and organisation ids. A token that starts with one is not a secret.
var idPrefixes = []string{"req_", "req-", "msg_", "chatcmpl-", "org-", "proj_", "resp_", "run_",
	"thread_", "asst_", "file-", "batch_", "call_", "toolu_", "gen-", "cmpl-", "evt_", "ch_", "cus_"}

func idLike(t string) bool {
	for _, p := range idPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	// a UUID: 8-4-4-4-12 hex, the shape of most request ids
	return len(t) == 36 && t[8] == '-' && t[13] == '-' && t[18] == '-' && t[23] == '-'
}

// findURLPassword finds user:password@host in URLs and masks the password; a long random
// user name with no password (a token used as the user) is masked whole.
func findURLPassword(r *Rule, s string) []hit {
	var out []hit
	for at := 0; ; {
		i := strings.Index(s[at:], "://")
		if i < 0 {
			break
		}
		i += at + 3
		at = i
		end, limit := i, min(len(s), i+maxValue)
		for end < limit && !endsValue(s[end]) && s[end] != '/' && s[end] != '?' && s[end] != '#' {
			end++
		}
		a := strings.LastIndexByte(s[i:end], '@')
		if a <= 0 {
			continue
		}
		a += i
		user, pass := s[i:a], ""
		if c := strings.IndexByte(user, ':'); c >= 0 {
			user, pass = user[:c], user[c+1:]
		}
		host := s[a+1 : end]
		switch {
		case pass != "" && !strings.Contains(pass, "***") && pass[0] != '$' && pass[0] != '<' && pass[0] != '{':
			out = append(out, hit{from: a - len(pass), start: a - len(pass), end: a, preview: user + ":…@" + host})
		case pass == "" && len(user) >= r.Min && r.randomEnough(user) && !strings.Contains(user, "***"):
			out = append(out, hit{from: i, start: i, end: a, preview: "…@" + host})
		}
		at = end
	}
	return out
}

// findCurlUser finds curl's -u/--user/--proxy-user user:password and masks the password.
func findCurlUser(r *Rule, s string) []hit {
	var out []hit
	for _, flag := range r.Prefixes {
		eachIndex(s, flag, func(i int) int {
			at := i + len(flag)
			if i > 0 && !isSpace(s[i-1]) {
				return at
			}
			p := pair{sep: ' '}
			if !readValue(s, at, lineEnd(s, at), &p) {
				return at
			}
			v := s[p.start:p.end]
			c := strings.IndexByte(v, ':')
			if c <= 0 || c == len(v)-1 || strings.Contains(v, "***") || v[c+1] == '$' {
				return at
			}
			out = append(out, hit{from: p.start + c + 1, start: p.start + c + 1, end: p.end, preview: v[:c] + ":…"})
			return at
		})
	}
	return out
}

// fileTypes end file names that look like addresses: icon@2x.png.
var fileTypes = []string{"png", "jpg", "jpeg", "gif", "svg", "webp", "js", "ts", "py", "json", "txt", "md", "go", "rs", "html", "css"}

// findEmail finds email addresses and masks the local part: the domain may be evidence
// (support@openai.com) and says little about a person. Role addresses in Allow stay.
func findEmail(r *Rule, s string) []hit {
	var out []hit
	for at := 0; ; {
		a := strings.IndexByte(s[at:], '@')
		if a < 0 {
			break
		}
		a += at
		at = a + 1
		i := a
		for i > 0 && (isAlnum(s[i-1]) || strings.IndexByte("._%+-", s[i-1]) >= 0) {
			i--
		}
		for i < a && !isAlnum(s[i]) {
			i++
		}
		e := a + 1
		dot := -1
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isAlnum(s[e+1])) {
			if s[e] == '.' {
				dot = e
			}
			e++
		}
		if i == a || dot < 0 || e-dot-1 < 2 || !isLetter(s[dot+1]) || !isLetter(s[e-1]) ||
			i > 0 && s[i-1] == '/' || contains(r.Allow, strings.ToLower(s[i:a])) ||
			contains(fileTypes, strings.ToLower(s[dot+1:e])) {
			continue
		}
		out = append(out, hit{from: i, start: i, end: a, preview: "…@" + s[a+1:e]})
		at = e
	}
	return out
}
