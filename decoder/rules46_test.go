package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, the session-10 *-xb*/*-xe* tune misses (h-rules46): a provider's documented
// wording, a library's print and the general wording of a context or parameter error.
// Inputs are written from the sources the catalog entries cite, not copied from the corpus.
func TestRules46Wordings(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// DeepSeek answers a model id it does not serve with 400 "Model Not Exist", type and
		// code invalid_request_error (api-docs.deepseek.com quick_start/error_codes): the
		// wording names DeepSeek, whose entry gives the status and not_found.
		{name: "deepseek model not exist body", in: `{"error":{"message":"Model Not Exist","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`, provider: "deepseek", status: 400, code: "invalid_request_error", category: NotFound},
		{name: "deepseek model not exist node print", in: "Error: 400 Model Not Exist", provider: "deepseek", status: 400, category: NotFound},
		// Anthropic's 400 for input plus max_tokens over the window (strands-agents'
		// OVERFLOW_MESSAGES for Anthropic): context_length, not a plain invalid request.
		{name: "anthropic input plus max_tokens", in: `400 {"type":"error","error":{"type":"invalid_request_error","message":"input length and ` + "`max_tokens`" + ` exceed context limit: 150000 + 64000 > 200000, decrease input length or ` + "`max_tokens`" + ` and try again"}}`, provider: "anthropic", status: 400, code: "invalid_request_error", category: ContextLength},
		{name: "anthropic input and output tokens", in: `{"type":"error","error":{"type":"invalid_request_error","message":"input and output tokens exceed your context limit"}}`, provider: "anthropic", status: 400, code: "invalid_request_error", category: ContextLength},
		// General wording: a prompt over the model's maximum prompt length is the context
		// window, a max_tokens over the model's output cap is a bad parameter.
		{name: "maximum prompt length", in: `400 "This model's maximum prompt length is 32768 but the request contains 40000 tokens."`, status: 400, category: ContextLength},
		{name: "output cap", in: "max_tokens is too large: 9000. This model supports at most 4096 completion tokens, whereas you provided 9000.", category: InvalidRequest},
		{name: "roles should be alternating", in: "user and assistant roles should be alternating", category: InvalidRequest},
		// xAI's REST API sends its safety refusal as 403 with the gRPC status name as code
		// (docs.x.ai key-information/debugging): the wording, not the code, says which.
		{name: "xai safety 403", in: `403 {"code":"permission-denied","error":"Content violates usage guidelines. Failed check: SAFETY_CHECK_TYPE_BIO"}`, provider: "xai", status: 403, code: "SAFETY_CHECK_TYPE_BIO", category: ContentFilter},
		{name: "xai safety 403 no check named", in: `{"code":"permission-denied","error":"Content violates usage guidelines."}`, provider: "xai", status: 403, code: "permission-denied", category: ContentFilter},
		// Replicate's cog Stable Diffusion predictors raise this when the safety checker
		// flags every output (cog-stable-diffusion predict.py): a new seed may pass.
		{name: "replicate nsfw", in: "NSFW content detected. Try running it again, or try a different prompt.", provider: "replicate", category: ContentFilter, retry: true},
		// A Hub file URL (/resolve/) is the Hub, not the Inference API, whatever else names
		// huggingface.co; the Hub's gated-repository messages (huggingface_hub
		// GatedRepoError) say whether the request was logged in.
		{name: "hub file download 401", in: "huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/acme/tiny-model/resolve/main/model.safetensors\n\nInvalid credentials in Authorization header", status: 401, category: Authentication},
		{name: "hub gated not logged in", in: "Access to model acme/gated-model is restricted. You must be authenticated to access it.", category: Authentication},
		{name: "hub gated not granted", in: "Access to model acme/gated-model is restricted and you are not in the authorized list. Visit https://huggingface.co/acme/gated-model to ask for access.", category: Permission},
		// Bedrock Runtime wraps the model's own error in "The model returned the following
		// errors" (API_runtime_InvokeModel.html): the API is Bedrock, not the model's maker.
		{name: "bedrock wraps claude's words", in: "ValidationException: The model returned the following errors: prompt is too long: 210000 tokens > 200000 maximum", provider: "bedrock", status: 400, code: "ValidationException", category: ContextLength},
	})
}

// Codex prints UnexpectedResponseError as "unexpected status {StatusCode}: {body}", the
// status a reqwest StatusCode whose Display adds its reason phrase (codex-rs
// core/src/error.rs): the print names Codex.
func TestRules46CodexStatusPrint(t *testing.T) {
	for _, in := range []string{
		"unexpected status 401 Unauthorized: Missing bearer or basic authentication in header",
		"unexpected status 429 Too Many Requests: rate limited",
		"unexpected status 500 Internal Server Error: internal error",
	} {
		r := Decode(in)
		assert.Equal(t, "codex", r.Wrapper, "%s; evidence: %v", in, r.Evidence)
	}
	// The bare prefix alone, without the status's reason phrase, still names no tool.
	assert.Equal(t, "", Decode("unexpected status: 500").Wrapper)
}

// Workers AI's env.AI binding throws one class for every failure (InferenceUpstreamError,
// often named AiError; cloudflare/workerd src/cloudflare/internal/ai-api.ts): the class
// names Workers AI but is no error code, as GaxiosError is none.
func TestRules46WorkersAIBindingClassIsNoCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "AiError context", in: "AiError: This model's maximum context length is 32768 tokens. However, you requested 40000 tokens. Please reduce the length of the messages or completion.", provider: "cloudflare-workers-ai", category: ContextLength},
		{name: "InferenceUpstreamError input", in: "InferenceUpstreamError: Model input is not valid: input tensor `top_k` is not present in the model", provider: "cloudflare-workers-ai", category: InvalidRequest},
	})
}

// Node's util.inspect prints a long string with line breaks as quoted pieces joined by
// " +\n" (lib/internal/util/inspect.js): console.log of an error whose response body is kept
// as a string (the Vercel AI SDK's APICallError, gaxios) shows the body so, and its code is
// read from the joined string. A piece holding a ' is quoted with ` (strEscape).
func TestRules46InspectJoinedString(t *testing.T) {
	in := "APICallError [AI_APICallError]: Bad Request\n" +
		"    at async generateText (file:///app/node_modules/ai/dist/index.mjs:10:5) {\n" +
		"  url: 'https://api.openai.com/v1/chat/completions',\n" +
		"  statusCode: 400,\n" +
		"  responseBody: '{\\n' +\n" +
		"    '  \"error\": {\\n' +\n" +
		"    `    \"message\": \"Invalid 'messages[1].content': string too long. Expected a string with maximum length 10485760, but got a string with length 10485761 instead.\",\\n` +\n" +
		"    '    \"type\": \"invalid_request_error\",\\n' +\n" +
		"    '    \"param\": \"messages[1].content\",\\n' +\n" +
		"    '    \"code\": \"string_above_max_length\"\\n' +\n" +
		"    '  }\\n' +\n" +
		"    '}\\n',\n" +
		"  isRetryable: false\n" +
		"}"
	checkDecodes(t, []decodeCase{
		{name: "inspect joined body", in: in, provider: "openai", status: 400, code: "string_above_max_length", category: InvalidRequest},
	})
	// A '+' not followed by another quoted piece leaves the string as read.
	p := &parser{src: `'ab' + x`, a: &arena{}}
	budget := 100
	p.budget = &budget
	n := p.value()
	assert.Equal(t, "ab", n.text())
}

// The OpenAI and Azure .NET clients' exception message starts "HTTP <status> (<type>:
// <code>)" or "HTTP <status> (<code>)" (openai-dotnet OpenAIError.ToExceptionMessage,
// azure-sdk-for-net's ToExceptionMessage); a reason phrase there is no code.
func TestRules46DotnetClientStatusCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "type and code", in: "System.ClientModel.ClientResultException: HTTP 400 (invalid_request_error: context_length_exceeded)", status: 400, code: "context_length_exceeded", category: ContextLength},
		{name: "code alone escaped breaks", in: `{"HTTP 401 (PermissionDenied)\r\n\r\nPrincipal does not have access to API/Operation."} | System.ClientModel.ClientResultException`, provider: "azure-openai", status: 401, code: "PermissionDenied", category: Permission},
		{name: "reason phrase is no code", in: "HTTP 401 (Unauthorized)", status: 401, category: Authentication},
		{name: "status as code is no code", in: "HTTP 429 (429)\n\nRate limit is exceeded. Try again in 7 seconds.", status: 429, category: RateLimit, retry: true},
	})
}

// A code frame in a JavaScript stack (Next.js, Raycast) prints the source lines around the
// throw: "if (status === 401) {" compares a status, the message's own "400 ..." reports one
// (openai-node's makeStatusError message, src/core/error.ts).
func TestRules46ComparisonIsNoStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "code frame comparison", in: "Error: 400 Invalid value for 'top_k': must be a positive integer.\n\n---\n71:     if (status === 400) {\n72:       return new BadRequestError(status, error, message, headers);\n73:     }\n75:     if (status === 401) {\n---", status: 400, category: InvalidRequest},
		{name: "bare comparisons", in: "if (res.status >= 500 || res.status == 429) retry()", category: Unknown},
		{name: "assignment still reports", in: "status = 429", status: 429, category: RateLimit, retry: true},
	})
}

// fluentd logs an error with its line's other fields as " error_class=<class>
// error=<message.inspect>" (lib/fluent/log.rb, Log#event): the class is read, so the Ruby
// AWS SDK's Aws::<Service>::Errors::<Code> gives the AWS code.
func TestRules46FluentdErrorClass(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "fluentd flush warning", in: `2024-03-01 10:00:00 +0000 [warn]: #0 failed to flush the buffer. retry_times=1 next_retry_time=2024-03-01 10:00:02 +0000 chunk="61a2" error_class=Aws::S3::Errors::AccessDenied error="Access Denied"`, status: 403, code: "AccessDenied", category: Permission},
		{name: "quoted class", in: `error_class="Aws::Kinesis::Errors::ExpiredTokenException" error="The security token included in the request is expired" plugin_id="out_kinesis"`, code: "ExpiredTokenException", category: Authentication},
		{name: "no class after the key", in: `error_class= error="x"`, category: Unknown},
	})
}
