package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Errors of APIs errlens has no catalog for still get their category from the general
// layers: exception classes any client library raises, AWS codes in any SDK's form, the
// wording of a family of errors in English and Chinese.
func TestGeneralLayers(t *testing.T) {
	tests := []struct {
		name, in string
		category Category
		retry    bool
	}{
		{"a rate-limit class of an unknown library", "Stripe::RateLimitError: This object cannot be accessed right now", RateLimit, true},
		{"a qualified authentication class", "mylib.errors.AuthenticationError: bad key", Authentication, false},
		{"a not-found class", "acme.NotFoundError: no such thing", NotFound, false},
		{"AWS JS v3 object, throttled", `{"name":"ThrottlingException","$fault":"client","$metadata":{"httpStatusCode":400,"attempts":3}}`, RateLimit, true},
		{"AWS JS v3 object, signature", `{"name":"SignatureDoesNotMatch","$fault":"client","$metadata":{"httpStatusCode":403},"Code":"SignatureDoesNotMatch","message":"Signature expired"}`, Authentication, false},
		{"botocore AccessDenied", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied", Permission, false},
		{"S3 SlowDown's message", "Error message: Please reduce your request rate.", RateLimit, true},
		{"GitHub 422 that is a conflict", `HTTP 422 Unprocessable Entity {"message":"Validation Failed","errors":[{"message":"Hook already exists on this repository"}]}`, Conflict, false},
		{"a retired model", "The model text-davinci-003 has been retired", NotFound, false},
		{"Chinese: concurrency too high", "您当前使用该API的并发数过高，请降低并发", RateLimit, true},
		{"Chinese: quota used up", "调用失败：额度不足，请充值", Quota, false},
		{"Chinese: server busy", "服务器繁忙，请稍后再试", Overloaded, true},
		{"Docker registry pull limit", "toomanyrequests: You have reached your pull rate limit.", RateLimit, true},
		{"DNS failure clears", "Error: getaddrinfo ENOTFOUND registry.npmjs.org", Connection, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable")
			assert.Empty(t, r.Provider, "no AI provider")
		})
	}
}

// A status the paste does not show comes from a code its provider documents with one
// status; wording alone leaves it 0 in the general layers.
func TestImpliedStatus(t *testing.T) {
	tests := []struct {
		name, in string
		status   int
	}{
		{"a documented code", `{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}`, 429},
		{"general wording invents none", "Error: the request is not supported", 0},
		{"a bracketed status", "Error: [503 ] The service is currently unavailable.", 503},
		{"a reason phrase alone", "API request failed: Payment Required", 402},
		{"reason phrase, then the number", "Anthropic - Forbidden (403) · request not allowed", 403},
		{"a quoted message opens with it", `API Request failed "400 Please reduce the length of the messages"`, 400},
		{"a Chinese message after it", "429 余额不足或无可用资源包,请充值。", 429},
		{"in inline code", "`401 Bad credentials`", 401},
		{"in inline code in a log record's field", `{"level":"error","msg":"` + "`401 Bad credentials`" + `"}`, 401},
		{"a word in lower case is no status text", `{"type":"forbidden"}`, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "%v", r.Evidence)
		})
	}
}

// A code's special case (its wording tells it apart) yields to the code's plain entry when
// its wording is absent.
func TestPlainEntryWhenWordingAbsent(t *testing.T) {
	tests := []struct {
		name, in string
		entry    string
		category Category
	}{
		{"Anthropic invalid_request_error, not prompt too long",
			`anthropic.BadRequestError: Error code: 400 - {"type":"error","error":{"type":"invalid_request_error","message":"messages: roles must alternate"}}`,
			"invalid-request-error", InvalidRequest},
		{"Anthropic prompt too long, by its wording",
			`anthropic.BadRequestError: Error code: 400 - {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}}`,
			"prompt-too-long", ContextLength},
		{"Gemini PERMISSION_DENIED without the unregistered-caller wording",
			`{"error":{"code":403,"message":"The caller does not have permission","status":"PERMISSION_DENIED"}} generativelanguage.googleapis.com`,
			"permission-denied", Permission},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.entry, r.Entry)
			assert.Equal(t, tc.category, r.Category)
		})
	}
}
