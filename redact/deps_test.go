package redact

import (
	"testing"

	"github.com/errlens/errlens/internal/stdonly"
)

// redact is compiled into the page's WebAssembly: standard library only, and none of the
// packages that multiply the build's size; not sort either.
func TestStandardLibraryOnly(t *testing.T) {
	stdonly.Check(t, "github.com/errlens/errlens/redact", append(stdonly.Heavy, "sort")...)
}
