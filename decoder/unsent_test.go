package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// gRPC's call-credentials plugin failing is the client's failure before its request went
// out: no status (not google.api_core's "503" for the UNAVAILABLE gRPC raises), and the
// plugin's own error says why: credentials (invalid_grant, a string passed for a
// Credentials object), or the network to the token endpoint. The first two are real pastes
// (corpus gemini-l003 and vertex-ai-l006).
func TestCredentialsPluginFailedBeforeSending(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		status    int
		code      string
		category  Category
		retryable bool
	}{
		{"api_core RetryError over an expired refresh token",
			`google.api_core.exceptions.RetryError: Deadline of 60.0s exceeded while calling target function, last exception: 503 Getting metadata from plugin failed with error: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})

grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:
        status = StatusCode.UNAVAILABLE
        details = "Getting metadata from plugin failed with error: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})"`,
			0, "invalid_grant", Authentication, false},
		{"a string passed where a Credentials object belongs",
			`grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:
        status = StatusCode.UNAVAILABLE
        details = "Getting metadata from plugin failed with error: 'str' object has no attribute 'before_request'"
        debug_error_string = "UNKNOWN:Error received from peer  {grpc_message:"Getting metadata from plugin failed with error: \'str\' object has no attribute \'before_request\'", grpc_status:14, created_time:"2024-05-13T14:23:12.184109-07:00"}"
>`,
			0, "UNAVAILABLE", Authentication, false},
		{"the token endpoint unreachable: the network decides",
			"grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAVAILABLE\n\tdetails = \"Getting metadata from plugin failed with error: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))\"\n>",
			0, "", Connection, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			if tc.code != "" {
				assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
			}
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable")
		})
	}
}

// grpc-python prints a failed call's status, details and debug string on lines of their
// own: however much the details quote (a body, an exception), they are the call's error,
// not a second one.
func TestRPCFieldLinesStayInTheirError(t *testing.T) {
	in := "google.api_core.exceptions.RetryError: Deadline of 60.0s exceeded while calling target function, last exception: 503 Getting metadata from plugin failed with error: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})\n\n" +
		"grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n" +
		"        status = StatusCode.UNAVAILABLE\n" +
		"        details = \"Getting metadata from plugin failed with error: ('invalid_grant: Bad Request', {'error': 'invalid_grant', 'error_description': 'Bad Request'})\""
	occs := occurrences(in, nil)
	if assert.Len(t, occs, 1) {
		assert.Equal(t, len(in), occs[0].end)
	}
}
