package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The four families of categories errlens confused most (issue 13), in the words each runtime,
// SDK and provider documents for them, so that wording no paste here has shown still lands in
// the right category. Each case cites where its wording comes from.
type familyCase struct {
	name     string
	in       string
	category Category
}

func checkFamily(t *testing.T, tests []familyCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			if tc.category == Quota {
				assert.False(t, r.Retryable, "a quota is never retryable")
			}
			if tc.category == Connection || tc.category == Timeout {
				assert.True(t, r.Retryable, "a failed or slow connection can succeed on a retry")
			}
		})
	}
}

// connection: the connection was never opened, or was reset or closed before a complete
// response. An OS connect timeout (ETIMEDOUT from connect(2), WSAETIMEDOUT) is one of these: the
// TCP connection was never established, as the corpus files Node's "connect ETIMEDOUT".
// timeout: a deadline the client set (read, connect, headers, the whole call) ran out.
func TestConnectionOrTimeoutInEveryRuntime(t *testing.T) {
	checkFamily(t, []familyCase{
		// httpx's hierarchy: TimeoutException (ConnectTimeout, ReadTimeout, WriteTimeout,
		// PoolTimeout) vs NetworkError (ConnectError, ReadError, WriteError, CloseError) and
		// ProtocolError (https://www.python-httpx.org/exceptions/).
		{"httpx ReadError", "httpx.ReadError: [Errno 104] Connection reset by peer", Connection},
		{"httpx WriteError", "httpx.WriteError", Connection},
		{"httpx LocalProtocolError", "httpx.LocalProtocolError: Illegal header value", Connection},
		{"httpcore ReadError", "httpcore.ReadError", Connection},
		{"httpx PoolTimeout", "httpx.PoolTimeout", Timeout},
		// aiohttp client_exceptions.py: ClientConnectionResetError ("Connection lost"), ClientOSError;
		// ConnectionTimeoutError and SocketTimeoutError are ServerTimeoutError (asyncio.TimeoutError).
		{"aiohttp ClientOSError", "aiohttp.client_exceptions.ClientOSError: [Errno 32] Broken pipe", Connection},
		{"aiohttp write on closing transport", "aiohttp.client_exceptions.ClientConnectionResetError: Cannot write to closing transport", Connection},
		{"aiohttp ConnectionTimeoutError", "aiohttp.client_exceptions.ConnectionTimeoutError: Connection timeout to host https://api.example.com/v1/chat", Timeout},
		{"aiohttp SocketTimeoutError", "aiohttp.client_exceptions.SocketTimeoutError: Timeout on reading data from socket", Timeout},
		// Python's builtin OSError subclasses and Linux errno 110 from connect().
		{"Python ConnectionAbortedError", "ConnectionAbortedError: [WinError 10053] An established connection was aborted by the software in your host machine", Connection},
		{"Python errno 110 on connect", "urllib3.exceptions.NewConnectionError: Failed to establish a new connection: [Errno 110] Connection timed out", Connection},
		{"macOS errno 60 on connect", "TimeoutError: [Errno 60] Operation timed out", Connection},
		{"anyio end of stream under httpcore", "anyio.EndOfStream", Connection},
		{"ssl SSLZeroReturnError", "ssl.SSLZeroReturnError: TLS/SSL connection has been closed (EOF) (_ssl.c:1131)", Connection},
		// axios lib/adapters: "Network Error" (ERR_NETWORK) vs "timeout of Nms exceeded" (ECONNABORTED).
		{"axios Network Error", "AxiosError: Network Error", Connection},
		{"axios timeout", "AxiosError: timeout of 30000ms exceeded", Timeout},
		// node-fetch FetchError and Node streams.
		{"node-fetch premature close", "FetchError: Invalid response body while trying to fetch https://api.example.com/v1: Premature close", Connection},
		{"Node TLS socket", "Error: Client network socket disconnected before secure TLS connection was established", Connection},
		// Go net/http (transport.go, client.go, h2_bundle.go) and net's dial errors.
		{"Go EOF after the request", `Post "https://api.example.com/v1/chat/completions": EOF`, Connection},
		{"Go server closed idle connection", `Post "https://api.example.com/v1": http: server closed idle connection`, Connection},
		{"Go transport connection broken", `Post "https://api.example.com/v1": net/http: HTTP/1.x transport connection broken: malformed HTTP response`, Connection},
		{"Go http2 client connection lost", `Post "https://api.example.com/v1": http2: client connection lost`, Connection},
		{"Go http2 stream error", "stream error: stream ID 3; INTERNAL_ERROR; received from peer", Connection},
		{"Go dial timed out", "dial tcp 1.2.3.4:443: connect: connection timed out", Connection},
		{"Go response header timeout", `Post "https://api.example.com/v1": net/http: timeout awaiting response headers`, Timeout},
		// Java: java.net.http, OkHttp, Apache HttpClient, Reactor Netty.
		{"java.net.http no bytes", "java.io.IOException: HTTP/1.1 header parser received no bytes", Connection},
		{"OkHttp end of stream", "java.io.IOException: unexpected end of stream on https://api.example.com/...", Connection},
		{"OkHttp read timeout", "java.net.SocketTimeoutException: timeout", Timeout},
		{"OkHttp call timeout", "java.io.InterruptedIOException: timeout", Timeout},
		{"Apache no response", "org.apache.http.NoHttpResponseException: api.example.com:443 failed to respond", Connection},
		{"Reactor Netty premature close", "reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response", Connection},
		{"Netty read timeout", "io.netty.handler.timeout.ReadTimeoutException: null", Timeout},
		// .NET: HttpRequestException for failed sends, TaskCanceledException for HttpClient.Timeout,
		// Polly's TimeoutRejectedException (learn.microsoft.com, dev-proxy "dotnet-httpclient-timeouts").
		{".NET send failed", "System.Net.Http.HttpRequestException: An error occurred while sending the request.", Connection},
		{".NET transport read", "System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.", Connection},
		{".NET Framework WebException", "System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send.", Connection},
		{".NET remote name", "System.Net.WebException: The remote name could not be resolved: 'api.example.com'", Connection},
		{"Windows WSAETIMEDOUT", "A connection attempt failed because the connected party did not properly respond after a period of time (WinError 10060)", Connection},
		{"Polly timeout", "Polly.Timeout.TimeoutRejectedException: The operation didn't complete within the allowed timeout of '00:00:30'.", Timeout},
		// Ruby Net::HTTP.
		{"Ruby open timeout", "Net::OpenTimeout: execution expired", Timeout},
		// curl's exit codes and PHP's "cURL error N" (libcurl-errors: 7 COULDNT_CONNECT, 18 PARTIAL_FILE,
		// 28 OPERATION_TIMEDOUT, 35 SSL_CONNECT_ERROR, 56 RECV_ERROR).
		{"curl 7", "curl: (7) Failed to connect to localhost port 11434 after 0 ms: Couldn't connect to server", Connection},
		{"curl 18", "curl: (18) transfer closed with outstanding read data remaining", Connection},
		{"curl 35", "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.example.com:443", Connection},
		{"PHP cURL 7", "GuzzleHttp\\Exception\\ConnectException: cURL error 7: Failed to connect to localhost port 11434", Connection},
		{"PHP cURL 28", "cURL error 28: Operation timed out after 30000 milliseconds with 0 bytes received", Timeout},
		// The general words, English and Chinese.
		{"network request failed", "TypeError: Network request failed", Connection},
		{"connection lost", "Error: connection lost while streaming the response", Connection},
		{"Chinese connection failure", "网络连接失败，请检查网络", Connection},
		{"Chinese request timeout", "请求超时，请稍后重试", Timeout},
	})
}

// rate_limit vs overloaded: advice to wait ("try again later", 请稍后再试) goes with both, so the
// words that name the failure decide; with no such words the advice alone reads as capacity.
func TestRateLimitOrOverloadedByTheirWords(t *testing.T) {
	checkFamily(t, []familyCase{
		{"rate limit then advice", "Rate limit reached. Please try again later.", RateLimit},
		{"throttled then advice", "Your requests are being throttled, try again later", RateLimit},
		{"Chinese rate limit then advice", "请求过于频繁，请稍后再试", RateLimit},
		{"overloaded then advice", "The server is overloaded, please try again later.", Overloaded},
		{"Chinese busy then advice", "服务器繁忙，请稍后再试。", Overloaded},
		{"advice alone", "Something went wrong. Please try again later.", Overloaded},
		{"rate limiting", "Request was rejected due to request rate limiting", RateLimit},
		{"requests per hour", "You have exceeded 100 requests per hour", RateLimit},
		{"RPM exceeded", "RPM exceeded for this key", RateLimit},
		{"concurrent limit", "Concurrent request limit exceeded", RateLimit},
		{"QPS", "QPS limit exceeded", RateLimit},
		{"token rate limit", "Requests to this deployment have exceeded token rate limit", RateLimit},
		{"hit the rate limit", "You hit the rate limit for this model", RateLimit},
		{"over the rate limit", "Slow down: over the rate limit", RateLimit},
		{"Laravel throttle", "Too Many Attempts.", RateLimit}, // Illuminate ThrottleRequests' 429 message
		{"Chinese frequency limit", "请求频率超出限制", RateLimit},
		{"high volume", "We are experiencing an unusually high volume of requests.", Overloaded},
		{"no instances", "No instances available for this model", Overloaded},
		{"heavy load", "The service is experiencing heavy load", Overloaded},
		{"Chinese overload", "当前模型负载过高，请稍后重试", Overloaded},
		{"ServiceUnavailableError", "openai.error.ServiceUnavailableError: The server is not ready", Overloaded},
		// Baidu's Open API (error_code 18 vs 17 and 19), Qianfan AppBuilder, Alibaba Cloud's
		// flow control, iFlytek's 秒级/日流控 (ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y,
		// cloud.baidu.com/doc/WENXINWORKSHOP/s/hlzic283e, help.aliyun.com common error codes).
		{"Baidu qps", `{"error_code": 18, "error_msg": "Open api qps request limit reached"}`, RateLimit},
		{"Baidu daily", `{"error_code": 17, "error_msg": "Open api daily request limit reached"}`, Quota},
		{"Baidu total", `{"error_code": 19, "error_msg": "Open api total request limit reached"}`, Quota},
		{"Alibaba Cloud flow control", "Throttling.User: API call limit exceeded. Flow control was triggered.", RateLimit},
		{"iFlytek per-second flow control", "11202 授权错误：秒级流控超限。秒级并发超过授权路数限制", RateLimit},
		{"iFlytek daily flow control", "11201 授权错误：日流控超限。超过当日最大访问量的限制", Quota},
		{"AppBuilder reduce frequency", "请求超出每用户每秒总配额,请降低调用频率", RateLimit},
		// Alibaba Cloud's Throttling.* (help.aliyun.com, DataWorks error codes) and Tencent
		// CloudBase's EXCEED_RATELIMIT and EXCEED_REQUEST_LIMIT (docs.cloudbase.net/error-code).
		{"Alibaba Cloud too frequent", "Throttling.User: Your request is too frequent. Try again later.", RateLimit},
		{"Alibaba Cloud daily limit", "Throttling.Api.Risk: The request for this resource has exceeded your daily available limit.", Quota},
		{"Alibaba Cloud upper limit", "该资源已经达到您的使用上限,您可以升级DataWorks产品版本以获得更多的调用次数。", Quota},
		{"CloudBase plan exhausted", "EXCEED_REQUEST_LIMIT: 请求次数超限,套餐资源耗尽", Quota},
		{"CloudBase QPS", "EXCEED_RATELIMIT: 请求频率超过套餐资源限制", RateLimit},
		// Non-AI APIs' own words for throttling.
		{"GitHub abuse detection", "You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.", RateLimit}, // https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
		{"Shopify call limit", "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.", RateLimit},    // https://shopify.dev/docs/api/usage/rate-limits
		{"Reddit doing that too much", "you are doing that too much. try again in 5 minutes.", RateLimit},
	})
}

// quota vs permission: a balance, credit, billing or used-up allowance is quota even when the
// text also says access was denied or the status is 401 or 403 (the money says why).
func TestQuotaOrPermissionWhenBothAreWorded(t *testing.T) {
	checkFamily(t, []familyCase{
		{"403 access denied for balance", "Error 403: access denied, insufficient balance", Quota},
		{"401 for balance", "401 Unauthorized: Your account balance is insufficient", Quota},
		{"403 for plan limit", "HTTP 403: Forbidden - You have reached the limit of your subscription plan", Quota},
		// Google: PERMISSION_DENIED with ErrorInfo reason BILLING_DISABLED (https://cloud.google.com/apis/design/errors#error_info).
		{"Google billing disabled", `{"error":{"code":403,"message":"Billing account for project '123' is not found. Billing must be enabled for activation of service(s) 'translate.googleapis.com' to proceed.","status":"PERMISSION_DENIED"}}`, Quota},
		// Bedrock: AccessDeniedException INVALID_PAYMENT_INSTRUMENT
		// (https://docs.aws.amazon.com/bedrock/latest/userguide/troubleshooting-api-error-codes.html).
		{"AWS payment instrument", "AccessDeniedException: INVALID_PAYMENT_INSTRUMENT:A valid payment instrument must be provided.", Quota},
		{"not enough quota", "You do not have enough quota to perform this request", Quota},
		{"enough balance", "Your account does not have enough balance", Quota},
		{"arrears", "access denied: account arrears", Quota},
		{"non-payment", "Your account has been disabled due to non-payment", Quota},
		{"quota exceeded", "Forbidden: quota exceeded for this API key", Quota},
		{"OpenRouter can only afford", "This request requires more credits, or fewer max_tokens. You requested up to 4096 tokens, but can only afford 1000.", Quota},
		{"Chinese quota used up", "额度已用尽", Quota},
		{"GitHub Actions billing", "The job was not started because your account is locked due to a billing issue.", Quota}, // https://docs.github.com/en/billing
		{"per-minute quota is a rate limit", "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'", RateLimit},
		{"permission stays permission", "403 Forbidden: You are not allowed to sample from this model", Permission},
		{"model access under 403", `Error code: 403 - {'error': {'message': 'Project does not have access to model gpt-4o', 'code': 'model_not_found'}}`, Permission},
		{"tier", "This model is not available for your account tier", Permission},
		{"Chinese no access", "无权访问该资源", Permission},
	})
}

// not_found vs invalid_request for models: a model that does not exist, is not served or is
// retired is not_found whatever status the API sends it with (400 at Mistral, DeepSeek, Bedrock
// and for Groq's decommissioned models; 404 at OpenAI): the category follows the meaning.
func TestUnknownModelIsNotFound(t *testing.T) {
	checkFamily(t, []familyCase{
		{"OpenRouter invalid model id", "gpt-4-vision is not a valid model ID", NotFound},
		{"with a 400", `400 {"error":{"message":"foo/bar is not a valid model ID","code":400}}`, NotFound},
		{"invalid model name", "invalid model name", NotFound},
		{"unsupported model", "Unsupported model: foo", NotFound},
		{"model not supported", "Error: model is not supported", NotFound},
		{"specified model not available", "The specified model is not available", NotFound},
		{"no model named", "There is no model named foo", NotFound},
		{"could not find model", "Could not find model foo", NotFound},
		{"end of life", "This model has reached end of life", NotFound},
		{"model_not_found code", `{"error":{"code":"model_not_found","message":"x"}}`, NotFound},
		{"Chinese model missing", "模型未找到", NotFound},
		{"Chinese unsupported model", "不支持的模型", NotFound},
		{"parameters stay invalid", "Invalid value for 'temperature': must be between 0 and 2", InvalidRequest},
		// A deprecated or removed parameter, or another missing thing, under a 400 is no model.
		{"deprecated parameter", `Error code: 400 - {'error': {'message': "The 'functions' parameter has been deprecated. Please use 'tools' instead.", 'type': 'invalid_request_error', 'param': 'functions'}}`, InvalidRequest},
		{"removed field", "400 Bad Request: the field 'max_tokens' has been removed; use max_completion_tokens", InvalidRequest},
		{"model parameters", "400 Invalid model parameters: temperature", InvalidRequest},
	})
}

// Some connections fail for a setting, not a moment: sending the same request again fails again.
func TestConnectionFailuresNotCuredByWaiting(t *testing.T) {
	tests := []familyCase{
		// connect(2)'s EADDRNOTAVAIL (man7.org/linux/man-pages/man2/connect.2.html).
		{"EADDRNOTAVAIL", "OSError: [Errno 99] Cannot assign requested address", Connection},
		// Node prints OpenSSL's reason in lower case: what answered was not TLS.
		{"Node TLS EPROTO", "Error: write EPROTO 140:error:1408F10B:SSL routines:ssl3_get_record:wrong version number", Connection},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.category, r.Category, "category (%v)", r.Evidence)
			assert.False(t, r.Retryable, "a setting to fix, not a wait")
		})
	}
}
