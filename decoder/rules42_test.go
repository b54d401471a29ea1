package decoder

import "testing"

// TestN8nStatusWording: n8n's NodeApiError replaces an API's message with its own sentence
// for the HTTP status (STATUS_CODE_MESSAGES) and keeps the API's words as the description
// under it, so the sentence alone says the status the API answered.
// from: n8n, packages/workflow/src/errors/node-api.error.ts (STATUS_CODE_MESSAGES,
// setDefaultStatusCodeMessage); https://docs.n8n.io/integrations/builtin/core-nodes/n8n-nodes-base.httprequest/common-issues/
func TestN8nStatusWording(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "400 alone", in: "Bad request - please check your parameters",
			provider: "", wrapper: "", status: 400, cat: InvalidRequest},
		{name: "401 over the API's words", in: "Authorization failed - please check your credentials\nThe API key you supplied is not valid",
			provider: unchecked, wrapper: "", status: 401, cat: Authentication},
		{name: "402", in: "Payment required - perhaps check your payment details?",
			provider: "", wrapper: "", status: 402, cat: Quota},
		{name: "403", in: "Forbidden - perhaps check your credentials?",
			provider: "", wrapper: "", status: 403, cat: Permission},
		{name: "404", in: "The resource you are requesting could not be found",
			provider: "", wrapper: "", status: 404, cat: NotFound},
		{name: "429", in: "The service is receiving too many requests from you",
			provider: "", wrapper: "", status: 429, cat: RateLimit, retryable: true},
		{name: "500", in: "The service was not able to process your request",
			provider: "", wrapper: "", status: 500, cat: Server, retryable: true},
		{name: "503", in: "Service unavailable - try again later or consider setting this node to retry automatically (in the node settings)",
			provider: "", wrapper: "", status: 503, cat: Overloaded, retryable: true},
		{name: "504", in: "Gateway timed out - perhaps try again later?",
			provider: "", wrapper: "", status: 504, cat: Timeout, retryable: true},
	})
}

// TestBedrockFamilyWording: Bedrock's own wording names it and, where its API reference
// documents the wording with one exception, the status: the body schema check
// ("Malformed input request: #: ...", ValidationException 400,
// https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModel.html), IAM's
// refusal of a bedrock: action (AccessDeniedException 403,
// https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_troubleshoot.html), and
// aws-sdk-go-v2's "operation error <ServiceID>: <Operation>, ..." whose service id is
// "Bedrock Runtime" (aws-sdk-go-v2 service/bedrockruntime/api_client.go; smithy-go's
// OperationError): the Go SDK called Bedrock itself, also where a relay in front of it
// added its "(request id: ...)" (where Bedrock's name alone names no provider).
func TestBedrockFamilyWording(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "schema check, extraneous key", in: "Malformed input request: #: extraneous key [top_k] is not permitted, please reformat your input and try again.",
			provider: "bedrock", wrapper: "", status: 400, cat: InvalidRequest},
		{name: "IAM refusal", in: "User: arn:aws:iam::111122223333:user/dev is not authorized to perform: bedrock:Converse on resource: arn:aws:bedrock:eu-west-1::foundation-model/example-model",
			provider: "bedrock", wrapper: "", status: 403, cat: Permission},
		{name: "aws-sdk-go-v2 operation error", in: "operation error Bedrock Runtime: Converse, https response error StatusCode: 400, RequestID: 11111111-2222-3333-4444-555555555555, ValidationException: temperature must be at most 1 (request id: 2025010100000000000000000AbCdEfGh)",
			provider: "bedrock", wrapper: "", status: 400, code: "ValidationException", cat: InvalidRequest},
		{name: "a legacy model", in: "ResourceNotFoundException: This Model is marked by provider as Legacy and you have not been actively using it.",
			provider: "bedrock", wrapper: "", status: 404, code: "ResourceNotFoundException", cat: NotFound},
	})
}

// TestAnthropicEmptyMessage: the Messages API refuses a history with an empty turn (only a
// final assistant turn, a prefill, may be empty) as invalid_request_error, 400
// (https://docs.anthropic.com/en/api/messages, https://docs.anthropic.com/en/api/errors).
func TestAnthropicEmptyMessage(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "bare", in: "messages.2: all messages must have non-empty content except for the optional final assistant message",
			provider: "anthropic", wrapper: "", status: 400, cat: InvalidRequest},
	})
}

// TestSageMakerInvokeEndpoint: SageMaker Runtime documents InvokeEndpoint's errors with one
// status each (ModelError 424, ValidationError 400,
// https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html),
// and botocore prints no status (botocore/exceptions.py, ClientError.MSG_TEMPLATE): the
// number in ModelError's "Received server error (500) from model" is the model container's,
// so the operation's documented status stands, and the container's failure repeats.
func TestSageMakerInvokeEndpoint(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "the container's 500", in: `botocore.errorfactory.ModelError: An error occurred (ModelError) when calling the InvokeEndpoint operation: Received server error (500) from primary with message "Traceback in inference.py". See the CloudWatch log group /aws/sagemaker/Endpoints/example for more information.`,
			provider: "", wrapper: "", status: 424, code: "ModelError", cat: Server},
		{name: "the container's 400 on a stream", in: `An error occurred (ModelError) when calling the InvokeEndpointWithResponseStream operation: Received client error (400) from model with message "bad input".`,
			provider: "", wrapper: "", status: 424, code: "ModelError", cat: Server},
		{name: "a missing parameter", in: "An error occurred (ValidationError) when calling the InvokeEndpoint operation: InferenceComponentName is required for this endpoint.",
			provider: "", wrapper: "", status: 400, code: "ValidationError", cat: InvalidRequest},
	})
}

// TestAISDKProviderPackages: a stack of the Vercel AI SDK names the provider package whose
// model made the call, node_modules/@ai-sdk/<provider>/... (pnpm's store: @ai-sdk+<provider>@
// version), https://ai-sdk.dev/providers/ai-sdk-providers. @ai-sdk/google calls the Gemini
// API; @ai-sdk/google-vertex calls Vertex AI and reuses @ai-sdk/google's model class, so
// its own package outweighs the shared files; @ai-sdk/openai-compatible names no provider.
func TestAISDKProviderPackages(t *testing.T) {
	frame := func(pkg, file string) string {
		return "    at doGenerate (file:///srv/app/node_modules/" + pkg + "/dist/" + file + ":120:20)\n"
	}
	head := "AI_APICallError: Internal error encountered.\n" + frame("@ai-sdk/provider-utils", "index.mjs")
	checkToolCases(t, []toolCase{
		{name: "google", in: head + frame("@ai-sdk/google", "index.mjs"),
			provider: "gemini", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
		{name: "google-vertex reusing google's model", in: head + frame("@ai-sdk/google", "internal/index.mjs") + frame("@ai-sdk/google-vertex", "index.mjs"),
			provider: "vertex-ai", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
		{name: "openai", in: head + frame("@ai-sdk/openai", "index.mjs"),
			provider: "openai", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
		{name: "anthropic", in: head + frame("@ai-sdk/anthropic", "index.mjs"),
			provider: "anthropic", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
		{name: "amazon-bedrock", in: head + frame("@ai-sdk/amazon-bedrock", "index.mjs"),
			provider: "bedrock", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
		{name: "openai-compatible", in: head + frame("@ai-sdk/openai-compatible", "index.mjs"),
			provider: "", wrapper: "vercel-ai", status: -1, cat: Server, retryable: true},
	})
}

// TestLangChainConsoleTracer: LangChain's ConsoleCallbackHandler prints a failed run as
// "[llm/error] [<crumbs>] [<elapsed>] LLM run errored with error: <error>", each crumb
// "<order>:<run type>:<run name>", a model's run named by its class
// (langchainjs langchain-core/src/tracers/console.ts and base.ts; langchain_core/tracers/stdout.py):
// LangChain printed it, and its ChatOpenAI called OpenAI (AzureChatOpenAI, Azure).
func TestLangChainConsoleTracer(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "ChatOpenAI", in: `[llm/error] [1:chain:AgentExecutor > 4:llm:ChatOpenAI] [2.51s] LLM run errored with error: "Request failed with status code 401"`,
			provider: "openai", wrapper: "langchain", status: 401, cat: Authentication},
		{name: "AzureChatOpenAI", in: `[llm/error] [1:llm:AzureChatOpenAI] [310ms] LLM run errored with error: "Request failed with status code 404"`,
			provider: "azure-openai", wrapper: "langchain", status: 404, cat: NotFound},
		{name: "a chain's error", in: `[chain/error] [1:chain:RetrievalQAChain] [5.02s] Chain run errored with error: "Request failed with status code 503"`,
			provider: "", wrapper: "langchain", status: 503, cat: Overloaded, retryable: true},
	})
}

// TestClaudeCodePrintsEveryStatus: Claude Code prints a failed call as "API Error: <status>
// <body>" whatever the status (shared/corpus README, wrapper labels); a 402 from a router it
// was pointed at is its print too (OpenRouter's 402 body, https://openrouter.ai/docs/api-reference/errors).
func TestClaudeCodePrintsEveryStatus(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "402 from OpenRouter", in: `API Error: 402 {"error":{"message":"Insufficient credits. Add more using https://openrouter.ai/settings/credits","code":402}}`,
			provider: "openrouter", wrapper: "claude-code", status: 402, code: "402", cat: Quota},
	})
}

// TestContinueRewritesOllamaNotFound: Continue replaces Ollama's 404 "model 'x' not found,
// try pulling it first" with its own sentence, the status left out (continuedev/continue
// core/llm/index.ts: `The model "${model}" was not found. To download it, run \`ollama run
// ${model}\`.`, written only for a 404), so the sentence says Ollama's 404.
func TestContinueRewritesOllamaNotFound(t *testing.T) {
	checkToolCases(t, []toolCase{
		{name: "Continue's sentence", in: "The model \"qwen2.5-coder:7b\" was not found. To download it, run `ollama run qwen2.5-coder:7b`.",
			provider: "ollama", wrapper: unchecked, status: 404, cat: NotFound},
	})
}
