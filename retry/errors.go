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
// is "unknown" and not retryable. An error with none of these causes (an SDK's error that
// carries a status and body in its text, say) keeps the decoder's answer. A nil error is
// an "unknown" Result.
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
	r.Category, r.Retryable, r.Fix = k.category, k.retryable, k.fix
	r.Title, r.Entry, r.Reference, r.Source = k.title, "", "", ""
	r.HTTPStatus, r.Generic = 0, true
	r.Evidence = append(r.Evidence, why+", which decides the category: "+string(k.category))
	return r
}

// cause is what one kind of transport failure means.
type cause struct {
	category  decoder.Category
	retryable bool
	title     string
	says      string
	fix       string
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
		return cause{decoder.Unknown, false, "request cancelled", "says the caller cancelled the request (context.Canceled)",
			"Nothing failed on the server side: your own code cancelled the request's context. Retry only if that was not intended."}, true
	case errors.As(err, &unknownCA), errors.As(err, &hostname), errors.As(err, &invalidCert), errors.As(err, &verify), errors.As(err, &roots):
		return cause{decoder.Connection, false, "TLS certificate not trusted", "holds a certificate verification failure",
			"The server's TLS certificate was not accepted (unknown authority, wrong host name or expired). A corporate proxy re-signing traffic, a missing CA bundle in the container, or a wrong base URL are the usual causes; retrying will not help."}, true
	case errors.As(err, &dns) && dns.IsNotFound:
		return cause{decoder.Connection, false, "host name not found", "holds a DNS lookup that found no such host",
			"DNS has no address for the API host: check the base URL for a typo and the machine's DNS settings. Retrying the same name will not help."}, true
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return cause{decoder.Timeout, true, "request timed out", "holds a timeout (context.DeadlineExceeded or a net.Error with Timeout() true)",
			"No complete response arrived in time. Retry with backoff; for long generations raise http.Client.Timeout or the context deadline, or stream the response."}, true
	case errors.As(err, &dns):
		return cause{decoder.Connection, true, "DNS lookup failed", "holds a temporary DNS failure",
			"DNS could not resolve the API host just now. Retry with backoff; if it persists, check the resolver."}, true
	case errors.Is(err, syscall.ECONNREFUSED):
		return cause{decoder.Connection, true, "connection refused", "holds ECONNREFUSED",
			"Nothing accepted the connection: the server or a proxy is restarting, or the base URL points at the wrong port. Retry with backoff; if it persists, check the base URL and proxy."}, true
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return cause{decoder.Connection, true, "connection reset", "holds a reset or aborted connection (ECONNRESET, ECONNABORTED or EPIPE)",
			"The server or a proxy dropped the connection mid-request (idle timeout, restart, load balancer). Retry idempotent requests; for long requests stream the response."}, true
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return cause{decoder.Connection, true, "network unreachable", "holds an unreachable host or network",
			"The network path to the API is down. Retry with backoff and check the machine's network and proxy settings."}, true
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return cause{decoder.Connection, true, "connection closed early", "holds an end of stream before the response was complete (io.EOF or io.ErrUnexpectedEOF)",
			"The connection closed before the whole response arrived. Retry idempotent requests; if it repeats, a proxy may be cutting long responses."}, true
	case errors.As(err, &opErr):
		return cause{decoder.Connection, true, "network error", "holds a *net.OpError (" + opErr.Op + ")",
			"The request failed at the network level. Retry with backoff; if it persists, check the base URL, proxy and network."}, true
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
