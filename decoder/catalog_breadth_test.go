package decoder

import "testing"

// The APIs, services and libraries AI developers call beside the AI APIs, each answered by
// its own catalog with the error table of its documentation (the URL above each group; the
// inputs are written from those pages and from the client libraries' source, not copied
// from pastes): vector databases, search and scraping APIs, Stability AI's image API,
// Vercel's platform codes, and the further codes of Google's APIs, GitHub, Slack,
// Telegram, Discord, Stripe and Twilio. Each keeps provider "": none is an AI provider's
// error.
func TestCatalogBreadthLayers(t *testing.T) {
	tests := []layerCase{
		// docs.pinecone.io/reference/api/errors; pinecone-ts-client src/errors/http.ts
		{decodeCase{"Pinecone TypeScript SDK: index not found",
			`PineconeNotFoundError: A call to https://api.pinecone.io/indexes/docs-index returned HTTP status 404.`,
			"", 404, "", NotFound, false}, "pinecone"},
		{decodeCase{"Pinecone TypeScript SDK: key rejected",
			`PineconeAuthorizationError: The API key you provided was rejected while calling https://api.pinecone.io/indexes. Please check your configuration values and try again.`,
			"", 401, "", Authentication, false}, "pinecone"},
		{decodeCase{"Pinecone deletion protection",
			`{"error":{"code":"FORBIDDEN","message":"Deletion protection is enabled for this index. Disable deletion protection before retrying."},"status":403}`,
			"", 403, "FORBIDDEN", Permission, false}, "pinecone"},

		// qdrant lib/storage/src/content_manager/errors.rs (StorageError and its statuses)
		{decodeCase{"Qdrant vector of the wrong dimension",
			`{"status":{"error":"Wrong input: Vector dimension error: expected dim: 1536, got 768"},"time":0.000021}`,
			"", 0, "", InvalidRequest, false}, "qdrant"},
		{decodeCase{"Qdrant collection missing",
			"{\"status\":{\"error\":\"Not found: Collection `docs` doesn't exist!\"},\"time\":0.000012}",
			"", 404, "", NotFound, false}, "qdrant"},

		// chroma chromadb/errors.py
		{decodeCase{"Chroma embedding dimension",
			`chromadb.errors.InvalidDimensionException: Embedding dimension 384 does not match collection dimensionality 1536`,
			"", 400, "", InvalidRequest, false}, "chroma"},
		{decodeCase{"Chroma collection exists",
			`chromadb.errors.UniqueConstraintError: Collection docs already exists`,
			"", 0, "UniqueConstraintError", Conflict, false}, "chroma"},

		// weaviate-python-client weaviate.exceptions
		{decodeCase{"Weaviate gRPC port closed",
			`weaviate.exceptions.WeaviateGRPCUnavailableError: Weaviate v1.24.1 makes use of a high-speed gRPC API as well as a REST API. Unfortunately, the gRPC health check against Weaviate could not be completed.`,
			"", 0, "", Connection, true}, "weaviate"},

		// milvus pkg/util/merr/errors.go; pymilvus MilvusException, whose printed code is
		// the answer's code (unkeyedcodes.go)
		{decodeCase{"Milvus search before load",
			`<MilvusException: (code=101, message=failed to search: collection not loaded[collection=448171])>`,
			"", 0, "101", InvalidRequest, false}, "milvus"},
		{decodeCase{"Milvus rate limit is retriable",
			`<MilvusException: (code=8, message=rate limit exceeded[rate=0.1])>`,
			"", 0, "8", RateLimit, true}, "milvus"},
		{decodeCase{"pymilvus cannot connect",
			`<MilvusException: (code=2, message=Fail connecting to server on localhost:19530, illegal connection params or server unavailable)>`,
			"", 0, "2", Connection, true}, "milvus"},

		// serpapi.com/api-status-and-error-codes
		{decodeCase{"SerpApi invalid key",
			`{"error": "Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key"}`,
			"", 401, "", Authentication, false}, "serpapi"},
		{decodeCase{"SerpApi out of searches is a quota, not a wait",
			`{"error": "Your account has run out of searches."}`,
			"", 429, "", Quota, false}, "serpapi"},

		// help.tavily.com: understanding HTTP errors (432, 433, 429)
		{decodeCase{"Tavily plan limit (its own 432)",
			`{"detail":{"error":"This request exceeds your plan's set usage limit. Please upgrade your plan or contact support@tavily.com"}}`,
			"", 432, "", Quota, false}, "tavily"},
		{decodeCase{"Tavily rate limit",
			`{"detail":{"error":"Your request has been blocked due to excessive requests. Please reduce rate of requests."}}`,
			"", 429, "", RateLimit, true}, "tavily"},

		// docs.firecrawl.dev/api-reference/errors; firecrawl-py _handle_error
		{decodeCase{"Firecrawl SDK rate limit",
			`Exception: Rate Limit Exceeded: Failed to scrape URL. Status code 429. Error: Rate limit exceeded. Consumed (req/min): 11, Remaining (req/min): 0.`,
			"", 429, "", RateLimit, true}, "firecrawl"},

		// exa.ai/docs/reference/error-codes
		{decodeCase{"Exa robots.txt filter",
			`{"requestId":"8f2c","error":"URL is disallowed by robots.txt","tag":"ROBOTS_FILTER_FAILED"}`,
			"", 403, "ROBOTS_FILTER_FAILED", Permission, false}, "exa"},

		// platform.stability.ai/docs/api-reference
		{decodeCase{"Stability AI moderation names its code",
			`{"id":"a1b2","name":"content_moderation","errors":["Your request was flagged by our content moderation system, as a result your request was denied."]}`,
			"", 0, "content_moderation", ContentFilter, false}, ""},

		// vercel.com/docs/errors
		{decodeCase{"Vercel deployment disabled is billing",
			`402: PAYMENT_REQUIRED Code: DEPLOYMENT_DISABLED ID: arn1::6zsv8-1704985243623`,
			"", 402, "DEPLOYMENT_DISABLED", Quota, false}, "vercel"},
		{decodeCase{"Vercel rewrite target's DNS failed",
			`502: BAD_GATEWAY Code: DNS_HOSTNAME_RESOLVE_FAILED ID: iad1::xyz`,
			"", 502, "DNS_HOSTNAME_RESOLVE_FAILED", Connection, true}, "vercel"},

		// developers.google.com/youtube/v3/docs/core_errors; .../workspace/drive/api/guides/handle-errors
		{decodeCase{"Drive file permissions",
			`{"error":{"code":403,"message":"The user does not have sufficient permissions for file 1a2b.","errors":[{"domain":"global","reason":"insufficientFilePermissions","message":"The user does not have sufficient permissions for file 1a2b."}]}}`,
			"", 403, "insufficientFilePermissions", Permission, false}, "google-apis"},
		{decodeCase{"Google precondition on an ETag",
			`{"error":{"errors":[{"domain":"global","reason":"conditionNotMet","message":"Precondition Failed","locationType":"header","location":"If-Match"}],"code":412,"message":"Precondition Failed"}}`,
			"", 412, "conditionNotMet", Conflict, false}, "google-apis"},
		{decodeCase{"Drive sharing rate limit waits",
			`{"error":{"errors":[{"domain":"usageLimits","reason":"sharingRateLimitExceeded","message":"Rate limit exceeded. User message: Sorry, you have exceeded your sharing quota."}],"code":403,"message":"Rate limit exceeded."}}`,
			"", 403, "sharingRateLimitExceeded", RateLimit, true}, "google-apis"},
		{decodeCase{"Drive Docs file needs export",
			`{"error":{"errors":[{"domain":"global","reason":"fileNotDownloadable","message":"Only files with binary content can be downloaded. Use Export with Docs Editors files."}],"code":403,"message":"Only files with binary content can be downloaded."}}`,
			"", 403, "fileNotDownloadable", InvalidRequest, false}, "google-apis"},

		// docs.github.com .../troubleshooting-the-rest-api#resource-not-accessible; .../about-large-files-on-github
		{decodeCase{"GitHub token lacks a permission",
			`{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/issues/comments#create-an-issue-comment","status":"403"}`,
			"", 403, "", Permission, false}, "github-api"},
		{decodeCase{"GitHub file over 100 MiB",
			`remote: error: File model.bin is 512.00 MB; this exceeds GitHub's file size limit of 100.00 MB`,
			"", 0, "", InvalidRequest, false}, "github-api"},

		// docs.slack.dev/reference/methods/chat.postMessage, chat.update
		{decodeCase{"Slack wrong token type",
			"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_allowed_token_type'}",
			"", 0, "not_allowed_token_type", Permission, false}, "slack"},
		{decodeCase{"Slack edit window closed",
			`{"ok":false,"error":"edit_window_closed"}`,
			"", 0, "edit_window_closed", Permission, false}, "slack"},

		// core.telegram.org/bots/api, core.telegram.org/api/errors
		{decodeCase{"Telegram bot kicked from the group",
			`{"ok":false,"error_code":403,"description":"Forbidden: bot was kicked from the supergroup chat"}`,
			"", 403, "", Permission, false}, "telegram"},
		{decodeCase{"Pyrogram CHAT_WRITE_FORBIDDEN",
			`pyrogram.errors.exceptions.forbidden_403.ChatWriteForbidden: Telegram says: [403 CHAT_WRITE_FORBIDDEN] - You don't have rights to send messages in this chat (caused by "messages.SendMessage")`,
			"", 403, "CHAT_WRITE_FORBIDDEN", Permission, false}, "telegram"},
		{decodeCase{"python-telegram-bot edit with nothing changed",
			`telegram.error.BadRequest: Message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message`,
			"", 400, "", InvalidRequest, false}, "telegram"},

		// discord.com/developers/docs/interactions/receiving-and-responding
		{decodeCase{"Discord interaction answered too late",
			`DiscordAPIError[10062]: Unknown interaction`,
			"", 0, "", Timeout, false}, "discord"},
		{decodeCase{"discord.js invalid token",
			`Error [TokenInvalid]: An invalid token was provided.`,
			"", 0, "", Authentication, false}, "discord"},

		// docs.stripe.com/error-codes
		{decodeCase{"Stripe test key on a live object",
			`{"error":{"code":"livemode_mismatch","message":"No such customer: 'cus_1'; a similar object exists in live mode, but a test mode key was used to make this request.","type":"invalid_request_error"}}`,
			"", 0, "livemode_mismatch", InvalidRequest, false}, "stripe"},

		// twilio.com/docs/api/errors/21219
		{decodeCase{"Twilio trial number not verified",
			`twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number +15551234567 is not verified. Trial accounts cannot send messages to unverified numbers. Code: 21219`,
			"", 400, "21219", Permission, false}, "twilio"},

		// docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html; AmazonS3 ErrorResponses
		{decodeCase{"EC2 out of capacity is worth a retry",
			`An error occurred (InsufficientInstanceCapacity) when calling the RunInstances operation: We currently do not have sufficient p4d.24xlarge capacity in the Availability Zone you requested (us-east-1a).`,
			"", 500, "InsufficientInstanceCapacity", Overloaded, true}, "aws-services"},
		{decodeCase{"EC2 AMI not found",
			`botocore.exceptions.ClientError: An error occurred (InvalidAMIID.NotFound) when calling the RunInstances operation: The image id '[ami-0abc]' does not exist`,
			"", 400, "InvalidAMIID.NotFound", NotFound, false}, "aws-services"},
		{decodeCase{"S3 multipart upload gone",
			`botocore.exceptions.ClientError: An error occurred (NoSuchUpload) when calling the UploadPart operation: The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.`,
			"", 404, "NoSuchUpload", NotFound, false}, "aws"},

		// learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes; /graph/errors
		{decodeCase{"Entra smart lockout clears with time",
			`AADSTS50053: The account is locked, you've tried to sign in too many times with an incorrect user ID or password.`,
			"", 0, "AADSTS50053", RateLimit, true}, "entra-id"},
		{decodeCase{"Entra user from another tenant",
			`AADSTS50020: User account 'a@b.com' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application.`,
			"", 0, "AADSTS50020", Permission, false}, "entra-id"},
		{decodeCase{"Graph user without a mailbox",
			`{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}`,
			"", 404, "MailboxNotEnabledForRESTAPI", NotFound, false}, "microsoft"},
		{decodeCase{"Graph name already exists",
			`{"error":{"code":"nameAlreadyExists","message":"Name already exists"}}`,
			"", 409, "nameAlreadyExists", Conflict, false}, "microsoft"},

		// github.com/opencontainers/distribution-spec spec.md#error-codes; docs.npmjs.com; peps.python.org/pep-0668
		{decodeCase{"OCI registry rejects the manifest",
			`{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid","detail":{}}]}`,
			"", 400, "MANIFEST_INVALID", InvalidRequest, false}, "package-registries"},
		{decodeCase{"npm peer dependency conflict",
			"npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree",
			"", 0, "ERESOLVE", Conflict, false}, "package-registries"},
		{decodeCase{"npm publish needs a one-time password",
			"npm ERR! code EOTP\nnpm ERR! This operation requires a one-time password from your authenticator.",
			"", 0, "EOTP", Authentication, false}, "package-registries"},
		{decodeCase{"pip refuses the system Python",
			"error: externally-managed-environment\n\n× This environment is externally managed",
			"", 0, "", InvalidRequest, false}, "package-registries"},
	}
	checkLayers(t, tests)
}
