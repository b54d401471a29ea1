package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The gRPC forms of issue 13's *-u* rows, written from the runtimes' and Google's docs
// (https://grpc.github.io/grpc/core/md_doc_statuscodes.html, google/rpc/code.proto,
// https://cloud.google.com/apis/design/errors), not copied from the corpus.

// TestGRPCStatusAsPrinted: the call's status as each runtime prints it is the code, in the
// spelling printed, above any code in its description.
func TestGRPCStatusAsPrinted(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "grpc-go before 1.0 printed the number",
			in:   "rpc error: code = 4 desc = context deadline exceeded",
			code: "4", category: Timeout, retry: true}, "grpc"},
		{decodeCase{name: "grpc-go's number for PERMISSION_DENIED",
			in:   "rpc error: code = 7 desc = missing required scope",
			code: "7", category: Permission}, "grpc"},
		{decodeCase{name: "a log that lower-cases grpc-go's line",
			in:   "level=error msg=\"RPC error: code = notfound desc = no such snapshot\"",
			code: "notfound", category: NotFound}, "grpc"},
		{decodeCase{name: "grpc-java: the HTTP/2 error code in the description is a detail",
			in:   "io.grpc.StatusRuntimeException: UNAVAILABLE: HTTP/2 error code: INTERNAL_ERROR\nReceived Rst Stream",
			code: "UNAVAILABLE", category: Connection, retry: true}, "grpc"},
		{decodeCase{name: "Ruby's grpc gem names the code in its class",
			in:   "GRPC::NotFound: 5:Requested entity was not found.",
			code: "NotFound", category: NotFound}, "grpc"},
		{decodeCase{name: "Ruby, a failed precondition",
			in:   "GRPC::FailedPrecondition 9:The operation was rejected because the system is not in a state required",
			code: "FailedPrecondition", category: InvalidRequest}, "grpc"},
	})
}

// TestGRPCMessageSizeIsNoQuota: a runtime's message-size limit is reported as
// RESOURCE_EXHAUSTED, but the same call fails again until the limit or the message changes
// (https://pkg.go.dev/google.golang.org/grpc#MaxCallRecvMsgSize); no server answered.
func TestGRPCMessageSizeIsNoQuota(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "grpc-go receiving",
			in:   "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (8388608 vs. 4194304)",
			code: "ResourceExhausted", category: InvalidRequest}, "grpc"},
		{decodeCase{name: "grpc-go sending",
			in:   "rpc error: code = ResourceExhausted desc = grpc: trying to send message larger than max (5000000 vs. 4194304)",
			code: "ResourceExhausted", category: InvalidRequest}, "grpc"},
		{decodeCase{name: "grpc-java",
			in:   "io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: gRPC message exceeds maximum size 4194304: 6291456",
			code: "RESOURCE_EXHAUSTED", category: InvalidRequest}, "grpc"},
		{decodeCase{name: "grpc-core (Python)",
			in:   "status = StatusCode.RESOURCE_EXHAUSTED\n\tdetails = \"Sent message larger than max (7340032 vs. 4194304)\"",
			code: "RESOURCE_EXHAUSTED", category: InvalidRequest}, "grpc"},
	})
}

// TestGRPCStatusOnlyFromGoogleAPIs: a gRPC call answers in a trailer over HTTP/2 200, so its
// code implies an HTTP status only where the server documents one per code: Google's APIs
// (google.rpc.Code's mapping), named by their hosts and client libraries. Any other gRPC
// server's code implies none.
func TestGRPCStatusOnlyFromGoogleAPIs(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "gax-java names a Google API",
			in:     "com.google.api.gax.rpc.NotFoundException: io.grpc.StatusRuntimeException: NOT_FOUND: Resource not found (resource=my-topic).",
			status: 404, code: "NOT_FOUND", category: NotFound}, "grpc"},
		{decodeCase{name: "a googleapis.com host in grpc-go's description",
			in:     "rpc error: code = InvalidArgument desc = Invalid resource field value in the request. [type.googleapis.com/google.rpc.ErrorInfo]",
			status: 400, code: "InvalidArgument", category: InvalidRequest}, "grpc"},
		{decodeCase{name: "@google-cloud in a Node stack",
			in:     "Error: 5 NOT_FOUND: Instance not found\n    at callErrorFromStatus (/srv/node_modules/@google-cloud/spanner/build/src/index.js:12:3)",
			status: 404, code: "NOT_FOUND", category: NotFound}, "grpc"},
		{decodeCase{name: "grpc-go alone: no server is named",
			in:   "rpc error: code = ResourceExhausted desc = Quota exceeded.",
			code: "ResourceExhausted", category: RateLimit, retry: true}, "grpc"},
		{decodeCase{name: "grpc-js alone",
			in:   "Error: 16 UNAUTHENTICATED: invalid token\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)",
			code: "UNAUTHENTICATED", category: Authentication}, "grpc"},
		{decodeCase{name: "Python's grpcio alone",
			in:   "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.NOT_FOUND\n\tdetails = \"model version not loaded\"\n>",
			code: "NOT_FOUND", category: NotFound}, "grpc"},
		{decodeCase{name: ".NET's Grpc.Core alone",
			in:   "Grpc.Core.RpcException: Status(StatusCode=\"AlreadyExists\", Detail=\"job already exists\")",
			code: "AlreadyExists", category: Conflict}, "grpc"},
		{decodeCase{name: "a JSON body's code came over HTTP, with the mapped status",
			in:     `{"error":{"code":"PERMISSION_DENIED","message":"caller lacks permission on the dataset"}}`,
			status: 403, code: "PERMISSION_DENIED", category: Permission}, "grpc"},
		{decodeCase{name: "grpc-java alone",
			in:   "io.grpc.StatusRuntimeException: PERMISSION_DENIED: caller is not allowed to write to this bucket",
			code: "PERMISSION_DENIED", category: Permission}, "grpc"},
	})
}

// TestCloudFrontPages: CloudFront's own error page states its status in the first heading
// (the title names none) and is read by that status; the x-cache header names a failure of
// the distribution's function
// (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html).
func TestCloudFrontPages(t *testing.T) {
	page := func(status string) string {
		return "<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD>\n<BODY>\n<H1>" + status +
			" ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n<HR noshade size=\"1px\">\n" +
			"There might be too much traffic or a configuration error.\n<PRE>\nGenerated by cloudfront (CloudFront)\nRequest ID: abc==\n</PRE>\n</BODY></HTML>"
	}
	checkLayers(t, []layerCase{
		{decodeCase{name: "a 503 page: its heading's status, the origin's failure",
			in: page("503"), status: 503, category: Server, retry: true}, "cloudfront"},
		{decodeCase{name: "a 502 page",
			in: page("502"), status: 502, category: Server, retry: true}, "cloudfront"},
		{decodeCase{name: "a 403 page is a refusal, not the origin's failure",
			in: page("403"), status: 403, category: Permission}, ""},
		{decodeCase{name: "a 504 page: the origin did not answer in time",
			in:     "504 Gateway Timeout ERROR\nThe request could not be satisfied.\nCloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.\nGenerated by cloudfront (CloudFront)",
			status: 504, category: Timeout, retry: true}, "cloudfront"},
		{decodeCase{name: "x-cache names a Lambda@Edge execution error",
			in:     "HTTP/1.1 503 Service Unavailable\nContent-Type: text/html\nX-Cache: LambdaExecutionError from cloudfront\nVia: 1.1 abc.cloudfront.net (CloudFront)",
			status: 503, code: "LambdaExecutionError", category: Server}, "cloudfront"},
		{decodeCase{name: "x-cache names a Lambda@Edge limit",
			in:     "HTTP/1.1 503 Service Unavailable\nX-Cache: LambdaLimitExceeded from cloudfront",
			status: 503, code: "LambdaLimitExceeded", category: Overloaded, retry: true}, "cloudfront"},
		{decodeCase{name: "x-cache names a function's invalid response",
			in:     "HTTP/2 502\nx-cache: LambdaValidationError from cloudfront",
			status: 502, code: "LambdaValidationError", category: Server}, "cloudfront"},
	})
}

// TestHeadingStatus: an error page whose title names no status states it in its heading.
func TestHeadingStatus(t *testing.T) {
	r := Decode("<html><head><title>Service error</title></head><body><h1>502 Bad Gateway</h1><p>upstream failed</p></body></html>")
	assert.Equal(t, 502, r.HTTPStatus, "%v", r.Evidence)
	r = Decode("<html><head><title>Oops</title></head><body><h1>Release 404 notes</h1></body></html>")
	assert.Equal(t, 0, r.HTTPStatus, "a number inside a heading's words is no status: %v", r.Evidence)
}

// TestThrottledByNetwork: Google's unusual-traffic page, in English and Chinese, is a block
// that lapses once the requests stop (https://support.google.com/websearch/answer/86640);
// OneDrive's x-clienterror ThrottledRequest is its throttling
// (https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/throttling).
func TestThrottledByNetwork(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "Google's page, English",
			in:       "Our systems have detected unusual traffic from your computer network. Please try your request again later.",
			category: RateLimit, retry: true}, "google-apis"},
		{decodeCase{name: "Google's page, its explanation",
			in:       "This page appears when Google automatically detects requests coming from your computer network which appear to be in violation of the Terms of Service.",
			category: RateLimit, retry: true}, "google-apis"},
		{decodeCase{name: "Google's page, Chinese",
			in:       "我们的系统检测到您的计算机网络中存在异常流量。请稍后重新发送请求。",
			category: RateLimit, retry: true}, "google-apis"},
		{decodeCase{name: "OneDrive's header",
			in:     "HTTP/1.1 429 Too Many Requests\nx-clienterror: ThrottledRequest\nRetry-After: 30",
			status: 429, code: "ThrottledRequest", category: RateLimit, retry: true}, "microsoft"},
	})
}

// TestVertexResourceQuota: a job or deployment over a resource quota of the project (GPUs,
// deployed nodes) is refused until resources are freed or the quota raised; re-submitting
// fails again (https://cloud.google.com/vertex-ai/docs/quotas).
func TestVertexResourceQuota(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a custom job's quota metric",
			in:       "Job failed: The following quota metrics exceed quota limits: aiplatform.googleapis.com/custom_model_training_nvidia_a100_gpus",
			provider: "vertex-ai", category: Quota},
		{name: "a deployment's quota",
			in:       "google.api_core.exceptions.ResourceExhausted: The following quotas are exceeded: DedicatedResourceNodesPerRegion",
			provider: "vertex-ai", status: 429, code: "RESOURCE_EXHAUSTED", category: Quota},
	})
}

// TestClaudeCodeStatusForms: Claude Code prints a failure it could not read as JSON as
// "API Error (<status> <text>)", and a stream that stopped sending as its own notice
// (https://docs.anthropic.com/en/docs/claude-code/troubleshooting).
func TestClaudeCodeStatusForms(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "a gateway's text behind the status", in: "API Error (504 Gateway Time-out)",
			provider: "anthropic", wrapper: "claude-code", status: 504, cat: Timeout, retryable: true},
		{name: "a 429 with a proxy's text", in: "API Error (429 Too many requests, please slow down)",
			provider: "anthropic", wrapper: "claude-code", status: 429, cat: RateLimit, retryable: true},
		{name: "a stalled stream", in: "API Error: Response stalled mid-stream. The response above may be incomplete.",
			provider: "anthropic", wrapper: "claude-code", status: 0, cat: Timeout, retryable: true},
	})
}

// TestLiteLLMProviderHeaders: the LiteLLM proxy passes the provider's headers on prefixed
// with llm_provider- (https://docs.litellm.ai/docs/proxy/response_headers).
func TestLiteLLMProviderHeaders(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "the provider's rate-limit headers through the proxy",
			in:       "HTTP/1.1 429 Too Many Requests\nllm_provider-x-ratelimit-remaining-requests: 0\nllm_provider-retry-after: 20\n\n{\"error\": {\"message\": \"Rate limit reached for requests\", \"type\": \"requests\", \"code\": \"rate_limit_exceeded\"}}",
			provider: unchecked, wrapper: "litellm", status: 429, code: "rate_limit_exceeded", cat: RateLimit, retryable: true},
	})
}

// TestCUDAErrorName: a CUDA runtime or cuBLAS status name after "CUDA error: " is the
// failure's code (https://docs.nvidia.com/cuda/cublas/#cublasstatus-t); its words
// ("CUDA error: out of memory") are not.
func TestCUDAErrorName(t *testing.T) {
	r := Decode("RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`")
	assert.Equal(t, "CUBLAS_STATUS_ALLOC_FAILED", r.Code, "%v", r.Evidence)
	r = Decode("RuntimeError: CUDA error: out of memory")
	assert.NotEqual(t, "out", r.Code, "%v", r.Evidence)
}
