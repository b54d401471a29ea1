// Command fallback learns the decoder's fallback table, decoder/fallback.txt: which
// words of a paste lean to which category, for the pastes no catalog entry, general layer or
// exception class places (fallback.go in the decoder reads it). It reads only the tune split
// (decoder/testdata/corpus/dev.jsonl and tune.jsonl), never eval.jsonl, and writes the table
// with a header saying how it was built and what cross-validation on tune measured:
//
//	go run ./scripts/fallback
//
// TestCommittedTableIsCurrent fails when the committed table is not what this writes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/errlens/errlens/internal/corpus"
)

// tuneFiles are the only corpus files the table is learned from: the tune split.
var tuneFiles = []string{"dev.jsonl", "tune.jsonl"}

func main() {
	dir := flag.String("dir", "decoder/testdata/corpus", "the corpus directory")
	out := flag.String("o", "decoder/fallback.txt", "the table to write")
	cv := flag.Bool("cv", false, "print the decoder's cross-validation on tune (decodecv.go) instead of writing the table")
	flag.Parse()
	if *cv {
		if err := crossValidateDecoder(os.Stdout, *dir); err != nil {
			fmt.Fprintln(os.Stderr, "fallback:", err)
			os.Exit(1)
		}
		return
	}
	table, err := buildFrom(*dir)
	if err == nil {
		err = os.WriteFile(*out, table, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fallback:", err)
		os.Exit(1)
	}
}

// buildFrom reads the tune split from dir and returns the table's text.
func buildFrom(dir string) ([]byte, error) {
	cases, err := loadTune(dir)
	if err != nil {
		return nil, err
	}
	return build(append(pastesOf(cases), catalogPastes()...)), nil
}

// loadTune reads the tune split's files from dir, and no other.
func loadTune(dir string) ([]corpus.Case, error) {
	var cases []corpus.Case
	for _, name := range tuneFiles {
		cs, err := corpus.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		cases = append(cases, cs...)
	}
	return cases, nil
}
