package corpus

import (
	"encoding/json"
	"strings"

	"github.com/errlens/errlens/decoder"
)

// A Rewrite is one of the ways people paste the same error: the answer must not change.
type Rewrite struct {
	Name  string
	Apply func(string) string
}

// Rewrites are the seven forms issue 13 names.
var Rewrites = []Rewrite{
	{"crlf", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"compose prefix", func(s string) string { return prefixLines(s, "api-1  | ") }},
	{"json log field", func(s string) string {
		b, _ := json.Marshal(map[string]string{"level": "error", "ts": "2026-03-02T10:04:05.123Z", "msg": s})
		return string(b)
	}},
	{"markdown fence", func(s string) string { return "```\n" + s + "\n```" }},
	{"indented", func(s string) string { return prefixLines(s, "    ") }},
	{"info lines around", func(s string) string {
		return "2026-03-02 10:04:05,120 INFO app: sending request\n" + s + "\n2026-03-02 10:04:06,001 INFO app: request finished"
	}},
	{"access log after", func(s string) string {
		return s + "\nINFO:     127.0.0.1:53422 - \"POST /v1/ask HTTP/1.1\" 500 Internal Server Error"
	}},
}

func prefixLines(s, p string) string {
	return p + strings.ReplaceAll(s, "\n", "\n"+p)
}

// RewriteScore counts, per rewrite, the cases whose answer (provider, status, category,
// verdict) stayed what the paste itself gets.
type RewriteScore struct {
	Names []string
	Kept  map[string]*Tally
	// Changed lists, per rewrite, the ids that changed (for the tune split's report).
	Changed map[string][]string
}

// EvaluateRewrites decodes each case and its rewrites with d, on the case's clock.
func EvaluateRewrites(cases []Case, d *decoder.Decoder) *RewriteScore {
	rs := &RewriteScore{Kept: map[string]*Tally{}, Changed: map[string][]string{}}
	for _, rw := range Rewrites {
		rs.Names = append(rs.Names, rw.Name)
		rs.Kept[rw.Name] = &Tally{}
	}
	for _, c := range cases {
		d := decoderFor(d, c)
		want := answer(d.Decode(c.Input))
		for _, rw := range Rewrites {
			ok := answer(d.Decode(rw.Apply(c.Input))) == want
			rs.Kept[rw.Name].add(ok)
			if !ok {
				rs.Changed[rw.Name] = append(rs.Changed[rw.Name], c.ID)
			}
		}
	}
	return rs
}

// All is the share of every rewrite of every case that kept its answer.
func (rs *RewriteScore) All() Tally {
	var t Tally
	for _, k := range rs.Kept {
		t.Right += k.Right
		t.Of += k.Of
	}
	return t
}

type answerKey struct {
	provider string
	status   int
	category decoder.Category
	retry    bool
}

func answer(r decoder.Result) answerKey {
	return answerKey{r.Provider, r.HTTPStatus, r.Category, r.Retryable}
}
