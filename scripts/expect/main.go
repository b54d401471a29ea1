// Command expect writes the browser tests' expectations: one real sample per provider (from
// decoder/testdata/samples, else the corpus's tune split, else the site's examples), with
// the answer the native Go decoder gives for it. The browser
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
		e, ok := firstOf(p.Slug, samplesOf(p.Slug))
		if !ok {
			log.Fatalf("no sample, tune corpus line or example labelled %s decodes to %s", p.Slug, p.Slug)
		}
		out = append(out, e)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		log.Fatal(err)
	}
}

// samplesOf lists the real pastes labelled slug, in the order they are tried: the research
// samples, then the corpus's tune split (never eval), then the site's examples (for the APIs
// whose real pastes are rare).
func samplesOf(slug string) []sample {
	var all []sample
	for _, file := range []string{
		filepath.Join("decoder", "testdata", "samples", slug+".samples.jsonl"),
		filepath.Join("decoder", "testdata", "corpus", "dev.jsonl"),
		filepath.Join("decoder", "testdata", "corpus", "tune.jsonl"),
	} {
		all = append(all, readLines(file)...)
	}
	b, err := os.ReadFile(filepath.Join("content", "examples.json"))
	if err != nil {
		log.Fatal(err)
	}
	var ex []sample
	if err := json.Unmarshal(b, &ex); err != nil {
		log.Fatal("content/examples.json: ", err)
	}
	return append(all, ex...)
}

// readLines reads a JSON-lines file of samples; a missing file has none.
func readLines(file string) []sample {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []sample
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var s sample
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			log.Fatal(file, ": ", err)
		}
		out = append(out, s)
	}
	return out
}

// firstOf returns the first sample labelled slug that the decoder places at slug.
func firstOf(slug string, samples []sample) (expectation, bool) {
	for _, s := range samples {
		if s.Provider != slug || strings.TrimSpace(s.Input) == "" {
			continue
		}
		if r := decoder.Decode(s.Input); r.Provider == slug {
			return expectation{s.Input, r.Provider, string(r.Category), r.Retryable, r.HTTPStatus, r.Reference}, true
		}
	}
	return expectation{}, false
}
