package retry_test

import (
	"bytes"
	"io"
	"net/http"
	"net/url"
	"testing"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/retry"
)

// Whatever the server sends, Classify answers with a valid category and hands the caller
// back every byte of the body.
func FuzzClassify(f *testing.F) {
	for _, rep := range []reply{cerebras429, pictograph402, a15t503, openpixels200, opengradient500, bedrock503} {
		f.Add(rep.status, "Retry-After", rep.headers["Retry-After"], []byte(rep.body))
	}
	f.Add(200, "Content-Encoding", "gzip", []byte("\x1f\x8b\x08\x00garbage"))
	f.Add(0, "", "", []byte{})
	f.Fuzz(func(t *testing.T, status int, name, value string, body []byte) {
		h := http.Header{}
		if name != "" {
			h[name] = []string{value}
		}
		u, _ := url.Parse("https://api.example.com/v1/chat/completions?key=x")
		resp := &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(bytes.NewReader(body)),
			Request: &http.Request{Method: http.MethodPost, URL: u}}
		r := retry.Classify(resp)
		if !r.Category.Valid() {
			t.Fatalf("category %q", r.Category)
		}
		if r.RetryAfterMS < 0 {
			t.Fatalf("negative wait %d", r.RetryAfterMS)
		}
		got, err := io.ReadAll(resp.Body)
		if err != nil || !bytes.Equal(got, body) {
			t.Fatalf("body changed: %v", err)
		}
		d := retry.Decide(r, 1)
		if d.Wait < 0 || (d.Retry && r.Category == decoder.Quota) {
			t.Fatalf("decision %+v for %+v", d, r)
		}
	})
}
