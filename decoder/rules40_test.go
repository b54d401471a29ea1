package decoder

import "testing"

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
