// Command relabel-status applies the corpus's status convention to every row of every split:
// a row whose labelled error_code its provider documents with exactly one HTTP status knows
// that status, even when the paste does not print it (shared/corpus/README.md: http_status
// is null only "where the text gives no way to know it"). Such a row's null http_status
// becomes the documented one and its why gains "status N documented for CODE at URL".
//
// It reads only the rows' labels (provider, error_code, form, http_status, and why for a
// stream), never their text, and documented.json: provider, code, status and the provider document that ties the
// code to that status. The table was built from the provider catalogs' entries whose code
// (or alias) has one status in that provider's catalog, each cited to the provider's own
// error reference; codes a provider sends with several statuses are not in it.
//
// Errors that arrive inside a stream (form "sse", or a why that records the error came
// mid-stream) are left alone: they come after the 200 that opened the stream
// (https://docs.anthropic.com/en/api/errors: errors can occur after returning a 200).
//
// Tune rows whose message (no code) the provider documents with one status, and rows of
// non-AI APIs (no provider table) whose code their API documents with one, were decided one
// by one, from the tune misses: worded-tune.json lists them, each with the message or code
// and the document, and -worded applies it. It names tune ids only: eval rows are never
// read, so the same judgement cannot be made for them (they keep what their labels say).
//
//	go run ./scripts/relabel-status [-dir decoder/testdata/corpus] [-table ...] [-worded ...] [-n]
//
// It prints the ids it changed, per file; -n only prints them.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// documented is one row of the table: a code its provider sends with one status.
type documented struct {
	Provider string `json:"provider"`
	Code     string `json:"code"`
	Status   int    `json:"status"`
	Source   string `json:"source"`
}

// wordedRow is one tune row decided by its message: the status its provider documents for
// that message.
type wordedRow struct {
	ID      string `json:"id"`
	Status  int    `json:"status"`
	Message string `json:"message"`
	Source  string `json:"source"`
}

func loadWorded(path string) (map[string]wordedRow, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []wordedRow
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, err
	}
	w := make(map[string]wordedRow, len(rows))
	for _, r := range rows {
		w[r.ID] = r
	}
	return w, nil
}

// labels are the only fields of a row the rule reads.
type labels struct {
	ID         string  `json:"id"`
	Form       string  `json:"form"`
	Provider   string  `json:"provider"`
	HTTPStatus *int    `json:"http_status"`
	ErrorCode  *string `json:"error_code"`
	Why        string  `json:"why"`
}

// nullStatus finds the row's own http_status field; the same words inside the escaped
// input are preceded by a backslash.
var nullStatus = regexp.MustCompile(`([^\\])"http_status": null`)

func main() {
	dir := flag.String("dir", "decoder/testdata/corpus", "the corpus directory")
	tablePath := flag.String("table", "scripts/relabel-status/documented.json", "the documented code -> status table")
	wordedPath := flag.String("worded", "scripts/relabel-status/worded-tune.json", "tune rows decided by their documented message")
	dry := flag.Bool("n", false, "print what would change, write nothing")
	flag.Parse()
	table, err := loadTable(*tablePath)
	if err != nil {
		fail(err)
	}
	worded, err := loadWorded(*wordedPath)
	if err != nil {
		fail(err)
	}
	for _, name := range []string{"dev.jsonl", "tune.jsonl", "eval.jsonl"} {
		path := filepath.Join(*dir, name)
		changed, err := relabelFile(path, table, worded, *dry)
		if err != nil {
			fail(err)
		}
		fmt.Printf("%s: %d relabelled %v\n", name, len(changed), changed)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "relabel-status:", err)
	os.Exit(1)
}

func loadTable(path string) (map[[2]string]documented, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []documented
	if err := json.Unmarshal(b, &rows); err != nil {
		return nil, err
	}
	t := make(map[[2]string]documented, len(rows))
	for _, r := range rows {
		t[[2]string{r.Provider, r.Code}] = r
	}
	return t, nil
}

// relabelFile rewrites the file's rows the rule applies to, editing only the two fields so
// the rest of each line stays byte for byte as it was.
func relabelFile(path string, table map[[2]string]documented, worded map[string]wordedRow, dry bool) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := bytes.SplitAfter(b, []byte("\n"))
	var changed []string
	for i, line := range lines {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var l labels
		if err := json.Unmarshal(line, &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, i+1, err)
		}
		d, ok := applies(l, table)
		if w, byMessage := worded[l.ID]; !ok && byMessage && l.HTTPStatus == nil {
			d, ok = documented{Code: w.Message, Status: w.Status, Source: w.Source}, true
		}
		if !ok {
			continue
		}
		out, err := relabelLine(line, l, d)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, l.ID, err)
		}
		lines[i] = out
		changed = append(changed, l.ID)
	}
	if dry || len(changed) == 0 {
		return changed, nil
	}
	return changed, os.WriteFile(path, bytes.Join(lines, nil), 0o644)
}

// applies reports the documented status a row's labels give it, if the rule applies.
func applies(l labels, table map[[2]string]documented) (documented, bool) {
	if l.HTTPStatus != nil || l.ErrorCode == nil || l.Provider == "" || inStream(l) || decidedNull(l) {
		return documented{}, false
	}
	d, ok := table[[2]string{l.Provider, *l.ErrorCode}]
	return d, ok
}

// inStream reports a row labelled as an error that arrived inside a stream: its form is
// sse, or its why records that the error came mid-stream, after the 200 that opened it.
func inStream(l labels) bool {
	why := strings.ToLower(l.Why)
	return l.Form == "sse" || strings.Contains(why, "mid-stream") || strings.Contains(why, "inside a stream") || strings.Contains(why, "after a 200") || strings.Contains(why, "after the 200")
}

// decidedNull reports a row whose why records that its status was judged null by hand
// ("Status null: the UNAVAILABLE was raised by the client's own auth plugin"): the code's
// documented status was never sent, and the table does not overrule that judgement.
func decidedNull(l labels) bool {
	return strings.Contains(strings.ToLower(l.Why), "status null:")
}

// relabelLine sets http_status and extends why, then checks that the edited line parses to
// the same labels but those two.
func relabelLine(line []byte, l labels, d documented) ([]byte, error) {
	if n := len(nullStatus.FindAllIndex(line, -1)); n != 1 {
		return nil, fmt.Errorf("%d http_status fields", n)
	}
	out := nullStatus.ReplaceAll(line, []byte(`${1}"http_status": `+strconv.Itoa(d.Status)))
	note := fmt.Sprintf("; status %d documented for %s at %s", d.Status, d.Code, d.Source)
	end, err := whyEnd(out)
	if err != nil {
		return nil, err
	}
	out = append(out[:end:end], append([]byte(note), out[end:]...)...)
	var got labels
	if err := json.Unmarshal(out, &got); err != nil {
		return nil, err
	}
	if got.HTTPStatus == nil || *got.HTTPStatus != d.Status || got.Why != l.Why+note || got.ID != l.ID {
		return nil, fmt.Errorf("the edit did not land where meant")
	}
	return out, nil
}

// whyKey opens the row's own why field; inside the escaped input the same words are
// preceded by a backslash.
var whyKey = regexp.MustCompile(`([^\\])"why": "`)

// whyEnd returns the offset of the closing quote of the row's why value, which is the last
// field of most rows but not of those labelled with a window or a reset after it.
func whyEnd(line []byte) (int, error) {
	at := whyKey.FindAllIndex(line, -1)
	if len(at) != 1 {
		return 0, fmt.Errorf("%d why fields", len(at))
	}
	for i := at[0][1]; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++ // an escaped byte
		case '"':
			return i, nil
		}
	}
	return 0, fmt.Errorf("why is not closed")
}
