package decoder

import (
	"runtime"
	"strings"
	"testing"
)

// Hostile shapes, each a unit repeated to fill any size: what a crafted paste would use to
// make a parser go quadratic (re-scanning from every brace, every quote, every frame).
var linearShapes = map[string]string{
	"open brackets":        "[",
	"open braces":          "{",
	"nested objects":       `{"a":`,
	"dict repr nesting":    `{'a': {'b': `,
	"unterminated string":  `{"a": "{x`,
	"escaped JSON, no end": `{\"a\":{\"b\":`,
	"escaped newlines":     `{\n\"a\":\n`,
	"backslashes":          `\\\\\"`,
	"bytes literal":        `b'{\n`,
	"traceback frames":     "  File \"a.py\", line 1, in f\n",
	"exception lines":      "openai.RateLimitError: Error code: 429 - {",
	"status lines":         "HTTP/1.1 429 Too Many Requests\n",
	"header lines":         "retry-after: 3\nx-api-key: k\n",
	"sse frames":           "event: error\ndata: {\"error\":\n",
	"catalog words":        "rate_limit_exceeded insufficient_quota overloaded_error ",
	"html tags":            "<title>502 <html><body>",
	"small objects":        `{"error":{"code":"x"}}`,
	"numbers":              "429 500 503 529 ",
	"js printout":          "{ [Error: x] code: 429, ",
	"quotes":               `"'"'`,
}

// sized repeats unit to n bytes.
func sized(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// TestParserWorkIsLinear: the tolerant object parser charges every step to a budget of
// stepsPerByte per input byte. Its spend per byte must stay the same at every size, so
// time is linear in the input whatever its shape (a count of steps, not a stopwatch).
func TestParserWorkIsLinear(t *testing.T) {
	for name, unit := range linearShapes {
		var perByte []float64
		for _, n := range []int{16 << 10, 128 << 10, 1 << 20} {
			in := sized(unit, n)
			budget := len(in)*stepsPerByte + 1<<16
			start := budget
			readBodies(parseObjects(in, &budget, maxObjects), &budget, &load().eng.wants)
			spent := start - budget
			// The budget may be overrun by at most one region's unescaping (its length).
			if spent > start+len(in) {
				t.Errorf("%s at %d bytes: spent %d steps of %d", name, n, spent, start)
			}
			perByte = append(perByte, float64(spent)/float64(n))
		}
		if perByte[2] > 2*perByte[0]+1 {
			t.Errorf("%s: steps per byte grow with size: %.2f at 16 KB, %.2f at 1 MB", name, perByte[0], perByte[2])
		}
	}
}

// TestDecodeAllocationIsLinear: a whole Decode allocates in proportion to its input for
// every hostile shape. The stages without a step budget (status, header, exception and
// literal scans) would show quadratic work as quadratic allocation per byte. Measured in
// bytes allocated (runtime.MemStats.TotalAlloc), never wall-clock time.
func TestDecodeAllocationIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates a few hundred MB in total")
	}
	d := New()
	allocs := func(in string) uint64 {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		d.Decode(in)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	for name, unit := range linearShapes {
		small, large := 64<<10, 1<<20 // 16x; both within DefaultMaxInput, so nothing is cut
		a, b := allocs(sized(unit, small)), allocs(sized(unit, large))
		perSmall, perLarge := float64(a)/float64(small), float64(b)/float64(large)
		t.Logf("%-22s %6.1f B/byte at 64 KB, %6.1f B/byte at 1 MB", name, perSmall, perLarge)
		// Fixed costs make the small input's per-byte figure the larger one; a quadratic
		// stage would make the 1 MB figure about 16 times the 64 KB one.
		if perLarge > 2*perSmall+8 {
			t.Errorf("%s: %.1f bytes allocated per input byte at 1 MB, %.1f at 64 KB", name, perLarge, perSmall)
		}
		// The worst shape today is a megabyte of "{" at about 80 bytes per byte (a node per
		// brace); this bound is a ceiling on the constant, so the 1 MiB cap bounds memory.
		if perLarge > 96 {
			t.Errorf("%s: %.1f bytes allocated per input byte", name, perLarge)
		}
	}
}
