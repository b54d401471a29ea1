package retry

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// DefaultMaxBufferedBody is how much of a request body without req.GetBody a Transport
// keeps in memory to send it again: 10 MiB, far above a chat completion's JSON.
const DefaultMaxBufferedBody = 10 << 20

// keepBody returns req ready to be sent more than once, and why its body cannot be sent
// again ("" when it can). A body req.GetBody replays is left as it is; any other body is
// read into memory when it fits in the limit, and the copy returned gets a GetBody of its
// own. A longer body is sent once, streamed: what was read goes first, then the rest.
// The caller's request is never modified.
func (t *Transport) keepBody(req *http.Request) (*http.Request, string, error) {
	if req.Body == nil || req.Body == http.NoBody || req.GetBody != nil {
		return req, "", nil
	}
	limit := t.MaxBufferedBody
	if limit == 0 {
		limit = DefaultMaxBufferedBody
	}
	switch {
	case limit < 0 || t.Policy != nil && t.Policy.SafeMethodsOnly:
		return req, "the request body has no GetBody to replay it, and the Transport keeps no copy", nil
	case req.ContentLength > limit:
		return req, "the request body (" + strconv.FormatInt(req.ContentLength, 10) + " bytes) has no GetBody to replay it and is larger than the " + strconv.FormatInt(limit, 10) + " bytes the Transport keeps", nil
	}
	kept, err := io.ReadAll(io.LimitReader(req.Body, limit+1))
	if err != nil {
		_ = req.Body.Close()
		return nil, "", fmt.Errorf("retry: reading the request body: %w", err)
	}
	r := req.Clone(req.Context())
	if int64(len(kept)) > limit {
		r.Body = &replayBody{Reader: io.MultiReader(bytes.NewReader(kept), req.Body), Closer: req.Body}
		return r, "the request body has no GetBody to replay it and is larger than the " + strconv.FormatInt(limit, 10) + " bytes the Transport keeps", nil
	}
	_ = req.Body.Close()
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(kept)), nil }
	r.Body, _ = r.GetBody()
	r.ContentLength = int64(len(kept))
	if len(kept) == 0 {
		r.Body, r.GetBody = http.NoBody, nil
	}
	return r, "", nil
}

// rewind returns a copy of req with a fresh body for another attempt.
func rewind(req *http.Request) (*http.Request, error) {
	r := req.Clone(req.Context())
	if req.Body == nil || req.Body == http.NoBody {
		return r, nil
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, fmt.Errorf("retry: replaying the request body: %w", err)
	}
	r.Body = body
	return r, nil
}
