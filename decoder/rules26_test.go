package decoder

import "testing"

// The *-y* rows' clients (issue 13, 2026-12-07, h-rules26): how each client library in Java,
// Go, .NET, Rust, PHP, Ruby, Dart and R prints an API's error, several variants of each form;
// a row id in a name marks the real paste the form was first seen in.
func TestClientFamilies26(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// A JSON log record with no escape reads as its text (issue 13 item 5; openai-y007, azure-openai-y009).
		{"Java map print in a stamped record (azure-openai-y009)", "{\"level\": \"error\", \"ts\": \"2026-03-02T10:04:05.123Z\", \"msg\": \"Error generating response, {error={code=404, message=Resource not found}}\"}",
			"", 404, "404", NotFound, false},
		{"Dart map print after the app's data: in a stamped record (openai-y007)", "{\"level\": \"error\", \"msg\": \"data:{error: {message: You exceeded your current quota, please check your plan and billing details., type: insufficient_quota, param: null, code: null}}\"}",
			"openai", 429, "insufficient_quota", Quota, false},
		{"the same paste plain: a map print after data: is no stream (openai-y007)", "data:{error: {message: You exceeded your current quota, please check your plan and billing details., type: insufficient_quota, param: null, code: null}}",
			"openai", 429, "insufficient_quota", Quota, false},
		{"control: a wire JSON data line is a stream's error event", "data: {\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}",
			// The 200 that opened the stream is not shown and is not the error's: no status.
			"openai", 0, "server_error", Server, true},
		// How each client library prints an error: its classes' one status, its message's form.
		{"openai-php RateLimitException alone on its line (openai-y003)", "RateLimitException   \n  Request rate limit has been exceeded.",
			"", 429, "", RateLimit, true},
		{"openai-php namespaced class in collision's render, body after", "\n   OpenAI\\Exceptions\\RateLimitException \n\n  Request rate limit has been exceeded: {\"error\":{\"message\":\"Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}\n\n  at vendor/openai-php/client/src/Transporters/HttpTransporter.php:140",
			"openai", 429, "rate_limit_exceeded", RateLimit, true},
		{"control: a class word wrapped onto its own line after text is no class", "Invoke-RestMethod : The remote server returned an error: (429) Too Many Requests.\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod],\nWebException",
			"", 429, "", RateLimit, true},
		{"go-gpt3 [status:type] quota", "[429:insufficient_quota] You exceeded your current quota, please check your plan and billing details.",
			"openai", 429, "insufficient_quota", Quota, false},
		{"go-gpt3 [status:type] auth", "[401:invalid_request_error] Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.",
			"openai", 401, "", Authentication, false},
		{"go-gpt3 [status:type] legacy context wording (openai-y011)", "[400:invalid_request_error] This model's maximum context length is 2049 tokens, however you requested 4023 tokens (28 in your prompt; 3995 for the completion). Please reduce your prompt; or completion length.",
			"openai", 400, "", ContextLength, false},
		{"openai-node message that is a list (fireworks-y001)", "Error: Error: 400 [{'loc': ('body', 'user'), 'msg': 'extra fields not permitted', 'type': 'value_error.extra'}]",
			"", 400, "", InvalidRequest, false},
		{"chat_gpt_sdk OpenAIRateLimitError (openai-y008)", "OpenAIRateLimitError (status code :429",
			"openai", 429, "", RateLimit, true},
		{"chat_gpt_sdk OpenAIAuthError", "OpenAIAuthError status code :401  message :{error: {message: Incorrect API key provided: sk-abc., type: invalid_request_error}}",
			"openai", 401, "invalid_request_error", Authentication, false},
		{"chat_gpt_sdk OpenAIServerError", "OpenAIServerError status code :500  message :The server had an error while processing your request.",
			"openai", 500, "", Server, true},
		{"R package gemini.R's sources name Gemini (gemini-y001)", "Error in `req_perform()` at gemini.R/R/gemini_chat.R:77:3:\n! HTTP 429 Too Many Requests.",
			"gemini", 429, "", RateLimit, true},
		{"llama.cpp: the later GET failed (429) over a skipped HEAD 404, Hugging Face's page (huggingface-y001)", "common_download_file_single_online: HEAD failed, status: 404\nno remote preset found, skipping\nget_repo_files: error: GET failed (429): <!DOCTYPE html>\n<html class=\"\" lang=\"en\">\n<head>\n<meta name=\"description\" content=\"We're on a journey to advance and democratize artificial intelligence through open source and open science.\" />",
			"huggingface", 429, "", RateLimit, true},
		{"Azure.Core's Status: 400 (model_error) is Azure OpenAI (azure-openai-y003)", "Azure.RequestFailedException: This model's maximum context length is 8192 tokens. However, your messages resulted in 10383 tokens. Please reduce the length of the messages. Status: 400 (model_error) ErrorCode: context_length_exceeded",
			"azure-openai", 400, "context_length_exceeded", ContextLength, false},
		{"a frame's providers/openai.rb names OpenAI (openai-y027)", "/app/lib/llm/http_client.rb:31:in `rescue in request': Authentication error (LLM::Error::Unauthorized)\n        from /app/lib/llm/providers/openai.rb:33:in `complete'\n/usr/local/lib/ruby/3.2/net/http/response.rb:277:in `error!': 400 \"Bad Request\" (Net::HTTPClientException)",
			"openai", 400, "", InvalidRequest, false},
		{"async-openai ApiError, Rust Option fields: quota", "ApiError(ApiError { message: \"You exceeded your current quota, please check your plan and billing details.\", type: Some(\"insufficient_quota\"), param: None, code: Some(\"insufficient_quota\") })",
			"openai", 429, "insufficient_quota", Quota, false},
		{"async-openai ApiError, Rust Option fields: context", "ApiError(ApiError { message: \"This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.\", type: Some(\"invalid_request_error\"), param: Some(\"messages\"), code: Some(\"context_length_exceeded\") })",
			"openai", 400, "context_length_exceeded", ContextLength, false},
		{"LangChain4j AzureOpenAiChatModel frame", "dev.langchain4j.exception.RateLimitException: Rate limit is exceeded. Try again in 5 seconds.\n\tat dev.langchain4j.model.azure.AzureOpenAiChatModel.doChat(AzureOpenAiChatModel.java:250)",
			"azure-openai", 429, "", RateLimit, true},
		{"LangChain4j GoogleAiGeminiChatModel frame", "dev.langchain4j.exception.HttpException: {\"error\":{\"code\":429,\"message\":\"Resource has been exhausted (e.g. check quota).\",\"status\":\"RESOURCE_EXHAUSTED\"}}\n\tat dev.langchain4j.model.googleai.GoogleAiGeminiChatModel.doChat(GoogleAiGeminiChatModel.java:90)",
			"gemini", 429, "RESOURCE_EXHAUSTED", RateLimit, true},
		{"LangChain4j UnresolvedModelServerException is an unresolved host", "dev.langchain4j.exception.UnresolvedModelServerException: java.nio.channels.UnresolvedAddressException",
			"", 0, "", Connection, true}, // a client class for a transport failure: no code
		{"Spring AI OpenAiApi frame", "org.springframework.ai.retry.NonTransientAiException: 401 - {\"error\":{\"message\":\"Incorrect API key provided: sk-x.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}\n\tat org.springframework.ai.openai.api.OpenAiApi.chatCompletionEntity(OpenAiApi.java:247)",
			"openai", 401, "invalid_api_key", Authentication, false},
		{"Spring AI VertexAiGeminiChatModel with gax", "com.google.api.gax.rpc.ResourceExhaustedException: io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro.\n\tat org.springframework.ai.vertexai.gemini.VertexAiGeminiChatModel.call(VertexAiGeminiChatModel.java:300)",
			"vertex-ai", 429, "RESOURCE_EXHAUSTED", RateLimit, true},
		{"aws-sdk-go-v2 request canceled, context canceled (bedrock-y002)", "InvokeModel: operation error Bedrock Runtime: InvokeModel, get identity: get credentials: request canceled, context canceled",
			"bedrock", 0, "", Timeout, true},
		{"DeepSeek Content Exists Risk (deepseek-y001)", "HTTP Request: POST https://api.deepseek.com/chat/completions \"HTTP/1.1 400 Bad Request\"\n{'error': {'message': 'Content Exists Risk', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
			"deepseek", 400, "invalid_request_error", ContentFilter, false},
		{"OpenAI's billing hard limit wording names OpenAI (openai-y034)", "| {   \"error\": {     \"code\": \"billing_hard_limit_reached\",     \"message\": \"Billing hard limit has been reached\",     \"param\": null,     \"type\": \"invalid_request_error\"   } }",
			"openai", 0, "billing_hard_limit_reached", Quota, false},
	})
}

// A model that "does not exist or you do not have access to it" is not found, whichever
// provider wins (openai-y033: a provider:model id sent to OpenAI).
func TestNoSuchModelOrNoAccess26(t *testing.T) {
	r := Decode(":body => { \"error\" => { \"message\" => \"The model anthropic:claude-3-7-sonnet does not exist or you do not have access to it\" } }")
	if r.Category != NotFound || r.Retryable {
		t.Fatalf("category %s retryable %v, want not_found, not retryable; evidence: %v", r.Category, r.Retryable, r.Evidence)
	}
}

// A paste quoted as markdown, its lines hard-wrapped, reads as the sentence it is: the
// quote markers are blanked (mdquote.go); curl -v's request and response markers are not.
func TestMarkdownQuotes26(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"continuation lines quoted (anthropic-y008)", "AI_RetryError: Failed after 3 attempts. Last error: This request would\n> exceed the rate limit for your organization (02fef4c9-3f78-46e1-8640-\n> 8a4a1d352400) of 20,000 input tokens per minute. For details, refer to:\n> https://docs.anthropic.com/en/api/rate-limits. You can see the response\n> headers for current usage.",
			"anthropic", 429, "", RateLimit, true},
		{"a quote inside a quote", ">> openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29000,\n>> Requested 2000. Please try again in 2s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
			"openai", 429, "rate_limit_exceeded", RateLimit, true},
		{"curl -v keeps its markers", "> POST /v1/chat/completions HTTP/1.1\n> Host: api.openai.com\n> Authorization: Bearer sk-x\n>\n< HTTP/1.1 429 Too Many Requests\n< retry-after: 20\n<\n{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
			"openai", 429, "rate_limit_exceeded", RateLimit, true},
		// A class alone on its line inside a fence, or after an INFO line, is still one.
		{"a lone class in a markdown fence", "```\nRateLimitException\n\n  Request rate limit has been exceeded.\n```",
			"", 429, "", RateLimit, true},
		// Control: a class on a traceback's last line, nothing below it, is not the form
		// (the traceback's module decides, as content/examples.json's Replicate one shows).
		{"a Python traceback's bare last line", "  File \"/export/home/gthaker/repos/radonc_inSvc_LLM/venv/lib/python3.10/site-packages/replicate/run.py\", line 61, in run\n    raise ModelError(prediction.error)\nreplicate.exceptions.ModelError",
			"replicate", 0, "", Server, true},
		{"a lone class after an app's INFO line", "2026-03-02 10:04:05,120 INFO app: sending request\nOpenAI\\Exceptions\\ErrorException\n\n  Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.",
			"openai", 401, "", Authentication, false},
	})
	for _, tc := range []struct{ name, in, want string }{
		{"marker and its space", "> a\n>> b\nc", "  a\n   b\nc"},
		{"after a log prefix's spaces", "      > a", "        a"},
		{"no marker: >= and ->", ">=3\n-> a", ""},
		{"curl -v request", "> GET / HTTP/1.1\n< HTTP/1.1 200 OK", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = tc.in
			}
			if got := blankQuoteMarkers(tc.in); got != want {
				t.Errorf("blankQuoteMarkers(%q) = %q, want %q", tc.in, got, want)
			}
		})
	}
}

// Variants of the same clients' forms that read right already, kept so a later rule does
// not undo them: each client's own print of a status and a body (read from its source:
// openai-java's "429: message", go-openai's "status code: N, status: ...", openai-go's
// method, URL, status and body, System.ClientModel's "HTTP N (type: code)", ruby-openai's gem).
func TestClientFamilyVariants26(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"ruby-openai gem in a Faraday trace", "Faraday::TooManyRequestsError: the server responded with status 429\n/usr/local/bundle/gems/faraday-2.7.4/lib/faraday/response/raise_error.rb:28:in `on_complete'\n/usr/local/bundle/gems/ruby-openai-6.3.1/lib/openai/http.rb:22:in `json_post'",
			"openai", 429, "", RateLimit, true},
		{"ruby-openai's own log line", "OpenAI HTTP Error (spotted in ruby-openai 7.0.1): {\"error\"=>{\"message\"=>\"You exceeded your current quota, please check your plan and billing details.\", \"type\"=>\"insufficient_quota\", \"param\"=>nil, \"code\"=>\"insufficient_quota\"}}",
			"openai", 429, "insufficient_quota", Quota, false},
		{"openai-dotnet ClientResultException, quota", "System.ClientModel.ClientResultException: HTTP 429 (insufficient_quota: insufficient_quota)\n\nYou exceeded your current quota, please check your plan and billing details.",
			"openai", 429, "insufficient_quota", Quota, false},
		{"openai-dotnet ClientResultException, context", "System.ClientModel.ClientResultException: HTTP 400 (invalid_request_error: context_length_exceeded)\nParameter: messages\n\nThis model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.",
			"openai", 400, "context_length_exceeded", ContextLength, false},
		{"openai-go: method, URL, status, body", "POST \"https://api.openai.com/v1/responses\": 400 Bad Request {\n  \"message\": \"Unsupported parameter: 'temperature' is not supported with this model.\",\n  \"type\": \"invalid_request_error\",\n  \"param\": \"temperature\",\n  \"code\": \"unsupported_parameter\"\n}",
			"openai", 400, "unsupported_parameter", InvalidRequest, false},
		{"openai-java RateLimitException for a quota", "com.openai.errors.RateLimitException: 429: You exceeded your current quota, please check your plan and billing details.",
			"openai", 429, "", Quota, false},
		{"openai-java NotFoundException", "com.openai.errors.NotFoundException: 404: The model `gpt-5x` does not exist or you do not have access to it.",
			"openai", 404, "", NotFound, false},
		{"go-openai status code and status", "error, status code: 429, status: 429 Too Many Requests, message: You exceeded your current quota, please check your plan and billing details.",
			"openai", 429, "", Quota, false},
		{"openai-kotlin PermissionException", "com.aallam.openai.api.exception.PermissionException(statusCode=403, error=OpenAIError(detail=OpenAIErrorDetails(code=unsupported_country_region_territory, message=Country, region, or territory not supported, param=null, type=request_forbidden)))",
			"openai", 403, "unsupported_country_region_territory", Permission, false},
		{"dart_openai RequestFailedException", "RequestFailedException(message: Rate limit reached for gpt-3.5-turbo in organization org-x on requests per min. Limit: 3 / min. Please try again in 20s., statusCode: 429)",
			"openai", 429, "", RateLimit, true},
		{"aws-sdk-go-v2 https response error", "operation error Bedrock Runtime: InvokeModel, https response error StatusCode: 429, RequestID: 1a2b, ThrottlingException: Too many requests, please wait before trying again.",
			"bedrock", 429, "ThrottlingException", RateLimit, true},
		{"Semantic Kernel on Azure, Status: 429", "Microsoft.SemanticKernel.HttpOperationException: Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-15-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 10 seconds.\nStatus: 429 (Too Many Requests)\nErrorCode: 429",
			"azure-openai", 429, "429", RateLimit, true}, // Azure.Core's ErrorCode line is the service's code (azurecore.go)
	})
}
