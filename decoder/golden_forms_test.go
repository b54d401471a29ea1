package decoder

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every form issue 15 names has a golden case from a real paste: a corpus row (dev-ID from
// dev.jsonl, tune-ID from tune.jsonl, copied verbatim: checked below) or a public thread's
// own text (its URL here). The check says what the golden answer must show for the form.
var goldenForms = []struct {
	form, golden, thread string
	check                func(t *testing.T, r Result)
}{
	{"Gemini per-minute quota id", "dev-gemini-010", "", windowIs("minute")},
	{"Gemini per-day quota id", "dev-gemini-011", "", windowIs("day")},
	{"Gemini per-day quota id through Gemini CLI", "tune-gemini-cli-c007", "", windowIs("day")},
	{"reset as an RFC 3339 header", "dev-hdr-002", "", resetIs("2024-03-26T20:00:00Z")},
	{"reset as an RFC 3339 header in an Elixir map", "tune-anthropic-t001", "", resetIs("2025-04-30T13:32:11Z")},
	{"reset as epoch seconds (x-ratelimit-reset)", "tune-none-c002", "", resetIs("2013-08-20T15:41:06Z")},
	{"reset as an epoch after 'usage limit reached|'", "tune-claude-code-c008", "", resetIs("2025-07-21T06:00:00Z")},
	{"reset dated in words", "tune-claude-code-c005", "", resetIs("2026-04-01T00:00:00Z")},
	{"reset as a time of day in words", "tune-claude-code-c007", "", resetIs("2026-01-01T20:00:00Z")},
	{"reset as a day and time in words", "thread-claude-code-45257", "https://github.com/anthropics/claude-code/issues/45257", resetIs("2026-04-10T12:00:00Z")},
	{"reset as a session's time of day", "timing-claude-code-session-limit", "https://github.com/anthropics/claude-code/issues/79136", resetIs("2026-01-01T21:30:00Z")},
	{"wait in words, in hours", "tune-copilot-cli-c004", "", func(t *testing.T, r Result) { assert.Equal(t, int64(58*3600*1000), r.RetryAfterMS) }},
	{"Gemini per-day quota id in a wrapper's re-print", "tune-gemini-j016", "", windowIs("day")},
	{"Gemini per-day free-tier quota id beside a RetryInfo wait", "tune-gemini-j020", "", quotaOf("day")},
	{"Vertex AI per-minute quota id", "tune-vertex-ai-j037", "", windowIs("minute")},
	{"reset as an RFC 3339 header beside Retry-After, no Date", "tune-anthropic-j001", "", resetIs("2025-06-02T15:15:48Z")},
	{"reset as epoch seconds (GitHub's x-ratelimit-reset), long past", "tune-none-j002", "", resetIs("2016-10-14T21:28:58Z")},
	{"reset as epoch seconds in a printed struct", "tune-none-j026", "", resetIs("2022-08-09T13:22:56Z")},
	{"reset as a JSON resets_at epoch with resets_in_seconds", "tune-openai-j008", "", func(t *testing.T, r Result) {
		assert.Equal(t, "2026-04-04T15:45:31Z", r.ResetAt)
		assert.Equal(t, int64(602705000), r.RetryAfterMS)
	}},
	{"reset header in seconds on a 429 (Azure's x-rate-limit-reset-tokens)", "tune-azure-openai-j025", "", func(t *testing.T, r Result) {
		assert.Equal(t, int64(55000), r.RetryAfterMS)
		assert.Equal(t, "minute", r.LimitWindow)
	}},
	{"reset as a time of day in words, Etc/GMT+5", "tune-anthropic-j005", "", resetIs("2026-01-01T18:00:00Z")},
	{"reset as a time of day in words, wrapped, America/Santiago (DST)", "tune-anthropic-j006", "", resetIs("2026-01-01T18:00:00Z")},
	{"weekly limit reset as a time of day in words, Asia/Seoul", "tune-anthropic-j021", "", func(t *testing.T, r Result) {
		assert.Equal(t, "2026-01-01T01:00:00Z", r.ResetAt)
		assert.Equal(t, "week", r.LimitWindow)
	}},
	{"can never fit (tokens per minute)", "tune-openai-t007", "", cannotFit},
	{"can never fit (Groq)", "dev-groq-001", "", cannotFit},
}

func windowIs(w string) func(*testing.T, Result) {
	return func(t *testing.T, r Result) { assert.Equal(t, w, r.LimitWindow) }
}

func quotaOf(w string) func(*testing.T, Result) {
	return func(t *testing.T, r Result) {
		assert.Equal(t, w, r.LimitWindow)
		assert.Equal(t, Quota, r.Category)
		assert.False(t, r.Retryable)
	}
}

func resetIs(at string) func(*testing.T, Result) {
	return func(t *testing.T, r Result) { assert.Equal(t, at, r.ResetAt) }
}

func cannotFit(t *testing.T, r Result) {
	assert.False(t, r.Retryable)
	assert.Contains(t, r.Fix, "Cut at least")
}

func TestGoldenFormsFromRealPastes(t *testing.T) {
	rows := map[string]string{}
	for _, file := range []string{"dev", "tune"} {
		for _, c := range readCorpus(t, filepath.Join("testdata", "corpus", file+".jsonl")) {
			rows[file+"-"+c.ID] = c.Input
		}
	}
	for _, f := range goldenForms {
		t.Run(f.form, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", "golden", f.golden+".txt"))
			require.NoError(t, err)
			if row, ok := rows[f.golden]; ok {
				assert.Equal(t, row, string(in), "the golden is its corpus row's paste, verbatim")
			} else if f.thread == "" {
				assert.Failf(t, "no source", "%s is neither a corpus row nor a thread's text", f.golden)
			}
			out, err := os.ReadFile(filepath.Join("testdata", "golden", f.golden+".json"))
			require.NoError(t, err)
			var r Result
			require.NoError(t, json.Unmarshal(out, &r))
			f.check(t, r)
		})
	}
}
