package decoder

import "testing"

// The families of the issue-14 pastes of 2026-12-07 (`*-k*` rows of the tune split), each
// case a real paste's text (cut to what decides) or its family's documented form: context
// overflows in each server's words, gateways re-printing another API's balance error,
// Google's two Gemini backends, capacity sheds sent as 429.
func TestIssue14Families(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// SambaNova (docs.sambanova.ai api-error-codes: context_length_exceeded) words a
		// prompt over the model's sequence length so; no status in a tool's print of it.
		{"sequence length", "API Request failed\n`Requested generation length 1 is not possible! The provided prompt is 4309 tokens long, so generating 1 tokens requires a sequence length of 4310, but the maximum supported sequence length is just 4096!`",
			"", 0, "", ContextLength, false},
		// Gemini and Vertex AI word an input over the window alike: the line alone is a
		// context overflow, whichever of the two sent it.
		{"google input token count", `"message": "The input token count (2845475) exceeds the maximum number of tokens allowed (1048576).",`,
			"", 0, "", ContextLength, false},
		// "Unauthorised", the British spelling, is DeepInfra's whole error body.
		{"unauthorised", `"error": "Unauthorised"`, "", 0, "", Authentication, false},
		// Gemini CLI's Login with Google calls Code Assist (cloudcode-pa, cloudaicompanion:
		// the Gemini backend the corpus files under gemini), never Vertex AI's aiplatform host.
		{"code assist iam", "✕ [API Error: [{\n  \"error\": {\n    \"code\": 403,\n    \"message\": \"Permission 'cloudaicompanion.companions.generateChat' denied on resource '//cloudaicompanion.googleapis.com/projects/p/locations/global' (or it may not exist).\",\n    \"status\": \"PERMISSION_DENIED\",\n    \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"IAM_PERMISSION_DENIED\", \"domain\": \"cloudaicompanion.googleapis.com\"}]\n  }\n}]]",
			"gemini", 403, "IAM_PERMISSION_DENIED", Permission, false},
		// The errors[] reason badRequest only names the status in Google's old form: the
		// status's canonical name is the code, and no one Google API owns either.
		{"google badRequest beside INVALID_ARGUMENT", "✕ [API Error: [{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"The input token count (337807) exceeds the maximum number of tokens allowed (65536).\",\n    \"errors\": [{\"message\": \"The input token count (337807) exceeds the maximum number of tokens allowed (65536).\", \"domain\": \"global\", \"reason\": \"badRequest\"}],\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}]]",
			"gemini", 400, "INVALID_ARGUMENT", ContextLength, false},
		// Capacity sheds sent as 429: the reason or the words say capacity, not quota.
		{"google model capacity exhausted", `[ERROR] [429]: { "error": { "code": 429, "message": "No capacity available for model gemini-3-flash-preview on the server", "status": "RESOURCE_EXHAUSTED", "details": [ { "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "MODEL_CAPACITY_EXHAUSTED", "domain": "cloudcode-pa.googleapis.com", "metadata": { "model": "gemini-3-flash-preview" } } ] } }`,
			"gemini", 429, "MODEL_CAPACITY_EXHAUSTED", Overloaded, true},
		{"fireworks first token deadline", "✕ [API Error: 429 Request didn't generate first token before the given deadline]\n  Possible quota limitations in place or slow response times detected. Switching to the gemini-2.5-flash model for the rest of this session.",
			"fireworks", 429, "", Overloaded, true},
		// A router relaying an API's balance error as 429: the upstream's own code decides
		// (Moonshot documents exceeded_current_quota_error as an empty balance); the
		// router stays the provider, the upstream is named beside it.
		{"router relays upstream balance", `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"{\"error\":{\"message\":\"Your account org-0 <ak-0> is suspended due to insufficient balance, please recharge your account or check your plan and billing details\",\"type\":\"exceeded_current_quota_error\"}}","provider_name":"Moonshot AI","is_byok":true}}}`,
			"openrouter", 429, "exceeded_current_quota_error", Quota, false},
		// The replicate JS client throws "API request failed: <statusText>" from
		// Replicate.request: the frame's class names the client, the status text the status.
		{"js frame class", "2023-05-10T09:00:49.435Z  2023-05-10T09:00:49.364Z      8b9a495a-5846-4938-abe2-8f40c9d54985    ERROR   Error while predicting images:  Error: API request failed: Not Found\n2023-05-10T09:00:49.435Z      at Replicate.request (/var/task/.next/server/chunks/205.js:133:19)",
			"replicate", 404, "", NotFound, false},
		// Cloudflare's error page template prints its code in a cf-error-code element; a
		// page copied from its middle has no title or <html> to read it from. Cloudflare
		// lists 1101 (the Worker threw an exception) with no HTTP status, and the same
		// request meets the same exception.
		{"cloudflare page fragment", `<div class="cf-wrapper cf-header cf-error-overview"> <h1> <span class="cf-error-type" data-translate="error">Error</span> <span class="cf-error-code">1101</span> <small class="heading-ray-id">Ray ID: 8885b5d9562815fb &bull; 2024-05-23 14:24:34 UTC</small> </h1> <h2 class="cf-subheadline" data-translate="error_desc">Worker threw exception</h2> </div>`,
			"", 0, "1101", Server, false},
		// An OAuth bearer challenge names its error (RFC 6750 section 3): NVIDIA's API
		// catalog answers a malformed nvapi- key so, printed by LangChain's NVIDIA client.
		{"bearer challenge", "Exception: [401] Unauthorized\nBearer error=\"invalid_token\"\nerror_description=\"Bearer token is malformed\"\nerror_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"\nPlease check or regenerate your API key.",
			"nvidia-nim", 401, "invalid_token", Authentication, false},
		// A tool that gave up after its retries on a 400: the request is at fault, and
		// Copilot CLI's notice of its retries does not make it the server's.
		{"tool gave up on a 400", "× Model call failed: \"400 400 Bad Request\\n\"\n\n× Execution failed: Failed to get response from the AI model; retried 5 times (total retry wait \n   time: 90.0143845786254 seconds)",
			"", 400, "", InvalidRequest, false},
	})
}

// A reason phrase that ends its line is the whole message even when spaces pad the line, as
// a JSON log record's message decoded in place pads it (jsonlog.go).
func TestReasonPhraseInJSONLogRecord(t *testing.T) {
	in := `{"level":"error","msg":"Error: API request failed: Not Found\n    at Replicate.request (/var/task/chunks/205.js:133:19)","ts":"2026-03-02T10:04:05.123Z"}`
	checkDecodes(t, []decodeCase{{"json log", in, "replicate", 404, "", NotFound, false}})
}
