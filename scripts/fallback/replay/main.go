// Command replay measures the learned fallback on pastes the rules had not seen: the tune
// split grew in waves, each followed by rules written from its misses, so the decoder as it
// was just before a wave landed is a decoder that never saw that wave's pastes. For each
// base commit below, it takes the tune pastes of today's corpus (today's labels) that the
// base's tune split lacks and the next base's has, decodes them with the base's rules
// (replay.sh: a worktree of the base, main.go.txt), reads their words with a table learned
// from the base's own tune split and catalog, with and without the status word, and prints
// what the rules got right, what the table would add where the rules placed nothing, and
// what overruling general wording would have changed at each margin. Only tune pastes are
// read (dev.jsonl and tune.jsonl, at each commit and today), never eval.jsonl.
//
//	go run ./scripts/fallback/replay      (make fallback-replay; a few minutes)
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// bases are main's commits just before each wave of tune pastes landed (2026-12-07): the
// waves k-m, n-o, p-q, r-s, the none-w/-tt/-v/-x/-u rows and the -y/-z rows.
var bases = []string{"0aa0c99", "aec6b72", "a72a3cc", "a54eade", "8bd2e61", "bec4b31"}

var tuneFiles = []string{"dev.jsonl", "tune.jsonl"}

func main() {
	dir, err := os.MkdirTemp("", "replay")
	check(err)
	defer os.RemoveAll(dir)
	today, err := tuneRows("")
	check(err)
	var all []replayed
	for i, base := range bases {
		next := "" // today's
		if i+1 < len(bases) {
			next = bases[i+1]
		}
		wave, err := waveOf(base, next, today)
		check(err)
		in, out := filepath.Join(dir, base+".in"), filepath.Join(dir, base+".out")
		check(os.WriteFile(in, wave, 0o644))
		cmd := exec.Command("sh", "scripts/fallback/replay/replay.sh", base, in, out)
		cmd.Stderr = os.Stderr
		check(cmd.Run())
		rows, err := readReplayed(out)
		check(err)
		fmt.Printf("wave after %s: %d tune pastes\n", base, len(rows))
		all = append(all, rows...)
	}
	report(os.Stdout, all)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "replay:", err)
		os.Exit(1)
	}
}

// tuneRows reads the tune split's rows at commit ("" for the work tree), by id: each row's
// JSON line.
func tuneRows(commit string) (map[string][]byte, error) {
	rows := map[string][]byte{}
	for _, name := range tuneFiles {
		path := "decoder/testdata/corpus/" + name
		var data []byte
		var err error
		if commit == "" {
			data, err = os.ReadFile(path)
		} else {
			data, err = exec.Command("git", "show", commit+":"+path).Output()
		}
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(bytesReader(data))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var row struct{ ID string }
			if len(sc.Bytes()) == 0 {
				continue
			}
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				return nil, err
			}
			rows[row.ID] = append([]byte(nil), sc.Bytes()...)
		}
	}
	return rows, nil
}

// waveOf is today's lines of the tune pastes next has (today when "") and base lacks, in id
// order.
func waveOf(base, next string, today map[string][]byte) ([]byte, error) {
	had, err := tuneRows(base)
	if err != nil {
		return nil, err
	}
	upTo := today
	if next != "" {
		if upTo, err = tuneRows(next); err != nil {
			return nil, err
		}
	}
	var out []byte
	for _, id := range sortedKeys(upTo) {
		if line, ok := today[id]; ok && had[id] == nil {
			out = append(append(out, line...), '\n')
		}
	}
	return out, nil
}
