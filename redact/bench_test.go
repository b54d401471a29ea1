package redact

import (
	"os"
	"strings"
	"testing"
)

// Pastes of 1 MB, ordinary and hostile (every matcher's trigger repeated on one line):
// `go test -bench . ./redact` shows each takes time in proportion to its length.
var benchInputs = map[string]string{
	"log-1MB":      "",
	"colons":       strings.Repeat("api_key:'", 110000),
	"urls":         strings.Repeat("a://", 250000),
	"jwt-starts":   strings.Repeat("eyJ", 330000),
	"pem-no-end":   strings.Repeat("-----BEGIN PRIVATE KEY-----\n", 37000),
	"cookies":      strings.Repeat("Cookie: a=b; ", 80000),
	"curl-users":   strings.Repeat(" -u a:b", 140000),
	"emails":       strings.Repeat("a.b@c.de ", 110000),
	"secret-words": strings.Repeat("key 8f3a9cQ2xV9mL4nR8tW1yB6cD3 ", 30000),
}

func BenchmarkText(b *testing.B) {
	if data, err := os.ReadFile("../decoder/testdata/bench/log-1MB.txt"); err == nil {
		benchInputs["log-1MB"] = string(data)
	}
	for name, in := range benchInputs {
		if in == "" {
			continue
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				Text(in)
			}
		})
	}
}
