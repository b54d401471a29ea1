package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The general wording of failures, in English and Chinese, gives an API errlens has never
// seen the right category: credits, balances and plan allowances are quotas (waiting will
// not clear them), throttling is a rate limit, and the rest as their words say.
func TestGeneralWordingOfFailures(t *testing.T) {
	tests := []struct {
		in       string
		category Category
	}{
		{"Error: insufficient credits to run this request", Quota},
		{"Your free trial has expired. Please upgrade your plan to continue.", Quota},
		{"usage limit exceeded for this API key", Quota},
		{"Request failed: the monthly quota of this key is used up", Quota},
		{"调用失败：账户余额不足，请充值后重试", Quota},
		{"错误：免费额度已用完", Quota},
		{"请求失败：配额已用完", Quota},
		{"请求太频繁，请稍后再试", RateLimit},
		{"触发限流，请降低请求频率", RateLimit},
		{"服务繁忙，请稍后重试", Overloaded},
		{"认证失败：API Key无效", Authentication},
		{"您没有权限访问该模型", Permission},
		{"输入超出上下文长度限制", ContextLength},
		{"请求参数错误：temperature 超出范围", InvalidRequest},
		{"Error: unknown parameter 'foo' in request body", InvalidRequest},
		{"You have exceeded your daily request limit. Please try again tomorrow.", Quota},
		{"This API key has exceeded its spending cap", Quota},
		{"Insufficient quota for this model", Quota},
		{"Your subscription does not include access to this model", Permission},
		{"API Key不存在", Authentication},
		// one-api/new-api write this only over an upstream 429 (their relay controllers).
		{"当前分组上游负载已饱和，请稍后再试", RateLimit},
		{"今日调用次数已达上限，请明天再试", Quota},
		{`{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked"}]}`, Authentication},
		{`Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again`, Conflict},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			if tc.category == Quota {
				assert.False(t, r.Retryable, "a quota is never retryable")
			}
		})
	}
}

// A day's allowance in general words counts over a day, and its verdict waits for the reset.
func TestDailyAllowanceInGeneralWords(t *testing.T) {
	r := Decode("Daily quota exceeded for this API key")
	assert.Equal(t, Quota, r.Category, "%v", r.Evidence)
	assert.Equal(t, "day", r.LimitWindow)
	assert.Contains(t, r.Verdict, "daily limit resets")
}

// Wording every service of a cloud shares names none of its AI APIs: AWS's "The security
// token included in the request is expired" (STS, IAM, S3 alike) is no Bedrock error, and
// Google's OAuth "Request had insufficient authentication scopes" no Gemini one; an AI API's
// own paste still names it by its host, module or code.
func TestCloudWideWordingNamesNoAIProvider(t *testing.T) {
	tests := []struct {
		name, in, provider string
		category           Category
	}{
		{"IAM's expired token", "botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the ListRoles operation: The security token included in the request is expired", "", Authentication},
		{"Drive's insufficient scopes", `googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/drive/v3/files returned "Request had insufficient authentication scopes.">`, "", Permission},
		{"Bedrock's own expired token", "botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the InvokeModel operation: The security token included in the request is expired", "bedrock", Authentication},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
		})
	}
}
