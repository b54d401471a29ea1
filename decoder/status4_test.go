package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A status the paste does not show is implied from the matched entry only when it is
// documented for what matched (shared/corpus/README.md: http_status is null only where the
// text gives no way to know it): the entry's code, which its catalog gives that one status,
// or its wording, which the entry's source documents with that status (status_worded). The
// evidence says where the status is documented, or that it is not. Pastes are written from
// each provider's documents, not copied from the corpus.

// documentedCase is a decodeCase and the evidence line that must say where its status came from.
type documentedCase struct {
	decodeCase
	evidence string
}

func checkDocumentedStatus(t *testing.T, cases []documentedCase) {
	t.Helper()
	for _, tc := range cases {
		checkDecodes(t, []decodeCase{tc.decodeCase})
		t.Run(tc.name+"/evidence", func(t *testing.T) {
			assert.Contains(t, Decode(tc.in).Evidence, tc.evidence)
		})
	}
}

func TestStatusDocumentedForWording(t *testing.T) {
	checkDocumentedStatus(t, []documentedCase{
		// platform.openai.com/docs/guides/error-codes lists this message under 429.
		{decodeCase{"OpenAI's quota message, documented under 429",
			"You exceeded your current quota, please check your plan and billing details.",
			"openai", 429, "", Quota, false},
			"HTTP status 429: not in the paste, but OpenAI documents this message with it at https://platform.openai.com/docs/guides/error-codes"},
		// inference-docs.cerebras.ai/support/rate-limits: a request over the per-minute
		// request limit is answered 429.
		{decodeCase{"Cerebras's per-minute request limit, documented under 429",
			"Requests per minute limit exceeded - too many requests sent.",
			"cerebras", 429, "", RateLimit, true},
			"HTTP status 429: not in the paste, but Cerebras documents this message with it at https://inference-docs.cerebras.ai/support/rate-limits"},
	})
}

func TestStatusUndocumentedWordingImpliesNone(t *testing.T) {
	checkDocumentedStatus(t, []documentedCase{
		// console.groq.com/docs/deprecations words a retired model so, with no status.
		{decodeCase{"Groq's decommissioned model",
			"The model `mixtral-8x7b-32768` has been decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for a recommendation on which model to use instead.",
			"groq", 0, "", NotFound, false},
			"no HTTP status in the paste, and none documented for its words; Groq lists this error under 400"},
		// OpenAI's error-codes guide gives the context_length_exceeded code a status, not
		// this message: without the code the paste gives no way to know it.
		{decodeCase{"OpenAI's context message without its code",
			"This model's maximum context length is 4097 tokens. However, your messages resulted in 5000 tokens. Please reduce the length of the messages.",
			"openai", 0, "", ContextLength, false},
			`matches OpenAI "Context length exceeded (the message alone)" (its wording)`},
	})
}

func TestStatusFromCodeWithOneStatus(t *testing.T) {
	checkDocumentedStatus(t, []documentedCase{
		// docs.anthropic.com/en/api/errors and /rate-limits: rate_limit_error is the 429.
		{decodeCase{"Anthropic's rate_limit_error body",
			`{"type":"error","error":{"type":"rate_limit_error","message":"Number of request tokens has exceeded your per-minute rate limit"}}`,
			"anthropic", 429, "rate_limit_error", RateLimit, true},
			"HTTP status 429: not in the paste, but Anthropic documents the code rate_limit_error with it at https://docs.anthropic.com/en/api/rate-limits"},
		// The same page: invalid_request_error is the 400, "We may also use this error type
		// for other 4XX status codes", so the code alone is not a way to know the status.
		{decodeCase{"Anthropic's invalid_request_error comes with several statuses",
			`{"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}}`,
			"anthropic", 0, "invalid_request_error", InvalidRequest, false},
			"no HTTP status in the paste, and none documented for its words; Anthropic lists this error under 400"},
	})
}

// An error event inside a stream came after the 200 that opened it: that 200 is not the
// error's, and no entry's status is either, unless the paste shows one.
func TestStreamErrorImpliesNoStatus(t *testing.T) {
	checkDocumentedStatus(t, []documentedCase{
		// docs.anthropic.com/en/api/messages-streaming: an error event in a stream.
		{decodeCase{"Anthropic's error event",
			"event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n",
			"anthropic", 0, "overloaded_error", Overloaded, true},
			"no HTTP status: " + streamOpened},
	})
	// The client library read the error from a 200 stream, which it does not retry.
	r := Decode("event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \"overloaded_error\", \"message\": \"Overloaded\"}}\n")
	if assert.NotEmpty(t, r.SDKWaits) {
		assert.Equal(t, SDKWaitNoRetry, r.SDKWaits[0].Action, "an SDK does not retry an error inside a stream")
	}
}
