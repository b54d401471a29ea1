package decoder

import (
	"encoding/json"
	"strings"
	"testing"
)

// A 400-byte JSON error body, a 3 KB Python traceback and a 1 MB log ending in an error:
// the three sizes people paste. Each benchmark sets bytes so -bench reports MB/s.
var (
	benchJSON      = padTo(`{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 28000, Requested 4000. Please try again in 4s. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`, 400)
	benchTraceback = func() string {
		var b strings.Builder
		b.WriteString("Traceback (most recent call last):\n")
		for b.Len() < 2800 {
			b.WriteString("  File \"/usr/lib/python3.12/site-packages/cerebras/cloud/sdk/_base_client.py\", line 1040, in request\n    raise self._make_status_error_from_response(err.response) from None\n")
		}
		b.WriteString("cerebras.cloud.sdk.RateLimitError: Error code: 429 - {'message': 'Requests per minute limit exceeded - too many requests sent.', 'type': 'too_many_requests_error', 'param': 'quota', 'code': 'request_quota_exceeded'}\n")
		return b.String()
	}()
	benchLog = func() string {
		var b strings.Builder
		for b.Len() < 1<<20-600 {
			b.WriteString("2024-05-01T10:00:00Z INFO worker=7 handled request id=8f2c status=200 in 123ms\n")
		}
		b.WriteString("2024-05-01T10:00:01Z ERROR anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}\n")
		return b.String()
	}()
)

func benchDecode(b *testing.B, in string) {
	Decode(in) // load the catalog outside the timer
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

// BenchmarkCatalogLoad measures the one-time cost of reading and compiling the catalog.
func BenchmarkCatalogLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadCatalog(catalogFS, "catalog")
	}
}

func padTo(s string, n int) string { return s + strings.Repeat(" ", max(0, n-len(s))) }
