package retry

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/errlens/errlens/decoder"
)

// Transport is an http.RoundTripper that sends a request again when the failure can clear
// by waiting, as Policy decides from the classified response or error.
//
// Only requests that are safe to send twice are retried: GET, HEAD, OPTIONS, TRACE, PUT
// and DELETE, and any request carrying an Idempotency-Key (or X-Idempotency-Key) header —
// the rule net/http itself uses. A request with a body is retried only when req.GetBody
// can replay it (http.NewRequest sets it for bytes, strings and bytes.Buffer bodies). Other
// requests pass through untouched, after one attempt.
//
// Only error responses (status 400 and above) and transport errors are classified; a 2xx
// response is returned as it is, even one that carries an error inside (OpenPixels'
// result.error, an SSE error event): call Classify on it if you need to know.
//
// While waiting, a cancelled request context ends the wait at once: RoundTrip then returns
// the context's error. The zero Transport is usable; it retries through
// http.DefaultTransport with the zero Policy.
type Transport struct {
	// Base sends each attempt; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Policy decides each retry; nil means the zero Policy (each provider's own rules).
	Policy *Policy
	// Sleep waits d or until ctx is done, returning ctx.Err() then; nil waits on a timer.
	// Tests set it to record the waits instead of sleeping.
	Sleep func(ctx context.Context, d time.Duration) error
	// AddIdempotencyKey, when true, gives a POST or PATCH request that has no
	// Idempotency-Key header a random one (the same on every retry), which makes it
	// retryable. Only APIs that de-duplicate by that header (Pictograph does, for 24 hours)
	// are protected from doing the work twice.
	AddIdempotencyKey bool
	// OnRetry, when set, is called before each wait with the attempt that failed, its
	// classification and the decision.
	OnRetry func(attempt int, r decoder.Result, d Decision)
}

// RoundTrip sends req, and sends it again while the Policy says so.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	if t.AddIdempotencyKey && (req.Method == http.MethodPost || req.Method == http.MethodPatch) && !hasIdempotencyKey(req) {
		req = req.Clone(req.Context())
		req.Header.Set("Idempotency-Key", newKey())
	}
	if !Replayable(req) {
		return base.RoundTrip(req)
	}
	ctx := req.Context()
	for attempt := 1; ; attempt++ {
		try := req
		if attempt > 1 {
			var err error
			if try, err = rewind(req); err != nil {
				return nil, err
			}
		}
		resp, err := base.RoundTrip(try)
		var r decoder.Result
		switch {
		case err != nil:
			r = ClassifyError(withURL(req, err))
		case resp.StatusCode < 400:
			return resp, nil
		default:
			r = Classify(resp)
		}
		d := t.Policy.Decide(r, attempt)
		if !d.Retry || ctx.Err() != nil {
			return resp, err
		}
		if t.OnRetry != nil {
			t.OnRetry(attempt, r, d)
		}
		if resp != nil && resp.Body != nil {
			// Let the connection be reused: read a little of what is left, then close.
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			_ = resp.Body.Close()
		}
		if err := t.sleep(ctx, d.Wait); err != nil {
			return nil, fmt.Errorf("retry: waiting %v before retry %d: %w", d.Wait, attempt, err)
		}
	}
}

func (t *Transport) sleep(ctx context.Context, d time.Duration) error {
	if t.Sleep != nil {
		return t.Sleep(ctx, d)
	}
	return Sleep(ctx, d)
}

// Sleep waits for d, or until ctx is done and then returns ctx.Err(). It is the wait a
// Transport with no Sleep of its own uses.
func Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d <= 0 {
		return nil
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Replayable reports whether a Transport may send req more than once: its method is
// idempotent or it carries an idempotency key, and its body is empty or can be replayed
// through req.GetBody.
func Replayable(req *http.Request) bool {
	switch req.Method {
	case "", http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
	default:
		if !hasIdempotencyKey(req) {
			return false
		}
	}
	return req.Body == nil || req.Body == http.NoBody || req.GetBody != nil
}

func hasIdempotencyKey(req *http.Request) bool {
	for _, k := range []string{"Idempotency-Key", "X-Idempotency-Key"} {
		if v, ok := req.Header[k]; ok && len(v) > 0 && strings.TrimSpace(v[0]) != "" {
			return true
		}
	}
	return false
}

// withURL wraps a transport error the way http.Client does, so the classification sees the
// host (and so the provider) as well as the failure. The query is left out.
func withURL(req *http.Request, err error) error {
	if req.URL == nil {
		return err
	}
	u := *req.URL
	u.User, u.RawQuery, u.Fragment, u.ForceQuery = nil, "", "", false
	op := "Get"
	if req.Method != "" && req.Method != http.MethodGet {
		op = req.Method[:1] + strings.ToLower(req.Method[1:])
	}
	return &url.Error{Op: op, URL: u.String(), Err: err}
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

// newKey returns a random UUID (version 4) for an Idempotency-Key header.
func newKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
