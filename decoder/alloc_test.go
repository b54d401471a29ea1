package decoder

import "testing"

// TestDecodeAllocations holds the per-decode allocations down: a decode reuses a pooled
// scratch and allocates mostly what its Result keeps. The bounds are generous (about twice
// today's 16, 19 and 18): they catch a return to allocating per value or per line (121,
// 151 and 26675 before the scratch), not small changes.
func TestDecodeAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes a megabyte a hundred times")
	}
	for _, tc := range []struct {
		name string
		in   string
		max  float64
	}{
		{"json-400B", benchJSON, 40},
		{"traceback-3KB", benchTraceback, 48},
		{"log-1MB", benchLog, 48},
	} {
		got := testing.AllocsPerRun(20, func() { Decode(tc.in) })
		if got > tc.max {
			t.Errorf("%s: %.0f allocations per decode, want at most %.0f", tc.name, got, tc.max)
		}
	}
}
