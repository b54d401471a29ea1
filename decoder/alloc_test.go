package decoder

import "testing"

// TestDecodeAllocations holds the per-decode allocations down: a decode reuses each stage's
// pooled buffers and allocates mostly what its Result keeps. It decodes with a fixed clock:
// the wall clock's time of day changes the count (39 to 42 for the 400-byte body, as the
// times the answer writes need more or fewer strings), which made the test fail about one
// run in two at some minutes. The bounds are generous (about twice the 40, 27 and 43 of
// 2026-12-07): they catch a return to allocating per value or per line (121, 151 and 26675
// before the scratch), not small changes.
func TestDecodeAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes a megabyte a hundred times")
	}
	d := New(fixedClock)
	for _, tc := range []struct {
		name string
		in   string
		max  float64
	}{
		{"json-400B", benchJSON, 80},
		{"traceback-3KB", benchTraceback, 54},
		{"log-1MB", benchLog, 86},
	} {
		got := testing.AllocsPerRun(20, func() { d.Decode(tc.in) })
		if got > tc.max {
			t.Errorf("%s: %.0f allocations per decode, want at most %.0f", tc.name, got, tc.max)
		}
	}
}
