package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A gRPC error a server decided reports the HTTP status its code maps to
// (google/rpc/code.proto), the status the same error has over HTTP; the codes a client
// raises itself when no answer came (UNAVAILABLE, DEADLINE_EXCEEDED) report none.
func TestGRPCCodesMapToHTTP(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
	}{
		{"Node, INVALID_ARGUMENT", "Error: 3 INVALID_ARGUMENT: Request contains an invalid argument.", 400},
		{"Go, PermissionDenied", "rpc error: code = PermissionDenied desc = The caller does not have permission", 403},
		{".NET, ResourceExhausted", "Grpc.Core.RpcException: Status(StatusCode=\"ResourceExhausted\", Detail=\"Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'\")", 429},
		{"Java, UNAUTHENTICATED", "io.grpc.StatusRuntimeException: UNAUTHENTICATED: Request had invalid authentication credentials.", 401},
		{"Node, UNAVAILABLE: a client's, no answer came", "Error: 14 UNAVAILABLE: No connection established", 0},
		{"Go, DeadlineExceeded: the client's deadline", "rpc error: code = DeadlineExceeded desc = context deadline exceeded", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
		})
	}
}
