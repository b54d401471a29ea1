package main

import (
	"strings"
)

// outcome is what a go test -fuzz run's output says happened.
type outcome string

const (
	passed       outcome = "passed"
	bareDeadline outcome = "bare deadline"
	// The rest are findings, or failures of the run itself (a build error); all fail.
	crasher    outcome = "a failing input was written to testdata/fuzz"
	panicked   outcome = "the target panicked or the runtime failed"
	testFailed outcome = "the test failed"
)

// judge reads a run's combined output and error. Only a failure whose sole reason is the
// deadline message is a bareDeadline: a real crash always prints "Failing input written
// to" (or a panic) before the FAIL, so anything else that failed counts as a finding.
func judge(out string, err error) outcome {
	switch {
	case strings.Contains(out, "Failing input written to"):
		return crasher
	case strings.Contains(out, "panic: ") || strings.Contains(out, "fatal error: ") ||
		strings.Contains(out, "fuzzing process hung or terminated unexpectedly"):
		return panicked
	case err == nil:
		return passed
	case onlyDeadline(out):
		return bareDeadline
	}
	return testFailed
}

// onlyDeadline reports whether every failure reason in out is "context deadline exceeded":
// the lines between a "--- FAIL: Fuzz..." header and the closing FAIL lines.
func onlyDeadline(out string) bool {
	sawFail, sawDeadline := false, false
	inFail := false
	for _, line := range strings.Split(out, "\n") {
		l := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(l, "--- FAIL: Fuzz"):
			sawFail, inFail = true, true
		case !inFail, l == "":
		case l == "context deadline exceeded":
			sawDeadline = true
		case l == "FAIL", strings.HasPrefix(l, "FAIL\t"), strings.HasPrefix(l, "exit status "):
			inFail = false
		default:
			return false // another reason under the FAIL header
		}
	}
	return sawFail && sawDeadline
}
