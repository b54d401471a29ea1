package retry

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"syscall"
)

// Acted says whether the server may have acted on a request that failed, which decides
// whether a POST can be sent again without doing the work twice.
type Acted int

const (
	// MayHaveActed: the request reached the server, which may have done the work before
	// the failure (a 500, 502 or 504; a connection lost after the request was written).
	MayHaveActed Acted = iota
	// DidNotAct: the server cannot have acted. It said so (408, 429, 503, 529), or the
	// request never left: the connection was refused, DNS or the TLS handshake failed, or
	// it broke before any of the request was written.
	DidNotAct
)

func (a Acted) String() string {
	if a == DidNotAct {
		return "did not act"
	}
	return "may have acted"
}

// Statuses with which a server says it did not act on the request: it timed out waiting
// for it (408, RFC 9110 §15.5.9), refused it for the rate (429, RFC 6585 §4), was not
// taking requests (503, RFC 9110 §15.6.4), or was overloaded (529, Anthropic's).
var didNotActStatus = map[int]bool{
	http.StatusRequestTimeout: true, http.StatusTooManyRequests: true,
	http.StatusServiceUnavailable: true, 529: true,
}

// writeTrace records, through net/http's own httptrace hooks, whether the transport began
// sending a request (GetConn) and whether any of the request reached the connection
// (WroteHeaders: the request line and headers are written; a server needs them whole
// before it can act).
type writeTrace struct {
	started, wrote atomic.Bool
}

// attach returns req with the trace added to its context (after any trace the caller set).
func (w *writeTrace) attach(req *http.Request) *http.Request {
	trace := &httptrace.ClientTrace{
		GetConn:      func(string) { w.started.Store(true) },
		WroteHeaders: func() { w.wrote.Store(true) },
	}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
}

// acted says whether the server may have acted, from the response's status or, for an
// error, from the trace: a RoundTripper that never calls GetConn (not net/http's) reports
// nothing, and then only errors that happen before a request can leave count as safe.
func (w *writeTrace) acted(resp *http.Response, err error) Acted {
	if err == nil {
		if resp != nil && didNotActStatus[resp.StatusCode] {
			return DidNotAct
		}
		return MayHaveActed
	}
	if beforeSending(err) || w.started.Load() && !w.wrote.Load() {
		return DidNotAct
	}
	return MayHaveActed
}

// beforeSending reports errors that can only happen before a request is written: a dial
// that failed (refused, unreachable, DNS), and a TLS handshake that failed.
func beforeSending(err error) bool {
	var (
		op      *net.OpError
		dns     *net.DNSError
		record  tls.RecordHeaderError
		alert   tls.AlertError
		verify  *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		invalid x509.CertificateInvalidError
	)
	switch {
	case errors.As(err, &op) && op.Op == "dial", errors.As(err, &dns), errors.Is(err, syscall.ECONNREFUSED):
		return true
	case errors.As(err, &record), errors.As(err, &alert), errors.As(err, &verify),
		errors.As(err, &unknown), errors.As(err, &host), errors.As(err, &invalid):
		return true
	}
	return false
}
