package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The forms tools and thin APIs print, written from their code and docs: LangChain's
// tenacity retry log ("Retrying <module>.<function> in N seconds as it raised X", from
// langchain's create_base_retry_decorator) names LangChain whatever module it logs;
// Codex's "Reconnecting... n/m (unexpected status ...)" names Codex; DeepInfra's own
// wording of an input longer than the model's; llama-server's OAI-compatible parser
// throwing "Unsupported param: X", which it reports as a 500 server_error; MiniMax's
// moderation word new_sensitive.
func TestToolAndThinAPIForms(t *testing.T) {
	tests := []struct {
		decodeCase
		wrapper string
	}{
		{decodeCase{"LangChain tenacity log, classic module",
			"Retrying langchain.chat_models.openai.ChatOpenAI.completion_with_retry.<locals>._completion_with_retry in 1.0 seconds as it raised APIConnectionError: Error communicating with OpenAI.",
			"openai", 0, "", Connection, true}, "langchain"},
		{decodeCase{"LangChain tenacity log, langchain_community",
			"Retrying langchain_community.embeddings.openai.embed_with_retry.<locals>._embed_with_retry in 4.0 seconds as it raised RateLimitError: Rate limit reached for text-embedding-ada-002 in organization org-abc on tokens per min. Limit: 1000000 / min.",
			"openai", 429, "", RateLimit, true}, "langchain"},
		{decodeCase{"Codex reconnecting after a 502",
			"Reconnecting... 2/5 (unexpected status 502 Bad Gateway: upstream connect error)",
			"openai", 502, "", Server, true}, "codex"},
		{decodeCase{"DeepInfra input longer than the model's maximum",
			`openai.BadRequestError: Error code: 400 - {"error":{"message":"Requested input length 12000 exceeds maximum input length 8192"}} POST https://api.deepinfra.com/v1/openai/chat/completions`,
			"deepinfra", 400, "", ContextLength, false}, ""},
		{decodeCase{"llama-server rejecting a parameter it does not implement",
			`POST http://localhost:8080/v1/chat/completions -> {"error":{"code":500,"message":"Unsupported param: tools","type":"server_error"}}`,
			"llama-cpp", 500, "server_error", InvalidRequest, false}, ""},
		// MiniMax's moderation status_msg, "input new_sensitive" (1026) and "output
		// new_sensitive" (1027): its own word, whatever client re-prints it.
		{decodeCase{"MiniMax moderation in a client's words",
			"chat completion failed: input new_sensitive",
			"minimax", 0, "", ContentFilter, false}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDecodes(t, []decodeCase{tc.decodeCase})
			assert.Equal(t, tc.wrapper, Decode(tc.in).Wrapper, "wrapper")
		})
	}
}
