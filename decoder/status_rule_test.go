package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The status rule (README, "The status label follows one rule"): http_status is 0 only where
// the text gives no way to know it. A number the paste anchors, a status text printed
// before its body, a reason or fixed message the server sends with one status, and a code
// or class its owner documents with one status are ways; wording a provider sends under
// several statuses, and a code its owner's table does not list, are not.
func TestStatusRule(t *testing.T) {
	cases := []statusSaysCase{
		// Labels before the number, as the clients print them.
		{"google-api-python-client HttpError",
			`googleapiclient.errors.HttpError: <HttpError 403 when requesting https://www.googleapis.com/drive/v3/files?alt=json returned "The user does not have sufficient permissions for this file.">`,
			403, "HttpError 403"},
		{"dio's Http status error",
			"DioError [DioErrorType.RESPONSE]: Http status error [429]\n#0      DioMixin.assureDioError (package:dio/src/dio_mixin.dart:819:20)",
			429, "Http status error"},
		// A status text before the body it came with (fetch wrappers: `${statusText}: ${body}`).
		{"statusText then a JSON body",
			`Too Many Requests: {"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}`,
			429, `"Too Many Requests" before the body`},
		{"statusText then a JSON array body, indented",
			`    Service Unavailable: [{"error":{"message":"The model is overloaded."}}]`,
			503, `"Service Unavailable" before the body`},
		{"a status text and a dashed detail after an exception class",
			"Aws::STS::Errors::ServiceError: Forbidden - ExpiredToken: The security token included in the request is expired",
			403, `"Forbidden" before the body`},
		{"wording in lower case is no status text", `the route was not found: {"path":"/v2/chat"}`, 0, ""},
		{"a status text inside prose is no status text", "Error: upstream said Bad Gateway: {\"retry\":true}", 0, ""},
		// Kubernetes: the reason kubectl prints, and the API server's fixed messages.
		{"kubectl NotFound", `Error from server (NotFound): pods "web-0" not found`, 404, "Error from server (NotFound)"},
		{"kubectl AlreadyExists", `Error from server (AlreadyExists): secrets "api-key" already exists`, 409, "AlreadyExists"},
		{"client-go Forbidden message",
			`E1105 10:00:00.000000       1 reflector.go:138] Failed to watch *v1.Secret: secrets is forbidden: User "system:serviceaccount:default:app" cannot watch resource "secrets" in API group "" in the namespace "default"`,
			403, "is forbidden: User"},
		{"API server Conflict message",
			`Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again`,
			409, "Operation cannot be fulfilled on"},
		{"an unknown reason in kubectl's parentheses", `Error from server (SomethingElse): oops`, 0, ""},
		// A class or code its owner documents with one status.
		{"stripe-ruby's RateLimitError (raised for 429 only)",
			"Stripe::RateLimitError: Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
			429, "Stripe.RateLimitError"},
		{"S3's NoSuchKey as aws-sdk-js prints it", "NoSuchKey: The specified key does not exist.", 404, "NoSuchKey"},
		{"DynamoDB's ProvisionedThroughputExceededException (400)",
			"ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
			400, "ProvisionedThroughputExceededException"},
		// Never a status the owner's table does not give.
		{"Workers AI 3021 is not in Cloudflare's table", "3021: rate limiting: inference request per min rate reached", 0, ""},
		{"Claude Code's own usage-limit notice names no status", "Claude usage limit reached. Your limit will reset at 3pm (America/New_York).", 0, ""},
	}
	checkStatusSays(t, cases)
}

// statusSaysCase is one input of a status table: the status the decoder must report and
// words its status evidence line must hold ("" when there is no status); statusCase
// (status2_test.go) is the same without the evidence.
type statusSaysCase struct {
	name   string
	in     string
	status int
	says   string
}

// checkStatusSays decodes each case and checks its status and the evidence that gave it.
func checkStatusSays(t *testing.T, cases []statusSaysCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "evidence: %v", r.Evidence)
			if tc.says == "" {
				return
			}
			found := false
			for _, ev := range r.Evidence {
				found = found || (strings.Contains(ev, "HTTP status") && strings.Contains(ev, tc.says))
			}
			assert.True(t, found, "no status evidence with %q: %v", tc.says, r.Evidence)
		})
	}
}
