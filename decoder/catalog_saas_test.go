package decoder

import (
	"testing"
)

// Errors of SaaS APIs and of what answers in front of any API, each written from the
// service's own error reference (the URL beside each group): Notion, PostgREST and Supabase
// Auth, Salesforce, Shopify, SendGrid, GitLab, Jira, Zendesk, HubSpot, Firebase, OAuth 2.0,
// the package registries, nginx's error log, AWS's load balancer codes, Fastly, Varnish and
// Squid. Each keeps provider "" (no AI provider is pinned on them) and is answered by its
// service's layer.
func TestCatalogSaaSAndEdgeLayers(t *testing.T) {
	tests := []layerCase{
		// developers.notion.com/reference/status-codes
		{decodeCase{"Notion object not shared with the integration",
			`{"object":"error","status":404,"code":"object_not_found","message":"Could not find database with ID: 1. Make sure the relevant pages and databases are shared with your integration."}`,
			"", 404, "object_not_found", NotFound, false}, "notion"},
		{decodeCase{"Notion conflict_error names no AI provider",
			`{"object":"error","status":409,"code":"conflict_error","message":"Conflict occurred while saving. Please try again."}`,
			"", 409, "conflict_error", Conflict, true}, "notion"},
		{decodeCase{"@notionhq/client invalid token",
			`APIResponseError: API token is invalid.`,
			"", 0, "APIResponseError", Authentication, false}, "notion"},

		// docs.postgrest.org/en/latest/references/errors.html
		{decodeCase{"PostgREST singular response with no row",
			`{"code":"PGRST116","details":"The result contains 0 rows","hint":null,"message":"JSON object requested, multiple (or no) rows returned"}`,
			"", 406, "PGRST116", NotFound, false}, "postgrest"},
		{decodeCase{"PostgREST expired JWT",
			`{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}`,
			"", 401, "PGRST301", Authentication, false}, "postgrest"},
		{decodeCase{"PostgREST schema cache unreachable",
			`{"code":"PGRST002","details":null,"hint":null,"message":"Could not query the database for the schema cache. Retrying."}`,
			"", 503, "PGRST002", Overloaded, true}, "postgrest"},
		// supabase.com/docs/guides/auth/debugging/error-codes
		{decodeCase{"Supabase Auth email rate limit",
			`AuthApiError: email rate limit exceeded`,
			"", 0, "AuthApiError", RateLimit, true}, "postgrest"},
		{decodeCase{"Supabase Auth invalid credentials",
			`AuthApiError: Invalid login credentials`,
			"", 0, "AuthApiError", Authentication, false}, "postgrest"},

		// developer.salesforce.com .../api_rest/errorcodes.htm
		{decodeCase{"Salesforce daily request limit is a quota",
			`[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`,
			"", 403, "REQUEST_LIMIT_EXCEEDED", Quota, false}, "salesforce"},
		{decodeCase{"Salesforce expired session",
			`[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`,
			"", 401, "INVALID_SESSION_ID", Authentication, false}, "salesforce"},
		{decodeCase{"Salesforce row lock is worth a retry",
			`[{"message":"unable to obtain exclusive access to this record or 1 records: 001xx","errorCode":"UNABLE_TO_LOCK_ROW","fields":[]}]`,
			"", 400, "UNABLE_TO_LOCK_ROW", Conflict, true}, "salesforce"},

		// shopify.dev/docs/api/usage/rate-limits: the page documents this body with its 429
		// (status_worded), so the status is known without the status line.
		{decodeCase{"Shopify REST bucket full",
			`{"errors":"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."}`,
			"", 429, "", RateLimit, true}, "shopify"},
		{decodeCase{"Shopify GraphQL THROTTLED",
			`{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"https://shopify.dev/api/usage/rate-limits"}}],"extensions":{"cost":{"requestedQueryCost":101,"actualQueryCost":null,"throttleStatus":{"maximumAvailable":1000.0,"currentlyAvailable":50,"restoreRate":50.0}}}}`,
			"", 0, "THROTTLED", RateLimit, true}, "shopify"},

		// support.sendgrid.com ... 4XX-API-Errors-and-Troubleshooting-Suggestions: the table
		// gives this wording 401 alone, so the body implies it (status_worded since h-status9).
		{decodeCase{"SendGrid revoked key",
			`{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`,
			"", 401, "", Authentication, false}, "sendgrid"},
		{decodeCase{"SendGrid credits are a quota",
			`{"errors":[{"message":"Maximum credits exceeded","field":null,"help":null}]}`,
			"", 0, "", Quota, false}, "sendgrid"},

		// docs.gitlab.com/administration/settings/protected_paths/
		{decodeCase{"GitLab protected path throttled",
			`This endpoint has been requested too many times. Try again later.`,
			"", 0, "", RateLimit, true}, "gitlab"},
		{decodeCase{"python-gitlab project not found",
			`gitlab.exceptions.GitlabGetError: 404: 404 Project Not Found`,
			"", 404, "", NotFound, false}, "gitlab"},

		// developer.atlassian.com/cloud/jira/platform/rest/v3/intro/
		{decodeCase{"Jira issue not visible",
			`{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}`,
			"", 0, "", NotFound, false}, "atlassian"},

		// developer.zendesk.com/api-reference/introduction/requests/
		{decodeCase{"Zendesk record invalid",
			`{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description":"Email: is already being used by another user"}]}}`,
			"", 422, "RecordInvalid", InvalidRequest, false}, "zendesk"},
		{decodeCase{"Zendesk bad credentials",
			`{"error": "Couldn't authenticate you"}`,
			"", 0, "", Authentication, false}, "zendesk"},

		// developers.hubspot.com/docs/api-reference/error-handling
		{decodeCase{"HubSpot burst limit waits",
			`{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"SECONDLY","requestId":"3d3e35b7"}`,
			"", 0, "", RateLimit, true}, "hubspot"},
		{decodeCase{"HubSpot daily limit is a quota",
			`{"status":"error","message":"You have reached your daily limit.","errorType":"RATE_LIMIT","correlationId":"c033cdaa-2c40-4a64-ae48-b4cec88dad24","policyName":"DAILY","requestId":"3d3e35b7"}`,
			"", 0, "", Quota, false}, "hubspot"},

		// firebase.google.com/docs/reference/js/v8/firebase.auth.Error
		{decodeCase{"Firebase too many requests",
			`FirebaseError: Firebase: Error (auth/too-many-requests).`,
			"", 0, "auth/too-many-requests", RateLimit, true}, "firebase"},
		{decodeCase{"Firebase network failure",
			`FirebaseError: Firebase: Error (auth/network-request-failed).`,
			"", 0, "auth/network-request-failed", Connection, true}, "firebase"},
		{decodeCase{"Firebase email in use",
			`FirebaseError: Firebase: Error (auth/email-already-in-use).`,
			"", 0, "auth/email-already-in-use", Conflict, false}, "firebase"},

		// firebase.google.com/docs/firestore/security/get-started
		{decodeCase{"Firestore rules deny the read",
			`FirebaseError: [code=permission-denied]: Missing or insufficient permissions.`,
			"", 0, "permission-denied", Permission, false}, "firebase"}, // the code in its brackets (firestorecode.go)

		// rfc-editor.org/rfc/rfc6749#section-5.2, rfc6750#section-3.1, rfc8628#section-3.5
		{decodeCase{"OAuth unauthorized_client",
			`{"error":"unauthorized_client","error_description":"The client is not authorized to request an authorization code using this method."}`,
			"", 400, "unauthorized_client", Permission, false}, "oauth"},
		{decodeCase{"OAuth bearer insufficient_scope",
			`{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}`,
			"", 403, "insufficient_scope", Permission, false}, "oauth"},

		// developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-redirect-uri-mismatch
		{decodeCase{"OAuth redirect_uri_mismatch",
			`{"error":"redirect_uri_mismatch","error_description":"Bad Request"}`,
			"", 400, "redirect_uri_mismatch", InvalidRequest, false}, "oauth"},

		// pypi.org/help/#file-name-reuse, #invalid-auth
		{decodeCase{"twine upload of an existing file",
			"HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\nFile already exists. See https://pypi.org/help/#file-name-reuse for more information.",
			"", 400, "", Conflict, false}, "package-registries"},
		{decodeCase{"pip finds no distribution",
			"ERROR: Could not find a version that satisfies the requirement foobarx==9.9 (from versions: none)\nERROR: No matching distribution found for foobarx==9.9",
			"", 0, "", NotFound, false}, "package-registries"},

		// nginx.org/en/docs/http/ngx_http_proxy_module.html, ngx_http_upstream_module.html
		{decodeCase{"nginx upstream read timeout",
			`2014/08/31 21:31:31 [error] 26920#0: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 127.0.0.1, server: localhost, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/var/run/php5-fpm.sock", host: "localhost"`,
			"", 0, "", Timeout, true}, "nginx"},
		{decodeCase{"nginx upstream refused, no AI path in it",
			`2024/05/01 10:00:00 [error] 31#31: *5 connect() failed (111: Connection refused) while connecting to upstream, client: 172.18.0.1, server: _, request: "POST /api/orders HTTP/1.1", upstream: "http://127.0.0.1:8000/api/orders", host: "shop.local"`,
			"", 0, "", Server, true}, "nginx"},
		{decodeCase{"nginx no live upstreams",
			`2024/05/01 10:00:00 [error] 31#31: *7 no live upstreams while connecting to upstream, client: 10.0.0.1, server: api, request: "GET / HTTP/1.1", upstream: "http://backend/", host: "api"`,
			"", 0, "", Server, true}, "nginx"},
		{decodeCase{"nginx limit_req",
			`2024/05/01 10:00:00 [error] 31#31: *9 limiting requests, excess: 10.520 by zone "api", client: 10.0.0.1, server: api, request: "GET /x HTTP/1.1"`,
			"", 0, "", RateLimit, true}, "nginx"},

		// docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
		{decodeCase{"ALB 463 from its own page",
			"HTTP/1.1 463\nServer: awselb/2.0",
			"", 463, "", InvalidRequest, false}, "aws-elb"},
		{decodeCase{"ALB 460 through requests",
			`requests.exceptions.HTTPError: 460 Client Error: for url: https://api.example.com/v1/x`,
			"", 460, "", Timeout, true}, "aws-elb"},

		// fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-first-byte-timeout
		{decodeCase{"Fastly first byte timeout page",
			"Error 503 first byte timeout\n\nfirst byte timeout\n\nGuru Mediation:\nDetails: cache-iad-kiad7000025-IAD 1590000000 123456\n\nVarnish cache server",
			"", 0, "", Timeout, true}, "http-caches"},
		// wiki.squid-cache.org/SquidFaq/SquidAcl
		{decodeCase{"Squid asks for the proxy login",
			"ERROR\nThe requested URL could not be retrieved\nCache Access Denied.\nERR_CACHE_ACCESS_DENIED\nSorry, you are not currently allowed to request https://api.example.com/ from this cache until you have authenticated yourself.",
			"", 407, "ERR_CACHE_ACCESS_DENIED", Authentication, false}, "http-caches"}, // the page's code is read and implies its status
	}
	checkLayers(t, tests)
}
