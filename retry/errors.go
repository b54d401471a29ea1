package retry

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/errlens/errlens/decoder"
)

// ClassifyError explains an error returned instead of a response: the decoder reads the
// error's text (which names the URL, and so often the provider), then the error chain
// decides the category with errors.Is and errors.As, whatever the wording: a timeout
// (context.DeadlineExceeded, a net.Error whose Timeout() is true) is "timeout"; a refused,
// reset or dropped connection, a DNS or TLS failure is "connection". Certificate errors
// and unknown host names are not retryable; cancellation by the caller (context.Canceled)
// is "unknown" and not retryable. The answer (title, fix, source and reference link) is
// the generic catalog's entry for that failure. An error with none of these causes (an
// SDK's error that carries a status and body in its text, say) keeps the decoder's
// answer. A nil error is an "unknown" Result.
func ClassifyError(err error) decoder.Result {
	if err == nil {
		return decoder.Decode("")
	}
	r := decoder.Decode(err.Error())
	k, ok := causeOf(err)
	if !ok {
		return r
	}
	why := "the Go error chain (" + chain(err) + ") " + k.says
	if r.Category == k.category && r.Retryable == k.retryable && r.Entry != "" {
		r.Evidence = append(r.Evidence, why)
		return r
	}
	r.Category, r.Retryable = k.category, k.retryable
	r.Title, r.Fix, r.Entry, r.Reference, r.Source = k.title, k.fix, "", "", ""
	if g, e := genericEntry(k.entry); e != nil {
		r.Title, r.Fix, r.Entry, r.Reference, r.Source = e.Title, e.Fix, e.ID, g.Reference(e), e.Source
	}
	r.HTTPStatus, r.Generic = 0, true
	r.Evidence = append(r.Evidence, why+", which decides the category: "+string(k.category))
	return r
}

// cause is what one kind of transport failure means: its category and verdict, and the
// generic catalog entry whose answer applies. Only the two kinds no catalog entry can
// describe (the caller's own cancellation, and a network error with no cause named) carry
// their own title and fix.
type cause struct {
	category  decoder.Category
	retryable bool
	entry     string // id in the generic catalog
	says      string
	title     string // when entry is ""
	fix       string
}

// genericEntry returns the generic catalog and its entry with the given id, nil if none.
func genericEntry(id string) (*decoder.Provider, *decoder.Entry) {
	g := decoder.Lookup(genericSlug)
	if g == nil || id == "" {
		return g, nil
	}
	for i := range g.Errors {
		if g.Errors[i].ID == id {
			return g, &g.Errors[i]
		}
	}
	return g, nil
}

// causeOf walks the chain; the first test that matches wins, so the more specific kinds
// (cancellation, certificates, unknown hosts) come before the general ones.
func causeOf(err error) (cause, bool) {
	var (
		unknownCA   x509.UnknownAuthorityError
		hostname    x509.HostnameError
		invalidCert x509.CertificateInvalidError
		verify      *tls.CertificateVerificationError
		roots       x509.SystemRootsError
		dns         *net.DNSError
		netErr      net.Error
		opErr       *net.OpError
	)
	switch {
	case errors.Is(err, context.Canceled):
		return cause{category: decoder.Unknown, says: "says the caller cancelled the request (context.Canceled)",
			title: "request cancelled", fix: "Nothing failed on the server side: your own code cancelled the request's context. Retry only if that was not intended."}, true
	case errors.As(err, &unknownCA), errors.As(err, &hostname), errors.As(err, &invalidCert), errors.As(err, &verify), errors.As(err, &roots):
		return cause{decoder.Connection, false, "net-x509-certificate", "holds a certificate verification failure", "", ""}, true
	case errors.As(err, &dns) && dns.IsNotFound:
		return cause{decoder.Connection, false, "net-no-such-host", "holds a DNS lookup that found no such host", "", ""}, true
	case errors.Is(err, context.DeadlineExceeded):
		return cause{decoder.Timeout, true, "net-context-deadline-exceeded", "holds a timeout (context.DeadlineExceeded)", "", ""}, true
	case errors.As(err, &netErr) && netErr.Timeout():
		return cause{decoder.Timeout, true, "net-i-o-timeout", "holds a timeout (a net.Error with Timeout() true)", "", ""}, true
	case errors.As(err, &dns):
		return cause{decoder.Connection, true, "net-eai-again", "holds a temporary DNS failure", "", ""}, true
	case errors.Is(err, syscall.ECONNREFUSED):
		return cause{decoder.Connection, true, "net-connection-refused-go", "holds ECONNREFUSED", "", ""}, true
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED):
		return cause{decoder.Connection, true, "net-connection-reset-by-peer", "holds a reset or aborted connection (ECONNRESET or ECONNABORTED)", "", ""}, true
	case errors.Is(err, syscall.EPIPE):
		return cause{decoder.Connection, true, "net-epipe", "holds a write to a closed connection (EPIPE)", "", ""}, true
	case errors.Is(err, syscall.EHOSTUNREACH):
		return cause{decoder.Connection, true, "net-ehostunreach", "holds an unreachable host (EHOSTUNREACH)", "", ""}, true
	case errors.Is(err, syscall.ENETUNREACH):
		return cause{decoder.Connection, true, "net-enetunreach", "holds an unreachable network (ENETUNREACH)", "", ""}, true
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return cause{decoder.Connection, true, "net-unexpected-eof", "holds an end of stream before the response was complete (io.EOF or io.ErrUnexpectedEOF)", "", ""}, true
	case errors.As(err, &opErr):
		return cause{category: decoder.Connection, retryable: true, says: "holds a *net.OpError (" + opErr.Op + ")",
			title: "network error", fix: "The request failed at the network level. Retry with backoff; if it persists, check the base URL, proxy and network."}, true
	}
	return cause{}, false
}

// chain names the types along err's chain: "*url.Error > *net.OpError > *os.SyscallError > syscall.Errno".
func chain(err error) string {
	var names []string
	for e, n := err, 0; e != nil && n < 8; e, n = errors.Unwrap(e), n+1 {
		names = append(names, fmt.Sprintf("%T", e))
	}
	return strings.Join(names, " > ")
}
