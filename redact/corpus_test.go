package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// paste is one input of the decoder's labelled corpus: real errors from public bug reports
// (corpus/*.jsonl), the per-provider samples (samples/*.jsonl) and the golden inputs.
type paste struct {
	ID    string `json:"id"`
	Input string `json:"input"`
}

func readCorpus(t *testing.T) []paste {
	var files []string
	for _, g := range []string{"corpus/*.jsonl", "samples/*.jsonl"} {
		m, err := filepath.Glob(filepath.Join("..", "decoder", "testdata", g))
		require.NoError(t, err)
		files = append(files, m...)
	}
	var out []paste
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for n := 1; sc.Scan(); n++ {
			var p paste
			require.NoError(t, json.Unmarshal(sc.Bytes(), &p), "%s:%d", f, n)
			if p.ID == "" {
				p.ID = filepath.Base(f) + ":" + itoa(n)
			}
			out = append(out, p)
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	// The decoder's golden inputs: more real pastes, labelled by their .json twins.
	golden, err := filepath.Glob(filepath.Join("..", "decoder", "testdata", "golden", "*.txt"))
	require.NoError(t, err)
	for _, f := range golden {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		out = append(out, paste{ID: "golden/" + filepath.Base(f), Input: string(data)})
	}
	require.Greater(t, len(out), 450)
	return out
}

// The decoder answers every masked corpus paste as it answers the original: the same
// provider, status, code, category and verdict. Each paste is tried as pasted, and with an
// environment dump full of secrets after it, as people paste them.
func TestCorpusAnswersUnchanged(t *testing.T) {
	trailer := "\n\nenv:\nOPENAI_API_KEY=sk-proj-Xq3vR8tLm2Wn7Pz4Ks9Jd1Fh6Gb5Ya0Ce\n" +
		"DB_PASSWORD=Tr0ub4dor&3\nHTTPS_PROXY=http://jdoe:Pa55w0rd9@proxy.acme.corp:3128\n" +
		"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE12\nowner: jane.doe@acme.io\n"
	for _, p := range readCorpus(t) {
		t.Run(p.ID, func(t *testing.T) {
			for _, in := range []string{p.Input, p.Input + trailer} {
				out, _ := Text(in)
				sameAnswer(t, in, out)
			}
		})
	}
}

// Pastes in the corpus hold no secret (their authors masked them before posting), so
// whatever is masked in one is a false positive: fewer than 1 % of pastes may have one.
func TestCorpusFalsePositives(t *testing.T) {
	pastes := readCorpus(t)
	flagged := 0
	for _, p := range pastes {
		if _, items := Text(p.Input); len(items) > 0 {
			flagged++
			for _, it := range items {
				t.Logf("%s: %s masked %q", p.ID, it.Rule, p.Input[it.Start:it.End])
			}
		}
	}
	rate := float64(flagged) / float64(len(pastes))
	t.Logf("false positives: %d of %d pastes (%.2f %%)", flagged, len(pastes), 100*rate)
	assert.Less(t, rate, 0.01)
}
