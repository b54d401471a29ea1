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
