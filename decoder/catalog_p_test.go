package decoder

import "testing"

// The families of the 2025-2026 AI API pastes (`*-p*` rows of the tune split), each case a
// real paste's text (cut to what decides, ids and keys replaced) or its family's form.
func TestPastes2026Families(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Claude served through Vertex AI answers with Anthropic's body, and its request
		// ids start req_vrtx_: the API the request went to is Vertex AI. An error passed on
		// in a log's message field shows no status.
		{"claude on vertex request id", `    "message": "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"` + "`max_tokens` must be greater than `thinking.budget_tokens`" + `. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size\"},\"request_id\":\"req_vrtx_011CXysPoC8LTxjk47JUjfVN\"}",`,
			"vertex-ai", 0, "invalid_request_error", InvalidRequest, false},
		// Azure OpenAI's Responses stream words its server_error event as OpenAI's does
		// ("An error occurred while processing your request. You can retry ..."): it came
		// after the 200 that opened the stream, so no status, and it is transient.
		{"azure stream server_error event", "2025-11-02T19:42:21+08:00\tDEBUG\tone-api.gin\topenai/main.go:654\treceive stream event\t{\"url\": \"/v1/chat/completions\", \"event\": \"data: {\\\"type\\\":\\\"error\\\",\\\"sequence_number\\\":2,\\\"error\\\":{\\\"type\\\":\\\"server_error\\\",\\\"code\\\":\\\"server_error\\\",\\\"message\\\":\\\"An error occurred while processing your request. You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. Please include the request ID 347b233a-cf2b-4ebc-9919-4c742d63c530 in your message.\\\",\\\"param\\\":null}}\"}",
			"azure-openai", 0, "server_error", Server, true},
		// The same service's 500 printed with its status keeps it.
		{"azure 500 with its status", `openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if you keep seeing this error.', 'type': 'server_error', 'param': None, 'code': None}}`,
			"azure-openai", 500, "server_error", Server, true},
	})
}
