package decoder

import (
	"strings"
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

// layerCase is a decodeCase a general layer must answer: layer names the catalog file whose
// entry does ("" when any may).
type layerCase struct {
	decodeCase
	layer string
}

// checkLayers checks each case as checkDecodes does, and that its general layer answered.
func checkLayers(t *testing.T, cases []layerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkDecodes(t, []decodeCase{tc.decodeCase})
			if tc.layer == "" {
				return
			}
			r := Decode(tc.in)
			assert.True(t, strings.HasPrefix(r.Reference, "providers/"+tc.layer+"/"), "answered by %q, want the %s layer; evidence: %v", r.Reference, tc.layer, r.Evidence)
			assert.True(t, r.Generic, "a general layer's answer")
		})
	}
}
