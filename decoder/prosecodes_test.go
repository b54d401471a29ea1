package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A business code written in prose is the code when the identified provider's catalog
// defines it (MiniMax's error code table, Cloudflare Workers AI's errors page), or, with
// no provider, when the words call it a code and a general layer defines it (Cloudflare's
// 1xxx pages). A number in a code's place that no such catalog defines stays prose.
func TestBusinessCodesInProse(t *testing.T) {
	tests := []struct {
		name, in, code string
		category       Category
	}{
		{"MiniMax's code after its message, at MiniMax's host",
			"POST https://api.minimax.io/v1/text/chatcompletion_v2 failed: 请求频率超限 (1002)", "1002", RateLimit},
		{"MiniMax's code leads the message",
			"POST https://api.minimax.io/v1/text/chatcompletion_v2: error 1026: input new_sensitive", "1026", ContentFilter},
		{"Workers AI's code leads the message",
			"InferenceUpstreamError: 3040: Capacity temporarily exceeded, please try again.", "3040", Overloaded},
		{"Workers AI's code in an error string",
			`POST https://api.cloudflare.com/client/v4/accounts/abc/ai/run/@cf/meta/llama-3-8b-instruct {"errors":[{"message":"5007: No such model @cf/meta/llama-9"}]}`, "5007", NotFound},
		{"Cloudflare's page, no provider: the words call it a code",
			"Error 1015\nYou are being rate limited", "1015", RateLimit},
		{"a number in a code's place that no catalog of the provider defines",
			"POST https://api.minimax.io/v1/text/chatcompletion_v2 failed: 请求频率超限 (9931)", "", RateLimit},
		{"no provider: a bare (1008) is not Cloudflare's 1008",
			"request failed: out of credits (1008)", "", Quota},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category")
		})
	}
}

// Where a paste writes numbers, only those in a code's place are kept.
func TestProseNumberPlaces(t *testing.T) {
	tests := []struct {
		in    string
		want  []string
		named []bool
	}{
		{"insufficient balance (1008)", []string{"1008"}, []bool{false}},
		{"4006: you have used up your allocation", []string{"4006"}, []bool{false}},
		{`{"error":"5006: Error: required properties"}`, []string{"5006"}, []bool{false}},
		{"Error 1015 Ray ID", []string{"1015"}, []bool{true}},
		{"InferenceUpstreamError: 3040: Capacity temporarily exceeded", []string{"3040"}, []bool{false}},
		{"error code: 1020", []string{"1020"}, []bool{true}},
		{"took 1234 ms on port :8000 at 2024-08-06 (v1.2.3) id(12345678)", nil, nil},
		{"status (429)", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			s := &signals{buf: new(extractBuffers)}
			s.readProseNumbers(tc.in, digitRuns(tc.in, nil))
			var got []string
			var named []bool
			for _, p := range s.proseNums {
				got, named = append(got, p.value), append(named, p.named)
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.named, named)
		})
	}
}

// Google's JSON error items name the error by their reason (usageLimits' codes), and an
// envelope's http_code field is the HTTP status (MiniMax's Anthropic-compatible endpoint).
func TestGoogleReasonsAndHTTPCodeField(t *testing.T) {
	tests := []struct {
		name, in, code string
		status         int
		category       Category
	}{
		{"a daily limit", `{"error":{"errors":[{"domain":"usageLimits","reason":"dailyLimitExceeded","message":"Daily Limit Exceeded"}],"code":403,"message":"Daily Limit Exceeded"}}`, "dailyLimitExceeded", 403, Quota},
		{"a user rate limit", `{"error":{"errors":[{"domain":"usageLimits","reason":"userRateLimitExceeded","message":"User Rate Limit Exceeded"}],"code":403,"message":"User Rate Limit Exceeded"}}`, "userRateLimitExceeded", 403, RateLimit},
		{"the reason beats the enum status", `{"error":{"code":429,"message":"Resource has been exhausted","errors":[{"message":"Resource has been exhausted","domain":"global","reason":"rateLimitExceeded"}],"status":"RESOURCE_EXHAUSTED"}}`, "rateLimitExceeded", 429, ""},
		{"http_code is the status", `{"type":"error","error":{"type":"bad_request_error","message":"invalid params","http_code":"400"}}`, "", 400, InvalidRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			if tc.code != "" {
				assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
			}
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			if tc.category != "" {
				assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			}
		})
	}
}

// A numeric code of four digits or more in a body is the API's business code, as specific
// as a named one: Mistral documents "code":"1300" for its rate limit beside the type
// rate_limited (docs.mistral.ai), and the code is the answer's.
func TestFourDigitBodyCodeIsTheCode(t *testing.T) {
	tests := []struct {
		name, in, code string
	}{
		{"Mistral's body, no envelope key", `HTTP 429 {"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}`, "1300"},
		{"inside an error envelope", `HTTP 400 {"error":{"message":"Unexpected role 'user' after role 'tool'","type":"invalid_request_message_order","code":3230}}`, "3230"},
		{"a three-digit code stays below the type", `{"error":{"message":"Rate limit exceeded","type":"rate_limit_error","code":429}}`, "rate_limit_error"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.code, r.Code, "code (%v)", r.Evidence)
		})
	}
}

// A business code read from prose is marked where its digits are written.
func TestProseCodeSpan(t *testing.T) {
	in := `POST https://api.minimax.io/v1/text/chatcompletion_v2 failed: 请求频率超限 (1002)`
	r := Decode(in)
	var got []string
	for _, sp := range r.Spans {
		if sp.Field == "code" {
			got = append(got, in[sp.Start:sp.End])
		}
	}
	assert.Equal(t, []string{"1002"}, got, "%v", r.Spans)
}
