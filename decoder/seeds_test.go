package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The seed documents (shared/seeds) are primary sources: these tables restate them
// independently of the catalog files, so a catalog edit that contradicts a seed fails here.

// Seed 003, the a15t gateway: every code and its Retryable column.
func TestSeedA15tCodes(t *testing.T) {
	retryable := map[string]bool{
		"missing_api_key": false, "invalid_api_key": false, "unauthorized": false,
		"rate_limit_exceeded": true, "invalid_request": false, "invalid_argument": false,
		"not_found": false, "unknown_model": false, "invalid_content_media": false,
		"unavailable_content_media": false, "unsafe_content": false, "unknown_app": false,
		"invalid_app": false, "unsupported_interface": false, "unknown_workspace": false,
		"failed_request": false, "internal_error": false, "model_server_error": true,
		"model_overloaded": true, "model_unavailable": false, "model_timeout": true,
		"stream_error": true, "stream_terminated": true,
	}
	require.Len(t, retryable, 23)
	for code, want := range retryable {
		t.Run(code, func(t *testing.T) {
			in := "POST https://api.platform.a15t.com/v1/chat/completions\n{\"error\": {\"type\": \"error\", \"code\": \"" + code + "\", \"message\": \"see code\"}}"
			r := Decode(in)
			assert.Equal(t, "a15t", r.Provider)
			assert.Equal(t, code, r.Code)
			assert.Equal(t, want, r.Retryable, "retryable per the seed's table")
			assert.NotEqual(t, Unknown, r.Category)
			assert.Equal(t, code, entryCode(t, "a15t", r.Entry))
		})
	}
}

// Seed 004, OpenPixels: six types, thirteen codes, errors inside a 200 result object.
func TestSeedOpenPixelsCodes(t *testing.T) {
	types := map[string]string{
		"INVALID_API_KEY": "AUTHENTICATION_ERROR", "MISSING_API_KEY": "AUTHENTICATION_ERROR",
		"PROVIDER_ERROR": "PROVIDER_ERROR", "PROVIDER_HTTP_ERROR": "PROVIDER_ERROR",
		"PROVIDER_JOB_ERROR": "PROVIDER_ERROR", "PROVIDER_TIMEOUT": "PROVIDER_ERROR",
		"PROVIDER_NOT_FOUND": "PROVIDER_ERROR", "NO_PROVIDERS_WORKING": "AVAILABILITY_ERROR",
		"NO_CREDITS": "BILLING_ERROR", "INVALID_ARGUMENTS": "BAD_REQUEST_ERROR",
		"UNKNOWN_MODEL": "BAD_REQUEST_ERROR", "UNKNOWN_ERROR": "INTERNAL_SERVER_ERROR",
		"INTERNAL_SERVER_ERROR": "INTERNAL_SERVER_ERROR",
	}
	require.Len(t, types, 13)
	for code, typ := range types {
		t.Run(code, func(t *testing.T) {
			r := Decode(`{"id": "run_1", "status": "failed", "error": {"type": "` + typ + `", "code": "` + code + `", "message": "see code", "params": {}}}`)
			assert.Equal(t, "openpixels", r.Provider)
			assert.Equal(t, code, r.Code)
			assert.Equal(t, typ, r.Type)
			assert.Equal(t, code, entryCode(t, "openpixels", r.Entry))
		})
	}
	r := Decode(`{"error": {"type": "BILLING_ERROR", "code": "NO_CREDITS", "message": "Insufficient credits"}}`)
	assert.Equal(t, Quota, r.Category)
	assert.False(t, r.Retryable)
	p := Lookup("openpixels")
	var provider int
	for _, e := range p.Errors {
		if e.Type == "PROVIDER_ERROR" && e.Code != "" && e.Code != "PROVIDER_NOT_FOUND" { // a pinned provider is not rerouted
			provider++
			assert.Contains(t, strings.ToLower(e.Fix+e.SDK), "reroute", "%s: say OpenPixels retries or reroutes provider errors itself", e.ID)
		}
	}
	assert.Equal(t, 4, provider)
}

// Seed 000, OpenGradient: the base class and its twelve subclasses, printed the SDK's way.
func TestSeedOpenGradientClasses(t *testing.T) {
	classes := map[string]Category{
		"AuthenticationError": Authentication, "InsufficientCreditsError": Quota,
		"InvalidInputError": InvalidRequest, "NetworkError": Connection, "RateLimitError": RateLimit,
		"ServerError": Server, "TimeoutError": Timeout, "UnsupportedModelError": InvalidRequest,
		"FileNotFoundError": NotFound, "InferenceError": Server, "ResultRetrievalError": Server,
		"UploadError": Server,
	}
	require.Len(t, classes, 12)
	p := Lookup("opengradient")
	for cls := range classes {
		found := false
		for _, e := range p.Errors {
			if strings.HasSuffix(e.Class["python"], "."+cls) {
				found = true
			}
		}
		assert.True(t, found, "catalog entry for %s", cls)
	}
	r := Decode("opengradient.client.exceptions.InsufficientCreditsError: Insufficient credits (Status code: 402) (Required: 120, Available: 15)")
	assert.Equal(t, Quota, r.Category)
	assert.Equal(t, "120", r.Details["required_credits"])
	assert.Equal(t, "15", r.Details["available_credits"])
	r = Decode("opengradient.client.exceptions.RateLimitError: Rate limit exceeded (Status code: 429)")
	assert.Equal(t, 429, r.HTTPStatus)
	assert.True(t, r.Retryable)
}

// Seed 001, Pictograph: classes and statuses, the 402 detail block, the 422 error list,
// idempotency conflicts, poll time-outs and the SDK's retry policy.
func TestSeedPictograph(t *testing.T) {
	status := map[string]int{"AuthError": 401, "ForbiddenError": 403, "NotFoundError": 404,
		"ConflictError": 409, "ValidationError": 422, "PaymentRequiredError": 402, "RateLimitError": 429}
	p := Lookup("pictograph")
	for cls, st := range status {
		found := false
		for _, e := range p.Errors {
			if strings.HasSuffix(e.Class["python"], "."+cls) && e.Status == st {
				found = true
			}
		}
		assert.True(t, found, "%s with status %d", cls, st)
	}
	for _, cls := range []string{"ConfigurationError", "ServerError", "NetworkError", "RequestTimeoutError", "PollTimeoutError", "ApiError"} {
		found := false
		for _, e := range p.Errors {
			found = found || strings.HasSuffix(e.Class["python"], "."+cls)
		}
		assert.True(t, found, cls)
	}

	r := Decode(`HTTP/1.1 402 Payment Required
content-type: application/json

{"detail": {"message": "Insufficient credits", "required": 50, "remaining": 10, "upgrade_url": "https://app.pictograph.io/billing"}}`)
	assert.Equal(t, "pictograph", r.Provider)
	assert.Equal(t, Quota, r.Category)
	assert.Equal(t, "50", r.Details["required"])
	assert.Equal(t, "10", r.Details["remaining"])
	assert.Equal(t, "https://app.pictograph.io/billing", r.Details["upgrade_url"])

	r = Decode(`pictograph.exceptions.ValidationError: Request validation failed (status=422)
{"detail": [{"loc": ["body", "annotations", 0, "name"], "msg": "field required", "type": "value_error.missing"}]}`)
	assert.Equal(t, 422, r.HTTPStatus)
	assert.Equal(t, InvalidRequest, r.Category)
	assert.Contains(t, r.Details["invalid_fields"], "body.annotations.0.name: field required")
	assert.Contains(t, r.Fix, "class")

	r = Decode(`HTTP/1.1 409 Conflict

{"error_code": "idempotency_conflict", "message": "Idempotency-Key reused with a different body"}`)
	assert.Equal(t, "idempotency_conflict", r.Code)
	assert.Equal(t, Conflict, r.Category)
	assert.False(t, r.Retryable)

	r = Decode("pictograph.exceptions.PollTimeoutError: training run run_123 did not finish within 60.0s")
	assert.Equal(t, "pictograph", r.Provider)
	assert.Contains(t, r.Fix, "client.training.get")

	r = Decode("HTTP/1.1 429 Too Many Requests\nRetry-After: 300\n\n{\"error\": \"rate_limit_exceeded\", \"message\": \"Rate limit exceeded. Please retry after 300 seconds.\", \"retry_after\": 300}")
	assert.Equal(t, "pictograph", r.Provider)
	assert.Equal(t, int64(300000), r.RetryAfterMS)
	if assert.Len(t, r.SDKWaits, 1) {
		assert.Equal(t, SDKWaitGivesUp, r.SDKWaits[0].Action)
		assert.Contains(t, r.SDKWaits[0].Says, "120 s", "the SDK waits out a 429 only up to 120 s")
	}

	r = Decode("pictograph.exceptions.ServerError: Internal server error (status=503)")
	assert.True(t, r.Retryable)
	assert.Contains(t, r.SDKBehavior, "3 times")
}

// Seed 002, Cerebras: status -> class for Python and Node, connection and time-out errors,
// two retries by default on connection errors, 408, 429 and >= 500.
func TestSeedCerebras(t *testing.T) {
	classes := map[int]string{400: "BadRequestError", 401: "AuthenticationError", 402: "PaymentRequired",
		403: "PermissionDeniedError", 404: "NotFoundError", 422: "UnprocessableEntityError",
		429: "RateLimitError", 500: "InternalServerError", 503: "ServiceUnavailable"}
	for st, cls := range classes {
		r := Decode("HTTP/1.1 " + itoa(st) + " x\nserver: nginx\n\n{\"message\": \"m\", \"type\": \"t\", \"param\": null, \"code\": null}\n(https://api.cerebras.ai/v1/chat/completions)")
		assert.Equal(t, "cerebras", r.Provider, "status %d", st)
		assert.Equal(t, "cerebras.cloud.sdk."+cls, r.Exceptions["python"], "status %d", st)
		assert.Equal(t, cls, r.Exceptions["node"], "status %d", st)
	}
	r := Decode("cerebras.cloud.sdk.APIConnectionError: Connection error.")
	assert.Equal(t, Connection, r.Category)
	assert.True(t, r.Retryable)
	assert.Contains(t, r.SDKBehavior, "twice")
	r = Decode("cerebras.cloud.sdk.APITimeoutError: Request timed out.")
	assert.Equal(t, Timeout, r.Category)
	assert.Contains(t, r.SDKBehavior, "twice")
	r = Decode("cerebras.cloud.sdk.RateLimitError: Error code: 429 - {'message': 'Requests per minute limit exceeded - too many requests sent.', 'type': 'too_many_requests_error', 'param': 'quota', 'code': 'request_quota_exceeded'}")
	assert.Contains(t, r.SDKBehavior, "twice")
	assert.Contains(t, r.SDKBehavior, "max_retries")
	r = Decode("cerebras.cloud.sdk.BadRequestError: Error code: 400 - {'message': 'bad', 'type': 'invalid_request_error', 'param': 'x', 'code': 'wrong_api_format'}")
	assert.Contains(t, r.SDKBehavior, "does not retry")
}

func entryCode(t *testing.T, slug, id string) string {
	t.Helper()
	for _, e := range Lookup(slug).Errors {
		if e.ID == id {
			return e.Code
		}
	}
	return ""
}
