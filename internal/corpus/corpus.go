// Package corpus reads errlens's labelled corpus of real error pastes and scores the
// decoder on it. The corpus lives in decoder/testdata/corpus: dev.jsonl (the first sample,
// which the decoder was built from) and tune.jsonl are the tune split, what rules are
// written from; eval.jsonl is measured and never mined. `make eval` prints both.
package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Case is one labelled paste, in the fields of shared/corpus/README.md plus form.
type Case struct {
	ID       string `json:"id"`
	Source   string `json:"source"`
	Form     string `json:"form,omitempty"`
	Input    string `json:"input"`
	Provider string `json:"provider"`
	// Wrapper is the tool or library that re-printed the error ("" for none); nil where the
	// row was not labelled for it, which then does not count.
	Wrapper           *string `json:"wrapper,omitempty"`
	ProviderInferable *bool   `json:"provider_inferable,omitempty"`
	HTTPStatus        *int    `json:"http_status"`
	ErrorCode         *string `json:"error_code"`
	Category          string  `json:"category"`
	Retryable         bool    `json:"retryable"`
	RetryAfterMS      *int64  `json:"retry_after_ms,omitempty"`
	Why               string  `json:"why"`
	// LimitWindow and ResetAt are labelled only where the paste carries them (timing.go).
	LimitWindow string `json:"limit_window,omitempty"`
	ResetAt     string `json:"reset_at,omitempty"`
	// DecodedAt is the instant (RFC 3339) the paste's relative waits count from when it has
	// no Date header; empty for the corpus-wide Clock (clock.go).
	DecodedAt string `json:"decoded_at,omitempty"`
}

// Inferable reports whether the text itself names the provider, so a decoder can be held
// to it.
func (c Case) Inferable() bool { return c.ProviderInferable == nil || *c.ProviderInferable }

// Status is the labelled status, 0 where the text gives no way to know it.
func (c Case) Status() int {
	if c.HTTPStatus == nil {
		return 0
	}
	return *c.HTTPStatus
}

// Code is the labelled code, "" where there is none.
func (c Case) Code() string {
	if c.ErrorCode == nil {
		return ""
	}
	return *c.ErrorCode
}

// The splits and the files each is read from, relative to the corpus directory.
var splitFiles = map[string][]string{
	"tune": {"dev.jsonl", "tune.jsonl"},
	"eval": {"eval.jsonl"},
}

// Splits lists the split names in the order reports print them.
func Splits() []string { return []string{"tune", "eval"} }

// Load reads one split from dir.
func Load(dir, split string) ([]Case, error) {
	files, ok := splitFiles[split]
	if !ok {
		return nil, fmt.Errorf("corpus: no split %q", split)
	}
	var out []Case
	for _, name := range files {
		cases, err := ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, cases...)
	}
	return out, nil
}

// ReadFile reads one JSON-lines file of cases.
func ReadFile(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		var c Case
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// SplitOf is where a new case from source goes: eval for a third of the threads, by a hash
// of the thread's URL, so every paste of one thread lands in the same split.
func SplitOf(source string) string {
	h := sha256.Sum256([]byte(source))
	if h[0]%3 == 0 {
		return "eval"
	}
	return "tune"
}
