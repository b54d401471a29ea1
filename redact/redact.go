package redact

import "strings"

// Mask is what every masked value becomes.
const Mask = "****"

// Item is one masked value.
type Item struct {
	Rule    string `json:"rule"`    // the rule's id, such as "github-pat"
	Kind    string `json:"kind"`    // what it is, in words for the user: "AWS secret key"
	Preview string `json:"preview"` // what the user may see of it: "sk-proj-…", "DB_PASSWORD=…"
	// Start and End bound the bytes of the input that became Mask; a kept prefix lies
	// just before Start.
	Start int `json:"start"`
	End   int `json:"end"`
}

// Text returns s with every secret and email address it holds masked, and what was masked,
// in the order it appears in s.
func Text(s string) (string, []Item) {
	found := scan(s)
	if len(found) == 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	items := make([]Item, 0, len(found))
	last := 0
	for _, f := range found {
		b.WriteString(s[last:f.start])
		b.WriteString(Mask)
		last = f.end
		items = append(items, Item{Rule: f.rule.ID, Kind: f.rule.Kind, Preview: f.preview, Start: f.start, End: f.end})
	}
	b.WriteString(s[last:])
	return b.String(), items
}

// hit is one value a matcher found: s[from:end] is the whole secret as written, s[start:end]
// the part that is masked (from < start when a prefix is kept).
type hit struct {
	from, start, end int
	preview          string
	rule             *Rule
}

// scan runs every rule over s and keeps, of hits that overlap, the one of the rule that
// comes first in the table: a known format beats a value found by its place, which beats
// one found by its shape. The hits come back in input order.
func scan(s string) []hit {
	var kept []hit // sorted by from, none overlapping
	d := &doc{s: s}
	for i := range rules {
		r := &rules[i]
		for _, h := range r.find(d) {
			h.rule = r
			at := firstEndingAfter(kept, h.from)
			if at < len(kept) && kept[at].from < h.end {
				continue // overlaps a hit of an earlier rule
			}
			kept = append(kept, hit{})
			copy(kept[at+1:], kept[at:])
			kept[at] = h
		}
	}
	// A hit may keep a prefix and mask nothing when the rule's value was empty; drop those.
	out := kept[:0]
	for _, h := range kept {
		if h.start < h.end {
			out = append(out, h)
		}
	}
	return out
}

// firstEndingAfter returns the index of the first hit in kept (sorted, disjoint) that ends
// after pos: a binary search, so a paste with thousands of hits stays linear enough.
func firstEndingAfter(kept []hit, pos int) int {
	lo, hi := 0, len(kept)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if kept[m].end > pos {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}
