package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A general layer's code implies the status its owner documents it with, and only one
// documented with exactly one: S3's table, the AWS common errors, Docker Hub's pull limit,
// npm's E<status> codes. A code sent with several statuses (ThrottlingException: 400 in
// the common errors, 429 in Bedrock) and wording alone imply none.
func TestGeneralCodesImplyTheirStatus(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
		code     string
	}{
		{"S3 AccessDenied, botocore", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied", 403, "AccessDenied"},
		{"S3 AccessDenied, aws-cli 1.x", "upload failed: ./a to s3://b/a A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied", 403, "AccessDenied"},
		{"S3 NoSuchBucket", "botocore.exceptions.ClientError: An error occurred (NoSuchBucket) when calling the ListObjects operation: The specified bucket does not exist", 404, "NoSuchBucket"},
		{"S3 SlowDown", "An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.", 503, "SlowDown"},
		{"S3 ExpiredToken", "An error occurred (ExpiredToken) when calling the GetObject operation: The provided token has expired.", 400, "ExpiredToken"},
		{"AWS ServiceUnavailable", "An error occurred (ServiceUnavailable) when calling the DescribeInstances operation", 503, "ServiceUnavailable"},
		{"Docker Hub pull limit", "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit", 429, ""},
		{"AWS JS v3, an error its model does not name", "SlowDown: UnknownError\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)\n    at de_CommandError (/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4743:14)", 503, "SlowDown"},
		{"npm E429", "npm ERR! code E429\nnpm ERR! Rate limited", 429, "E429"},
		{"x-amzn-ErrorType keeps what comes before ':' (Bedrock's 400)", `{'x-amzn-ErrorType': 'ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/'}`, 400, "ValidationException"},
		{"ThrottlingException: several statuses, none implied", "An error occurred (ThrottlingException) when calling the PutItem operation: slow down", 0, "ThrottlingException"},
		{"wording alone implies none", "The specified bucket does not exist", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			if tc.code != "" {
				assert.Equal(t, tc.code, r.Code, "code")
			}
		})
	}
}

// An error event a client read from a stream came after the 200 that opened it, and a
// model server's validation wording (Text Generation Inference's, which several APIs
// serve) names no provider and no status.
//
// (The first two are tune rows anthropic-a014 and together-b007.)
func TestNoStatusImplied(t *testing.T) {
	tests := []struct {
		name, in, provider string
		category           Category
	}{
		{"Anthropic's error event relayed by a client", `Error: SSE error returned from server: '{"type":"error","error":{"details":null, "type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"}'`, "anthropic", Overloaded},
		{"TGI's length validation", "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 2048. Given: 2019 `inputs` tokens and 30 `max_new_tokens`", "", ContextLength},
		{"TGI's wording with the backticks lost", "Input validation error: inputs tokens + max_new_tokens must be <= 8192. Given: 6204 inputs tokens and 2047 max_new_tokens", "", ContextLength},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Zero(t, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.provider, r.Provider, "provider")
		})
	}
}

// Statuses and codes a paste shows that were not read before (tune rows none-c057,
// mistral-a012, fireworks-b006, none-c040, openai-a029).
func TestSurroundingsAndShortForms(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
		category Category
		retry    bool
	}{
		{"npm's log of another request's 200", "510 info retry will retry, error on last attempt: Error: getaddrinfo ENOTFOUND registry.npmjs.org registry.npmjs.org:443\n515 http 200 https://registry.npmjs.org/serve-static", 0, Connection, true},
		{"a router's 200 OK before the error", "19:59:12 - LiteLLM Router:INFO: router.py:3059 - call(model=mistral/devstral) 200 OK\n19:59:13 - LiteLLM Router:INFO: router.py:3065 - Exception litellm.BadRequestError: MistralException - {\"object\":\"error\",\"message\":\"Unexpected role 'user' after role 'tool'\",\"type\":\"invalid_request_message_order\",\"param\":null,\"code\":\"3230\"}", 400, InvalidRequest, false},
		{"openai-node's bodyless error, cut", "404 (no body)", 404, NotFound, false},
		{"Cloudflare 1015 page titled Access denied", `<html><head><title>Access denied | api.example.org used Cloudflare to restrict access</title></head><body><script>a={event:"feedback clicked",properties:{errorCode:1015,helpful:a}}</script></body></html>`, 0, RateLimit, true},
		{"a TLS connection cut mid-handshake", "openai.error.APIConnectionError: Error communicating with OpenAI: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/embeddings (Caused by SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:1131)')))", 0, Connection, true},
		{"an untrusted certificate stays fatal", "requests.exceptions.SSLError: HTTPSConnectionPool(host='x', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))", 0, Connection, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category")
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
		})
	}
}
