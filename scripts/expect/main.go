// Command expect writes the browser tests' expectations: one real sample per provider from
// decoder/testdata/samples, with the answer the native Go decoder gives for it. The browser
// test pastes each into the page and checks the WebAssembly build answers the same.
//
//	go run ./scripts/expect > public-test/expect.json
package main

import (
	"bufio"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/errlens/errlens/decoder"
)

type sample struct {
	Input    string `json:"input"`
	Provider string `json:"provider"`
}

type expectation struct {
	Input      string `json:"input"`
	Provider   string `json:"provider"`
	Category   string `json:"category"`
	Retryable  bool   `json:"retryable"`
	HTTPStatus int    `json:"http_status"`
	Reference  string `json:"reference"`
}

func main() {
	var out []expectation
	for _, p := range decoder.Providers() {
		e, ok := first(filepath.Join("decoder", "testdata", "samples", p.Slug+".samples.jsonl"), p.Slug)
		if !ok {
			log.Fatalf("no sample in %s decodes to %s", p.Slug, p.Slug)
		}
		out = append(out, e)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		log.Fatal(err)
	}
}

// first returns the first sample in file, labelled slug, that the decoder places at slug.
func first(file, slug string) (expectation, bool) {
	f, err := os.Open(file)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var s sample
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			log.Fatal(file, ": ", err)
		}
		r := decoder.Decode(s.Input)
		if s.Provider != slug || r.Provider != slug || strings.TrimSpace(s.Input) == "" {
			continue
		}
		return expectation{s.Input, r.Provider, string(r.Category), r.Retryable, r.HTTPStatus, r.Reference}, true
	}
	return expectation{}, false
}
