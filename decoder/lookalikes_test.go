package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Errors from no AI API that look like AI ones (the corpus's `none-q*` pastes, 2026-12-07):
// a download from a model hub, a registry's or a storage service's throttling, a messenger's
// flood control, a proxy's timeout. None may be pinned on an AI provider, and each keeps
// the status, code, category and verdict its own service documents. Beside them, the AI
// provider's own forms that must still name it.
func TestNonAILookalikes(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// huggingface_hub is the Hub's client first: its HTTP error alone names no provider,
		// and a Hub file URL (/resolve/) is a download, not the Inference API.
		{"huggingface_hub's HTTP error with its URL cut",
			"huggingface_hub.errors.HfHubHTTPError: 429 Client Error: Too Many Requests for url.",
			"", 429, "", RateLimit, true},
		{"a Hub file download through reqwest",
			"Download failed: request error: HTTP status client error (429 Too Many Requests) for url (https://huggingface.co/Alibaba-NLP/gte-Qwen2-7B-instruct/resolve/a8d08b36ada9cacfe34c4d6f80957772a025daf2/1_Pooling/config.json",
			"", 429, "", RateLimit, true},
		{"a gated repo's download",
			"huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-65f0)\n\nCannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\nAccess to model meta-llama/Llama-3.1-8B is restricted. You must have access to it and be authenticated to access it. Please log in.",
			"", 401, "GatedRepoError", Authentication, false},
		{"the Inference router's URL still names Hugging Face",
			"huggingface_hub.errors.HfHubHTTPError: 404 Client Error: Not Found for url: https://router.huggingface.co/hf-inference/models/HuggingFaceH4/zephyr-7b-beta/v1/chat/completions",
			"huggingface", 404, "", NotFound, false},
		{"TGI's validation error through InferenceClient still names Hugging Face",
			"huggingface_hub.errors.ValidationError: Input validation error: `inputs` tokens + `max_new_tokens` must be <= 32768. Given: 32000 `inputs` tokens and 1024 `max_new_tokens`",
			"huggingface", 0, "", ContextLength, false},

		// Cloudflare's AI Gateway fronts many providers: its host alone names none, and its
		// edge page for a Worker that threw is Cloudflare's own.
		{"an edge page for AI Gateway's host",
			`<div id="cf-error-details" class="cf-error-details-wrapper"> <h1> <span class="cf-error-type" data-translate="error">Error</span> <span class="cf-error-code">1101</span> <small class="heading-ray-id">Ray ID: 8885b5d9562815fb &bull; 2024-05-23 14:24:34 UTC</small> </h1> <h2 class="cf-subheadline" data-translate="error_desc">Worker threw exception</h2> <p>You've requested a page on a website (gateway.ai.cloudflare.com) that is on the <a href="https://www.cloudflare.com/5xx-error-landing/" target="_blank">Cloudflare</a> network. An unknown error occurred while rendering the page.</p>`,
			"", 0, "1101", Server, false},
		{"AI Gateway's Workers AI path still names Workers AI",
			`POST https://gateway.ai.cloudflare.com/v1/0123456789abcdef/my-gateway/workers-ai/@cf/meta/llama-3.1-8b-instruct failed: 429 {"errors":[{"code":3040,"message":"AiError: Capacity temporarily exceeded, please try again."}],"success":false}`,
			"cloudflare-workers-ai", 429, "3040", Overloaded, true},

		// AWS: ThrottlingException is 400 in the common errors and 429 in Bedrock and newer
		// services, so its class alone implies no status.
		{"aws-sdk-js v2 ThrottlingException in a Lambda log",
			"2018-12-14T02:00:17.989Z\tffdf5c83-ff43-11e8-8067-fb1206afb610\t{ ThrottlingException: Rate exceeded\nat Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:51:27)\nmessage: 'Rate exceeded',\ncode: 'ThrottlingException',\ntime: 2018-12-14T02:00:17.988Z,",
			"", 0, "ThrottlingException", RateLimit, true},
		{"botocore's status where the response had no code",
			"  File \"/venv/lib64/python3.7/site-packages/botocore/client.py\", line 635, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.exceptions.ClientError: An error occurred (403) when calling the HeadObject operation: Forbidden",
			"", 403, "", Permission, false},

		// Azure Storage documents ServerBusy twice: its own load, and the account's targets.
		{"Azure Storage ServerBusy, the server's load",
			"Exception: Azure.RequestFailedException: The server is busy.\nRequestId:xxx\nStatus: 503 (The server is busy.)\nErrorCode: ServerBusy\n\nHeaders:\nServer: Windows-Azure-File/1.0,Microsoft-HTTPAPI/2.0\nx-ms-error-code: ServerBusy",
			"", 503, "ServerBusy", Overloaded, true},
		{"Azure Storage's XML body escaped twice and wrapped inside its code",
			"Error: error happen in store 1 at : Io(Custom { kind: InvalidInput, error: \"upload block failed:\n HTTP error status (status: 503, body: \\\"\\\\u{feff}<?xml version=\\\\\\\"1.0\\\\\\\" encoding=\\\\\\\"utf-8\\\\\\\"?><Error><Code>Ser\nverBusy</Code><Message>The server is busy.\\\\nRequestId:a46e1597-f01e-0052-4875-034b18000000\\\\nTime:2022-01-07T03:18:\n35.0725107Z</Message></Error>\\\")\" }): [BR:KV:ErrKVStorage]tikv storage occur I/O error",
			"", 503, "ServerBusy", Overloaded, true},
		{"Azure Storage ServerBusy, the account's targets",
			"Azure.RequestFailedException: Operations per second is over the account limit.\nStatus: 503 (Operations per second is over the account limit.)\nErrorCode: ServerBusy",
			"", 503, "ServerBusy", RateLimit, true},

		// A rate limit sent as 403 (BigQuery's rateLimitExceeded message).
		{"BigQuery's table update limit",
			`"403 Exceeded rate limits: too many table update operations for this table."`,
			"", 403, "", RateLimit, true},
		// Telegram: the Bot API's envelope, MTProto's flood wait as TDLib and the Python
		// clients print it.
		{"Bot API flood control body",
			"{\n    \"ok\": false,\n    \"error_code\": 429,\n    \"description\": \"Too Many Requests: retry after 2282\",\n    \"parameters\": {\n        \"retry_after\": 2282\n    }\n}",
			"", 429, "", RateLimit, true},
		{"Bot API blocked bot, a Python dict",
			`{'ok': False, 'error_code': 403, 'description': 'Forbidden: bot was blocked by the user'}`,
			"", 403, "", Permission, false},
		{"TDLib's flood wait",
			"[ 2][t 1][1663253540.292405605][NetQueryDelayer.cpp:73][#1][!NetQueryDelayer]\tFailed: [Query:[id:3801088][tl:0x520c3870][state:Query]] [timeout:291.000000][total_timeout:296.000000] because of [Error : 420 : FLOOD_WAIT_291] from Session:5:main::Connect::Tcp::[91.108.56.111:443] to DcId{5}",
			"", 0, "FLOOD_WAIT_291", RateLimit, true},
		{"Telethon's FloodWaitError",
			"telethon.errors.rpcerrorlist.FloodWaitError: A wait of 291 seconds is required (caused by SendMessageRequest)",
			"", 0, "FloodWaitError", RateLimit, true},

		// Envoy's response code details, documented each with the local reply it sends.
		{"Envoy's local reply for a route timeout",
			"[2020-08-14 10:35:56.121][14][debug][http] [source/common/http/conn_manager_impl.cc:1354] [C1633][S10994230258690132099] Sending local reply with details upstream_response_timeout\n[2020-08-14 10:35:56.121][14][debug][http] [source/common/http/conn_manager_impl.cc:1552] [C1633][S10994230258690132099] encoding headers via codec (end_stream=false):\n':status', '504'\n'server', 'envoy'",
			"", 504, "upstream_response_timeout", Timeout, true},
		{"Envoy's local reply with no healthy upstream",
			"[debug][router] [source/common/router/router.cc:612] [C7][S1021] Sending local reply with details no_healthy_upstream",
			"", 503, "no_healthy_upstream", Server, true},

		// PHP's print_r of a decoded body: the key's value is its code.
		{"Google Maps status in print_r",
			"stdClass Object ( [results] => Array ( ) [status] => OVER_QUERY_LIMIT )",
			"", 0, "OVER_QUERY_LIMIT", RateLimit, true},

		// Stripe sends lock_timeout with 429 and files it among its rate limits.
		{"Stripe lock_timeout under Bugsnag's title",
			"Stripe::RateLimitError in api/payments/payment_intents#succeeded\nThis object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.",
			"", 429, "", RateLimit, true},
		{"Stripe lock_timeout body",
			`{"error": {"code": "lock_timeout", "message": "This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request."}}`,
			"", 429, "lock_timeout", RateLimit, true},
	})
}

// The waits Telegram states: seconds with no unit in FLOOD_WAIT_X and "retry after X", and
// the Python clients' "A wait of X seconds is required".
func TestTelegramWaits(t *testing.T) {
	cases := []struct {
		name string
		in   string
		ms   int64
	}{
		{"TDLib", "because of [Error : 420 : FLOOD_WAIT_291] from Session:5\nFail to send yet unsent message with the error [Error : 429 : Too Many Requests: retry after 291]", 291000},
		{"Bot API description", `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35"}`, 35000},
		{"Pyrogram", `pyrogram.errors.exceptions.flood_420.FloodWait: Telegram says: [420 FLOOD_WAIT_X] - A wait of 35 seconds is required (caused by "messages.SendMessage")`, 35000},
		{"no unit elsewhere is no wait", "the job will retry after 35", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.ms, Decode(tc.in).RetryAfterMS)
		})
	}
}

// Rails' error page titles an exception by its class and the action it was raised in, and
// the error trackers copy the title.
func TestActionTitle(t *testing.T) {
	cases := []struct {
		line, class string
	}{
		{"Stripe::RateLimitError in api/payments/payment_intents#succeeded", "Stripe.RateLimitError"},
		{"**Stripe::RateLimitError** in **api/donations/payment_intents#create**", "Stripe.RateLimitError"},
		{"Faraday::TimeoutError in ReportsController#index", "Faraday.TimeoutError"},
		{"NoMethodError in UsersController#show", "NoMethodError"},
		{"Timeout in the job queue#3", ""},       // no class
		{"RateLimitError in the afternoon", ""},  // no action
		{"the RateLimitError in app#create", ""}, // prose before it
		{"RateLimitError in app#", ""},           // no method
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			e, ok := actionTitle(tc.line, 0)
			if tc.class == "" {
				assert.False(t, ok, "read %q", e.full())
				return
			}
			assert.True(t, ok)
			assert.Equal(t, tc.class, e.full())
		})
	}
}
