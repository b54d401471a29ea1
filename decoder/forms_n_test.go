package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Real pastes in http, SSE, HTML, gRPC forms and less common providers' bodies (corpus group
// n), each cut to the part that decides, with the answer their labels give. Each case is the
// general rule it stands for: the provider's sources are in the corpus rows' why.
type formCase struct {
	name, in string
	provider string
	status   int
	code     string
	category Category
	retry    bool
}

func checkFormCases(t *testing.T, cases []formCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, c.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
			assert.Equal(t, c.code, r.Code, "code; evidence: %v", r.Evidence)
			assert.Equal(t, c.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, c.retry, r.Retryable, "retryable; evidence: %v", r.Evidence)
		})
	}
}

// An enum code (gRPC's INTERNAL) is written only in its own capitals: "An internal error"
// and "InternalServerError" match the entry by wording, and the paste has no code.
func TestEnumCodeWrittenInItsCapitals(t *testing.T) {
	checkFormCases(t, []formCase{
		// google-api-core's InternalServerError from the old Gemini SDK (corpus gemini-n006).
		{"api-core 500 words", `{
	"name": "InternalServerError",
	"message": "500 An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting"
}`, "gemini", 500, "", Server, true},
		// The same entry with its code written as the enum does report it.
		{"enum written", `google.api_core.exceptions.InternalServerError: 500 An internal error has occurred. [reason: "INTERNAL" domain: "generativelanguage.googleapis.com"]`, "gemini", 500, "INTERNAL", Server, true},
	})
}

// Anthropic's stream error event carries "details": null inside its error; its plain error
// responses do not. Such an event came after the stream's 200, so overloaded_error's 529 was
// never the response's status, however the event is re-printed.
func TestAnthropicStreamEventImpliesNoStatus(t *testing.T) {
	checkFormCases(t, []formCase{
		// Continue's SSE parser (corpus anthropic-n004).
		{"continue malformed json", `Malformed JSON sent from server: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"} }`,
			"anthropic", 0, "overloaded_error", Overloaded, true},
		// The same event as a Python dict, in a tool's log line.
		{"dict repr", `Error: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}`,
			"anthropic", 0, "overloaded_error", Overloaded, true},
		// A plain 529 response (no details member) still implies its documented status.
		{"plain body", `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}`,
			"anthropic", 529, "overloaded_error", Overloaded, true},
	})
}

// Dify prints a model provider's error as "[<provider>] Error: ...": the tag names the API
// the request went to, even when the body is another provider's shape (Claude on Vertex AI
// and on Bedrock send Anthropic's errors, Azure OpenAI sends OpenAI's).
func TestDifyProviderTag(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus vertex-ai-n001.
		{"claude on vertex", `[vertex_ai] Error: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}`,
			"vertex-ai", 0, "overloaded_error", Overloaded, true},
		{"claude on bedrock", `[bedrock] Error: {'type': 'error', 'error': {'details': None, 'type': 'overloaded_error', 'message': 'Overloaded'}}`,
			"bedrock", 0, "overloaded_error", Overloaded, true},
		{"azure openai", `[azure_openai] Error: Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-01 have exceeded call rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds.'}}`,
			"azure-openai", 429, "429", RateLimit, true},
	})
}

// A tool's one-line log writes the provider's error type right after the status: that word
// is the code when a catalog documents it, and prose otherwise.
func TestCodeAfterStatus(t *testing.T) {
	checkFormCases(t, []formCase{
		// OpenClaw (corpus anthropic-n007).
		{"openclaw", `2026-03-25T07:27:01.627Z warn agent/embedded embedded_run_agent_end isError=true model=claude-haiku-4-5 provider=anthropic error=\"HTTP 401 authentication_error: Invalid bearer token\" requestIdHash=sha256:023aa7351222`,
			"anthropic", 401, "authentication_error", Authentication, false},
		{"undocumented word", `provider=anthropic error="HTTP 401 while_reading: Invalid bearer token"`,
			"anthropic", 401, "", Authentication, false},
	})
}

// xAI's REST API puts the gRPC status's wording in its body's code field; a catalog that
// documents such words as a code makes them the code, and their status the status. Other
// words in a code field are no code.
func TestWordedCodeField(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus xai-n002.
		{"xai invalid argument", "{\n  \"code\": \"Client specified an invalid argument\",\n  \"error\": \"The model expects a single `text` element per message.\"\n}",
			"xai", 400, "Client specified an invalid argument", InvalidRequest, false},
		{"undocumented words", "{\n  \"code\": \"Something we never heard of\",\n  \"error\": \"The model expects a single `text` element per message.\"\n}",
			"", 0, "", Unknown, false},
	})
}

// gptel names its Mistral backend "MistralLeChat" in its README's setup, and prints
// "<backend> error: ((HTTP/2 429) ...)" (corpus mistral-n001).
func TestGptelBackendName(t *testing.T) {
	checkFormCases(t, []formCase{
		{"gptel mistral", "Querying MistralLeChat...\nMistralLeChat error: ((HTTP/2 429) Could not parse HTTP response.) Could not parse HTTP response.",
			"mistral", 429, "", RateLimit, true},
	})
}

// A Cloudflare page in front of an API names the zone it guards: its block page ("You are
// unable to access groq.com") and its __cf_bm cookie (domain=.groq.com). The default block
// page is the answer of a Block action, sent with 403 (a rule's custom response replaces the
// page itself: https://developers.cloudflare.com/ruleset-engine/rules-language/actions/), so
// its words imply 403 (h-status8); openai-node prints the status before a body it could not
// parse, an HTML page too.
func TestCloudflarePageNamesTheZone(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus groq-n002, cut.
		{"block page", `<div class="cf-wrapper cf-header cf-error-overview">
        <h1 data-translate="block_headline">Sorry, you have been blocked</h1>
        <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> groq.com</h2>
      </div><!-- /.header -->`, "groq", 403, "", Permission, false},
		// The same page in front of another API names that API's zone.
		{"block page, another zone", `<h1 data-translate="block_headline">Sorry, you have been blocked</h1>
        <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> anthropic.com</h2>`, "anthropic", 403, "", Permission, false},
		// corpus groq-n001, cut: LobeChat's error JSON with the response's headers.
		{"lobechat headers", `{
  "error": {
    "headers": {
      "content-type": "text/html; charset=UTF-8",
      "set-cookie": "__cf_bm=REDACTED; path=/; expires=Mon, 22-Apr-24 07:05:04 GMT; domain=.groq.com; HttpOnly; Secure; SameSite=None"
    },
    "stack": "Error: 403 <!DOCTYPE html>\n<html class=\"no-js\" lang=\"en-US\">\n<head>\n<title>Attention Required! | Cloudflare</title>"
  }
}`, "groq", 403, "", Permission, false},
	})
}

// Gemini answers a blocked prompt or a cut reply with a 200 whose promptFeedback.blockReason
// or candidates[].finishReason names why: that reason is the code, a content filter.
func TestGeminiBlockReasons(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus gemini-n007.
		{"prompt blocked", `{"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},"usageMetadata": {"promptTokenCount": 4438,"totalTokenCount": 4438,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 4438}]},"modelVersion": "gemini-2.5-flash","responseId": "***"}`,
			"gemini", 0, "PROHIBITED_CONTENT", ContentFilter, false},
		{"reply cut", `{"candidates": [{"finishReason": "SAFETY","index": 0,"safetyRatings": [{"category": "HARM_CATEGORY_DANGEROUS_CONTENT","probability": "HIGH"}]}],"promptFeedback": {"safetyRatings": []},"modelVersion": "gemini-2.0-flash"}`,
			"gemini", 0, "SAFETY", ContentFilter, false},
	})
}

// Azure Resource Manager, the management API every Azure resource goes through, has its own
// codes; the resource type in the message names the service (Microsoft.CognitiveServices:
// Azure OpenAI and Foundry accounts).
func TestAzureResourceManagerCodes(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus azure-openai-n001.
		{"request conflict", "  - HTTP 409 `RequestConflict`\n  - message: `Another operation is being performed on the parent resource .../Microsoft.CognitiveServices/accounts/...`",
			"azure-openai", 409, "RequestConflict", Conflict, true},
		{"authorization failed", `(AuthorizationFailed) The client 'user@example.com' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/deployments/write' over scope '/subscriptions/REDACTED/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/acct/deployments/gpt-4o' or the scope is invalid.`,
			"azure-openai", 403, "AuthorizationFailed", Permission, false},
	})
}

// Google's APIs word ALREADY_EXISTS as "Requested entity already exists" and name what
// exists ("A model with the same name already exists"): a conflict the same create request
// meets again, whatever the 409 alone would suggest.
func TestAlreadyExistsWording(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus vertex-ai-n007: Terraform's google provider.
		{"terraform 409", "Error 409: Requested entity already exists", "", 409, "", Conflict, false},
		// corpus none-n007, cut: gcloud against the legacy AI Platform API.
		{"gcloud", "ERROR: (gcloud.beta.ai-platform.models.create) Resource in projects [...] is the subject of a conflict: Field: model.name Error: A model with the same name already exists.",
			"", 0, "", Conflict, false},
	})
}

// Self-hosted servers: Ollama's runner failing mid-stream is the server's fault whatever
// class the wrapper raises; a negative max_tokens ("must be at least 1, got -37938") was
// derived from a prompt that already fills the context window; a field named error_code
// holds the server's own code.
func TestSelfHostedServers(t *testing.T) {
	checkFormCases(t, []formCase{
		// corpus ollama-n003, cut.
		{"ollama runner", "litellm.APIConnectionError: Ollama Error - {'error': 'an unknown error was encountered while running the model '}\nTraceback (most recent call last):\n  File \"/home/fred/.astro/lib/python3.12/site-packages/litellm/utils.py\", line 6541, in handle_ollama_stream\n    raise Exception(f\"Ollama Error - {json_chunk}\")\nException: Ollama Error - {'error': 'an unknown error was encountered while running the model '}",
			"ollama", 0, "", Server, true},
		// corpus none-n008: FastChat's worker.
		{"fastchat", `{"text": "YOUR INPUT VIOLATES OUR CONTENT MODERATION GUIDELINES. PLEASE FIX YOUR INPUT AND TRY AGAIN.\n\n(max_tokens must be at least 1, got -37938.)", "error_code": 50001}`,
			"", 0, "50001", ContextLength, false},
		// Perplexity's own minimum stays Perplexity's.
		{"perplexity minimum", `{"error":{"message":"max_tokens must be at least 16 for sonar.","type":"invalid_parameter","code":400}}`,
			"perplexity", 400, "invalid_parameter", InvalidRequest, false},
	})
}

// A relay's own words for failing to reach the API behind it ("Upstream request failed") are
// a server-side failure worth retrying, here inside a Responses-shaped stream (corpus
// none-n006). Only the category and verdict are asserted: which of the stream's two codes
// to report, and whether a raw stream's 200 is its status, are open (see the report).
func TestRelayUpstreamFailure(t *testing.T) {
	r := Decode(`data: {"error":{"code":"stream_read_error","message":"stream_read_error","type":"upstream_error"},"sequence_number":0,"type":"error"}

event: response.failed
data: {"response":{"error":{"code":"upstream_error","message":"Upstream request failed"},"id":"resp_55e7ba916a004ec0a6447268bb1cbd8d","model":"gpt-5.6-sol","object":"response","output":[],"status":"failed"},"type":"response.failed"}`)
	assert.Equal(t, "", r.Provider, "provider; evidence: %v", r.Evidence)
	assert.Equal(t, Server, r.Category, "category; evidence: %v", r.Evidence)
	assert.True(t, r.Retryable, "retryable; evidence: %v", r.Evidence)
}
