package retry

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/errlens/errlens/decoder"
)

// MaxBody is how many bytes of a response body Classify reads: as much as the decoder
// examines of any input.
const MaxBody = decoder.DefaultMaxInput

// Classify explains a live response: its status line, headers and up to MaxBody bytes of
// its body, rendered in the text form the decoder reads (the request's method and URL
// first, without query or credentials, so the host can name the provider). resp.Body is
// replaced by a reader over the bytes read followed by the rest, so the caller can still
// read the whole body and must still close it.
//
// Classify reads the body to decide: on a streaming response it waits until MaxBody bytes
// or the end have arrived. It never fails; a nil response is an "unknown" Result.
func Classify(resp *http.Response) decoder.Result {
	if resp == nil {
		return decoder.Decode("")
	}
	body, truncated, readErr := peekBody(resp)
	r := decoder.Decode(render(resp, body))
	if truncated {
		r.Evidence = append(r.Evidence, "only the first "+strconv.Itoa(MaxBody)+" bytes of the body were read")
	}
	if readErr != nil {
		r.Evidence = append(r.Evidence, "reading the body failed after "+strconv.Itoa(len(body))+" bytes: "+readErr.Error())
	}
	return r
}

// peekBody reads up to MaxBody bytes of resp.Body (one more to tell whether there is more)
// and puts everything it read back in front of the rest.
func peekBody(resp *http.Response) (data []byte, truncated bool, err error) {
	if resp.Body == nil || resp.Body == http.NoBody {
		return nil, false, nil
	}
	read, err := io.ReadAll(io.LimitReader(resp.Body, MaxBody+1))
	rest := io.Reader(resp.Body)
	switch {
	case err != nil:
		rest = &errReader{err} // the caller sees the same failure after the bytes read
	case len(read) <= MaxBody:
		rest = eofReader{} // the body is spent; do not read it again
	}
	resp.Body = &replayBody{Reader: io.MultiReader(bytes.NewReader(read), rest), Closer: resp.Body}
	if len(read) > MaxBody {
		return read[:MaxBody], true, err
	}
	return read, false, err
}

type replayBody struct {
	io.Reader
	io.Closer
}

type errReader struct{ err error }

func (e *errReader) Read([]byte) (int, error) { return 0, e.err }

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// render writes the response as a `curl -i` dump, preceded by the request line.
func render(resp *http.Response, body []byte) string {
	var b strings.Builder
	if req := resp.Request; req != nil && req.URL != nil {
		u := *req.URL
		u.User, u.RawQuery, u.Fragment, u.ForceQuery = nil, "", "", false
		method := req.Method
		if method == "" {
			method = http.MethodGet
		}
		b.WriteString(method + " " + u.String() + "\n")
	}
	proto := resp.Proto
	if !strings.HasPrefix(proto, "HTTP/") {
		proto = "HTTP/1.1"
	}
	status := resp.Status
	if status == "" || !strings.HasPrefix(status, strconv.Itoa(resp.StatusCode)) {
		status = strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)
	}
	b.WriteString(proto + " " + strings.TrimSpace(status) + "\n")
	names := make([]string, 0, len(resp.Header))
	for k := range resp.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if strings.EqualFold(k, "Set-Cookie") {
			continue
		}
		for _, v := range resp.Header[k] {
			b.WriteString(k + ": " + v + "\n")
		}
	}
	b.WriteString("\n")
	b.Write(decompress(resp, body))
	return b.String()
}

// decompress undoes a gzip Content-Encoding the HTTP client left in place (it removes the
// ones it asked for itself), so the decoder sees text.
func decompress(resp *http.Response, body []byte) []byte {
	if !strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") || len(body) == 0 {
		return body
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return body
	}
	plain, _ := io.ReadAll(io.LimitReader(zr, MaxBody))
	if len(plain) == 0 {
		return body
	}
	return plain
}
