package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Real pastes of the major APIs in bare, stack, gRPC, SSE and log forms (corpus rows
// *-l*, tune split), each with the answer its provider's documentation gives.
func TestMajorAPIPastesInTheirForms(t *testing.T) {
	tests := []struct {
		id, in    string
		provider  string
		status    int
		category  Category
		retryable bool
	}{
		// An OpenAI Realtime session's server_error event (a WebSocket event, no HTTP
		// status), as Pipecat logs it: the session ID stands for the request ID.
		{"openai-l005", `pipecat.pipeline.task:_process_up_queue:473 - A fatal error occurred: ErrorFrame#0(error: The server had an error while processing your request. Sorry about that! Please contact us through our help center at help.openai.com if the error persists. (include session ID in your message: sess_BQ9LRgaHZTUmCMaN09qN4). We recommend you retry your request., fatal: True)`,
			"openai", 0, Server, true},
		// openai-python raises its bare APIError only from _streaming.py, for an error
		// event after the 200: no status.
		{"openai-l013", `    async for item in self._iterator:
  File "C:\Users\jimmy\AppData\Local\Programs\Python\Python311\Lib\site-packages\openai\_streaming.py", line 174, in __stream__
    raise APIError(
openai.APIError: The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error.`,
			"openai", 0, Server, true},
		// Azure's DeploymentNotFound in its older words, as openai-python 0.x raised it.
		{"azure-openai-l002", `InvalidRequestError: The API deployment for the resource does not exist.`,
			"azure-openai", 404, NotFound, false},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
			assert.Equal(t, tc.status, r.HTTPStatus, "status (%v)", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.Equal(t, tc.retryable, r.Retryable, "retryable (%v)", r.Evidence)
		})
	}
}
