package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// decodeCase is one paste and the answer it must get: the table shape the catalogs' own
// tests share.
type decodeCase struct {
	name     string
	in       string
	provider string
	status   int
	code     string
	category Category
	retry    bool
}

// checkDecodes decodes every case in a subtest of its own and checks provider, status,
// code, category and verdict, printing the evidence when one is wrong.
func checkDecodes(t *testing.T, cases []decodeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
			assert.Equal(t, tc.code, r.Code, "code; evidence: %v", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable; evidence: %v", r.Evidence)
		})
	}
}
