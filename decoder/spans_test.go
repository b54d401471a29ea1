package decoder_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spanDecoder decodes on a fixed clock, as the goldens do.
var spanDecoder = decoder.New(decoder.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))

// spanTexts renders a Result's spans as "field=text" for the test tables.
func spanTexts(in string, r decoder.Result) []string {
	var out []string
	for _, sp := range r.Spans {
		out = append(out, sp.Field+"="+in[sp.Start:sp.End])
	}
	return out
}

func TestSpans(t *testing.T) {
	curl := "HTTP/1.1 429 Too Many Requests\r\nretry-after: 20\r\ncontent-type: application/json\r\n\r\n" +
		`{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 30000. Please try again in 20s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`
	traceback := "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    client.messages.create()\n" +
		`anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}`
	for _, tc := range []struct {
		name, in string
		want     []string // every one of these, among others
		none     []string // fields with no span
	}{
		{"curl -i dump with CRLF line ends", curl,
			[]string{"http_status=429", "code=rate_limit_exceeded", "retry_after_ms=20", "provider=in organization org-", "category=Rate limit reached for"}, nil},
		{"python traceback", traceback,
			[]string{"provider=anthropic.", "http_status=429", "code=rate_limit_error", "message=Number of request tokens has exceeded your per-minute rate limit"}, nil},
		{"colour codes and box drawing before the status", "\x1b[31m╭─ Error ─╮\x1b[0m\n" + curl,
			[]string{"http_status=429", "code=rate_limit_exceeded", "retry_after_ms=20"}, nil},
		{"a character the decoder replaces before the code", "é\xff\u00a0 " + `{"error": {"code": "insufficient_quota", "message": "You exceeded your current quota."}}`,
			[]string{"code=insufficient_quota", "message=You exceeded your current quota."}, nil},
		{"a status implied by the code has no place in the paste", `{"error": {"code": "invalid_argument", "message": "Invalid 'temperature'."}}`,
			[]string{"code=invalid_argument"}, []string{"http_status"}},
		{"the last error of a log", traceback + "\nINFO 200 OK\n" + curl,
			[]string{"http_status=429", "code=rate_limit_exceeded", "provider=in organization org-"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := spanDecoder.Decode(tc.in)
			got := spanTexts(tc.in, r)
			for _, w := range tc.want {
				assert.Contains(t, got, w)
			}
			for _, sp := range r.Spans {
				assert.NotContains(t, tc.none, sp.Field)
			}
			checkSpans(t, tc.in, r)
			// The answer is the last error's, so no span may point into an earlier one.
			if tail := strings.LastIndex(tc.in, curl); tail > 0 {
				for _, sp := range r.Spans {
					assert.GreaterOrEqual(t, sp.Start, tail, "a %s span points into an earlier error", sp.Field)
				}
			}
		})
	}
}

// A paste cut short keeps its spans on the characters of the input as given: the error
// at its end is counted from the input's start, not from the cut text's.
func TestSpansOfATruncatedPaste(t *testing.T) {
	body := `{"error": {"code": "insufficient_quota", "message": "You exceeded your current quota."}}`
	in := strings.Repeat("é log line without an error\n", 2000) + body
	r := decoder.New(decoder.WithMaxInput(4096)).Decode(in)
	require.True(t, r.Truncated)
	assert.Contains(t, spanTexts(in, r), "code=insufficient_quota")
	for _, sp := range r.Spans {
		assert.Greater(t, sp.Start, len(in)-len(body)-1, sp.Field)
	}
	checkSpans(t, in, r)
}

// Every span of every corpus paste lies inside the input, on character boundaries, tied to
// an evidence line; a code's, a status's and a wait's span holds the text the answer or its
// evidence line names.
func TestSpansOverTheCorpus(t *testing.T) {
	counts := map[string]int{}
	pastes := 0
	for _, split := range corpus.Splits() {
		cases, err := corpus.Load(filepath.Join("testdata", "corpus"), split)
		require.NoError(t, err)
		for _, c := range cases {
			r := spanDecoder.Decode(c.Input)
			pastes++
			if !checkSpans(t, c.Input, r) {
				t.Fatalf("%s: spans %+v", c.ID, r.Spans)
			}
			for _, sp := range r.Spans {
				counts[sp.Field]++
			}
			if r.Code != "" {
				counts["results with a code"]++
			}
		}
	}
	t.Logf("%d pastes; spans by field: %v", pastes, counts)
	assert.Greater(t, counts["code"], pastes/3)
	assert.Greater(t, counts["http_status"], pastes/3)
	assert.Greater(t, counts["retry_after_ms"], 10)
}

// checkSpans checks the promises a Result's spans keep for input in.
func checkSpans(t *testing.T, in string, r decoder.Result) bool {
	t.Helper()
	ok := true
	for _, sp := range r.Spans {
		if sp.Start < 0 || sp.End > len(in) || sp.Start >= sp.End {
			t.Errorf("span %+v outside the input (%d bytes)", sp, len(in))
			return false
		}
		if !boundary(in, sp.Start) || !boundary(in, sp.End) {
			t.Errorf("span %+v cuts a character: %q", sp, in[max(0, sp.Start-4):min(len(in), sp.End+4)])
			ok = false
		}
		if sp.Evidence < -1 || sp.Evidence >= len(r.Evidence) || sp.Evidence == -1 && sp.Field != "message" && sp.Field != "code" {
			t.Errorf("span %+v: no evidence line %d of %d", sp, sp.Evidence, len(r.Evidence))
			return false
		}
		text := in[sp.Start:sp.End]
		line := ""
		if sp.Evidence >= 0 {
			line = r.Evidence[sp.Evidence]
		}
		named := true
		switch sp.Field {
		case "code":
			named = strings.Contains(text, r.Code) || strings.Contains(line, text)
		case "http_status":
			named = strings.Contains(text, strconv.Itoa(r.HTTPStatus)) || strings.Contains(line, text) ||
				strings.Contains(line, shortClass(text))
		case "retry_after_ms":
			named = strings.Contains(line, strings.TrimSpace(text))
		}
		if !named {
			t.Errorf("%s span %q: not what %q names", sp.Field, text, line)
			ok = false
		}
	}
	return ok
}

// shortClass is an exception class as evidence names it: its package and its name, without
// the modules between ("litellm.exceptions.RateLimitError" is litellm.RateLimitError).
func shortClass(name string) string {
	parts := strings.Split(name, ".")
	if len(parts) < 3 {
		return name
	}
	return parts[0] + "." + parts[len(parts)-1]
}

// boundary reports whether i is where a character of s starts (or s ends): not inside a
// valid multi-byte sequence. An invalid byte is a character of its own.
func boundary(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-utf8.UTFMax+1; j-- {
		if utf8.RuneStart(s[j]) {
			_, size := utf8.DecodeRuneInString(s[j:])
			return j+size <= i
		}
	}
	return true
}
