package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A message its server's source or its product's documents send with exactly one status
// gives that status when the paste shows none (shared/corpus/README.md: http_status is null
// only where the text gives no way to know it). The entries carry status_worded; a general
// layer's entry (a gateway's or a payment API's own reply) counts as a provider's does.
// Pastes are written from the sources cited, not copied from the corpus.

func TestStatusWordedOllamaScheduling(t *testing.T) {
	// from: https://github.com/ollama/ollama/blob/main/server/routes.go (handleScheduleError:
	// errCapabilities and errRequired 400, os.ErrNotExist 404, ErrMaxQueue 503, any other
	// error met while scheduling the model, such as a load or memory failure, 500).
	checkWordedStatus(t, []documentedCase{
		{decodeCase{"memory check while scheduling: 500",
			`Error: model requires more system memory (21.3 GiB) than is available (15.8 GiB)`,
			"ollama", 500, "", Server, false},
			"HTTP status 500: not in the paste, but Ollama documents this message with it"},
		{decodeCase{"runner load failure: 500",
			`{"error":"llama runner process has terminated: error loading model: unable to allocate CUDA0 buffer"}`,
			"ollama", 500, "", Server, false},
			"HTTP status 500: not in the paste, but Ollama documents this message with it"},
		{decodeCase{"runner start timeout: 500",
			`Error: timed out waiting for llama runner to start - progress 0.00 - `,
			"ollama", 500, "", Server, true},
			"HTTP status 500: not in the paste, but Ollama documents this message with it"},
		{decodeCase{"missing capability: 400",
			`{"error":"registry.ollama.ai/library/gemma2:9b does not support tools"}`,
			"ollama", 400, "", InvalidRequest, false},
			"HTTP status 400: not in the paste, but Ollama documents this message with it"},
	})
}

func TestStatusWordedGeneralLayers(t *testing.T) {
	checkWordedStatus(t, []documentedCase{
		// from: https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
		// (INTEGRATION_TIMEOUT: 504, its default body {"message": "Endpoint request timed out"}).
		{decodeCase{"AWS API Gateway integration timeout: 504",
			`{"message":"Endpoint request timed out"}`,
			"", 504, "", Timeout, true},
			"HTTP status 504: not in the paste, but API gateways documents this message with it"},
		// from: https://learn.microsoft.com/en-us/azure/api-management/rate-limit-policy
		// (over the limit the caller gets 429 and "Rate limit is exceeded. Try again in N seconds.").
		{decodeCase{"Azure API Management rate-limit policy: 429",
			`Rate limit is exceeded. Try again in 7 seconds.`,
			"", 429, "", RateLimit, true},
			"HTTP status 429: not in the paste, but API gateways documents this message with it"},
		// from: https://docs.stripe.com/api/errors (card_error comes with 402 Request Failed)
		// and https://docs.stripe.com/declines/codes (the decline messages).
		{decodeCase{"Stripe card decline message: 402",
			`Charge failed: Your card has insufficient funds.`,
			"", 402, "", InvalidRequest, false},
			"HTTP status 402: not in the paste, but Stripe API errors documents this message with it"},
		{decodeCase{"Stripe rejected card details: 402",
			`payment error - Your card has expired.`,
			"", 402, "", InvalidRequest, false},
			"HTTP status 402: not in the paste, but Stripe API errors documents this message with it"},
	})
}

// checkWordedStatus checks each case as checkDecodes does, and that one evidence line
// starts with the case's evidence (which names the catalog; the source URL follows it).
func checkWordedStatus(t *testing.T, cases []documentedCase) {
	t.Helper()
	for _, tc := range cases {
		checkDecodes(t, []decodeCase{tc.decodeCase})
		t.Run(tc.name+"/evidence", func(t *testing.T) {
			ev := Decode(tc.in).Evidence
			found := false
			for _, line := range ev {
				found = found || strings.HasPrefix(line, tc.evidence)
			}
			assert.True(t, found, "no evidence line starts with %q: %v", tc.evidence, ev)
		})
	}
}

// TestStreamErrorStatusShown: an error inside a stream that opened with 200 has the status
// the paste shows (shared/corpus/README.md; CORPUS-TASK's status rule): the code its own
// error object states, or the stream's 200 where the paste prints it (a status line, or
// HTTP/2's ":status" pseudo-header, RFC 9113 section 8.3.2), else none.
func TestStreamErrorStatusShown(t *testing.T) {
	// from: https://ai.google.dev/gemini-api/docs/troubleshooting (503 UNAVAILABLE: the
	// service is temporarily overloaded) and the google.rpc.Status error object of its REST API.
	geminiChunk := `data: {"candidates": [{"content": {"parts": [{"text": "Sure"}],"role": "model"}}],"modelVersion": "gemini-2.5-flash"}` + "\n\n"
	geminiError := `{"error": {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}}`
	checkDecodes(t, []decodeCase{
		{"the error object's code after data: events", geminiChunk + geminiError,
			"gemini", 503, "UNAVAILABLE", Overloaded, true},
		{"the stream's 200 printed as HTTP/2's :status", "stream headers [:status=200, content-type=text/event-stream]\ndata: " + geminiError + "\n",
			"gemini", 200, "UNAVAILABLE", Overloaded, true},
	})
}

func TestPseudoStatusHeader(t *testing.T) {
	cases := []struct {
		lt   string
		want int
	}{
		{"< :status:", 2},
		{"response Headers: [:status=", 19},
		{`{"headers": {":status":`, 13},
		{"http:status=", -1},
		{"x_status:", -1},
		{"status:", -1},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, pseudoStatus(tc.lt), tc.lt)
	}
}
