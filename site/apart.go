package site

import (
	"slices"
	"strconv"

	"github.com/errlens/errlens/decoder"
)

// apartShown is how many of an entry's phrases its row lists; the rest are counted.
const apartShown = 4

// apartView says, for a row that shares its status and code with other rows of the same
// catalog, what tells it apart. Everything in it is read from the catalog, as the decoder
// uses it to pick an entry: the phrases it looks for in the text, the entry's error type
// when the other rows' types differ, and the SDK exception classes the entry names itself.
// A row with none of these is the one taken when no other row's cue is there. Nothing is
// written by hand per row.
type apartView struct {
	Key      string   // what the rows share: "429 RESOURCE_EXHAUSTED"
	Others   int      // how many other rows share it
	Type     string   // the entry's type, when some other row's differs
	Classes  []string // the exception classes the entry names (its own, not the SDK's defaults)
	Phrases  []string // up to apartShown of the entry's phrases
	More     int      // how many phrases are not listed
	Fallback bool     // no cue of its own
}

type apartKey struct {
	status int
	code   string
}

// apartOf returns the apartView of each of p's entries that shares its status and code with
// another entry, by entry id.
func apartOf(p *decoder.Provider) map[string]*apartView {
	groups := map[apartKey][]*decoder.Entry{}
	for i := range p.Errors {
		e := &p.Errors[i]
		k := apartKey{e.Status, e.Code}
		groups[k] = append(groups[k], e)
	}
	out := map[string]*apartView{}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		for _, e := range g {
			out[e.ID] = apart(e, g)
		}
	}
	return out
}

func apart(e *decoder.Entry, group []*decoder.Entry) *apartView {
	v := &apartView{Key: sharedKey(e), Others: len(group) - 1}
	if len(e.Phrases) > 0 {
		v.Phrases = e.Phrases
	}
	for _, o := range group {
		if o != e && o.Type != e.Type && e.Type != "" {
			v.Type = e.Type
		}
	}
	for _, c := range e.Class {
		if c != "" && !slices.Contains(v.Classes, c) {
			v.Classes = append(v.Classes, c)
		}
	}
	slices.Sort(v.Classes)
	if len(v.Phrases) > apartShown {
		v.Phrases, v.More = v.Phrases[:apartShown], len(v.Phrases)-apartShown
	}
	v.Fallback = v.Type == "" && len(v.Classes) == 0 && len(v.Phrases) == 0
	return v
}

// sharedKey names what rows share as the table shows it: status and code, or what is
// missing.
func sharedKey(e *decoder.Entry) string {
	s := "no status"
	if e.Status != 0 {
		s = strconv.Itoa(e.Status)
	}
	if e.Code == "" {
		return s + ", no code"
	}
	return s + " " + e.Code
}
