package decoder

import (
	"testing"
)

// Families of non-AI services whose codes are written in their own places: Entra ID's
// AADSTS numbers in the OAuth description, database drivers' errors (MySQL's numbers,
// libpq's messages, PEP 249's classes that name no failure), and Elasticsearch's error
// types as its Python client and Logstash print them. The first of each group is a real
// paste (corpus rows none-r007 to none-r041); the rest are the family's other documented
// forms. Each keeps provider "" and is answered by its family's layer.
func TestCatalogServiceFamilies(t *testing.T) {
	tests := []layerCase{
		{decodeCase{"Entra ID app not found: the AADSTS number over the OAuth error",
			"{\n    \"error\": \"unauthorized_client\",\n    \"error_description\": \"AADSTS700016: Application with identifier 'foo' was not found in the directory 'foo' ...\",\n    \"error_codes\": [700016],\n    \"error_uri\": \"https://login.microsoftonline.com/error?code=700016\",\n    ...\n}",
			"", 0, "AADSTS700016", Authentication, false}, "entra-id"},
		{decodeCase{"Entra ID: of two AADSTS numbers, the last is the cause",
			`E           Failed: Get Token request returned http error: 401 and server response: {"error":"invalid_client","error_description":"AADSTS70002: Error validating credentials. AADSTS50012: Client assertion audience claim does not match Realm issuer.\r\nTrace ID: b3a77dbe-af3b-4545-8c2c-a76ab79c15ff\r\nCorrelation ID: 5018bf95-777c-448c-96ea-19e2532cbb48\r\nTimestamp: 2017-03-08 23:18:59Z","error_codes":[70002,50012],"timestamp":"2017-03-08 23:18:59Z"}`,
			"", 401, "AADSTS50012", Authentication, false}, "entra-id"},
		{decodeCase{"Entra ID grant revoked after a password change",
			`Get Token request returned http error: 400 and server response: {"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.\r\nTrace ID: 0aaa7d90-73c6-46cc-9c9d-fc161b282000","error_codes":[50173],"error_uri":"https://login.microsoftonline.com/error?code=50173"}`,
			"", 400, "AADSTS50173", Authentication, false}, "entra-id"},
		{decodeCase{"Entra ID consent missing is a permission",
			`msal error: invalid_grant: AADSTS65001: The user or administrator has not consented to use the application with ID 'abc'. Send an interactive authorization request for this user and resource.`,
			"", 0, "AADSTS65001", Permission, false}, "entra-id"},
		{decodeCase{"Entra ID transient error is retryable",
			`{"error":"temporarily_unavailable","error_description":"AADSTS90033: A transient error has occurred. Please try again."}`,
			"", 0, "AADSTS90033", Server, true}, "entra-id"},
		{decodeCase{"Entra ID number not in the catalog: still the code, the OAuth error decides",
			`{"error":"invalid_client","error_description":"AADSTS7000999: Something new about the client."}`,
			"", 0, "AADSTS7000999", Authentication, false}, ""},

		{decodeCase{"libpq connection refused inside psycopg2's OperationalError",
			"psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n        Is the server running on that host and accepting TCP/IP connections?\nconnection to server at \"localhost\" (::1), port 5432 failed: Cannot assign requested address\n        Is the server running on that host and accepting TCP/IP connections?",
			"", 0, "", Connection, true}, "database-drivers"},
		{decodeCase{"PostgreSQL out of connection slots",
			`psycopg2.OperationalError: connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  sorry, too many clients already`,
			"", 0, "", Overloaded, true}, "databases"},
		{decodeCase{"PostgreSQL wrong password",
			`psycopg2.OperationalError: connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app"`,
			"", 0, "", Authentication, false}, "database-drivers"},
		{decodeCase{"PyMySQL lost connection inside SQLAlchemy",
			"  File \"/venv/lib64/python3.11/site-packages/pymysql/connections.py\", line 748, in _read_packet\n    raise err.OperationalError(\nsqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')\n[SQL: SELECT 1]",
			"", 0, "2013", Connection, true}, "database-drivers"},
		{decodeCase{"A Sentry title: the class alone, then the tuple",
			"OperationalError\n(pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')",
			"", 0, "2013", Connection, true}, "database-drivers"},
		{decodeCase{"the mysql client's ERROR number (SQLSTATE)",
			"ERROR 2003 (HY000): Can't connect to MySQL server on 'db:3306' (111)",
			"", 0, "2003", Connection, true}, "database-drivers"},
		{decodeCase{"Go's MySQL driver, access denied",
			"Error 1045 (28000): Access denied for user 'app'@'10.0.0.7' (using password: YES)",
			"", 0, "1045", Authentication, false}, "database-drivers"},
		{decodeCase{"a year before the message is no error number",
			"2013-04-01 12:00:00 Lost connection to MySQL server during query",
			"", 0, "", Connection, true}, "database-drivers"},

		{decodeCase{"elasticsearch-py TransportError: status and type from the tuple",
			"ERROR:root:Error writing alert info to Elasticsearch: TransportError(429, u'es_rejected_execution_exception', u'rejected execution of org.elasticsearch.transport.TransportService$7@45aee1f0 on EsThreadPoolExecutor[bulk, queue capacity = 200]')\nTraceback (most recent call last):\n  File \"/home/elastalert/elastalert/elastalert.py\", line 1299, in writeback\n    doc_type=doc_type, body=body)",
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
		{decodeCase{"Logstash's Ruby hash of a bulk rejection",
			"[2018-08-21T20:05:36,111][INFO ][logstash.outputs.elasticsearch] retrying\nfailed action with response code: 429\n({\"type\"=>\"es_rejected_execution_exception\", \"reason\"=>\"rejected execution of\norg.elasticsearch.transport.TransportService$7@85be457 on\nEsThreadPoolExecutor[bulk, queue capacity = 200]\"})",
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
		{decodeCase{"indexing pressure rejection body",
			`{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}],"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}`,
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
		{decodeCase{"NotFoundError tuple",
			"elasticsearch.exceptions.NotFoundError: NotFoundError(404, 'index_not_found_exception', 'no such index [logs]', logs, index_or_alias)",
			"", 404, "index_not_found_exception", NotFound, false}, "elasticsearch"},

		// Knowledge added to existing layers for the same rows' families.
		{decodeCase{"Ruby's scoped class: Stripe's layer lists it as Stripe::InvalidRequestError",
			"Stripe::InvalidRequestError: This customer has no attached card\n  stripe (1.15.0) lib/stripe.rb:232:in `handle_api_error'",
			// The class is stripe-ruby's pick by the error's type, not the error's code
			// (a class-only entry's class is never the code, h-rules44).
			"", 0, "", InvalidRequest, false}, "stripe"},
		{decodeCase{"GitHub: a pull request already exists is a conflict",
			"Unable to create pull request: 422: Unprocessable Entity\n {'message': 'Validation Failed', 'errors': [{'resource': 'PullRequest', 'code': 'custom', 'message': 'A pull request already exists for ***:branch_name.'}], 'documentation_url': 'https://docs.github.com/rest/reference/pulls#create-a-pull-request'}",
			"", 422, "custom", Conflict, false}, "github-api"},
		{decodeCase{"gRPC's DNS failure under google-api-core's ServiceUnavailable",
			"ServiceUnavailable: 503 DNS resolution failed for service: firestore.googleapis.com",
			"", 503, "", Connection, true}, "generic"},
		{decodeCase{"Cloudflare's 522 named by its status line alone",
			"client.go:394, ERROR ,\"Dial failed: invalid websocket response from bing.com:443: HTTP/1.1 522 Origin Connection Time-out\nDate: Sun, 04 Nov 2018 10:00:00 GMT\nContent-Type: text/html; charset=UTF-8\nServer: cloudflare\nCF-RAY: 4745b0b5fa5d3c4c-LHR",
			"", 522, "", Server, true}, "cloudflare-edge"},
		{decodeCase{"python-gitlab's status then its message",
			"  File \"/usr/local/lib/python3.8/site-packages/gitlab/__init__.py\", line 572, in http_request\n    raise GitlabHttpError(\ngitlab.exceptions.GitlabHttpError: 403: insufficient_scope",
			"", 403, "", Permission, false}, "generic"},
		{decodeCase{"Envoy's reset reason names a cut connection",
			"Error: upstream connect error or disconnect/reset before headers. reset reason: connection termination\n  File \"https://getjetstream.app/index-rV0k7TzD.js\", line 202, in [anonymous]",
			"", 0, "", Connection, true}, "proxies"},
		{decodeCase{"Envoy's pool overflow stays overloaded",
			"System.InvalidOperationException: Unsuccessful API response ServiceUnavailable\n ---> System.Exception: upstream connect error or disconnect/reset before headers. reset reason: overflow",
			"", 503, "", Overloaded, true}, "proxies"},
		{decodeCase{"google-api-core's ServiceUnavailable over a reset connection",
			"google.api_core.exceptions.ServiceUnavailable: 503 Connection reset by peer",
			"", 503, "", Connection, true}, "generic"},
	}
	checkLayers(t, tests)
}
