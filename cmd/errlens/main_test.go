package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden from the command's output")

// bin is the errlens binary built once for the golden tests.
var bin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "errlens-cli-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "errlens")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building errlens: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// A PNG's first bytes: what piping an image into errlens looks like.
var png = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66")

// An 11 MB log whose first line is the error: errlens reads the first 10 MB.
func hugeLog() []byte {
	var b bytes.Buffer
	b.WriteString(`ERROR openai: Error code: 401 - {"error":{"message":"Incorrect API key provided: sk-proj-****abcd.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}` + "\n")
	line := "INFO request handled in 12ms path=/v1/health status=ok\n"
	for b.Len() < 11<<20 {
		b.WriteString(line)
	}
	return b.Bytes()
}

// Each case runs the binary in testdata/ and compares stdout, stderr and the exit status
// with testdata/golden/NAME.golden. `go test ./cmd/errlens -update` rewrites them.
func TestGolden(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		stdin []byte // nil: no input on stdin
		about string // how stdin is shown in the golden file
		env   []string
	}{
		{name: "file-cerebras-429", args: []string{"input/cerebras-429-curl.txt"}},
		{name: "stdin-pictograph-429-long", stdin: mustRead(t, "input/pictograph-429-long.txt"), about: "input/pictograph-429-long.txt"},
		{name: "dash-pictograph-402", args: []string{"-"}, stdin: mustRead(t, "input/pictograph-402.txt"), about: "input/pictograph-402.txt"},
		{name: "literal-openai-quota", args: []string{"-e", `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`}},
		// OpenAI's token limit alone, which Groq words alike: a general answer, and both
		// providers as readings that came close.
		{name: "literal-tpm-alternatives", args: []string{"-e", "Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s."}},
		{name: "json-a15t-503", args: []string{"--json", "input/a15t-503.json"}},
		{name: "json-after-file-openpixels", args: []string{"input/openpixels-200.json", "-json"}},
		{name: "color-always-cerebras", args: []string{"-color=always", "input/cerebras-429-curl.txt"}},
		{name: "color-never", args: []string{"-color", "never", "input/a15t-503.json"}},
		// An explicit flag overrides NO_COLOR, as no-color.org asks.
		{name: "no-color-env-with-always", args: []string{"-color=always", "input/a15t-503.json"}, env: []string{"NO_COLOR=1"}},
		{name: "unknown-text", args: []string{"input/not-an-error.txt"}},
		{name: "retry-log", args: []string{"input/openai-retry-log.txt"}},
		{name: "empty-stdin", stdin: []byte{}, about: "(empty)"},
		{name: "empty-literal-json", args: []string{"-json", "-e", "  \n"}},
		{name: "binary-stdin", stdin: png, about: "(a PNG header)"},
		{name: "huge-stdin", stdin: hugeLog(), about: "(an 11 MB log, the error on its first line)"},
		{name: "missing-file", args: []string{"input/nope.txt"}},
		{name: "text-as-file", args: []string{`{"error": {"code": "x"}}`}},
		{name: "directory", args: []string{"input"}},
		{name: "both-e-and-file", args: []string{"-e", "x", "input/a15t-503.json"}},
		{name: "two-files", args: []string{"input/a15t-503.json", "input/openpixels-200.json"}},
		{name: "bad-flag", args: []string{"-verbose"}},
		{name: "bad-color", args: []string{"-color=sometimes", "input/a15t-503.json"}},
		{name: "redact-file", args: []string{"-redact", "input/secrets.txt"}},
		{name: "redact-stdin", args: []string{"-redact", "-"}, stdin: mustRead(t, "input/secrets.txt"), about: "input/secrets.txt"},
		{name: "redact-json", args: []string{"-redact", "-json", "-e", "x-api-key: sk-ant-api03-Zk7pQ2xV9mL4nR8tW1yB6cD3fG5hJ0sA"}},
		{name: "redact-nothing", args: []string{"-redact", "input/a15t-503.json"}},
		// -explain: the deciding lines with carets, a long line in windows, colour on request.
		{name: "explain-curl", args: []string{"-explain", "input/cerebras-429-curl.txt"}},
		{name: "explain-traceback", args: []string{"input/anthropic-traceback.txt", "-explain"}},
		{name: "explain-color-always", args: []string{"-explain", "-color=always", "input/a15t-503.json"}},
		{name: "explain-nothing-to-point-at", args: []string{"-explain", "input/not-an-error.txt"}},
		{name: "explain-with-json", args: []string{"-explain", "-json", "input/a15t-503.json"}},
		{name: "help", args: []string{"-h"}},
		{name: "help-long", args: []string{"--help"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Dir = "testdata"
			cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "TERM=xterm", "ERRLENS_NOW=2026-01-01T00:00:00Z"}, tc.env...)
			if tc.stdin != nil {
				cmd.Stdin = bytes.NewReader(tc.stdin)
			}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else {
				require.NoError(t, err)
			}

			var g strings.Builder
			g.WriteString("$ " + strings.Join(append(tc.env, "errlens"), " "))
			for _, a := range tc.args {
				g.WriteString(" " + quote(a))
			}
			if tc.stdin != nil {
				g.WriteString(" < " + tc.about)
			}
			fmt.Fprintf(&g, "\n--- exit %d\n--- stdout\n%s--- stderr\n%s", code, stdout.String(), stderr.String())
			got := g.String()

			path := filepath.Join("testdata", "golden", tc.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file; run go test ./cmd/errlens -update")
			assert.Equal(t, string(want), got)
			assert.NotContains(t, stderr.String(), "goroutine", "no stack traces")
		})
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

func quote(s string) string {
	if s != "" && !strings.ContainsAny(s, " '\"{}\n\t$") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// The exit statuses the help text promises, in-process.
func TestRunExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		in   string
		want int
	}{
		{[]string{"-e", "HTTP/1.1 503 Service Unavailable"}, "", exitRetry},
		{nil, `{"error":{"type":"server_error","code":"model_overloaded","message":"overloaded"}}`, exitRetry},
		{[]string{"-e", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'code': 'insufficient_quota'}}"}, "", exitNoRetry},
		{[]string{"-json", "-e", `HTTP/1.1 401 Unauthorized` + "\n\n" + `{"error":{"type":"authentication_error","message":"invalid x-api-key"}}`}, "", exitNoRetry},
		{[]string{"-e", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, "", exitUnknown},
		{[]string{"-e", "hello"}, "", exitUnknown},
		{nil, "", exitUnknown},
		{[]string{"testdata/input/does-not-exist"}, "", exitIO},
		{[]string{"-nope"}, "", exitUsage},
		{[]string{"a", "b"}, "", exitUsage},
		{[]string{"-help"}, "", exitRetry},
	}
	for _, tc := range cases {
		var out, errw bytes.Buffer
		got := run(tc.args, strings.NewReader(tc.in), &out, &errw)
		assert.Equal(t, tc.want, got, "errlens %q < %q: %s", tc.args, tc.in, errw.String())
	}
}

// Colour follows the terminal and NO_COLOR. /dev/null is a character device, like a
// terminal, so it stands in for one.
func TestWantColor(t *testing.T) {
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer devnull.Close()
	st, err := devnull.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no character device to test with")
	}
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm")
	assert.True(t, wantColor(devnull))
	assert.False(t, wantColor(&bytes.Buffer{}))
	t.Setenv("TERM", "dumb")
	assert.False(t, wantColor(devnull))
	t.Setenv("TERM", "xterm")
	t.Setenv("NO_COLOR", "1")
	assert.False(t, wantColor(devnull))
}

func TestWrap(t *testing.T) {
	assert.Equal(t, []string{"aa bb", "cc"}, wrap("aa bb cc", 5))
	assert.Equal(t, []string{"a", "verylongword", "b"}, wrap("a verylongword b", 5))
	assert.Nil(t, wrap("  \n ", 5))
	assert.Equal(t, "ab...", clip("ab cd", 2))
}
