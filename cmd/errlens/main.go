// Command errlens explains an error from an AI API in the terminal: which provider sent it,
// the HTTP status and error code, what kind of failure it is, whether sending the same
// request again can succeed and after how long, and how to fix it, with the evidence.
//
//	errlens error.txt                 # a file ("-" for standard input)
//	errlens -e 'openai.RateLimitError: Error code: 429 - {...}'
//	curl -si https://api.example.com/v1/... | errlens
//	errlens -json error.txt           # the Result as JSON, for scripts
//	errlens -redact error.txt         # the paste with secrets masked, to post in an issue
//
// Exit status, for scripts to branch on: 0 RETRY (sending the same request again can
// succeed), 4 DO NOT RETRY (fix the cause first), 3 not sure (the input could not be placed
// or is too thin to judge), 2 usage error, 1 the input could not be read. Install with
//
//	go install github.com/errlens/errlens/cmd/errlens@latest
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/redact"
)

// Exit codes, documented in the usage text: the verdict's three answers and the two
// failures each have their own, so a script can branch on the verdict alone.
const (
	exitRetry   = 0 // RETRY; also -h and -redact, which decode nothing
	exitIO      = 1
	exitUsage   = 2
	exitUnknown = 3 // not placed, or too thin to judge: the verdict is "paste more"
	exitNoRetry = 4 // DO NOT RETRY: the same request fails again until the cause is fixed
)

// maxInput is how much errlens reads; the decoder examines at most 1 MiB of it.
const maxInput = 10 << 20

const usage = `errlens explains an error from an AI API: which provider sent it, the HTTP
status and error code, what kind of failure it is, whether sending the same
request again can succeed and after how long, and how to fix it, with the
evidence for each answer. Nothing is sent anywhere.

Usage:
  errlens [flags] FILE        decode the error in FILE ("-" for standard input)
  errlens [flags] -e TEXT     decode TEXT
  COMMAND | errlens [flags]   decode standard input, e.g. curl -si URL | errlens
  errlens -redact FILE        print FILE ("-": standard input) with its secrets
                              masked, ready to post in an issue

Flags:
  -e TEXT      the error text itself, instead of a file or standard input
  -json        print the result as indented JSON (stable field names) for scripts
  -explain     also print the lines of the input that decided each answer, the
               deciding characters underlined and tied to the numbered evidence
  -redact      do not decode: print the input with keys, tokens, passwords,
               cookies and email addresses masked (****), and on standard
               error what was masked; with -json, {"text", "masked": [...]}
  -color WHEN  auto (colour only on a terminal, and not when NO_COLOR is set),
               always or never
  -h, -help    show this help

Input: a JSON body, a curl -i or -v dump, an SDK exception line, a traceback,
an SSE stream, a log line. Up to 10 MB is read; longer input is cut there and
errlens says so.

Exit status (the same with -json):
  0  RETRY: sending the same request again can succeed (after the wait shown)
  4  DO NOT RETRY: the error was decoded; fix the cause first
  3  not sure: errlens could not place the input (category "unknown"), or it
     is too thin to judge (empty input, binary data, a bare class name)
  1  the input could not be read (missing file, read error)
  2  usage error (unknown flag, too many arguments)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, code, ok := parseArgs(args, stdout, stderr)
	if !ok {
		return code
	}
	data, err := readInput(o, stdin, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "errlens: "+err.Error())
		return exitIO
	}
	if o.redactOnly {
		return printRedacted(stdout, stderr, string(data), o.asJSON)
	}
	empty := warnInput(data, stderr)
	r := decoder.New(decoder.WithClock(clock)).Decode(string(data))
	if code := writeResult(stdout, stderr, string(data), r, o, empty); code != 0 {
		return code
	}
	return exitStatus(r)
}

// options are what the command line asks for.
type options struct {
	text       string // -e
	textSet    bool
	file       string // the file name, when hasFile
	hasFile    bool
	asJSON     bool
	redactOnly bool
	explain    bool // -explain
	color      bool
}

// parseArgs reads the flags (before or after the file name: errlens err.txt -json) and
// checks they go together; when not ok, run exits with code.
func parseArgs(args []string, stdout, stderr io.Writer) (o options, code int, ok bool) {
	fs := flag.NewFlagSet("errlens", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // help goes to stdout, errors get a one-line hint: see below
	fs.StringVar(&o.text, "e", "", "")
	fs.BoolVar(&o.asJSON, "json", false, "")
	fs.BoolVar(&o.redactOnly, "redact", false, "")
	fs.BoolVar(&o.explain, "explain", false, "")
	colorMode := fs.String("color", "auto", "")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, usage)
				return o, exitRetry, false
			}
			fmt.Fprintln(stderr, "Run errlens -h for help.")
			return o, exitUsage, false
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	fs.Visit(func(f *flag.Flag) { o.textSet = o.textSet || f.Name == "e" })
	switch {
	case o.textSet && len(files) > 0:
		return o, usageError(stderr, "give the error either with -e or as a file, not both"), false
	case o.explain && o.asJSON:
		return o, usageError(stderr, "-explain prints the input's lines; with -json, the spans field says where each answer came from"), false
	case len(files) > 1:
		return o, usageError(stderr, "one input at a time (got "+fmt.Sprint(len(files))+" file names); quote text and pass it with -e"), false
	case len(files) == 1:
		o.file, o.hasFile = files[0], true
	}
	switch *colorMode {
	case "always":
		o.color = true
	case "never":
	case "auto":
		o.color = !o.asJSON && wantColor(stdout)
	default:
		return o, usageError(stderr, "-color must be auto, always or never, not "+fmt.Sprintf("%q", *colorMode)), false
	}
	return o, 0, true
}

// readInput reads the error from -e, the file, or standard input ("-" or no file), at most
// maxInput bytes of it.
func readInput(o options, stdin io.Reader, stderr io.Writer) ([]byte, error) {
	var data []byte
	var err error
	switch {
	case o.textSet:
		data = []byte(o.text)
	case o.hasFile && o.file != "-":
		data, err = readFile(o.file)
	default:
		if isTerminal(stdin) {
			fmt.Fprintln(stderr, "errlens: paste the error, then press Ctrl-D (errlens -h for help)")
		}
		data, err = readLimited(stdin)
	}
	if err != nil {
		return nil, err
	}
	if len(data) > maxInput {
		data = data[:maxInput]
		fmt.Fprintln(stderr, "errlens: the input is larger than 10 MB; only the first 10 MB were read")
	}
	return data, nil
}

// warnInput says on stderr when the input is empty or binary, and reports whether it is
// empty (then only -json prints a Result).
func warnInput(data []byte, stderr io.Writer) (empty bool) {
	empty = strings.TrimSpace(string(data)) == ""
	if empty {
		fmt.Fprintln(stderr, "errlens: the input is empty: nothing to decode")
	} else if ct := http.DetectContentType(data); !strings.HasPrefix(ct, "text/") {
		fmt.Fprintln(stderr, "errlens: the input looks like binary data ("+strings.SplitN(ct, ";", 2)[0]+"), not error text")
	}
	return empty
}

// writeResult prints the Result as JSON or for people (with -explain, the input's deciding
// lines too); a code other than 0 is a failure to write.
func writeResult(stdout, stderr io.Writer, input string, r decoder.Result, o options, empty bool) int {
	switch {
	case o.asJSON:
		out, err := json.MarshalIndent(r, "", "  ")
		if err != nil { // a Result always marshals; keep the promise of no stack traces anyway
			fmt.Fprintln(stderr, "errlens: "+err.Error())
			return exitIO
		}
		if _, err = stdout.Write(append(out, '\n')); err != nil {
			return exitIO
		}
	case empty:
	default:
		if err := writeAnswer(stdout, input, r, o.color, o.explain); err != nil {
			return exitIO
		}
	}
	return 0
}

// exitStatus is the verdict as an exit status.
func exitStatus(r decoder.Result) int {
	switch {
	case r.Category == decoder.Unknown || r.Thin:
		return exitUnknown
	case r.Retryable:
		return exitRetry
	}
	return exitNoRetry
}

// printRedacted writes text with its secrets masked, and says on stderr what was masked
// (its kind and first characters: the user's to check, never part of the output).
func printRedacted(stdout, stderr io.Writer, text string, asJSON bool) int {
	masked, items := redact.Text(text)
	if asJSON {
		out, err := json.MarshalIndent(struct {
			Text   string        `json:"text"`
			Masked []redact.Item `json:"masked"`
		}{masked, append([]redact.Item{}, items...)}, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, "errlens: "+err.Error())
			return exitIO
		}
		masked = string(out) + "\n"
	}
	if _, err := io.WriteString(stdout, masked); err != nil {
		return exitIO
	}
	switch len(items) {
	case 0:
		fmt.Fprintln(stderr, "errlens: nothing to mask found; read the text before you post it")
	default:
		fmt.Fprintf(stderr, "errlens: masked %s:\n", plural(len(items), "value"))
		for _, it := range items {
			fmt.Fprintf(stderr, "  %s  %s\n", it.Kind, it.Preview)
		}
	}
	return exitRetry
}

func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, "errlens: "+msg)
	fmt.Fprintln(stderr, "Run errlens -h for help.")
	return exitUsage
}

func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && (strings.ContainsAny(name, " {:\n") || len(name) > 200) {
			return nil, fmt.Errorf("no file named %.40q; to decode text, pass it with -e", name)
		}
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not a file", name)
	}
	return readLimited(f)
}

// readLimited reads up to one byte more than maxInput, so the caller can tell it was cut.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("reading the input: %w", err)
	}
	return data, nil
}

// wantColor: only on a terminal, and not when NO_COLOR is set (no-color.org) or TERM=dumb.
func wantColor(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(w)
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// clock is the time the verdict's "at 14:02:53 UTC" counts from: now, or the RFC 3339
// time in ERRLENS_NOW, so that a recorded answer (the tests' golden files) can be replayed.
func clock() time.Time {
	if t, err := time.Parse(time.RFC3339, os.Getenv("ERRLENS_NOW")); err == nil {
		return t
	}
	return time.Now()
}
