package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Errors from APIs that are not AI APIs, each written from the service's own error
// documentation (its documented bodies, its client libraries' exception lines, its log
// forms): Twilio, Stripe, GitHub's REST API, Google's JSON APIs and Maps, S3 and the AWS
// SDKs, Slack, Discord, Telegram, Microsoft Graph and Azure Storage, and what answers in front of an API
// (Cloudflare's own pages, Envoy, Vercel, Heroku, .NET's HttpClient, API gateways, web
// frameworks' own errors), and TLS failures by their OpenSSL reason. Each must keep provider "" (no AI provider is pinned on them) and be answered
// by its service's layer, which says the service's name in the title.
func TestCatalogNonAIServices(t *testing.T) {
	tests := []struct {
		decodeCase
		layer string // the general layer whose entry answers
	}{
		// Twilio: {"code", "message", "more_info", "status"} bodies and the helper libraries.
		{decodeCase{"Twilio 20003 body",
			`{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
			"", 401, "20003", Authentication, false}, "twilio"},
		{decodeCase{"Twilio Python helper, invalid To number",
			"twilio.base.exceptions.TwilioRestException: \nHTTP Error Your request was:\n\nPOST /Accounts/ACXXXX/Messages.json\n\nTwilio returned the following information:\n\nUnable to create record: The 'To' number +1555 is not a valid phone number.\n\nMore information may be available here:\n\nhttps://www.twilio.com/docs/errors/21211",
			"", 400, "21211", InvalidRequest, false}, "twilio"}, // 400: the code's documented status
		{decodeCase{"Twilio Node RestException, unsubscribed recipient",
			"RestException [Error]: Attempt to send to unsubscribed recipient\n    at success (/app/node_modules/twilio/lib/base/Version.js:135:15) {\n  status: 400,\n  code: 21610,\n  moreInfo: 'https://www.twilio.com/docs/errors/21610',\n  details: undefined\n}",
			"", 400, "21610", Permission, false}, "twilio"},
		{decodeCase{"Twilio 20429 is safe to retry",
			`{"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}`,
			"", 429, "20429", RateLimit, true}, "twilio"},
		{decodeCase{"Twilio trial account, unverified number",
			`Unable to create record: The number +15558675310 is unverified. Trial accounts cannot send messages to unverified numbers; verify +15558675310 at twilio.com/user/account/phone-numbers/verified, or purchase a Twilio number to send messages to unverified numbers. (more_info: https://www.twilio.com/docs/api/errors/21608)`,
			"", 400, "21608", Permission, false}, "twilio"},

		// Stripe: card_error bodies, decline codes, the client libraries' classes. Card errors
		// are Stripe's 402 Request Failed (https://docs.stripe.com/api/errors).
		{decodeCase{"Stripe expired card body",
			`{"error": {"code": "expired_card", "doc_url": "https://stripe.com/docs/error-codes/expired-card", "message": "Your card has expired.", "param": "exp_month", "type": "card_error"}}`,
			"", 402, "expired_card", InvalidRequest, false}, "stripe"},
		{decodeCase{"Stripe Python CardError, insufficient funds",
			`stripe.error.CardError: Request req_8J3k2: Your card has insufficient funds.`,
			"", 402, "", InvalidRequest, false}, "stripe"}, // the class names the status, not a code
		{decodeCase{"Stripe decline code decides over card_declined",
			`{"error": {"charge": "ch_1", "code": "card_declined", "decline_code": "stolen_card", "doc_url": "https://stripe.com/docs/error-codes/card-declined", "message": "Your card was declined.", "type": "card_error"}}`,
			"", 402, "stolen_card", InvalidRequest, false}, "stripe"},
		{decodeCase{"Stripe processing_error is worth another attempt",
			`{"error": {"code": "processing_error", "message": "An error occurred while processing your card. Try again in a little bit.", "type": "card_error"}}`,
			"", 0, "processing_error", Server, true}, "stripe"},
		{decodeCase{"Stripe idempotency_error",
			`{"error": {"message": "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'k1' if you meant to execute a different request.", "type": "idempotency_error"}}`,
			"", 0, "idempotency_error", InvalidRequest, false}, "stripe"},
		{decodeCase{"Stripe Node StripeRateLimitError",
			"StripeRateLimitError: Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.\n    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/lib/StripeResource.js:214:23)",
			"", 429, "", RateLimit, true}, "stripe"}, // Stripe's clients raise it for 429 only (docs.stripe.com/rate-limits)
		{decodeCase{"Stripe charge already refunded",
			`{"error": {"code": "charge_already_refunded", "message": "Charge ch_1 has already been refunded.", "type": "invalid_request_error"}}`,
			"", 0, "charge_already_refunded", Conflict, false}, "stripe"},

		// GitHub REST API: its JSON bodies, Octokit and PyGithub.
		{decodeCase{"GitHub requires authentication",
			`{"message":"Requires authentication","documentation_url":"https://docs.github.com/rest/users/users#get-the-authenticated-user","status":"401"}`,
			"", 401, "", Authentication, false}, "github-api"},
		{decodeCase{"GitHub abuse detection (the secondary limit's old wording)",
			"HTTP/1.1 403 Forbidden\nRetry-After: 60\n\n{\"message\":\"You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.\",\"documentation_url\":\"https://developer.github.com/v3/#abuse-rate-limits\"}",
			"", 403, "", RateLimit, true}, "github-api"},
		{decodeCase{"Octokit Ruby not found",
			`Octokit::NotFound: GET https://api.github.com/repos/acme/private-repo: 404 - Not Found // See: https://docs.github.com/rest/repos/repos#get-a-repository`,
			"", 404, "", NotFound, false}, "github-api"},
		{decodeCase{"GitHub SAML enforcement",
			`{"message":"Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.","documentation_url":"https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/"}`,
			"", 0, "", Permission, false}, "github-api"},
		{decodeCase{"GitHub reference already exists",
			`RequestError [HttpError]: Reference already exists
    at /app/node_modules/@octokit/request/dist-node/index.js:86:21 {
  status: 422,
  response: { data: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } }
}`,
			"", 422, "", Conflict, false}, "github-api"},
		{decodeCase{"PyGithub rate limit",
			`github.GithubException.RateLimitExceededException: 403 {"message": "API rate limit exceeded for user ID 1.", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}`,
			"", 403, "", RateLimit, true}, ""},

		// Google's JSON APIs (errors[] with domain and reason) and the Go client's line.
		{decodeCase{"Google v1 body, daily limit",
			`{"error": {"errors": [{"domain": "usageLimits", "reason": "dailyLimitExceeded", "message": "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT)."}], "code": 403, "message": "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT)."}}`,
			"", 403, "dailyLimitExceeded", Quota, false}, "google-apis"},
		{decodeCase{"googleapi Go client, daily limit",
			`googleapi: Error 403: Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT)., dailyLimitExceeded`,
			"", 403, "dailyLimitExceeded", Quota, false}, "google-apis"},
		{decodeCase{"googleapi Go client, user rate limit",
			`googleapi: Error 403: User Rate Limit Exceeded, userRateLimitExceeded`,
			"", 403, "userRateLimitExceeded", RateLimit, true}, "generic"},
		{decodeCase{"Google Java client, API not enabled names no AI provider",
			"com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden\n{\n  \"code\" : 403,\n  \"errors\" : [ {\n    \"domain\" : \"usageLimits\",\n    \"message\" : \"Access Not Configured. Drive API has not been used in project 1234 before or it is disabled.\",\n    \"reason\" : \"accessNotConfigured\"\n  } ],\n  \"message\" : \"Access Not Configured. Drive API has not been used in project 1234 before or it is disabled.\"\n}",
			"", 403, "accessNotConfigured", Permission, false}, "google-apis"},
		{decodeCase{"Sheets token without the scope names no AI provider",
			`googleapiclient.errors.HttpError: <HttpError 403 when requesting https://sheets.googleapis.com/v4/spreadsheets/abc?alt=json returned "Request had insufficient authentication scopes.". Details: "[{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'domain': 'googleapis.com', 'metadata': {'service': 'sheets.googleapis.com', 'method': 'google.apps.sheets.v4.SpreadsheetsService.GetSpreadsheet'}}]">`,
			"", 403, "ACCESS_TOKEN_SCOPE_INSUFFICIENT", Permission, false}, "google-apis"},
		{decodeCase{"Google key expired",
			`{"error": {"errors": [{"domain": "global", "reason": "keyExpired", "message": "API key expired. Please renew the API key."}], "code": 400, "message": "API key expired. Please renew the API key."}}`,
			"", 400, "keyExpired", Authentication, false}, "google-apis"},
		{decodeCase{"Maps web service over query limit inside a 200",
			`{"error_message": "You have exceeded your rate-limit for this API.", "results": [], "status": "OVER_QUERY_LIMIT"}`,
			"", 0, "OVER_QUERY_LIMIT", RateLimit, true}, "google-apis"},

		// S3 (XML bodies, botocore, the Java SDK) and the AWS SDKs' client-side failures.
		{decodeCase{"S3 XML clock skew",
			"HTTP/1.1 403 Forbidden\nContent-Type: application/xml\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20260101T000000Z</RequestTime><ServerTime>2026-01-01T00:20:00Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds></Error>",
			"", 403, "RequestTimeTooSkewed", Authentication, false}, "aws"},
		{decodeCase{"botocore bucket name taken",
			`botocore.errorfactory.BucketAlreadyExists: An error occurred (BucketAlreadyExists) when calling the CreateBucket operation: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.`,
			"", 409, "BucketAlreadyExists", Conflict, false}, "aws"},
		{decodeCase{"S3 Java SDK archived object",
			`com.amazonaws.services.s3.model.AmazonS3Exception: The operation is not valid for the object's storage class (Service: Amazon S3; Status Code: 403; Error Code: InvalidObjectState; Request ID: 8F2A)`,
			"", 403, "InvalidObjectState", Conflict, false}, "aws"},
		{decodeCase{"S3 conflicting operation is retryable",
			`An error occurred (OperationAborted) when calling the PutBucketPolicy operation: A conflicting conditional operation is currently in progress against this resource. Please try again.`,
			"", 409, "OperationAborted", Conflict, true}, "aws"},
		{decodeCase{"DynamoDB conditional check",
			`botocore.errorfactory.ConditionalCheckFailedException: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed`,
			"", 400, "ConditionalCheckFailedException", Conflict, false}, "aws"},
		{decodeCase{"botocore found no credentials",
			`botocore.exceptions.NoCredentialsError: Unable to locate credentials`,
			"", 0, "NoCredentialsError", Authentication, false}, "aws"},
		{decodeCase{"AWS SDK for JavaScript v3 found no credentials",
			`CredentialsProviderError: Could not load credentials from any providers
    at /app/node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js:102:13`,
			"", 0, "CredentialsProviderError", Authentication, false}, "aws"},

		// Slack Web API: {"ok": false, "error": "..."} in a 200 and the SDKs' lines.
		{decodeCase{"Slack message too long",
			`slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)
The server responded with: {'ok': False, 'error': 'msg_too_long'}`,
			"", 0, "msg_too_long", InvalidRequest, false}, "slack"},
		{decodeCase{"Slack webhook removed",
			"POST https://hooks.slack.com/services/T000/B000/XXXX failed: HTTP 404: no_service",
			"", 404, "no_service", NotFound, false}, "slack"},
		{decodeCase{"Slack announcement channel",
			`Error: An API error occurred: restricted_action_read_only_channel`,
			"", 0, "restricted_action_read_only_channel", Permission, false}, "slack"},

		// Microsoft Graph and Azure Storage.
		{decodeCase{"Microsoft Graph expired token",
			`{"error": {"code": "InvalidAuthenticationToken", "message": "Access token has expired or is not yet valid.", "innerError": {"date": "2026-01-01T00:00:00", "request-id": "4f1c", "client-request-id": "4f1c"}}}`,
			"", 401, "InvalidAuthenticationToken", Authentication, false}, "microsoft"},
		{decodeCase{"Microsoft Graph insufficient privileges",
			`Microsoft.Graph.Models.ODataErrors.ODataError: Insufficient privileges to complete the operation.
Code: Authorization_RequestDenied`,
			"", 403, "Authorization_RequestDenied", Permission, false}, "microsoft"},
		{decodeCase{"Azure Storage XML authentication failure",
			`<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
RequestId:5e2a
Time:2026-01-01T00:00:00.0000000Z</Message></Error>`,
			"", 403, "AuthenticationFailed", Authentication, false}, "microsoft"},
		{decodeCase{"Azure Storage server busy is throttling",
			"Status: 503 (Operations per second is over the account limit.)\nErrorCode: ServerBusy",
			"", 503, "ServerBusy", RateLimit, true}, "microsoft"},

		// Cloudflare's own pages, proxies and hosting platforms in front of an API.
		{decodeCase{"Cloudflare challenge page",
			"HTTP/2 403\ncf-mitigated: challenge\ncontent-type: text/html; charset=UTF-8\n\n<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>",
			"", 403, "", Permission, false}, "cloudflare-edge"},
		{decodeCase{"Cloudflare 1xxx page copied as text",
			"Error 1020 Ray ID: 8f2a1c3d4e5f6a7b • 2026-01-01 00:00:00 UTC\nAccess denied\nWhat happened?\nThis website is using a security service to protect itself from online attacks.",
			"", 403, "1020", Permission, false}, "generic"},
		{decodeCase{"Envoy reset before headers",
			"HTTP/1.1 503 Service Unavailable\ncontent-type: text/plain\nserver: envoy\n\nupstream connect error or disconnect/reset before headers. reset reason: connection failure",
			"", 503, "", Server, true}, "proxies"},
		{decodeCase{"Vercel function timeout page",
			"504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: iad1::abcde-1700000000000-0123456789ab",
			"", 504, "FUNCTION_INVOCATION_TIMEOUT", Timeout, true}, "proxies"},
		{decodeCase{"Heroku router H12",
			`at=error code=H12 desc="Request timeout" method=POST path="/api/chat" host=app.herokuapp.com request_id=5f1c fwd="10.0.0.1" dyno=web.1 connect=0ms service=30000ms status=503 bytes=0`,
			"", 503, "H12", Timeout, true}, "proxies"},
		{decodeCase{".NET HttpClient timeout",
			"System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.\n ---> System.TimeoutException: The operation was canceled.",
			"", 0, "", Timeout, true}, "proxies"}, // the class is the client's, no code (advice.go transportEntry)

		// TLS failures by the OpenSSL reason Python's ssl module prints.
		{decodeCase{"requests, certificate verify failed",
			`requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/items (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))`,
			"", 0, "CERTIFICATE_VERIFY_FAILED", Connection, false}, ""}, // the generic layer's SSLError entry, worded alike, answers
		{decodeCase{"urllib, wrong version number",
			`urllib.error.URLError: <urlopen error [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1002)>`,
			"", 0, "WRONG_VERSION_NUMBER", Connection, false}, "tls"},

		// Discord's and Telegram's bot APIs.
		{decodeCase{"Discord rate limit body",
			`{"message": "You are being rate limited.", "retry_after": 64.57, "global": false}`,
			"", 429, "", RateLimit, true}, "discord"}, // the body Discord documents for its 429 (h-status8)
		{decodeCase{"discord.py missing access",
			`discord.errors.Forbidden: 403 Forbidden (error code: 50001): Missing Access`,
			"", 403, "50001", Permission, false}, "discord"},
		{decodeCase{"Telegram bot blocked",
			`telegram.error.Forbidden: Forbidden: bot was blocked by the user`,
			"", 403, "", Permission, false}, "telegram"},
		{decodeCase{"Telegram two pollers",
			`{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}`,
			"", 0, "", Conflict, false}, "telegram"}, // error_code is not read as the status

		// More of the AWS SDKs', Google's and git's own words.
		{decodeCase{"botocore read timeout on S3 names no AI provider",
			`botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: "https://s3.us-east-1.amazonaws.com/bucket/key"`,
			"", 0, "", Timeout, true}, "aws"},
		{decodeCase{"botocore profile not found",
			`botocore.exceptions.ProfileNotFound: The config profile (prod) could not be found`,
			"", 0, "ProfileNotFound", Authentication, false}, "aws"},
		// YouTube's errors page documents this message with 403 quotaExceeded alone, so by the
		// status rule it gives 403 (google-quota-words is status_worded since h-status7).
		{decodeCase{"YouTube quota in words",
			`The request cannot be completed because you have exceeded your quota.`,
			"", 403, "", Quota, false}, "google-apis"},
		{decodeCase{"git push denied: curl's \"returned error: 403\" is the status",
			"remote: Permission to acme/app.git denied to octocat.\nfatal: unable to access 'https://github.com/acme/app.git/': The requested URL returned error: 403",
			"", 403, "", Permission, false}, "github-api"},

		// API gateways and web frameworks answering in their own words.
		{decodeCase{"Apigee quota violation is quota",
			`{"fault":{"faultstring":"Rate limit quota violation. Quota limit  exceeded. Identifier : _default","detail":{"errorcode":"policies.ratelimit.QuotaViolation"}}}`,
			"", 429, "policies.ratelimit.QuotaViolation", Quota, false}, "api-gateways"},
		{decodeCase{"Apigee spike arrest waits",
			`{"fault":{"faultstring":"Spike arrest violation. Allowed rate : MessageRate{messagesPerPeriod=10, periodInMicroseconds=1000000}","detail":{"errorcode":"policies.ratelimit.SpikeArrestViolation"}}}`,
			"", 429, "policies.ratelimit.SpikeArrestViolation", RateLimit, true}, "api-gateways"},
		{decodeCase{"Kong no route",
			"HTTP/1.1 404 Not Found\nServer: kong/3.4.0\n\n{\"message\":\"no Route matched with those values\"}",
			"", 404, "", NotFound, false}, "api-gateways"},
		{decodeCase{"AWS API Gateway integration timeout",
			"HTTP/2 504\nx-amzn-errortype: InternalServerErrorException\n\n{\"message\": \"Endpoint request timed out\"}",
			"", 504, "InternalServerErrorException", Timeout, true}, "api-gateways"},
		{decodeCase{"Django REST framework without credentials",
			`{"detail":"Authentication credentials were not provided."}`,
			"", 0, "", Authentication, false}, "web-frameworks"},
		{decodeCase{"FastAPI validation detail",
			`{"detail":[{"loc":["body","messages"],"msg":"field required","type":"value_error.missing"}]}`,
			"", 422, "value_error.missing", InvalidRequest, false}, "web-frameworks"},
		{decodeCase{"Express default 404 page",
			"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot POST /api/v1/chat</pre>\n</body>\n</html>",
			"", 0, "", NotFound, false}, "web-frameworks"},

		// A status in a runtime's own words, whatever API answered.
		{decodeCase{".NET WebException",
			`System.Net.WebException: The remote server returned an error: (429) Too Many Requests.`,
			"", 429, "", RateLimit, true}, ""},
		{decodeCase{"Chrome's console line",
			`Failed to load resource: the server responded with a status of 403 ()`,
			"", 403, "", Permission, false}, "generic"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDecodes(t, []decodeCase{tc.decodeCase})
			if tc.layer != "" {
				r := Decode(tc.in)
				assert.True(t, strings.HasPrefix(r.Reference, "providers/"+tc.layer+"/"), "answered by %q, want the %s layer; evidence: %v", r.Reference, tc.layer, r.Evidence)
				assert.True(t, r.Generic, "a general layer's answer")
			}
		})
	}
}
