package decoder

import "testing"

// The none-yd rows' families (issue 13, 2026-12-07, h-rules29): errors of non-AI services
// and networks. The inputs are written from each service's documented forms; a row id in a
// name marks the real paste the family was first seen in.

// curl's exit codes (curl.se/libcurl/c/libcurl-errors.html) in the forms the programs that
// run libcurl print them: the number is the code, whatever words follow it.
func TestCurlExitCodes29(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"the tool, an expired certificate (none-yd144)", "curl: (60) SSL certificate problem: certificate has expired\nMore details here: https://curl.se/docs/sslcerts.html",
			"", 0, "60", Connection, false}, "curl"},
		{decodeCase{"the tool built on NSS words 60 its own way (none-yd147)", "curl: (60) Peer certificate cannot be authenticated with given CA certificates",
			"", 0, "60", Connection, false}, "curl"},
		{decodeCase{"a script reports the exit code alone (none-yd148)", "Downloading the installer\nERROR: curl failed with exit code 60",
			"", 0, "60", Connection, false}, "curl"},
		{decodeCase{"older curl's 51 for a certificate that names another host (none-yd146)", "curl: (51) SSL: no alternative certificate subject name matches target host name 'example.org'",
			"", 0, "51", Connection, false}, "curl"},
		{decodeCase{"PHP and Guzzle: a timeout", "GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after 30000 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)",
			"", 0, "28", Timeout, true}, "curl"},
		{decodeCase{"git over HTTPS: a broken receive", "error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\nfatal: the remote end hung up unexpectedly",
			"", 0, "56", Connection, true}, "curl"},
		{decodeCase{"pycurl: host not resolved", "pycurl.error: (6, 'Could not resolve host: api.example.com')",
			"", 0, "6", Connection, true}, "curl"},
		{decodeCase{"the tool: no CA bundle to read", "curl: (77) error setting certificate verify locations:  CAfile: /etc/ssl/certs/ca-certificates.crt CApath: none",
			"", 0, "77", Connection, false}, "curl"},
	})
	checkDecodes(t, []decodeCase{
		{"control: a number in parentheses after other words is no exit code", "sync: (60) files copied; ERROR: 403 Forbidden",
			"", 403, "", Permission, false},
		// No exit code; the number before its own reason phrase is a status, as .NET's
		// WebException prints it ("(429) Too Many Requests", status6_test.go).
		{"control: a three-digit number after curl: ( is no exit code", "curl: (429) Too Many Requests",
			"", 429, "", RateLimit, true},
	})
}

// Services' own words for a rate limit, and the wait they state (none-yd001, -yd015,
// -yd124, -yd128).
func TestServiceRateLimits29(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// Telegram's retry_after is "the number of seconds left to wait before the request can
		// be repeated" (core.telegram.org/bots/api#responseparameters): flood control however
		// long it asks to wait.
		{"Telegram asks an hour's wait: still flood control (none-yd001)", `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 5400","parameters":{"retry_after":5400}}`,
			"", 429, "", RateLimit, true},
		{"Telegram asks seconds", `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}}`,
			"", 429, "", RateLimit, true},
		{"control: the general wording's long wait is an allowance resetting", "Rate limit exceeded. Try again in 20 hours.",
			"", 0, "", Quota, false},
		// BigQuery's reason jobRateLimitExceeded is a short-term rate limit: retry with
		// backoff (cloud.google.com/bigquery/docs/troubleshoot-quotas), though the body's
		// status is INVALID_ARGUMENT.
		{"BigQuery job rate limit under a 400 INVALID_ARGUMENT (none-yd015)", `{"error":{"code":400,"message":"Exceeded rate limits: too many table update operations for this table.","errors":[{"message":"Exceeded rate limits: too many table update operations for this table.","domain":"usageLimits","reason":"jobRateLimitExceeded"}],"status":"INVALID_ARGUMENT"}}`,
			"", 400, "jobRateLimitExceeded", RateLimit, true},
		{"control: a plain INVALID_ARGUMENT stays a bad request", `{"error":{"code":400,"message":"Invalid table name","errors":[{"message":"Invalid table name","domain":"global","reason":"invalid"}],"status":"INVALID_ARGUMENT"}}`,
			"", 400, "INVALID_ARGUMENT", InvalidRequest, false},
		{"a rate limit surpassed (none-yd124)", "Error: API rate limit surpassed for this token",
			"", 0, "", RateLimit, true},
		{"Vercel's deployment rate limit with its wait (none-yd128)", "Error: You have been creating deployments at a very fast pace. Please retry in 2 minutes.",
			"", 0, "", RateLimit, true},
	})
}

// kubectl prints the Status object's reason, "Error from server (Reason)": that reason is
// the code, and the status the API server sends it with
// (kubernetes.io/docs/reference/using-api/api-concepts/#http-status-codes; none-yd030).
func TestKubectlReasonIsTheCode29(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"RBAC denial (none-yd030)", `Error from server (Forbidden): secrets is forbidden: User "dev" cannot get resource "secrets" in API group "" in the namespace "prod"`,
			"", 403, "Forbidden", Permission, false},
		{"an object that is not there", `Error from server (NotFound): deployments.apps "api" not found`,
			"", 404, "NotFound", NotFound, false},
		{"an object created twice", `Error from server (AlreadyExists): error when creating "svc.yaml": services "api" already exists`,
			"", 409, "AlreadyExists", Conflict, false},
		{"control: a reason kubectl does not print is no code", `Error from server (Sideways): something odd`,
			"", 0, "", Unknown, false},
	})
}

// The distribution API's one-word codes where container clients print them, lower case
// (https://distribution.github.io/distribution/spec/api/#errors-2): the Docker daemon's
// line, also when the code ends it, and containerd's "Server message: " (none-yd018,
// -yd082, -yd084, -yd091).
func TestRegistryCodes29(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"the daemon's line ends with the code (none-yd082)", "Error response from daemon: Head \"https://registry.example.com/v2/team/app/manifests/v2\": unauthorized",
			"", 401, "unauthorized", Authentication, false},
		{"the daemon's line with the code's message (none-yd091)", "Error response from daemon: Get https://registry.example.com/v2/team/app/manifests/latest: unauthorized: authentication required",
			"", 401, "unauthorized", Authentication, false},
		{"denied on the daemon's line: its code, no status (none-yd084)", "Error response from daemon: pull access denied for team/app: denied: requested access to the resource is denied",
			"", 0, "denied", Permission, false},
		{"containerd's server message (none-yd018)", "failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:abc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.",
			"", 429, "toomanyrequests", RateLimit, true},
		{"control: unauthorized opening a sentence on the daemon's line is no code", "Error response from daemon: unauthorized access to the socket is not allowed",
			"", 0, "", Authentication, false},
	})
}

// huggingface_hub's repository errors are the Hub's, not the Inference API's: the class
// says what failed though the Hub answers 401 for a repository it will not show
// (https://huggingface.co/docs/huggingface_hub/package_reference/utilities; none-yd100,
// -yd131).
func TestHubRepositoryErrors29(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"a repo id that names nothing (none-yd100)", "huggingface_hub.errors.RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-abc)\n\nRepository Not Found for url: https://huggingface.co/api/models/someone/no-such-model/revision/main.\nPlease make sure you specified the correct `repo_id` and `repo_type`.\nIf you are trying to access a private or gated repo, make sure you are authenticated.",
			"", 401, "RepositoryNotFoundError", NotFound, false},
		{"a file the repository does not hold", "huggingface_hub.errors.EntryNotFoundError: 404 Client Error. (Request ID: Root=1-abc)\n\nEntry Not Found for url: https://huggingface.co/someone/model/resolve/main/model.safetensors.",
			"", 404, "EntryNotFoundError", NotFound, false},
		{"a branch the repository does not have", "huggingface_hub.errors.RevisionNotFoundError: 404 Client Error. (Request ID: Root=1-abc)\n\nRevision Not Found for url: https://huggingface.co/api/models/someone/model/revision/v2.",
			"", 404, "RevisionNotFoundError", NotFound, false},
		{"git-lfs against the Hub's rate limit names no inference provider (none-yd131)", "batch response: You have been rate-limited; you can retry this action in about 5 minutes. See https://huggingface.co/docs/hub/rate-limits",
			"", 0, "", RateLimit, true},
		{"control: the Inference API's own 401 stays Hugging Face's", "huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://router.huggingface.co/v1/chat/completions\n\nInvalid credentials in Authorization header",
			"huggingface", 401, "", Authentication, false},
	})
}

// hclog's prefix (time, [LEVEL], the logger's name) on every line of a Terraform
// provider's debug log is blanked, so the API's body it printed parses (none-yd069).
func TestHclogPrefixes29(t *testing.T) {
	const p = "2024-05-02T09:12:44.381Z [DEBUG] provider.terraform-provider-github_v6.2.1: "
	checkDecodes(t, []decodeCase{
		{"a Cloudflare v4 body in a provider's debug log (none-yd069)", "2023-01-20T10:00:01.100+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.2.0: {\n" +
			"2023-01-20T10:00:01.100+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.2.0:   \"success\": false,\n" +
			"2023-01-20T10:00:01.100+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.2.0:   \"errors\": [{\"code\": 10000, \"message\": \"Authentication error\"}]\n" +
			"2023-01-20T10:00:01.100+0100 [DEBUG] provider.terraform-provider-cloudflare_v4.2.0: }",
			"", 0, "10000", Authentication, false},
		{"a GitHub body with its status in the same log", p + "HTTP/2.0 403 Forbidden\n" + p + "{\n" + p + "  \"message\": \"API rate limit exceeded for user ID 1.\",\n" + p + "  \"documentation_url\": \"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"\n" + p + "}",
			"", 403, "", RateLimit, true},
	})
	for _, c := range []struct{ line, prefix string }{
		{"2021-03-11T11:39:11.190+0100 [DEBUG] plugin.terraform-provider-aws_v5.1.0: {", "2021-03-11T11:39:11.190+0100 [DEBUG] plugin.terraform-provider-aws_v5.1.0: "},
		{"2021-03-11T11:39:11Z [INFO]  nomad.client: started", "2021-03-11T11:39:11Z [INFO]  nomad.client: "},
		{"2021-03-11T11:39:11.190Z [ERROR] Error: 401 Unauthorized", "2021-03-11T11:39:11.190Z [ERROR] "},
		{"2021-03-11 11:39:11 [DEBUG] not hclog's time", ""},
		{"[DEBUG] no time", ""},
	} {
		if got := hclogPrefix(c.line); got != len(c.prefix) {
			t.Errorf("hclogPrefix(%q) = %d, want %d (%q)", c.line, got, len(c.prefix), c.prefix)
		}
	}
}

// PostgREST's JWT refusals in its words (PGRST301/303, https://docs.postgrest.org/en/latest/references/errors.html;
// none-yd071), and a Squid proxy's error pages, named by X-Squid-Error or by their templates'
// fixed sentences (https://wiki.squid-cache.org/SquidFaq/SquidAcl; none-yd119..122).
func TestPostgRESTAndSquid29(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"an expired token (none-yd071)", `{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}`,
			"", 401, "PGRST301", Authentication, false},
		{"old PostgREST's bare message", `{"message":"JWT invalid"}`,
			"", 0, "", Authentication, false},
		{"a clock ahead of the server's", `{"code":"PGRST303","details":null,"hint":null,"message":"JWT issued at future"}`,
			"", 401, "PGRST303", Authentication, false},
		{"Squid's header names its page (none-yd120)", "HTTP/1.1 403 Forbidden\nServer: squid/5.7\nX-Squid-Error: ERR_ACCESS_DENIED 0\nContent-Type: text/html",
			"", 403, "ERR_ACCESS_DENIED", Permission, false},
		{"Squid cannot read the URL (none-yd122)", "HTTP/1.1 400 Bad Request\nServer: squid/4.13\nX-Squid-Error: ERR_INVALID_URL 0\nContent-Type: text/html",
			"", 400, "ERR_INVALID_URL", InvalidRequest, false},
		{"Squid's login page, copied as text (none-yd121)", "ERROR\nCache Access Denied.\nSorry, you are not currently allowed to request http://api.example.com/ from this cache until you have authenticated yourself.",
			"", 0, "", Authentication, false},
		{"Squid's ACL page, copied as text", "ERROR\nThe requested URL could not be retrieved\nAccess control configuration prevents your request from being allowed at this time.",
			"", 0, "", Permission, false},
	})
}

// Google's reasons where Go clients print them: at the end of a googleapi line however
// long its quota message runs, and in the BigQuery client's job error
// (https://cloud.google.com/bigquery/docs/error-messages; none-yd013, -yd097).
func TestGoogleReasonsInGo29(t *testing.T) {
	long := "Error 429: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:123456789012' on the spreadsheet's batch update., rateLimitExceeded"
	checkDecodes(t, []decodeCase{
		{"a googleapi line longer than 200 bytes (none-yd097)", "Error: updating sheet: googleapi: " + long,
			"", 429, "rateLimitExceeded", RateLimit, true},
		{"the Go BigQuery client's job error (none-yd013)", `job failed: {Location: "query"; Message: "Exceeded rate limits: too many concurrent queries for this project_and_region."; Reason: "rateLimitExceeded"}`,
			"", 0, "rateLimitExceeded", RateLimit, true},
		{"control: a prose Reason is no code", `job failed: {Location: "query"; Message: "Not found: Table p:d.t"; Reason: "not a reason"}`,
			"", 0, "", NotFound, false},
	})
}
