package main

import (
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errExit = errors.New("exit status 1")

// Logs as go test -fuzz prints them (go1.26), trimmed.
const (
	cleanLog = `fuzz: elapsed: 0s, gathering baseline coverage: 129/129 completed, now fuzzing with 2 workers
fuzz: elapsed: 2s, execs: 20000 (9412/sec), new interesting: 3 (total: 132)
PASS
ok  	github.com/errlens/errlens/decoder	2.310s
`
	bareDeadlineLog = `fuzz: elapsed: 3s, execs: 40304 (13431/sec), new interesting: 104 (total: 108)
fuzz: elapsed: 3s, execs: 40304 (0/sec), new interesting: 104 (total: 108)
--- FAIL: FuzzDecode (3.20s)
    context deadline exceeded
FAIL
exit status 1
FAIL	github.com/errlens/errlens/decoder	3.202s
`
	crasherLog = `fuzz: elapsed: 1s, execs: 9001 (9000/sec), new interesting: 2 (total: 131)
--- FAIL: FuzzDecode (1.02s)
    --- FAIL: FuzzDecode (0.00s)
        fuzz_test.go:27: invalid category "x"

    Failing input written to testdata/fuzz/FuzzDecode/5b6c5a1e2c1f0d3a
    To re-run:
    go test -run=FuzzDecode/5b6c5a1e2c1f0d3a
FAIL
exit status 1
FAIL	github.com/errlens/errlens/decoder	1.100s
`
	// A crasher found while the deadline passed: the written input wins.
	crasherAtDeadlineLog = `--- FAIL: FuzzDecode (8.01s)
    context deadline exceeded
    Failing input written to testdata/fuzz/FuzzDecode/77aa
FAIL
`
	panicLog = `--- FAIL: FuzzScanHead (0.40s)
panic: runtime error: index out of range [3] with length 3 [recovered]
FAIL	github.com/errlens/errlens/decoder	0.412s
`
	otherFailureLog = `--- FAIL: FuzzDecode (0.30s)
    fuzz_test.go:14: seed corpus: open testdata/golden: permission denied
    context deadline exceeded
FAIL
`
	buildErrorLog = `# github.com/errlens/errlens/decoder
decoder/decode.go:12:2: undefined: foo
FAIL	github.com/errlens/errlens/decoder [build failed]
`
)

func TestJudge(t *testing.T) {
	cases := []struct {
		name string
		log  string
		err  error
		want outcome
	}{
		{"clean stop", cleanLog, nil, passed},
		{"bare deadline: the coordinator's race", bareDeadlineLog, errExit, bareDeadline},
		{"failing input written", crasherLog, errExit, crasher},
		{"failing input written as the deadline passed", crasherAtDeadlineLog, errExit, crasher},
		{"panic", panicLog, errExit, panicked},
		{"another reason beside the deadline", otherFailureLog, errExit, testFailed},
		{"build error", buildErrorLog, errExit, testFailed},
		{"failed with no output", "", errExit, testFailed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, judge(c.log, c.err))
		})
	}
}

// fakeRun replays logs in order and counts the runs.
type fakeRun struct {
	logs []string
	runs int
}

func (f *fakeRun) run(args []string) (string, error) {
	log := f.logs[min(f.runs, len(f.logs)-1)]
	f.runs++
	if log == cleanLog {
		return log, nil
	}
	return log, errExit
}

func TestFuzzTargetRule(t *testing.T) {
	tgt := target{pkg: "./decoder", name: "FuzzDecode", budget: "20000x"}
	cases := []struct {
		name     string
		logs     []string
		wantErr  bool
		wantRuns int
	}{
		{"a clean run passes once", []string{cleanLog}, false, 1},
		{"a bare deadline is run again and then passes", []string{bareDeadlineLog, cleanLog}, false, 2},
		{"two bare deadlines are reported, not failed", []string{bareDeadlineLog, bareDeadlineLog}, false, 2},
		{"a written failing input fails at once", []string{crasherLog}, true, 1},
		{"a bare deadline then a real crash fails", []string{bareDeadlineLog, crasherLog}, true, 2},
		{"a panic fails at once", []string{panicLog}, true, 1},
		{"a build error fails at once", []string{buildErrorLog}, true, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeRun{logs: c.logs}
			err := fuzzTarget(tgt, f.run, io.Discard)
			assert.Equal(t, c.wantErr, err != nil, "error: %v", err)
			assert.Equal(t, c.wantRuns, f.runs, "runs")
		})
	}
}

func TestParseTarget(t *testing.T) {
	got, err := parseTarget("./decoder:FuzzDecode:20000x", "")
	require.NoError(t, err)
	assert.Equal(t, target{"./decoder", "FuzzDecode", "20000x"}, got)

	got, err = parseTarget("./retry:FuzzClassify", "3m")
	require.NoError(t, err)
	assert.Equal(t, target{"./retry", "FuzzClassify", "3m"}, got)

	for _, bad := range []string{"", "FuzzDecode", "./decoder:TestX", ":FuzzDecode", "a:FuzzB:1x:extra"} {
		_, err := parseTarget(bad, "")
		assert.Error(t, err, bad)
	}
}

// The runner passes the budget to go test as -fuzztime and anchors the target's name.
func TestFuzzTargetArgs(t *testing.T) {
	var got []string
	run := func(args []string) (string, error) { got = args; return cleanLog, nil }
	require.NoError(t, fuzzTarget(target{"./retry", "FuzzClassify", "5000x"}, run, io.Discard))
	assert.Equal(t, []string{"test", "./retry", "-run", "^$", "-fuzz", "^FuzzClassify$", "-fuzztime", "5000x"}, got)
}
