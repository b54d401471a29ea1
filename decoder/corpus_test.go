package decoder

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusCase is one labelled paste: dev.jsonl lines (real errors from public bug reports)
// and the per-provider sample files.
type corpusCase struct {
	ID                string  `json:"id"`
	Input             string  `json:"input"`
	Provider          *string `json:"provider"`
	ProviderInferable *bool   `json:"provider_inferable"`
	HTTPStatus        *int    `json:"http_status"`
	ErrorCode         *string `json:"error_code"`
	Category          string  `json:"category"`
	Retryable         bool    `json:"retryable"`
	RetryAfterMS      *int64  `json:"retry_after_ms"`
}

func readCorpus(t *testing.T, file string) []corpusCase {
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	var out []corpusCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var c corpusCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// Every line of the labelled dev corpus decodes as its labels say.
func TestDevCorpus(t *testing.T) {
	cases := readCorpus(t, filepath.Join("testdata", "corpus", "dev.jsonl"))
	require.Len(t, cases, 51)
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			r := Decode(c.Input)
			if c.ProviderInferable == nil || *c.ProviderInferable {
				assert.Equal(t, *c.Provider, r.Provider, "provider")
			}
			status := 0
			if c.HTTPStatus != nil {
				status = *c.HTTPStatus
			}
			assert.Equal(t, status, r.HTTPStatus, "http_status")
			code := ""
			if c.ErrorCode != nil {
				code = *c.ErrorCode
			}
			assert.Equal(t, code, r.Code, "code")
			assert.Equal(t, Category(c.Category), r.Category, "category")
			assert.Equal(t, c.Retryable, r.Retryable, "retryable")
			if c.RetryAfterMS != nil {
				assert.Equal(t, *c.RetryAfterMS, r.RetryAfterMS, "retry_after_ms")
			}
			assert.NotEmpty(t, r.Evidence, "evidence")
			assert.NotEmpty(t, r.Fix, "fix")
		})
	}
}
