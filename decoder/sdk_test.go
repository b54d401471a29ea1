package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every provider's SDK sentence, for errors of each kind, says what its catalog's defaults
// say: no retries when retries are 0, the count when the SDK retries this status, "does not
// retry" when retry_on leaves the status out; one short sentence; no advice to retry more
// when retrying cannot fix the error.
func TestSDKSentenceFollowsTheCatalog(t *testing.T) {
	kinds := []Result{
		{HTTPStatus: 429, Category: RateLimit, Retryable: true},
		{HTTPStatus: 429, Category: Quota},
		{HTTPStatus: 401, Category: Authentication},
		{HTTPStatus: 400, Category: ContextLength},
		{HTTPStatus: 503, Category: Overloaded, Retryable: true},
		{Category: Connection, Retryable: true},
	}
	for _, p := range load().eng.files {
		sdk := &p.SDK
		py, node := sdk.Python.Retries, sdk.Node.Retries
		for _, r := range kinds {
			got := string(appendSDKBehavior(nil, p, nil, &r, attempts{}))
			name := p.Slug + " " + itoa(r.HTTPStatus) + " " + string(r.Category)
			if len(sdk.RetryOn) == 0 && py == 0 && node == 0 {
				assert.Empty(t, got, name)
				continue
			}
			assert.True(t, strings.HasSuffix(got, "."), "%s: %q", name, got)
			assert.NotContains(t, strings.TrimSuffix(got, "."), ". ", "%s: one sentence: %q", name, got)
			assert.LessOrEqual(t, len(got), 200, "%s: %q", name, got)
			switch {
			case py == 0 && node == 0:
				assert.Contains(t, got, "does not retry by default", name)
			case !sdkRetries(sdk.RetryOn, r.HTTPStatus, r.Category):
				assert.Contains(t, got, "does not retry", name)
			default:
				assert.Contains(t, got, "retried this error "+retriesText(sdk), name)
			}
			if !r.Retryable {
				for _, advice := range []string{"Raise", "space out", "sets how many"} {
					assert.NotContains(t, got, advice, "%s: no advice to retry more: %q", name, got)
				}
			}
		}
	}
}

func TestSDKSentenceOfPastes(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"the paste's own attempt count wins over the default",
			"message: Too many tokens, please wait before trying again.\nname: ThrottlingException\n$fault: client\n$metadata: {\"httpStatusCode\":429,\"requestId\":\"158a2e26\",\"attempts\":3,\"totalRetryDelay\":274}",
			"The request was tried 3 times before this error was raised ($metadata.attempts)."},
		{"google-genai does not retry by default",
			`google.genai.errors.ClientError: 429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}`,
			"The Gemini API SDK does not retry by default, so this error came from the first attempt."},
		{"billing: no advice to retry more",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
			"The OpenAI SDK retried this error twice before raising it; more retries cannot fix a quota or billing error."},
		{"a retryable error names the option",
			"cerebras.cloud.sdk.RateLimitError: Error code: 429 - {'message': 'Requests per minute limit exceeded - too many requests sent.', 'type': 'too_many_requests_error', 'param': 'quota', 'code': 'request_quota_exceeded'}",
			"The Cerebras SDK retried this error twice before raising it; max_retries sets how many."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Decode(tc.in).SDKBehavior)
		})
	}
}

// A wrapper's own "Retrying in 0.2 seconds" is a wait it chose, not one the server asked for.
func TestWrapperRetryLogIsNotAWait(t *testing.T) {
	r := Decode("litellm.APIError: APIError: OpenAIException - Connection error.\nRetrying in 0.2 seconds...\nlitellm.APIError: APIError: OpenAIException - Connection error.")
	assert.Equal(t, int64(0), r.RetryAfterMS)
	assert.Equal(t, Connection, r.Category)
}
