// Command fuzzrun runs Go fuzz targets and fails only on a real finding.
//
//	go run ./scripts/fuzzrun ./decoder:FuzzDecode:20000x ./retry:FuzzClassify:5000x
//	go run ./scripts/fuzzrun -fuzztime 3m ./decoder:FuzzDecode ...
//
// Each argument is package:Target[:budget]; -fuzztime, when set, replaces every budget.
// Budgets should be execution counts ("20000x"): a count has no wall-clock deadline, so the
// race in Go's fuzzing coordinator (golang/go#75804, fixed in Go 1.27) that turns a clean
// stop at a -fuzztime deadline into "context deadline exceeded" cannot happen. Long runs by
// time (make fuzz-long) can still hit it, so a run is judged from what it printed:
//
//   - a failing input written to testdata/fuzz, a panic, a fatal error or any other test
//     failure is a finding: the run fails at once, and the input stays in testdata/fuzz,
//     where every later `go test` replays it;
//   - a bare "context deadline exceeded" with none of those is the coordinator's race: the
//     target is run once more, and a second bare deadline is reported, not failed.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

// target is one fuzz target and its budget (the value of -fuzztime).
type target struct {
	pkg, name, budget string
}

func parseTarget(arg, override string) (target, error) {
	parts := strings.Split(arg, ":")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || !strings.HasPrefix(parts[1], "Fuzz") {
		return target{}, fmt.Errorf("fuzzrun: %q is not package:FuzzTarget[:budget]", arg)
	}
	t := target{pkg: parts[0], name: parts[1], budget: "10000x"}
	if len(parts) == 3 && parts[2] != "" {
		t.budget = parts[2]
	}
	if override != "" {
		t.budget = override
	}
	return t, nil
}

// runner runs one go test invocation and returns what it printed and its error.
type runner func(args []string) (output string, err error)

func goTest(stdout io.Writer) runner {
	return func(args []string) (string, error) {
		var buf strings.Builder
		cmd := exec.Command("go", args...)
		cmd.Stdout = io.MultiWriter(stdout, &buf)
		cmd.Stderr = cmd.Stdout
		err := cmd.Run()
		return buf.String(), err
	}
}

// fuzzTarget runs t, retrying once after a bare deadline. It returns nil when the target
// passed or only hit the coordinator's race, and an error for a finding.
func fuzzTarget(t target, run runner, log io.Writer) error {
	args := []string{"test", t.pkg, "-run", "^$", "-fuzz", "^" + t.name + "$", "-fuzztime", t.budget}
	for try := 1; ; try++ {
		fmt.Fprintf(log, "fuzzrun: %s %s for %s (try %d)\n", t.pkg, t.name, t.budget, try)
		out, err := run(args)
		switch outcome := judge(out, err); outcome {
		case passed:
			return nil
		case bareDeadline:
			if try == 1 {
				fmt.Fprintf(log, "fuzzrun: %s: bare \"context deadline exceeded\", no failing input: Go's coordinator race (golang/go#75804); running it once more\n", t.name)
				continue
			}
			fmt.Fprintf(log, "fuzzrun: %s: bare deadline again, still no failing input or panic: not a finding (golang/go#75804)\n", t.name)
			return nil
		default:
			return fmt.Errorf("fuzzrun: %s in %s: %s", t.name, t.pkg, outcome)
		}
	}
}

func main() {
	fuzztime := flag.String("fuzztime", "", "replace every target's budget (e.g. 3m or 100000x)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: fuzzrun [-fuzztime D] package:FuzzTarget[:budget] ...")
		os.Exit(2)
	}
	var failed []error
	for _, arg := range flag.Args() {
		t, err := parseTarget(arg, *fuzztime)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := fuzzTarget(t, goTest(os.Stdout), os.Stdout); err != nil {
			failed = append(failed, err)
		}
	}
	if err := errors.Join(failed...); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
