package main

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/errlens/errlens/decoder"
)

// The human answer: one labelled line per fact, wrapped at width columns, the verdict
// first among equals. Colour (ANSI SGR) only when asked.

const (
	width      = 80
	labelWidth = 10
)

const (
	sgrReset  = "\x1b[0m"
	sgrDim    = "\x1b[2m"
	sgrBold   = "\x1b[1m"
	sgrGreen  = "\x1b[1;32m"
	sgrRed    = "\x1b[1;31m"
	sgrYellow = "\x1b[33m"
)

type printer struct {
	b     strings.Builder
	color bool
}

func (p *printer) paint(sgr, s string) string {
	if !p.color || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

// field writes "label     text", the text wrapped under itself. style colours the first
// line's text only.
func (p *printer) field(label, text, style string) {
	if text == "" {
		return
	}
	lines := wrap(text, width-labelWidth-1)
	for i, l := range lines {
		lab := ""
		if i == 0 {
			lab = label
		}
		pad := strings.Repeat(" ", labelWidth+1-len(lab))
		if i == 0 && style != "" {
			l = p.paint(style, l)
		}
		p.b.WriteString(p.paint(sgrDim, lab) + pad + l + "\n")
	}
}

// list writes a bulleted list under a label.
func (p *printer) list(label string, items []string) {
	for i, it := range items {
		lab := ""
		if i == 0 {
			lab = label
		}
		lines := wrap(it, width-labelWidth-3)
		for j, l := range lines {
			bullet := "- "
			if j > 0 {
				bullet = "  "
			}
			pad := strings.Repeat(" ", labelWidth+1-len(lab))
			p.b.WriteString(p.paint(sgrDim, lab) + pad + bullet + l + "\n")
			lab = ""
		}
	}
}

func writeHuman(w io.Writer, r decoder.Result, color bool) error {
	p := &printer{color: color}
	verdict, style := verdictText(r)
	p.field("verdict", verdict, style)
	if r.OtherErrors > 0 {
		p.field("note", "This paste holds "+plural(r.OtherErrors, "other error")+"; showing the last.", "")
	}

	prov := "unknown"
	if r.Provider != "" {
		prov = r.ProviderName + " [" + r.Provider + "]"
		if r.ProviderName == "" {
			prov = r.Provider
		}
	}
	if r.Upstream != "" {
		prov += ", relaying " + r.Upstream
	}
	if r.Wrapper != "" {
		prov += ", re-printed by " + r.Wrapper
	}
	p.field("provider", prov, sgrBold)

	status := "not in the input"
	if r.HTTPStatus != 0 {
		status = strconv.Itoa(r.HTTPStatus)
	}
	p.field("status", status, "")
	code := r.Code
	if code == "" {
		code = "none"
	}
	if r.Type != "" && r.Type != r.Code {
		code += " (type " + r.Type + ")"
	}
	p.field("code", code, "")
	p.field("error", r.Title, "")
	if printable(r.Message) {
		p.field("message", clip(r.Message, 300), "")
	}
	p.field("category", string(r.Category), sgrYellow)
	p.field("how sure", sureText(r), "")
	p.list("also fits", alternativeLines(r.Alternatives))
	if r.ContextLimit > 0 {
		p.field("context", strconv.Itoa(r.ContextUsed)+" tokens requested, limit "+strconv.Itoa(r.ContextLimit), "")
	}
	p.field("limit", limitLine(r), "")
	p.field("fix", r.Fix, "")
	p.field("sdk", r.SDKBehavior, "")
	p.list("each sdk", sdkWaitLines(r))
	p.list("attempts", attemptLines(r))
	p.field("exception", joinMap(r.Exceptions, ": "), "")
	p.field("details", joinMap(r.Details, "="), "")
	p.field("source", r.Source, "")
	p.list("evidence", r.Evidence)
	_, err := io.WriteString(w, p.b.String())
	return err
}

// verdictText is the verdict word and the decoder's sentence that says when, with its
// colour: green to retry, red not to, none when the paste is too thin to judge.
func verdictText(r decoder.Result) (string, string) {
	switch {
	case r.Thin:
		return "NOT SURE: " + r.Verdict, ""
	case r.Retryable:
		return "RETRY: " + r.Verdict, sgrGreen
	}
	return "DON'T RETRY: " + r.Verdict, sgrRed
}

// sureText says in words how sure the answer is.
func sureText(r decoder.Result) string {
	switch r.Confidence {
	case decoder.Documented:
		name := r.ProviderName
		if name == "" {
			name = "the provider"
		}
		return "documented in " + name + "'s reference"
	case decoder.Inferred:
		return "inferred from general knowledge"
	case decoder.Guess:
		return "a guess"
	}
	return ""
}

// alternativeLines are the other readings that came close, each with why:
// "Groq — rate_limit, retry: Groq words its ... the same way".
func alternativeLines(alts []decoder.Alternative) []string {
	out := make([]string, len(alts))
	for i, a := range alts {
		name := a.ProviderName
		if name == "" {
			name = a.Provider
		}
		if name != "" {
			name += " — "
		}
		verdict := "don't retry"
		if a.Retryable {
			verdict = "retry"
		}
		out[i] = name + string(a.Category) + ", " + verdict + ": " + a.Evidence
	}
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

func joinMap(m map[string]string, sep string) string {
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + sep + m[k]
	}
	return strings.Join(parts, "; ")
}

// printable reports whether s is text worth showing: no control characters (a binary
// paste's "message" is its first bytes) and no replacement characters.
func printable(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return false
		}
	}
	return true
}

// clip shortens s to n runes, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "..."
}

// wrap breaks text into lines of at most n columns at spaces; a longer word keeps a line
// of its own. Runs of white space, newlines included, become one space.
func wrap(text string, n int) []string {
	var lines []string
	var cur strings.Builder
	curLen := 0
	for _, word := range strings.Fields(text) {
		wl := utf8.RuneCountInString(word)
		if curLen > 0 && curLen+1+wl > n {
			lines = append(lines, cur.String())
			cur.Reset()
			curLen = 0
		}
		if curLen > 0 {
			cur.WriteByte(' ')
			curLen++
		}
		cur.WriteString(word)
		curLen += wl
	}
	if curLen > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
