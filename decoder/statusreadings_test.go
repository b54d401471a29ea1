package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Python requests' HTTPError writes the status, "Client Error" or "Server Error", then the
// reason phrase (requests/models.py raise_for_status): the number is the status wherever
// the message is quoted, after an app's own words too.
func TestRequestsHTTPErrorStatus(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
	}{
		{"raised", "requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.example.com/v1/embeddings", 429},
		{"quoted after an app's words", "[embed] request failed, 503 Server Error: Service Unavailable for url: https://api.example.com/v1/embeddings", 503},
		{"after another class's name", "[models] Upstream Error, 401 Client Error: Unauthorized for url: https://api.example.com/v1/chat", 401},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}

// A body cut short, or escaped inside another's string, still states its status in its
// code field (google.rpc.Status's "code", an envelope's numeric code).
func TestCodeFieldOfACutBody(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
	}{
		{"cut short", `{"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).", "status": "RESOURCE_EXHAU`, 429},
		{"escaped in a wrapper's string, cut", `[API Error: {"error":{"message":"{\n  \"error\": {\n    \"code\": 503,\n    \"message\": \"The model is overloaded. Please try again later.`, 503},
		{"a Python dict, cut", `{'error': {'code': 400, 'message': 'Request contains an invalid argument.', 'stat`, 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}

// "rejected (400):" names the status like "returned 400:".
func TestRejectedLabel(t *testing.T) {
	r := Decode(`upstream rejected (400): {"error":{"message":"Unknown parameter: 'foo'.","type":"invalid_request_error"}}`)
	assert.Equal(t, 400, r.HTTPStatus, "status (%v)", r.Evidence)
	r = Decode("the proxy rejected (413) oversized requests yesterday")
	assert.Equal(t, 0, r.HTTPStatus, "a number in parentheses in running text (%v)", r.Evidence)
}

// How HTTP clients and people write a status: .NET's "429 (Too Many Requests)", a
// browser's "a status of 404 (Not Found)", a Chinese label with a full-width colon, "API
// returned 429" ending its line; a count of items is no status.
func TestStatusAsClientsWriteIt(t *testing.T) {
	tests := []struct {
		in     string
		status int
	}{
		{"System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).", 429},
		{"Failed to load resource: the server responded with a status of 404 (Not Found)", 404},
		{"Error 503 (Service Unavailable)", 503},
		{"请求失败，状态码：429", 429},
		{"chat completion failed: API returned 429", 429},
		{"the API returned 200 results (see page 2)", 0},
		{"the export returned 404 items.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}

// curl's HTTP/2 and empty-reply failures are a connection that broke, which a retry can
// get past.
func TestCurlConnectionFailures(t *testing.T) {
	for _, in := range []string{
		"curl: (92) HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)",
		"curl: (52) Empty reply from server",
	} {
		r := Decode(in)
		assert.Equal(t, Connection, r.Category, "%s (%v)", in, r.Evidence)
		assert.True(t, r.Retryable, in)
	}
}

// requests' HTTPError whose number was cut (or glued to the class name) still names the
// status by its reason phrase before " for url".
func TestRequestsReasonBeforeForURL(t *testing.T) {
	for in, want := range map[string]int{
		"Client Error: NOT FOUND for url: https://api.example.com/v1/chat/completions":                  404,
		`{"msg": "HTTPError429 Client Error: Too Many Requests for url: https://api.example.com/v3/x"}`: 429,
	} {
		assert.Equal(t, want, Decode(in).HTTPStatus, in)
	}
}
