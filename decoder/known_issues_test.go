package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Decoder issues found by the hostile-input work (issue 7), written as the behaviour they
// should have and skipped until the decoder is changed. Neither is a safety problem: the
// answer stays bounded and is shown only as text.
func TestKnownIssues(t *testing.T) {
	t.Run("a message that starts with a brace is read as the message", func(t *testing.T) {
		t.Skip(`known: {"error":{"message":"{x} y"}} gives message = the whole paste (after an HTTP head, the status line)`)
		assert.Equal(t, "{x} y", Decode(`{"error":{"message":"{x} y"}}`).Message)
		assert.Equal(t, "{{constructor.constructor('x')()}}", Decode("HTTP/1.1 400 Bad Request\n\n"+`{"error":{"message":"{{constructor.constructor('x')()}}"}}`).Message)
	})
	t.Run("a few invalid bytes in a short paste are not called binary", func(t *testing.T) {
		t.Skip("known: looksBinary adds n/8 for any invalid UTF-8, so 3 bad bytes in a 46-byte status line say 'looks like binary data'")
		r := Decode("HTTP/1.1 500 \xff\xfe\xfd Internal Server Error")
		assert.NotContains(t, strings.Join(r.Evidence, "\n"), "binary")
	})
}
