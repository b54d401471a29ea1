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
		t.Run(tc.name, func(t *testing.T) { assertDecodes(t, tc) })
	}
}

// assertDecodes decodes tc's paste and checks its answer, for tables that check more of the
// Result beside it.
func assertDecodes(t *testing.T, tc decodeCase) Result {
	t.Helper()
	r := Decode(tc.in)
	assert.Equal(t, tc.provider, r.Provider, "provider; evidence: %v", r.Evidence)
	assert.Equal(t, tc.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
	assert.Equal(t, tc.code, r.Code, "code; evidence: %v", r.Evidence)
	assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
	assert.Equal(t, tc.retry, r.Retryable, "retryable; evidence: %v", r.Evidence)
	return r
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

// toolCase is a paste a tool printed and the answer it must get, wrapper included.
type toolCase struct {
	name, in, provider, wrapper string
	status                      int
	code                        string
	cat                         Category
	retryable                   bool
}

// unchecked, as a toolCase's provider or wrapper, leaves that field unchecked; a negative
// status leaves the status unchecked.
const unchecked = "\x00"

// checkToolCases decodes every case in a subtest of its own and checks its fields.
func checkToolCases(t *testing.T, cases []toolCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			if c.provider != unchecked {
				assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			}
			if c.wrapper != unchecked {
				assert.Equal(t, c.wrapper, r.Wrapper, "wrapper; evidence: %v", r.Evidence)
			}
			if c.status >= 0 {
				assert.Equal(t, c.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
			}
			assert.Equal(t, c.code, r.Code, "code")
			assert.Equal(t, c.cat, r.Category, "category; entry %s", r.Entry)
			assert.Equal(t, c.retryable, r.Retryable, "retryable")
		})
	}
}
