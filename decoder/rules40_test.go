package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTransportClassesAreNoCode: a client library's exception class for a failure on the
// way to the server names how the client saw it, not a code the server (or the OS) sent, so
// a connection or timeout answer carries no code unless an errno, CURLcode or library code
// is printed. The messages are the libraries' own: CPython's http.client
// (https://docs.python.org/3/library/http.client.html#http.client.RemoteDisconnected),
// aiohttp's ClientConnectorError str "Cannot connect to host {host}:{port} ssl:{ssl} [{os_error}]"
// (aio-libs/aiohttp aiohttp/client_exceptions.py), .NET's HttpClient timeout
// (https://learn.microsoft.com/dotnet/api/system.net.http.httpclient.timeout) and Java's
// NoRouteToHostException (https://docs.oracle.com/javase/8/docs/api/java/net/NoRouteToHostException.html).
func TestTransportClassesAreNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "http.client RemoteDisconnected",
			in:       "http.client.RemoteDisconnected: Remote end closed connection without response",
			category: Connection, retry: true},
		{name: "urllib3's ProtocolError around RemoteDisconnected",
			in:       "urllib3.exceptions.ProtocolError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
			category: Connection, retry: true},
		{name: "aiohttp ClientConnectorError",
			in:       "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host example.org:443 ssl:default [Connection reset by peer]",
			category: Connection, retry: true},
		{name: ".NET HttpClient timeout",
			in:       "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing.",
			category: Timeout, retry: true},
		{name: "Java IOException around NoRouteToHostException",
			in:       "java.io.IOException: java.net.NoRouteToHostException: No route to host (Host unreachable)",
			category: Connection, retry: true},
	})
}

// TestCurlCffiErrCode: curl_cffi raises CurlError (RequestsError in its requests layer)
// with f"Failed to perform, ErrCode: {ret}, Reason: '{error_buffer}'" (lexiforest/curl_cffi
// curl_cffi/curl.py, Curl.perform), ret being libcurl's CURLcode
// (https://curl.se/libcurl/c/libcurl-errors.html: 6 host not resolved, 28 timed out, 35 TLS
// connect error).
func TestCurlCffiErrCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "timed out", in: "Failed to perform, ErrCode: 28, Reason: 'Operation timed out after 10001 milliseconds with 0 bytes received'",
			code: "28", category: Timeout, retry: true},
		{name: "host not resolved, in RequestsError",
			in:   "curl_cffi.requests.errors.RequestsError: Failed to perform, ErrCode: 6, Reason: 'Could not resolve host: example.invalid'. This may be a libcurl error, See https://curl.se/libcurl/c/libcurl-errors.html first for more details.",
			code: "6", category: Connection, retry: true},
		{name: "TLS connect error", in: "CurlError: Failed to perform, ErrCode: 35, Reason: 'BoringSSL SSL_connect: SSL_ERROR_SYSCALL in connection to example.org:443 '",
			code: "35", category: Connection, retry: true},
	})
}

// TestHTTP2StreamResetCode: Go's http2 StreamError prints "stream error: stream ID %d; %v"
// and "; received from peer" when the server reset the stream, %v the RFC 9113 §7 name
// (golang.org/x/net/http2 errors.go). The name is the code; INTERNAL_ERROR is the server's
// frame, not AWS's InternalError, and the failure is the connection's.
func TestHTTP2StreamResetCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "reset by the server", in: "stream error: stream ID 5; INTERNAL_ERROR; received from peer",
			code: "INTERNAL_ERROR", category: Connection, retry: true},
		{name: "inside net/http's url.Error",
			in:   `Post "https://api.example.com/v1/jobs": stream error: stream ID 3; PROTOCOL_ERROR`,
			code: "PROTOCOL_ERROR", category: Connection, retry: true},
		{name: "refused stream", in: "http2: stream error: stream ID 11; REFUSED_STREAM; received from peer",
			code: "REFUSED_STREAM", category: Connection, retry: true},
		{name: "an unknown code keeps none", in: "stream error: stream ID 9; unknown error code 0x42",
			category: Connection, retry: true},
	})
}

// TestRegistryCodeBeyondTheDaemon: container clients print a registry's error as the
// distribution library's ErrorCode.Error spells it, lower case with spaces, then its
// message (distribution/distribution registry/api/errcode/errors.go; the codes and their
// messages in registry/api/v2/errors.go). Podman's containers/image, docker-compose and the
// daemon all print it so; a capitalised "Unauthorized:" is an HTTP reason phrase, no code.
func TestRegistryCodeBeyondTheDaemon(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "containers/image reading a manifest",
			in:   "Error: initializing source docker://registry.example.com/team/app:latest: reading manifest latest in registry.example.com/team/app: unauthorized: authentication required",
			code: "unauthorized", category: Authentication},
		{name: "docker-compose pulling a service's image",
			in:   "Pulling web (registry.example.com/team/app:1.0)...\nERROR: unauthorized: authentication required",
			code: "unauthorized", category: Authentication},
		{name: "NAME_UNKNOWN after reading a manifest",
			in:   "reading manifest 1.0 in registry.example.com/team/app: name unknown: repository name not known to registry",
			code: "name unknown", category: NotFound},
		{name: "MANIFEST_UNKNOWN on the daemon's line",
			in:     "Error response from daemon: manifest for example/app:2.0 not found: manifest unknown: manifest unknown",
			status: 404, code: "manifest unknown", category: NotFound},
		{name: "an HTTP reason phrase is no registry code",
			// (the reason phrase heading the message gives its status, h-status6's reasonphrase reading)
			in:     "GET https://api.example.com/v2/items failed: Unauthorized: token expired",
			status: 401, category: Authentication},
	})
}

// TestHAProxyNoServerIsServer: HAProxy's built-in 503 page, "No server is available to
// handle this request.", is sent when no server of the backend is up (HAProxy's
// configuration manual, 1.3.1 and errorfile; http_err_msgs in its src/http.c): the service
// behind the proxy is down, a server failure, not a provider shedding load.
func TestHAProxyNoServerIsServer(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the built-in page with its status line",
			in:     "HTTP/1.1 503 Service Unavailable\r\nContent-length: 107\r\nCache-Control: no-cache\r\nConnection: close\r\nContent-Type: text/html\r\n\r\n<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>",
			status: 503, category: Server, retry: true},
	})
}

// TestCodeInBracketsAfterTheClass: Discord's JS libraries print the API's JSON error code in
// brackets after their class, discord.js as "DiscordAPIError[50001]: Missing Access"
// (discordjs/discord.js packages/rest/src/lib/errors/DiscordAPIError.ts) and eris as
// "DiscordRESTError [50013]: Missing Permissions" (abalabahaha/eris
// lib/errors/DiscordRESTError.js); the number is the code
// (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes).
// Firestore's JS SDK prints "FirebaseError: [code=permission-denied]: ..." (firebase-js-sdk
// packages/firestore/src/util/error.ts), the code its call's gRPC status, so no HTTP status.
func TestCodeInBracketsAfterTheClass(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "discord.js", in: "DiscordAPIError[50001]: Missing Access",
			code: "50001", category: Permission},
		{name: "eris", in: "DiscordRESTError [50013]: Missing Permissions\n    at RequestHandler.request (/app/node_modules/eris/lib/rest/RequestHandler.js:75:15)",
			code: "50013", category: Permission},
		{name: "a bracketed name is no code", in: "Error [ERR_INVALID_URL]: Invalid URL",
			category: InvalidRequest},
		{name: "Firestore permission-denied", in: "FirebaseError: [code=permission-denied]: Missing or insufficient permissions.",
			code: "permission-denied", category: Permission},
		{name: "Firestore unavailable", in: "FirebaseError: [code=unavailable]: Failed to get document because the client is offline.",
			code: "unavailable", category: Connection, retry: true},
	})
}

// TestNoSuchHostIsRetryable: a name that did not resolve is the DNS failure ENOTFOUND and
// EAI_NONAME stand for (net-dns, retryable): Go's DNSError prints "lookup <host> on
// <server>: no such host" (go/src/net/net.go, errNoSuchHost), .NET's SocketException
// 11001 WSAHOST_NOT_FOUND "No such host is known"
// (https://learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2).
// Retrying once the network or the resolver works can succeed.
func TestNoSuchHostIsRetryable(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "Go", in: `Post "https://api.example.com/v1/items": dial tcp: lookup api.example.com on 127.0.0.53:53: no such host`,
			category: Connection, retry: true},
		{name: ".NET", in: "System.Net.Http.HttpRequestException: No such host is known. (api.example.com:443)",
			category: Connection, retry: true},
	})
	// Go prints every lookup failure after "dial tcp: lookup <host>": a resolver that
	// misbehaved or timed out found no answer, not "no such host" (net.DNSError.Error).
	for _, in := range []string{
		`dial tcp: lookup api.example.com: server misbehaving`,
		`dial tcp: lookup api.example.com on 10.0.0.2:53: read udp 10.0.0.5:41234->10.0.0.2:53: i/o timeout`,
	} {
		assert.NotEqual(t, "net-no-such-host", Decode(in).Entry, in)
	}
}
