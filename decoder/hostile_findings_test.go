package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Two behaviours the hostile-input work (issue 7) found wrong, now fixed: a message that
// starts with a brace, and a few bad bytes in a short paste.
func TestHostileFindings(t *testing.T) {
	t.Run("a message that starts with a brace is read as the message", func(t *testing.T) {
		assert.Equal(t, "{x} y", Decode(`{"error":{"message":"{x} y"}}`).Message)
		assert.Equal(t, "{{constructor.constructor('x')()}}", Decode("HTTP/1.1 400 Bad Request\n\n"+`{"error":{"message":"{{constructor.constructor('x')()}}"}}`).Message)
	})
	t.Run("a few invalid bytes in a short paste are not called binary", func(t *testing.T) {
		r := Decode("HTTP/1.1 500 \xff\xfe\xfd Internal Server Error")
		assert.NotContains(t, strings.Join(r.Evidence, "\n"), "binary")
	})
}
