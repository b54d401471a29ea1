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
		{"Node, INVALID_ARGUMENT from a Google API", "Error: 3 INVALID_ARGUMENT: Request contains an invalid argument.\n    at Object.callErrorFromStatus (/app/node_modules/google-gax/build/src/grpc.js:9:3)", 400},
		{"Go, PermissionDenied from a Google API", "rpc error: code = PermissionDenied desc = Cloud Pub/Sub API has not been used in project 12 before; enable it at https://console.developers.google.com/apis/api/pubsub.googleapis.com/overview", 403},
		{".NET, ResourceExhausted from a Google API", "Grpc.Core.RpcException: Status(StatusCode=\"ResourceExhausted\", Detail=\"Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'\")\n   at Google.Api.Gax.Grpc.ApiCallRetryExtensions.<>c__DisplayClass0_0`2.<<WithRetry>b__0>d.MoveNext()", 429},
		{"Java, UNAUTHENTICATED from a Google API", "com.google.api.gax.rpc.UnauthenticatedException: io.grpc.StatusRuntimeException: UNAUTHENTICATED: Request had invalid authentication credentials.", 401},
		{"Node, INVALID_ARGUMENT: no server named, none", "Error: 3 INVALID_ARGUMENT: Request contains an invalid argument.", 0},
		{"Java, UNAUTHENTICATED: no server named, none", "io.grpc.StatusRuntimeException: UNAUTHENTICATED: Request had invalid authentication credentials.", 0},
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
