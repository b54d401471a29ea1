package decoder

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDecode checks the decoder's promises on any input: no panic, a published category,
// non-negative waits, valid UTF-8 out, and the same answer twice.
func FuzzDecode(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "{", "[{", `{"error":`, "HTTP/1.1 429", "\x00\xff", `{\"a\":\"`, "b'{\\n"} {
		f.Add(s)
	}
	d := New(WithClock(func() time.Time { return time.Unix(0, 0) }))
	f.Fuzz(func(t *testing.T, in string) {
		r := d.Decode(in)
		if !r.Category.Valid() {
			t.Fatalf("invalid category %q", r.Category)
		}
		if r.RetryAfterMS < 0 {
			t.Fatalf("negative wait %d", r.RetryAfterMS)
		}
		if r.Category == Quota && r.Retryable {
			t.Fatal("quota marked retryable")
		}
		for _, s := range append([]string{r.Message, r.Code, r.Fix}, r.Evidence...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		again := d.Decode(in)
		if again.Category != r.Category || again.Code != r.Code || again.HTTPStatus != r.HTTPStatus || again.Provider != r.Provider || again.Message != r.Message {
			t.Fatal("not deterministic")
		}
	})
}
