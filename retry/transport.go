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
// by waiting, as the provider's own SDK would: the same failures, counts, backoff and wait
// limits, read from the catalog.
//
// A POST is sent again when the server cannot have acted on it (429, 503, 529, a refused
// connection, a DNS or TLS failure, a connection lost before any of the request was
// written: see Acted), and after a failure where it may have (500, 502, 504, a connection
// lost after the request was sent) only when the provider's SDK does the same, or with an
// Idempotency-Key. GET, PUT, DELETE and the other idempotent methods are sent again after
// any retryable failure. Policy.CheckRetry has the whole rule; Policy.SafeMethodsOnly
// keeps net/http's own (idempotent methods and keyed requests only).
//
// The body is replayed through req.GetBody (http.NewRequest sets it for bytes, strings and
// bytes.Buffer bodies), or from a copy the Transport keeps of a body without one, up to
// MaxBufferedBody; a longer body is sent once, and the Decision after a failure says so.
//
// Only error responses (status 400 and above) and transport errors are classified; a 2xx
// response is returned as it is, even one that carries an error inside (OpenPixels'
// result.error, an SSE error event): call Classify on it, or in a CheckRetry of your own,
// if you need to know.
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
	// retryable after any failure. Only APIs that de-duplicate by that header (Pictograph
	// does, for 24 hours) are protected from doing the work twice.
	AddIdempotencyKey bool
	// MaxBufferedBody is the longest body without req.GetBody the Transport keeps a copy
	// of, to send it again; 0 means DefaultMaxBufferedBody (10 MiB), below 0 none.
	MaxBufferedBody int64

	// CheckRetry decides, after every attempt, whether to send the request again and
	// when; nil means Policy.CheckRetry. To change one case, call Policy.CheckRetry from
	// yours and adjust its answer.
	CheckRetry func(ctx context.Context, a *Attempt) Decision
	// PrepareRetry, when set, is called with each retry's request before it is sent, a
	// fresh copy with the body rewound: re-sign it (AWS SigV4 signs the date), refresh a
	// token, or count it. An error ends the retries with that error.
	PrepareRetry func(req *http.Request) error
	// ErrorHandler, when set, is called when the Transport gives up after a failed attempt
	// (a transport error, or status 400 and above, for whatever reason the Decision
	// says); RoundTrip returns what it returns. Without it, RoundTrip returns the last
	// response or error as it came.
	ErrorHandler func(a *Attempt, d Decision) (*http.Response, error)
	// OnRetry, when set, is called with each decision after a failed attempt (retry or
	// stop; d.Retry says which) and before each wait, with the attempt number, its
	// classification and the decision.
	OnRetry func(attempt int, r decoder.Result, d Decision)
}

// RoundTrip sends req, and sends it again while CheckRetry says so.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	req = t.withKey(req)
	req, cannotResend, err := t.keepBody(req)
	if err != nil {
		return nil, err
	}
	ctx := req.Context()
	for n := 1; ; n++ {
		try, err := t.prepare(req, n)
		if err != nil {
			return nil, err
		}
		a := t.send(try, n)
		a.CannotResend = cannotResend
		d := t.check(ctx, a)
		failed := a.Err != nil || a.Response.StatusCode >= 400
		if t.OnRetry != nil && (failed || d.Retry) {
			t.OnRetry(n, a.Result, d)
		}
		if !d.Retry {
			if failed && t.ErrorHandler != nil {
				return t.ErrorHandler(a, d)
			}
			return a.Response, a.Err
		}
		if resp := a.Response; resp != nil && resp.Body != nil {
			// Let the connection be reused: read a little of what is left, then close.
			_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			_ = resp.Body.Close()
		}
		if err := t.sleep(ctx, d.Wait); err != nil {
			return nil, fmt.Errorf("retry: waiting %v before retry %d: %w", d.Wait, n, err)
		}
	}
}

// prepare returns the request for attempt n: req itself first, then a copy with the body
// rewound, passed through PrepareRetry.
func (t *Transport) prepare(req *http.Request, n int) (*http.Request, error) {
	if n == 1 {
		return req, nil
	}
	try, err := rewind(req)
	if err != nil {
		return nil, err
	}
	if t.PrepareRetry != nil {
		if err := t.PrepareRetry(try); err != nil {
			return nil, fmt.Errorf("retry: preparing retry %d: %w", n-1, err)
		}
	}
	return try, nil
}

// send makes one attempt through the base RoundTripper and classifies a failure.
func (t *Transport) send(req *http.Request, n int) *Attempt {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	var w writeTrace
	resp, err := base.RoundTrip(w.attach(req))
	a := &Attempt{N: n, Request: req, Response: resp, Err: err, Acted: w.acted(resp, err)}
	switch {
	case err != nil:
		a.Response = nil
		a.Result = ClassifyError(withURL(req, err))
	case resp.StatusCode >= 400:
		a.Result = Classify(resp)
	}
	return a
}

// check asks CheckRetry, and stops whatever it says once the request's context is done.
func (t *Transport) check(ctx context.Context, a *Attempt) Decision {
	var d Decision
	if t.CheckRetry != nil {
		d = t.CheckRetry(ctx, a)
	} else {
		d = t.Policy.CheckRetry(ctx, a)
	}
	if d.Retry && ctx.Err() != nil {
		d = Decision{Reason: "stop: " + ctx.Err().Error()}
	}
	return d
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

// withKey gives a POST or PATCH without an idempotency key a random one, when
// AddIdempotencyKey asks for it; the caller's request is not modified.
func (t *Transport) withKey(req *http.Request) *http.Request {
	if !t.AddIdempotencyKey || (req.Method != http.MethodPost && req.Method != http.MethodPatch) || hasIdempotencyKey(req) {
		return req
	}
	req = req.Clone(req.Context())
	req.Header.Set("Idempotency-Key", newKey())
	return req
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

// newKey returns a random UUID (version 4) for an Idempotency-Key header.
func newKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
