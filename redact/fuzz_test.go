package redact

import (
	"strings"
	"testing"
)

// FuzzText: any input, however broken, gets an answer: items in order, apart, inside the
// input, each one's bytes replaced by Mask and everything else kept as it was.
func FuzzText(f *testing.F) {
	for _, r := range rules {
		for _, ex := range append(append([]string{}, r.Masked...), r.Kept...) {
			f.Add(strings.NewReplacer("⟦", "", "⟧", "").Replace(ex))
		}
	}
	f.Add("password=\"\\\"unterminated")
	f.Add("-----BEGIN PRIVATE KEY-----")
	f.Add("a@b.cd @ :// x://@ --x --")
	f.Fuzz(func(t *testing.T, s string) {
		out, items := Text(s)
		var b strings.Builder
		last := 0
		for _, it := range items {
			if it.Start < last || it.End <= it.Start || it.End > len(s) {
				t.Fatalf("item %+v out of order or bounds (last %d, len %d)", it, last, len(s))
			}
			b.WriteString(s[last:it.Start])
			b.WriteString(Mask)
			last = it.End
		}
		b.WriteString(s[last:])
		if b.String() != out {
			t.Fatalf("output is not the input with the items masked:\n%q\n%q", out, b.String())
		}
	})
}
