package decoder

import "testing"

// The families of the none-w rows' tune misses (issue 13, 2026-12-07: non-AI services'
// errors), each case written from the service's own documentation, in the forms its
// clients print it, not copied from a corpus paste.

// Elasticsearch's and OpenSearch's indexing pressure rejects an operation when the bytes in
// flight pass the node's limit, with a 429 whose type is rejected_execution_exception and
// whose reason starts "rejected execution of": the cluster's load, not a caller's quota
// (https://opensearch.org/docs/latest/tuning-your-cluster/availability-and-recovery/shard-indexing-backpressure/,
// https://www.elastic.co/guide/en/elasticsearch/reference/current/index-modules-indexing-pressure.html).
func TestIndexingPressureIsOverload(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"opensearch 429 body", `{"error":{"root_cause":[{"type":"rejected_execution_exception","reason":"rejected execution of primary operation [shard_detail=[logs][0][P]]"}],"type":"rejected_execution_exception","reason":"rejected execution of primary operation [shard_detail=[logs][0][P]]"},"status":429}`,
			"", 429, "rejected_execution_exception", Overloaded, true}, "elasticsearch"},
		{decodeCase{"reason alone in a node's log", "[2025-01-02T10:00:00,000][WARN ][o.o.i.IndexingPressure] [node-1] rejected execution of replica operation [replica_bytes=53687091, max_replica_bytes=53687091]",
			"", 0, "", Overloaded, true}, "elasticsearch"},
		// Control: the thread pool's older type keeps its own entry.
		{decodeCase{"es_rejected_execution_exception keeps its entry", `{"error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}`,
			"", 429, "es_rejected_execution_exception", Overloaded, true}, "elasticsearch"},
	})
}

// Redis replies with an error whose first word is its kind (ERR, OOM, ...)
// (https://redis.io/docs/latest/develop/reference/protocol-spec/#simple-errors). Past
// maxclients it refuses new connections, "ERR max number of clients reached": capacity that
// frees as clients leave (https://redis.io/docs/latest/develop/reference/clients/#maximum-concurrent-connected-clients).
// Past maxmemory with nothing to evict it refuses writes, "OOM command not allowed when used
// memory > 'maxmemory'": waiting frees nothing (https://redis.io/docs/latest/develop/reference/eviction/).
func TestRedisCapacityReplies(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"lettuce maxclients", "io.lettuce.core.RedisCommandExecutionException: ERR max number of clients reached",
			"", 0, "ERR", Overloaded, true}, "databases"},
		{decodeCase{"redis-cli maxclients", "(error) ERR max number of clients reached",
			"", 0, "ERR", Overloaded, true}, "databases"},
		{decodeCase{"node-redis OOM", "[ErrorReply: OOM command not allowed when used memory > 'maxmemory'.]",
			"", 0, "OOM", Quota, false}, "databases"},
		{decodeCase{"jedis OOM", "redis.clients.jedis.exceptions.JedisDataException: OOM command not allowed when used memory > 'maxmemory'.",
			"", 0, "OOM", Quota, false}, "databases"},
	})
	// Control: another ERR reply is no capacity failure.
	checkDecodes(t, []decodeCase{
		{"redis ERR unknown command", "(error) ERR unknown command 'FOO', with args beginning with:",
			"", 0, "", Unknown, false},
	})
}

// libpq names the host it could not resolve, 'could not translate host name "HOST" to
// address: REASON', whatever the resolver's reason; the host comes from the connection
// string, so the same connection fails until it is fixed, as MySQL's CR_UNKNOWN_HOST
// (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-PARAMKEYWORDS).
func TestLibpqHostNotResolved(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"glibc reason", `psycopg2.OperationalError: could not translate host name "db" to address: Name or service not known`,
			"", 0, "", Connection, false}, "database-drivers"},
		{decodeCase{"glibc temporary reason", `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "pg.internal" to address: Temporary failure in name resolution`,
			"", 0, "", Connection, false}, "database-drivers"},
		{decodeCase{"musl reason", `psql: error: could not translate host name "postgres" to address: Name does not resolve`,
			"", 0, "", Connection, false}, "database-drivers"},
		{decodeCase{"windows reason", `FATAL: could not translate host name "mydb.example.org" to address: Unknown host`,
			"", 0, "", Connection, false}, "database-drivers"},
	})
}

// EC2's account limits: InstanceLimitExceeded and VcpuLimitExceeded are the number of
// instances or vCPUs the account may run, a quota that waiting does not raise
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html); its API
// throttling, "Request limit exceeded." (RequestLimitExceeded, 503), refills every second
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/throttling.html).
func TestEC2Limits(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"botocore instance limit", "botocore.exceptions.ClientError: An error occurred (InstanceLimitExceeded) when calling the RunInstances operation: You have requested more instances (5) than your current instance limit of 4 allows for the specified instance type.",
			"", 0, "InstanceLimitExceeded", Quota, false}, "aws"},
		{decodeCase{"vcpu limit, Go v1", "VcpuLimitExceeded: You have requested more vCPU capacity than your current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to.\n\tstatus code: 400, request id: 2f1b",
			"", 400, "VcpuLimitExceeded", Quota, false}, "aws"},
		{decodeCase{"java v2 request limit", "software.amazon.awssdk.services.ec2.model.Ec2Exception: Request limit exceeded. (Service: Ec2, Status Code: 503, Request ID: 7c4e)",
			"", 503, "", RateLimit, true}, "aws"},
	})
}

// "Rate exceeded" is the message AWS services throttle a call with, whatever the code
// beside it (https://repost.aws/knowledge-center/cloudformation-rate-exceeded-error); SES
// words its send-rate throttle "Maximum sending rate exceeded", as Throttling from its API
// and as the SMTP reply 454 (https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html).
func TestAWSThrottleWording(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"java v2 rate exceeded, no code", "software.amazon.awssdk.services.cloudformation.model.CloudFormationException: Rate exceeded (Service: CloudFormation, Status Code: 400, Request ID: 5d2a)",
			"", 400, "", RateLimit, true}, "aws"},
		{decodeCase{"ses over smtp", "smtplib.SMTPSenderRefused: (454, b'Throttling failure: Maximum sending rate exceeded.', 'sender@example.com')",
			"", 0, "SMTPSenderRefused", RateLimit, true}, "aws-services"},
	})
}

// The AWS SDK for Go writes the service's code at the head of its message: v1 as
// "<Code>: <message>\n\tstatus code: N, request id: <id>"
// (https://pkg.go.dev/github.com/aws/aws-sdk-go/aws/awserr#RequestFailure), also escaped in
// a log line; v2 after "api error " (https://pkg.go.dev/github.com/aws/smithy-go#GenericAPIError).
func TestAWSSDKGoCodes(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"v1 throttling", "Throttling: Maximum sending rate exceeded.\n\tstatus code: 400, request id: 0b9e",
			"", 400, "Throttling", RateLimit, true},
		{"v1 escaped in a log line", `level=error msg="send failed: Throttling: Rate exceeded\n\tstatus code: 400, request id: 0b9e"`,
			"", 400, "Throttling", RateLimit, true},
		{"v1 no such bucket", "NoSuchBucket: The specified bucket does not exist\n\tstatus code: 404, request id: 4442587FB7D0A2F9, host id: x",
			"", 404, "NoSuchBucket", NotFound, false},
		{"v2 access denied", "operation error S3: GetObject, https response error StatusCode: 403, RequestID: 4442587FB7D0A2F9, HostID: x, api error AccessDenied: Access Denied",
			"", 403, "AccessDenied", Permission, false},
		{"v2 throttling", "operation error SES: SendEmail, https response error StatusCode: 400, RequestID: 6a1c, api error Throttling: Maximum sending rate exceeded.",
			"", 400, "Throttling", RateLimit, true},
	})
}

// OpenSSL's error string, "error:<code>:<library>:<function>:<reason>", as every runtime
// linking it prints it (https://docs.openssl.org/master/man3/ERR_error_string/): the packed
// code is the code, and the reason's words name the reason the TLS layer knows.
func TestOpenSSLErrorString(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"openssl 1.0, ruby", "OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (error:14090086:SSL routines:SSL3_GET_SERVER_CERTIFICATE:certificate verify failed)",
			"", 0, "14090086", Connection, false}, ""}, // Ruby's SSLError class has its own entry
		{decodeCase{"openssl 3, empty function", "curl: (35) error:0A00010B:SSL routines::wrong version number",
			"", 0, "0A00010B", Connection, false}, "tls"},
	})
	// Control: eight hex digits after "error:" with no OpenSSL fields are no such string.
	checkDecodes(t, []decodeCase{
		{"a commit hash after error:", "deploy error:DEADBEEF was the last good build",
			"", 0, "", Unknown, false},
	})
}

// Azure Resource Manager throttles a subscription, a tenant or a resource provider's action
// with a 429 (SubscriptionRequestsThrottled, TenantRequestsThrottled,
// ResourceRequestsThrottled) whose message says how long to wait, the seconds in quotes
// (https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling).
func TestARMThrottling(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"subscription reads, message alone", "Number of requests for subscription '00000000-0000-0000-0000-000000000000' and operation 'GET/SUBSCRIPTIONS/RESOURCEGROUPS' exceeded. Please try again after '17' seconds.",
			"", 0, "", RateLimit, true}, "azure-cloud"},
		{decodeCase{"resource provider's action, body", `{"error":{"code":"ResourceRequestsThrottled","message":"Number of requests for action 'Microsoft.Network/virtualNetworks/read' exceeded the limit of '100' for time interval '00:01:00'. Please try again after '42' seconds."}}`,
			"", 429, "ResourceRequestsThrottled", RateLimit, true}, "azure-cloud"},
	})
	for in, want := range map[string]int64{
		"Please try again after '17' seconds.": 17000,
		"Please try again after 17 seconds.":   17000,
	} {
		if got := Decode("Number of requests for tenant 'x' exceeded. " + in).RetryAfterMS; got != want {
			t.Errorf("%q: wait %d ms, want %d", in, got, want)
		}
	}
}

// PHP's database errors carry their codes in brackets: PDO's "SQLSTATE[S] [N] message"
// (https://www.php.net/manual/en/pdo.errorinfo.php) and mysqli's "(S/N): message"
// (https://www.php.net/manual/en/mysqli.construct.php). MySQL's error number names the
// error (https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html);
// PostgreSQL's driver code is no error's, so its SQLSTATE is the code, and the server's
// wording still tells a full server (53300) from a dropped connection
// (https://www.postgresql.org/docs/current/errcodes-appendix.html).
func TestPHPDatabaseCodes(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{"pdo mysql access denied", "PDOException: SQLSTATE[HY000] [1045] Access denied for user 'app'@'10.0.0.5' (using password: YES)",
			"", 0, "1045", Authentication, false}, "database-drivers"},
		{decodeCase{"mysqli too many connections", "PHP Warning:  mysqli_connect(): (08004/1040): Too many connections in /srv/app/db.php on line 12",
			"", 0, "1040", Overloaded, true}, "database-drivers"},
		{decodeCase{"pdo pgsql too many clients", "Uncaught PDOException: SQLSTATE[08006] [7] FATAL:  sorry, too many clients already",
			"", 0, "08006", Overloaded, true}, "databases"},
		{decodeCase{"pdo pgsql connection dropped", "SQLSTATE[08006] [7] server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally",
			"", 0, "08006", Connection, true}, "database-drivers"},
	})
}

// google-api-go-client ends its error line with the reason, "googleapi: Error 403:
// <message>, <reason>" (https://pkg.go.dev/google.golang.org/api/googleapi#Error); a tool
// that logs it may write on after the reason, which stays one word.
func TestGoogleAPIReasonThenMore(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"reason then the tool's retry note", "upload failed: googleapi: Error 403: Rate Limit Exceeded, rateLimitExceeded - will retry (3/10)",
			"", 403, "rateLimitExceeded", RateLimit, true},
		{"reason at the end", "googleapi: Error 404: File not found: 1AbC., notFound",
			"", 404, "notFound", NotFound, false},
	})
}

// google-api-ruby-client raises Google::Apis errors whose message is "<reason>: <message>"
// (google-apis-core's ApiCommand#check_status); the reason names the error as in Google's
// error guides (https://developers.google.com/drive/api/guides/handle-errors).
func TestGoogleRubyReason(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{"ruby rate limit error", "Google::Apis::RateLimitError: rateLimitExceeded: Rate Limit Exceeded\n  from /usr/lib/ruby/gems/3.2.0/gems/google-apis-core-0.11.0/lib/google/apis/core/http_command.rb:244:in `check_status'",
			"", 0, "rateLimitExceeded", RateLimit, true}, // sent with 403 or 429: no one status
		// Control: a Ruby error from no Google client keeps its words as words.
		{"no google client", "RuntimeError: someThing: went wrong",
			"", 0, "", Unknown, false},
	})
}
