package decoder

import (
	"testing"

	"github.com/errlens/errlens/internal/stdonly"
)

// The decoder imports only the standard library, and not net/http or the reflection-heavy
// encoders: they would multiply the WebAssembly build's size.
func TestStandardLibraryOnly(t *testing.T) {
	stdonly.Check(t, "github.com/errlens/errlens/decoder", stdonly.Heavy...)
}
