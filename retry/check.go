package retry

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/errlens/errlens/decoder"
)

// Attempt is one try of a request and how it ended: what CheckRetry decides from and what
// ErrorHandler receives.
type Attempt struct {
	// N is 1 for the first try, 2 for the first retry, ...
	N int
	// Request is the request as sent on this try.
	Request *http.Request
	// Response is the server's answer; nil when Err is set.
	Response *http.Response
	// Err is the error the base RoundTripper returned, as it returned it.
	Err error
	// Result classifies Err, or a Response with status 400 and above; it is the zero
	// Result for a response below 400, which the Transport does not read (call Classify
	// on it for an API that reports errors inside a 200).
	Result decoder.Result
	// Acted says whether the server may have acted on the request.
	Acted Acted
	// CannotResend says why the request's body cannot be sent again, empty when it can
	// (no body, req.GetBody, or a copy the Transport kept).
	CannotResend string
}

// CheckRetry decides with the zero Policy.
func CheckRetry(ctx context.Context, a *Attempt) Decision {
	return (*Policy)(nil).CheckRetry(ctx, a)
}

// CheckRetry is the Transport's decision for one attempt, which a Transport.CheckRetry of
// your own can wrap. A response below 400 is done. Otherwise Decide answers from the
// error alone, and then the request must be one that can be sent again:
//
//   - its body can be replayed (see Attempt.CannotResend);
//   - GET, HEAD, OPTIONS, TRACE, PUT and DELETE, and any request with an Idempotency-Key,
//     are sent again whatever the failure (the rule net/http uses for its own retries);
//   - other methods (POST, PATCH) are sent again when the server cannot have acted on them
//     (Acted is DidNotAct: 408, 429, 503, 529, a refused connection, DNS, TLS, nothing
//     written), or when it may have and the provider's SDK sends them again anyway
//     (Shape.PostRetry "always": the Stainless SDKs, botocore, Google's and Cohere's);
//     with SafeMethodsOnly, never.
func (p *Policy) CheckRetry(ctx context.Context, a *Attempt) Decision {
	if a.Err == nil && a.Response != nil && a.Response.StatusCode < 400 {
		return Decision{Reason: "done: the server answered " + a.Response.Status}
	}
	if err := ctx.Err(); err != nil {
		return Decision{Reason: "stop: " + err.Error()}
	}
	d := p.Decide(a.Result, a.N)
	if !d.Retry {
		return d
	}
	if a.CannotResend != "" {
		return Decision{Reason: "stop: " + a.CannotResend}
	}
	if Idempotent(a.Request) {
		return d
	}
	method := a.Request.Method
	if p != nil && p.SafeMethodsOnly {
		return Decision{Reason: "stop: a " + method + " without an Idempotency-Key is sent once (SafeMethodsOnly)"}
	}
	what := failureWords(a)
	if a.Acted == DidNotAct {
		d.Reason += "; safe for a " + method + ": " + what + ", so the server did not act on it"
		return d
	}
	sh := ShapeOf(p.provider(a.Result))
	switch sh.PostRetry {
	case decoder.PostRetryAlways:
		d.Reason += "; the server may have acted on this " + method + " (" + what + "), and " + sh.Name + " sends it again too"
		return d
	case decoder.PostRetryNever:
		return Decision{Reason: "stop: the server may have acted on this " + method + " (" + what + "), and " + sh.Name + " never sends one twice"}
	}
	return Decision{Reason: "stop: the server may have acted on this " + method + " (" + what + "); " + sh.Name + " sends it again only with an Idempotency-Key"}
}

// failureWords names how the attempt failed, for a Reason.
func failureWords(a *Attempt) string {
	switch {
	case a.Response != nil:
		return "status " + strconv.Itoa(a.Response.StatusCode)
	case a.Acted == DidNotAct:
		return "the connection failed before the request was written"
	}
	return "the connection failed after the request was written"
}

// Idempotent reports whether req may be sent twice whatever happened to the first: its
// method is GET, HEAD, OPTIONS, TRACE, PUT or DELETE, or it carries an Idempotency-Key (or
// X-Idempotency-Key) header, which APIs such as Pictograph's de-duplicate by.
func Idempotent(req *http.Request) bool {
	switch req.Method {
	case "", http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
		return true
	}
	return hasIdempotencyKey(req)
}

// Replayable reports whether net/http's own rule lets req be sent more than once: it is
// Idempotent and its body is empty or can be replayed through req.GetBody. It is the rule
// of a Transport whose Policy has SafeMethodsOnly.
func Replayable(req *http.Request) bool {
	return Idempotent(req) && (req.Body == nil || req.Body == http.NoBody || req.GetBody != nil)
}

func hasIdempotencyKey(req *http.Request) bool {
	for _, k := range []string{"Idempotency-Key", "X-Idempotency-Key"} {
		if v, ok := req.Header[k]; ok && len(v) > 0 && strings.TrimSpace(v[0]) != "" {
			return true
		}
	}
	return false
}
