package decoder

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// A 400-byte JSON error body, a 3 KB Python traceback and a 1 MB log ending in an error:
// the three sizes people paste. Each benchmark sets bytes so -bench reports MB/s.
// The inputs live in testdata/bench so the in-browser benchmark (scripts/bench.mjs) times
// the WebAssembly build on exactly the same bytes.
var (
	benchJSON      = readBench("json-400B.txt")
	benchTraceback = readBench("traceback-3KB.txt")
	benchLog       = readBench("log-1MB.txt")
)

func readBench(name string) string {
	b, err := os.ReadFile(filepath.Join("testdata", "bench", name))
	if err != nil {
		panic(err)
	}
	return string(b)
}

func benchDecode(b *testing.B, in string) {
	// Load the catalog outside the timer, and outside Decode: an instruction count of Decode
	// (scripts/bench-instructions.sh) takes in this first call too.
	_ = CatalogError()
	Decode(in)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Decode(in)
	}
}

func BenchmarkDecode(b *testing.B) {
	b.Run("json-400B", func(b *testing.B) { benchDecode(b, benchJSON) })
	b.Run("traceback-3KB", func(b *testing.B) { benchDecode(b, benchTraceback) })
	b.Run("log-1MB", func(b *testing.B) { benchDecode(b, benchLog) })
}

// BenchmarkJSONUnmarshal is the yardstick for the 400-byte case: reading the same body
// into `any` with encoding/json.
func BenchmarkJSONUnmarshal(b *testing.B) {
	b.SetBytes(int64(len(benchJSON)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal([]byte(benchJSON), &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogLoad measures the one-time cost, at first use, of reading the compiled
// catalog (catalog.bin) and building the automaton.
func BenchmarkCatalogLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := decodeSnapshot(compiledCatalog); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeGrowth decodes the head of the 1 MB log at growing sizes, each ending in the
// same error line, to show that time grows linearly with the input.
func BenchmarkDecodeGrowth(b *testing.B) {
	const tail = "2024-05-01T10:00:01Z ERROR anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}\n"
	for _, size := range []int{1 << 10, 10 << 10, 100 << 10, 1 << 20} {
		in := benchLog[:min(size, len(benchLog))-len(tail)] + tail
		b.Run(sizeText(size), func(b *testing.B) { benchDecode(b, in) })
	}
}
