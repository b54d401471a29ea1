package decoder

import (
	"testing"
)

// The tools' printed forms, from real pastes (the corpus rows named, copied verbatim): the
// LiteLLM proxy's own key check, Aider's retry line over LiteLLM's exceptions, the OpenAI
// Agents SDK's own exception, LangChain's traceback paths, the Vercel AI SDK 2.x's AIStream
// error and its TypeValidationError around a stream's error event, and the Hugging Face
// router's model errors.
func TestToolsPrintedForms(t *testing.T) {
	cases := []toolCase{
		// none-o001 (https://github.com/BerriAI/litellm/issues/7287)
		{"litellm proxy rejects its own key", "{\"error\":{\"message\":\"Authentication Error, Invalid proxy server token passed. valid_token=None.\",\"type\":\"auth_error\",\"param\":\"None\",\"code\":\"401\"}}", "", "litellm", 401, "auth_error", Authentication, false},
		// none-o004 (https://github.com/continuedev/continue/issues/10768)
		{"litellm proxy key not in its table, behind a tool that says azure", "**Error Details**\n\nModel: GPT-4o\nProvider: azure\nStatus Code: 401\n\n**Error Output**\n```\n{\"message\":\"Authentication Error, Invalid proxy server token passed. Received API Key = sk-...usdf, Key Hash (Token) =16a4c2b194dbe3cd2082db936acdcab8107854acadb317e56e3a5f78e85fdaa2. Unable to find token in cache or `LiteLLM_VerificationTokenTable`\",\"type\":\"token_not_found_in_db\",\"param\":\"key\",\"code\":\"401\"}\n```", "", "litellm", 401, "token_not_found_in_db", Authentication, false},
		// openai-o003 (https://github.com/Aider-AI/aider/issues/2812)
		{"aider retry lines around litellm", "litellm.APIError: APIError: OpenAIException - Connection error.\nRetrying in 0.2 seconds...\nlitellm.APIError: APIError: OpenAIException - Connection error.\nRetrying in 0.5 seconds...\nlitellm.APIError: APIError: OpenAIException - Connection error.", "", "aider", 0, "", Connection, true},
		// aider-i001 (https://github.com/Aider-AI/aider/issues/3130)
		{"aider over litellm: litellm.APIError still explains it", "litellm.APIError: APIError: DeepseekException - error - Expecting value: line 1 column 1 (char 0), Received response - <APIResponse [200 OK] type=<class 'openai.types.chat.chat_completion.ChatCompletion'>>, Type of response - <class 'openai._legacy_response.LegacyAPIResponse'>\nRetrying in 0.2 seconds...", "deepseek", "aider", 200, "", Server, true}, // the 200 of openai-python's APIResponse repr (statusforms.go), as the row's label has it
		// openai-o002 (https://github.com/openai/openai-agents-python/issues/2204)
		{"openai-agents own exception, not general wording", "agents.exceptions.ModelBehaviorError: Tool xxxx not found.", "", "openai-agents", 0, "", Unknown, true},
		// openai-o009 (https://github.com/apurvsinghgautam/robin/issues/76)
		{"langchain traceback paths", "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}\nTraceback:\nFile \"/app/ui.py\", line 120, in <module>\n    st.session_state.refined = refine_query(llm, query)\nFile \"/app/llm.py\", line 56, in refine_query\n    return chain.invoke({\"query\": user_input})\nFile \"/usr/local/lib/python3.10/site-packages/langchain_core/runnables/base.py\", line 3129, in invoke\n    input_ = context.run(step.invoke, input_, config)\nFile \"/usr/local/lib/python3.10/site-packages/langchain_core/language_models/chat_models.py\", line 398, in invoke\n    self.generate_prompt(\nFile \"/usr/local/lib/python3.10/site-packages/langchain_core/language_models/chat_models.py\", line 1117, in generate_prompt\n    return self.generate(prompt_messages, stop=stop, callbacks=callbacks, **kwargs)\nFile \"/usr/local/lib/python3.10/site-packages/langchain_core/language_models/chat_models.py\", line 927, in generate\n    self._generate_with_cache(\nFile \"/usr/local/lib/python3.10/site-packages/langchain_core/language_models/chat_models.py\", line 1178, in _generate_with_cache\n    for chunk in self._stream(messages, stop=stop, **kwargs):", "openai", "langchain", 429, "insufficient_quota", Quota, false},
		// openai-o010 (https://github.com/vercel/chatbot/issues/92)
		{"vercel ai 2.x AIStream status only", "Error: Failed to convert the response to stream. Received status code: 429.\n    at (node_modules/.pnpm/ai@2.1.6_react@18.2.0_svelte@3.59.2_vue@3.3.4/node_modules/ai/dist/index.mjs:112:10)\n    at (node_modules/.pnpm/ai@2.1.6_react@18.2.0_svelte@3.59.2_vue@3.3.4/node_modules/ai/dist/index.mjs:140:9)\n    at (app/api/chat/route.ts:38:17)\n    at (node_modules/.pnpm/next@13.4.7-canary.1_react-dom@18.2.0_react@18.2.0/node_modules/next/dist/esm/server/future/route-modules/app-route/module.js:210:36)", "", "vercel-ai", 429, "", RateLimit, true},
		// anthropic-o004 (https://github.com/vercel/ai/issues/2453)
		{"vercel TypeValidationError of a stream error event", "unhandledRejection: TypeValidationError [AI_TypeValidationError]: Type validation failed: Value: {\"type\":\"error\",\"error\":{\"details\":null,\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}.\nError message: [\n  {\n    \"code\": \"invalid_union_discriminator\",\n    \"options\": [\n      \"message_start\",\n      \"content_block_start\",\n      \"content_block_delta\",\n      \"content_block_stop\",\n      \"message_delta\",\n      \"message_stop\",\n      \"ping\"\n    ],\n    \"path\": [\n      \"type\"\n    ],\n    \"message\": \"Invalid discriminator value. Expected 'message_start' | 'content_block_start' | 'content_block_delta' | 'content_block_stop' | 'message_delta' | 'message_stop' | 'ping'\"\n  }\n]\n    at safeValidateTypes (/Users/nick/src/cora-morphic/.next/server/chunks/ssr/node_modules_d8329a._.js:2811:20)\n    at safeParseJSON (/Users/nick/src/cora-morphic/.next/server/chunks/ssr/node_modules_d8329a._.js:2856:16)\n    ... 5 lines matching cause stack trace ...\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {", "anthropic", "vercel-ai", 0, "overloaded_error", Overloaded, true},
		// openrouter-h005 (https://github.com/codeany-ai/codeany/issues/1)
		{"validator issues inside an API error body keep their code", "{\n  \"type\": \"error\",\n  \"error\": {\n    \"type\": \"invalid_request_error\",\n    \"message\": \"Invalid Anthropic Messages API request\"\n  },\n  \"metadata\": {\n    \"raw\": [\n      {\n        \"code\": \"invalid_union\",\n        \"path\": [\"messages\", 1, \"content\"],\n        \"message\": \"Invalid input: expected string, received array\"\n      }\n    ]\n  }\n}", unchecked, unchecked, -1, "invalid_union", InvalidRequest, false},
		// huggingface-o004 (https://github.com/cline/cline/issues/5098)
		{"hf router: no enabled provider serves the model", "400 The requested model 'moonshotai/Kimi-K2-Instruct' is not supported by any provider you have enabled.", "huggingface", "", 400, "", NotFound, false},
		// huggingface-o005 (https://github.com/huggingface/huggingface.js/issues/2225)
		{"hf router: the routed provider lacks the model", "400 {\"error\":\"Model not supported by provider together\"}", "huggingface", "", 400, "", NotFound, false},
		// huggingface-o002 (https://github.com/radareorg/r2ai/pull/65)
		{"hf model loading: its documented 503", "{\"error\":\"Model meta-llama/Llama-3.2-1B-Instruct is currently loading\",\"estimated_time\":98.86515045166016}", "huggingface", "", 503, "", Overloaded, true},
	}
	checkToolCases(t, cases)
}
