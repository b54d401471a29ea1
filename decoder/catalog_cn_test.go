package decoder

import "testing"

// The Chinese providers, each error written from its own error-code page: DashScope (Model
// Studio), Moonshot (Kimi), Zhipu (BigModel / Z.ai), MiniMax and Volcengine Ark. Their traps:
// billing sent as 400, 403 or 429, numeric business codes, Chinese wording, errors inside a
// 200 body.
func TestCatalogChineseProviders(t *testing.T) {
	tests := []decodeCase{
		// DashScope: native bodies, the compatible endpoint, the Java SDK, the Python response.
		{"DashScope Arrearage is billing sent as 400",
			`com.alibaba.dashscope.exception.ApiException: {"statusCode":400,"message":"Access denied, please make sure your account is in good standing.","code":"Arrearage","isJson":true,"requestId":"5b1c3e1a-0c64-9a55-a3d4-2f0e1c7d9a11"}`,
			"dashscope", 400, "Arrearage", Quota, false},
		{"DashScope compatible-mode Arrearage",
			`openai.BadRequestError: Error code: 400 - {'error': {'code': 'Arrearage', 'param': None, 'message': 'Access denied, please make sure your account is in good standing.', 'type': 'Arrearage'}, 'id': 'chatcmpl-0a1b', 'request_id': '0a1b2c3d'} (base_url https://dashscope.aliyuncs.com/compatible-mode/v1)`,
			"dashscope", 400, "Arrearage", Quota, false},
		{"DashScope DataInspectionFailed from the Python SDK's response",
			`{"status_code": 400, "request_id": "8d2f4b8e-1c2a-9d3f-b5a4-7e6f5d4c3b2a", "code": "DataInspectionFailed", "message": "Input data may contain inappropriate content.", "output": null, "usage": null} dashscope.Generation.call failed`,
			"dashscope", 400, "DataInspectionFailed", ContentFilter, false},
		{"DashScope invalid key on the international host",
			"HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{\"request_id\":\"e1c2\",\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\"}\n(POST https://dashscope-intl.aliyuncs.com/api/v1/services/aigc/text-generation/generation)",
			"dashscope", 401, "InvalidApiKey", Authentication, false},
		{"DashScope Throttling.RateQuota waits",
			`{"request_id":"c7a1","code":"Throttling.RateQuota","message":"Requests rate limit exceeded, please try again later."} status 429 from dashscope.aliyuncs.com`,
			"dashscope", 429, "Throttling.RateQuota", RateLimit, true},
		{"DashScope insufficient_quota is the per-minute token limit",
			`openai.RateLimitError: Error code: 429 - {'error': {'code': 'insufficient_quota', 'message': 'You exceeded your current quota, please check your plan and billing details. For details, see: https://help.aliyun.com/zh/model-studio/error-code#token-limit', 'param': None, 'type': 'insufficient_quota'}, 'request_id': '9f3e'}`,
			"dashscope", 429, "insufficient_quota", RateLimit, true},
		{"DashScope free quota used up is quota",
			`{"request_id":"a1","code":"Throttling.AllocationQuota","message":"Free allocated quota exceeded."} HTTP 429 dashscope.aliyuncs.com`,
			"dashscope", 429, "Throttling.AllocationQuota", Quota, false},
		{"DashScope free tier only",
			`openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'AllocationQuota.FreeTierOnly', 'message': 'The free tier of the model has been exhausted. If you wish to continue access the model on a paid basis, please disable the "use free tier only" mode in the management console.', 'type': 'AllocationQuota.FreeTierOnly'}} https://dashscope-intl.aliyuncs.com/compatible-mode/v1`,
			"dashscope", 403, "AllocationQuota.FreeTierOnly", Quota, false},
		{"DashScope input too long is the context window",
			`openai.BadRequestError: Error code: 400 - {'error': {'code': 'invalid_parameter_error', 'param': None, 'message': '<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 129024]', 'type': 'invalid_request_error'}, 'request_id': '3b9d'} (https://dashscope.aliyuncs.com/compatible-mode/v1)`,
			"dashscope", 400, "invalid_parameter_error", ContextLength, false},

		// Moonshot: OpenAI-shaped bodies with a type and no code.
		{"Moonshot balance exhausted as 429",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current token quota: <org-4a1c> 0, please check your account balance', 'type': 'exceeded_current_quota_error'}} (https://api.moonshot.cn/v1)`,
			"moonshot", 429, "exceeded_current_quota_error", Quota, false},
		{"Moonshot suspended account as 403",
			`Error code: 403 - {"error":{"message":"Your account org-4a1c<ak-f00d> is suspended, please check your plan and billing details","type":"exceeded_current_quota_error"}}`,
			"moonshot", 403, "exceeded_current_quota_error", Quota, false},
		{"Moonshot RPM waits",
			`openai.RateLimitError: Error code: 429 - {'error': {'message': 'Your account org-4a1c<ak-f00d> request reached organization max RPM: 3, please try again after 1 seconds', 'type': 'rate_limit_reached_error'}}`,
			"moonshot", 429, "rate_limit_reached_error", RateLimit, true},
		{"Moonshot TPD is a daily allowance",
			`{"error":{"message":"Your account org-4a1c<ak-f00d> request reached organization TPD rate limit, current:1500321, limit:1500000","type":"rate_limit_reached_error"}} api.moonshot.ai 429`,
			"moonshot", 429, "rate_limit_reached_error", Quota, false},
		{"Moonshot engine overloaded is capacity",
			"INFO:httpx:HTTP Request: POST https://api.moonshot.ai/v1/chat/completions \"HTTP/1.1 429 Too Many Requests\"\n{\"error\":{\"message\":\"The engine is currently overloaded, please try again later\",\"type\":\"engine_overloaded_error\"}}",
			"moonshot", 429, "engine_overloaded_error", Overloaded, true},
		{"Moonshot invalid authentication",
			`openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid Authentication', 'type': 'invalid_authentication_error'}} base_url=https://api.moonshot.ai/v1`,
			"moonshot", 401, "invalid_authentication_error", Authentication, false},
		{"Moonshot context window",
			`openai.BadRequestError: Error code: 400 - {'error': {'message': 'Invalid request: Your request exceeded model token limit: 8192', 'type': 'invalid_request_error'}} (moonshot-v1-8k via api.moonshot.cn)`,
			"moonshot", 400, "invalid_request_error", ContextLength, false},

		// Zhipu / Z.ai: numeric business codes with Chinese or English messages.
		{"Zhipu 1113 balance sent as 429",
			`zhipuai.core._errors.APIReachLimitError: Error code: 429, with error text {"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}}`,
			"zhipu", 429, "1113", Quota, false},
		{"Zhipu 1113 older wording, the user's paste",
			`Error code: 429, with error text {"error":{"code":"1113","message":"您的账户已欠费，请充值后重试。"}}`,
			"zhipu", 429, "1113", Quota, false},
		{"Z.ai 1113 in English",
			`{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}} (POST https://api.z.ai/api/paas/v4/chat/completions)`,
			"zhipu", 429, "1113", Quota, false},
		{"Zhipu 1302 concurrency waits",
			`zhipuai.core._errors.APIReachLimitError: Error code: 429, with error text {"error":{"code":"1302","message":"您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。"}}`,
			"zhipu", 429, "1302", RateLimit, true},
		{"Zhipu 1301 content filter",
			`zhipuai.core._errors.APIRequestFailedError: Error code: 400, with error text {"error":{"code":"1301","message":"系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。"}}`,
			"zhipu", 400, "1301", ContentFilter, false},
		{"Z.ai 1308 plan window resets at a time",
			"POST https://api.z.ai/api/anthropic/v1/messages 429\n{\"error\":{\"code\":\"1308\",\"message\":\"Usage limit reached for 5 hour. Your limit will reset at 2026-12-06 18:04:31\"}}",
			"zhipu", 429, "1308", Quota, false},
		{"Zhipu 1211 unknown model",
			`{"error":{"code":"1211","message":"模型不存在，请检查模型代码。"}} (POST https://open.bigmodel.cn/api/paas/v4/chat/completions 400)`,
			"zhipu", 400, "1211", NotFound, false},
		// 1305 is the platform's load on the model, not the account's limit: Z.ai documents it
		// as "The service may be temporarily overloaded" (docs.z.ai/api-reference/api-code).
		{"Zhipu 1305 model busy waits",
			`zhipuai.core._errors.APIReachLimitError: Error code: 429, with error text {"error":{"code":"1305","message":"该模型当前访问量过大，请您稍后再试"}}`,
			"zhipu", 429, "1305", Overloaded, true},

		// MiniMax: the error inside an HTTP 200 body's base_resp, its code in
		// base_resp.status_code.
		{"MiniMax sensitive input inside a 200",
			`{"id":"04b1","choices":null,"created":1733480000,"model":"MiniMax-M2","object":"chat.completion","base_resp":{"status_code":1026,"status_msg":"input new_sensitive"}}`,
			"minimax", 0, "1026", ContentFilter, false},
		{"MiniMax missing key inside a 200",
			"HTTP/1.1 200 OK\ncontent-type: application/json\n\n{\"id\":\"\",\"choices\":null,\"base_resp\":{\"status_code\":1004,\"status_msg\":\"login fail: Please carry the API secret key in the 'Authorization' field of the request header\"}}\n(POST https://api.minimax.io/v1/text/chatcompletion_v2)",
			"minimax", 200, "1004", Authentication, false},
		{"MiniMax insufficient balance inside a 200",
			`{"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}} from https://api.minimaxi.com/v1/text/chatcompletion_v2`,
			"minimax", 0, "1008", Quota, false},

		// Volcengine Ark: PascalCase codes, HTTP-style types.
		{"Ark arrears sent as 403",
			`volcenginesdkarkruntime._exceptions.ArkPermissionDeniedError: Error code: 403 - {'error': {'code': 'AccountOverdueError', 'message': 'The request failed because your account has an overdue balance. Request id: 0217334800000001a2b3c', 'param': '', 'type': 'Forbidden'}}`,
			"volcengine", 403, "AccountOverdueError", Quota, false},
		{"Ark TPM limit waits",
			`volcenginesdkarkruntime._exceptions.ArkRateLimitError: Error code: 429 - {'error': {'code': 'ModelAccountTpmRateLimitExceeded', 'message': 'The request has exceeded the TPM limit of the account for the model. Request id: 0217', 'param': '', 'type': 'TooManyRequests'}}`,
			"volcengine", 429, "ModelAccountTpmRateLimitExceeded", RateLimit, true},
		{"Ark server overloaded sent as 429",
			"HTTP/1.1 429 Too Many Requests\n\n{\"error\":{\"code\":\"ServerOverloaded\",\"message\":\"The service is currently unable to handle additional requests due to server overload. Request id: 0217\",\"param\":\"\",\"type\":\"TooManyRequests\"}}\nPOST https://ark.cn-beijing.volces.com/api/v3/chat/completions",
			"volcengine", 429, "ServerOverloaded", Overloaded, true},
		{"Ark safe experience mode limit",
			`{"error":{"code":"SetLimitExceeded","message":"Your account [2100123456] has reached the set inference limit for the [doubao-seed-1-6] model, and the model service has been paused. To continue using this model, please visit the Model Activation page to adjust or close the \"Safe Experience Mode\". Request id: 0217","param":"","type":"TooManyRequests"}} (https://ark.cn-beijing.volces.com/api/v3)`,
			"volcengine", 429, "SetLimitExceeded", Quota, false},
		{"Ark sensitive input",
			`volcenginesdkarkruntime._exceptions.ArkBadRequestError: Error code: 400 - {'error': {'code': 'SensitiveContentDetected', 'message': 'The request failed because the input text may contain sensitive information. Request id: 0217', 'param': '', 'type': 'BadRequest'}}`,
			"volcengine", 400, "SensitiveContentDetected", ContentFilter, false},
		{"Ark unknown endpoint",
			`volcenginesdkarkruntime._exceptions.ArkNotFoundError: Error code: 404 - {'error': {'code': 'InvalidEndpointOrModel.NotFound', 'message': 'The model or endpoint ep-20250101-abcde does not exist or you do not have access to it. Request id: 0217', 'param': '', 'type': 'NotFound'}}`,
			"volcengine", 404, "InvalidEndpointOrModel.NotFound", NotFound, false},
	}
	checkDecodes(t, tests)
}
