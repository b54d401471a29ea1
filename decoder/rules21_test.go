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
