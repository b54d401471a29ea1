package site

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// resultFields lists decoder.Result's JSON names in declaration order, the order
// encoding/json writes them in.
func resultFields(t *testing.T) []string {
	var out []string
	rt := reflect.TypeFor[decoder.Result]()
	for i := range rt.NumField() {
		f := rt.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		require.NotEmpty(t, name, "decoder.Result.%s has no json name", f.Name)
		out = append(out, name)
	}
	return out
}

var fieldsArray = regexp.MustCompile(`(?s)const FIELDS = \[(.*?)\];`)
var quoted = regexp.MustCompile(`"([a-z_]+)"`)

// The page's "Copy result as JSON" prints the fields in card.js's FIELDS, and only those:
// a field added to decoder.Result must be added there, in the same place, or it would be
// left out of what the page copies (wasm/main_test.go checks the adapter the same way).
func TestCardFieldsAreTheResultsFields(t *testing.T) {
	src, err := staticFS.ReadFile("static/card.js")
	require.NoError(t, err)
	m := fieldsArray.FindSubmatch(src)
	require.NotNil(t, m, "card.js: const FIELDS = [...]")
	var js []string
	for _, q := range quoted.FindAllSubmatch(m[1], -1) {
		js = append(js, string(q[1]))
	}
	assert.Equal(t, resultFields(t), js, "card.js FIELDS against decoder.Result's json tags")
}
