package decoder

import (
	"testing"
)

// Issue 13, session 10's timeout, connection and server-failure pastes (h-rules45): the
// families the decoder missed, as their libraries and servers print them. Inputs are
// written from the sources each case cites, not copied from the corpus.
func TestRules45SendFailures(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// reqwest's Display for a Kind::Request error: "error sending request" and, with a
		// URL, " for url (...)" (reqwest/src/error.rs).
		{name: "reqwest send failed", in: "Error: error sending request for url (https://api.groq.com/openai/v1/chat/completions)", provider: "groq", category: Connection, retry: true},
		{name: "reqwest to a local proxy", in: "request failed: error sending request for url (http://localhost:4000/v1/responses)", category: Connection, retry: true},
		// node-fetch's FetchError for a failed request (src/index.js: `request to ${url}
		// failed, reason: ${err.message}`): the reason may be empty, or an errno that is the code.
		{name: "node-fetch empty reason", in: "[ERROR] chat failed: request to https://api.together.xyz/v1/completions failed, reason: ", provider: "together", category: Connection, retry: true},
		{name: "node-fetch errno reason", in: "FetchError: request to https://api.cohere.com/v1/chat failed, reason: getaddrinfo ENOTFOUND api.cohere.com", provider: "cohere", code: "ENOTFOUND", category: Connection, retry: true},
		// A proxy that refuses CONNECT: http.client's "Tunnel connection failed: <status>"
		// is the proxy's answer, and urllib3 wraps it in ProxyError (connectionpool.py).
		{name: "proxy tunnel refused", in: "requests.exceptions.ProxyError: HTTPSConnectionPool(host='api.anthropic.com', port=443): Max retries exceeded with url: /v1/messages (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 403 Forbidden')))", provider: "anthropic", code: "ProxyError", category: Connection},
		{name: "proxy tunnel bad request", in: "urllib3.exceptions.ProxyError: ('Cannot connect to proxy.', OSError('Tunnel connection failed: 400 Bad Request'))", code: "ProxyError", category: Connection},
	})
}

func TestRules45LocalServers(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Ollama: the runner's LoadModelFromFile error, "unable to load model: <path>"
		// (llama/llama.go), which the API answers with 500; the server's load call to a
		// runner that died, "do load request: %w" (llm/server.go).
		{name: "ollama unable to load model", in: "Error: 500 Internal Server Error: unable to load model: /usr/share/ollama/.ollama/models/blobs/sha256-6a0746a1ec1aef3e7ec53868f220ff6e389f6f8ef87a01d77c96807de94ca2aa", provider: "ollama", status: 500, category: Server},
		{name: "ollama do load request", in: "Error: 500 Internal Server Error: do load request: Post \"http://127.0.0.1:38001/load\": EOF", provider: "ollama", status: 500, category: Server},
		// The runner's panic in the server log (runner/llamarunner/runner.go), and a Go
		// stack of the ollama module: no response is shown, so no status.
		{name: "ollama runner panic", in: "llama_model_load_from_file_impl: failed to load model\npanic: unable to load model: /home/u/.ollama/models/blobs/sha256-2af3b81862c6be03c769683af18efdadb2c33f60ff32ab6f83e42c043d6c7816\n\ngoroutine 7 [running]:\ngithub.com/ollama/ollama/runner/llamarunner.(*Server).loadModel(0xc0001c2000, {0x0, 0x0})", provider: "ollama", category: Server},
		// ggml's abort macro and a process killed by the kernel: the server is gone.
		{name: "ggml assert", in: "/app/ggml/src/ggml-backend.cpp:1784: GGML_ASSERT(buf != NULL && \"tensor buffer not set\") failed", category: Server},
		{name: "segmentation fault", in: "zsh: segmentation fault  ./build/bin/llama-server -m models/qwen2.5-7b-instruct-q4_k_m.gguf --port 8080", category: Server},
		// Envoy's local reply when no upstream host is healthy is sent with 503
		// (source/common/router/router.cc, sendNoHealthyUpstreamResponse).
		{name: "envoy no healthy upstream", in: "no healthy upstream", status: 503, category: Server, retry: true},
	})
}

func TestRules45ProviderSignals(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// TheoKanning's openai-java (packages com.theokanning.openai.*) calls the OpenAI API.
		{name: "openai-java frame", in: "java.lang.RuntimeException: java.net.SocketTimeoutException: timeout\n\tat com.theokanning.openai.service.OpenAiService.execute(OpenAiService.java:325)", provider: "openai", category: Timeout, retry: true},
	})
}

func TestRules45ClientClasses(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// An SDK's APITimeoutError is raised with no response: its message is no status
		// text, though "Request Timeout" is 408's (openai-python _exceptions.py; the
		// zhipuai SDK's is alike).
		{name: "api timeout class message", in: "zhipuai.core._errors.APITimeoutError: Request Timeout", provider: "zhipu", category: Timeout, retry: true},
		// The reason phrase alone, with no such class, is still the status.
		{name: "reason phrase alone", in: "AI_APICallError: Request Timeout", status: 408, category: Timeout, retry: true},
		// A language's own class says nothing of a response: its reason phrase still counts.
		{name: "builtin class keeps reason", in: "TypeError: Service Unavailable", status: 503, category: Overloaded, retry: true},
	})
}
