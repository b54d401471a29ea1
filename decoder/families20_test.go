package decoder

import "testing"

// Three families of the tune split's last misses (issue 13, 2026-12-07), each answered by
// one general rule or by catalog data; every case is cut from the real paste whose row id
// the comment gives.
func TestMissFamilies20(t *testing.T) {
	checkDecodes(t, []decodeCase{
		// openai-node builds its APIError with status undefined for an error event read
		// inside a stream: the printed object says so, and no HTTP response carried the
		// error, so rate_limit_exceeded's documented 429 is not implied (openai-a004,
		// openai-h007: Codex CLI).
		{"openai-node stream error, status undefined (openai-a004)", "[Error]: Rate limit reached for o4-mini in organization org-******* on tokens per min (TPM): Limit 200000, Used 162960, Requested 42288. Please try again in 1.574s. Visit https://platform.openai.com/account/rate-limits to learn more.\n    at e.a [as iterator] (file:///Users/***/.nvm/versions/node/v23.7.0/lib/node_modules/@openai/codex/dist/cli.js:443:1514)\n    at process.processTicksAndRejections (node:internal/process/task_queues:105:5) {\n  status: undefined,\n  headers: undefined,\n  request_id: undefined,\n  error: {\n    type: 'tokens',\n    code: 'rate_limit_exceeded',\n    message: 'Rate limit reached for o4-mini in organization org-**** on tokens per min (TPM): Limit 200000, Used 162960, Requested 42288. Please try again in 1.574s.',\n    param: null\n  },\n  code: 'rate_limit_exceeded',\n  param: null,\n  type: 'tokens'\n}",
			"openai", 0, "rate_limit_exceeded", RateLimit, true},
		// Control: the same code with the status the client got keeps it.
		{"rate_limit_exceeded with its status", `Error code: 429 - {'error': {'message': 'Rate limit reached for o4-mini in organization org-x on tokens per min (TPM): Limit 200000, Used 162960, Requested 42288. Please try again in 1.574s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}`,
			"openai", 429, "rate_limit_exceeded", RateLimit, true},

		// DeepSeek writes the class name every request error shares into "code" and the
		// error's own class into "type" (https://api-docs.deepseek.com/quick_start/error_codes:
		// 401 Authentication Fails): the type is the more specific code (deepseek-b004,
		// -b005, -b007).
		{"deepseek 401, type beside a shared code (deepseek-b007)", "{\n    \"error\": {\n        \"message\": \"Authentication Fails (no such user)\",\n        \"type\": \"authentication_error\",\n        \"param\": null,\n        \"code\": \"invalid_request_error\"\n    }\n}",
			"deepseek", 401, "authentication_error", Authentication, false},
		{"deepseek 401 in an httpx log (deepseek-b005)", "INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions \"HTTP/1.1 401 Unauthorized\"\nERROR:droidrun:Error calling DeepSeek API: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****18b\" is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}",
			"deepseek", 401, "authentication_error", Authentication, false},
		// A type that names nothing ("unknown_error") leaves the code field's value
		// (deepseek-b002).
		{"deepseek 402, unknown_error type (deepseek-b002)", `Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}`,
			"deepseek", 402, "invalid_request_error", Quota, false},

		// TLS trust failures by each runtime's own code: Go prints its crypto/x509
		// package's errors as "x509: ..." (https://pkg.go.dev/crypto/x509#UnknownAuthorityError;
		// none-c120, none-c121); Node names each X.509 failure by its OpenSSL code
		// (https://nodejs.org/api/tls.html#x509-certificate-error-codes; none-g101).
		{"go x509 unknown authority (none-c121)", "$ GITHUB_TOKEN=[REMOVED] hub pr list\nError fetching pull requests: Get https://api.github.com/repos/usdhs/asylum-assessment-generator/pulls?per_page=100&: x509: certificate signed by unknown authority",
			"", 0, "x509", Connection, false},
		{"go x509 in a zap log (none-c120)", "[GShark]2021/11/22 - 14:55:04.386\terror\tSearch error\t{\"github search error\": \"Get \\\"https://api.github.com/search/code?q=xxx+in:file&order=desc&per_page=100&sort=indexed\\\": x509: certificate signed by unknown authority\"}",
			"", 0, "x509", Connection, false},
		{"node self-signed cert in chain, debugger view (none-g101)", "code:'SELF_SIGNED_CERT_IN_CHAIN'\nmessage:'self signed certificate in certificate chain'",
			"", 0, "SELF_SIGNED_CERT_IN_CHAIN", Connection, false},
	})
}
