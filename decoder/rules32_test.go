package decoder

import "testing"

// TestGatedRepoByStatus: huggingface_hub raises GatedRepoError (a subclass of
// RepositoryNotFoundError) for a gated repository, and the Hub's status says which failure it
// is: 401 "You must be authenticated to access it. Please log in." when the request carried
// no valid token (authentication: log in), 403 "not in the authorized list" or a request
// awaiting review when the account is known but not granted access (permission: ask the
// owners) (https://huggingface.co/docs/huggingface_hub/package_reference/utilities#huggingface_hub.errors.GatedRepoError,
// https://huggingface.co/docs/hub/models-gated). Neither is fixed by a wait.
func TestGatedRepoByStatus(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "401: not logged in", in: "huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-abc)\n\n" +
			"Cannot access gated repo for url https://huggingface.co/org/model/resolve/main/model.safetensors.\n" +
			"Access to model org/model is restricted. You must have access to it and be authenticated to access it. Please log in.",
			status: 401, code: "GatedRepoError", category: Authentication}, "huggingface-hub"},
		{decodeCase{name: "403: access not granted", in: "huggingface_hub.utils._errors.GatedRepoError: 403 Client Error. (Request ID: Root=1-def)\n\n" +
			"Cannot access gated repo for url https://huggingface.co/org/model/resolve/main/config.json.\n" +
			"Access to model org/model is restricted and you are not in the authorized list. Visit https://huggingface.co/org/model to ask for access.",
			status: 403, code: "GatedRepoError", category: Permission}, "huggingface-hub"},
	})
}

// TestElixirCallTimeout: Erlang's gen_server:call exits with reason timeout when the
// callee has not replied within the caller's own limit (5 s by default), and Elixir prints
// that exit as "** (EXIT) time out" (https://hexdocs.pm/elixir/GenServer.html#call/3): a
// deadline the client set, so a timeout, which a longer limit or a retry can pass.
func TestElixirCallTimeout(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "GenServer.call's exit", in: "** (stop) exited in: GenServer.call(MyApp.Worker, {:complete, \"hi\"}, 60000)\n    ** (EXIT) time out",
			category: Timeout, retry: true},
	})
}

// TestCloudflare524PageTail: a paste of only the end of Cloudflare's 524 page (no title, no
// "Error code 524") still holds the page's own explanation and its link to the 524
// troubleshooting page. Cloudflare documents 524 as the origin accepting the connection but
// not answering in time (https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/),
// a failure at the origin server like every 52x page (generic.json's convention), though
// the page goes on to name an "overloaded background task" as a likely cause. The page's
// explanation is the 524 page's alone, so it gives the status (h-status8).
func TestCloudflare524PageTail(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "the page's tail", in: `<p class="mb-6">Please try again in a few minutes.</p>` + "\n" +
			`<h3>If you're the owner of this website:</h3>` + "\n" +
			`<p><span>The connection to the origin web server was made, but the origin web server timed out before responding. ` +
			`The likely cause is an overloaded background task, database or application, stressing the resources on your web server.</span> ` +
			`<a href="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/">Additional troubleshooting information here.</a></p>`,
			status: 524, category: Server, retry: true},
	})
}

// TestRateLimitYouWording: "we had to rate limit you" is a service saying in its own words
// that it throttled the caller (the Hugging Face Hub's 429 message for its requests-per-5-
// minutes windows, https://huggingface.co/docs/hub/rate-limits): a short window that
// waiting clears, even where the sentence goes on to call the limit a quota.
func TestRateLimitYouWording(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "the Hub's window", in: "batch response: We had to rate limit you, you hit the quota of 1000 api requests per 5 minutes period. " +
			"Upgrade to a PRO user or Team/Enterprise organization account to get higher limits.",
			category: RateLimit, retry: true}, "generic"},
	})
}

// TestEnvoyBodyUnderServerClass: Envoy's "upstream connect error or disconnect/reset before
// headers" is a response body the proxy sends (503) when its own connection to the service
// behind it failed (https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details).
// Alone, with no status shown, it stays a connection failure; under a client's 5xx class
// (openai-python's and openai-node's InternalServerError, raised only for a 5xx response,
// https://github.com/openai/openai-python#handling-errors) a response came back, so the
// failure is the server side's, as with the status printed.
func TestEnvoyBodyUnderServerClass(t *testing.T) {
	const body = "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111"
	checkDecodes(t, []decodeCase{
		// Envoy sends its reply with 503 (router.cc onUpstreamReset), which the 5xx class agrees with.
		{name: "under openai-python's 5xx class", in: "openai.InternalServerError: " + body,
			provider: "openai", status: 503, category: Server, retry: true},
		{name: "with its 503 printed", in: "Error: 503 " + body,
			status: 503, category: Server, retry: true},
		{name: "alone", in: "Error: " + body,
			category: Connection, retry: true},
	})
}

// TestTwilioAuthenticateMessage: Twilio's message for error 20003 (credentials rejected,
// sent with 401) is the one word "Authenticate" (https://www.twilio.com/docs/api/errors/20003);
// twilio-ruby prints it before its class, twilio-python after "Unable to fetch record:".
func TestTwilioAuthenticateMessage(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "twilio-ruby", in: "/gems/twilio-ruby-3.8.0/lib/twilio-ruby/rest/client.rb:226:in `connect_and_send': Authenticate (Twilio::REST::RequestError)",
			category: Authentication}, "twilio"},
		{decodeCase{name: "twilio-python", in: "twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to fetch record: Authenticate",
			status: 401, category: Authentication}, "twilio"},
	})
}

// TestKubernetesServerTimeout: the API server's StatusReasonServerTimeout means it
// understood the request but could not complete it in a reasonable time, and the client
// should retry; its Status is sent with 500 (https://pkg.go.dev/k8s.io/apimachinery/pkg/apis/meta/v1#StatusReason).
// client-go's verbose log prints the Status as {"ErrStatus":{...}} without its kind: its
// "status":"Failure" marks it all the same, so its reason is the code.
func TestKubernetesServerTimeout(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "a Status with its kind", in: `{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"The operation could not be completed at this time, please try again.","reason":"ServerTimeout","details":{},"code":500}`,
			status: 500, code: "ServerTimeout", category: Timeout, retry: true}, "kubernetes"},
		{decodeCase{name: "client-go's print without it", in: `I0216 18:51:03.798075   23153 request.go:905] Response Body: {"ErrStatus":{"metadata":{},"status":"Failure","message":"The operation could not be completed at this time, please try again.","reason":"ServerTimeout","details":{},"code":500}}`,
			status: 500, code: "ServerTimeout", category: Timeout, retry: true}, "kubernetes"},
	})
}

// TestCloudflareBlockPageTail: the end of Cloudflare's block page (a WAF or custom rule
// matched the request; served with 403, and the same request is blocked again) still holds
// the page's own sentence "This website is using a security service to protect itself from
// online attacks" (https://developers.cloudflare.com/rules/custom-errors/reference/error-page-types/),
// though it goes on to name "malformed data" among the triggers. The sentence is the default
// block page's, the answer of a Block action, so it gives the 403 (h-status8).
func TestCloudflareBlockPageTail(t *testing.T) {
	checkLayers(t, []layerCase{
		{decodeCase{name: "the page's tail", in: `<p data-translate="blocked_why_detail">This website is using a security service to protect itself from online attacks. ` +
			`The action you just performed triggered the security solution. There are several actions that could trigger this block including submitting a certain word or phrase, a SQL command or malformed data.</p>` + "\n" +
			`<span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">8d49989abc171ce8</strong></span>`,
			status: 403, category: Permission}, "cloudflare-edge"},
	})
}
