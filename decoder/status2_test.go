package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// statusCase is a paste and the status the corpus's rule gives it (README, "The status label
// follows one rule"): 0 only where the text gives no way to know it.
type statusCase struct {
	name   string
	in     string
	status int
}

func checkStatuses(t *testing.T, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.status, r.HTTPStatus, "evidence: %v", r.Evidence)
		})
	}
}

// Stripe sends every card error as 402 Request Failed (https://docs.stripe.com/api/errors),
// and its clients raise their card class for 402 only (stripe-python maps 402 to CardError,
// stripe-node to StripeCardError, stripe-java to CardException, stripe-ruby to
// Stripe::CardError).
func TestStatusStripeCardErrors(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"a card_error body with a decline code",
			`{"error": {"message": "Your card has insufficient funds.", "type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds"}}`, 402},
		{"a card_error body with a card-details code",
			`{"error": {"code": "expired_card", "doc_url": "https://stripe.com/docs/error-codes/expired-card", "message": "Your card has expired.", "param": "exp_month", "type": "card_error"}}`, 402},
		{"stripe-node's StripeCardError", "StripeCardError: Your card was declined.\n    at StripeError.generate (/app/node_modules/stripe/lib/Error.js:40:16)", 402},
		{"stripe-python's CardError", "stripe.error.CardError: Request req_Xy12: Your card's security code is incorrect.", 402},
		{"stripe-java's CardException", "com.stripe.exception.CardException: Your card was declined.; code: card_declined; request-id: req_Ab12", 402},
		{"stripe-ruby's CardError", "Stripe::CardError: Your card has expired.", 402},
		// The class Stripe raises for 400 and 404 alike stays without a status.
		{"stripe-python's InvalidRequestError", "stripe.error.InvalidRequestError: Request req_Q1: No such customer: 'cus_123'", 0},
	})
}

// AWS models exceptions per service: TooManyRequestsException is 429 in Lambda's and the
// IAM Identity Center portal's API references, but not in every service's, so only the
// operation botocore names decides it, and botocore's generated class alone never does.
func TestStatusAWSOperations(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Lambda Invoke throttled",
			"botocore.errorfactory.TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the Invoke operation (reached max retries: 4): Rate Exceeded.", 429},
		{"Lambda UpdateFunctionCode throttled",
			"An error occurred (TooManyRequestsException) when calling the UpdateFunctionCode operation: Rate exceeded", 429},
		{"the SSO portal's ListAccountRoles throttled",
			"Error when retrieving credentials from sso: An error occurred (TooManyRequestsException) when calling the ListAccountRoles operation: Rate exceeded", 429},
		// Cognito's user pools send their TooManyRequestsException with another status.
		{"Cognito's class alone names no status",
			"botocore.errorfactory.TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the ListUsers operation: Rate exceeded", 0},
		{"a generated class of an operation the table does not know",
			"botocore.errorfactory.TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the StartQueryExecution operation: Rate exceeded", 0},
		// Another code of a Lambda operation is not the table's.
		{"Lambda's ResourceNotFoundException is not read from the table",
			"An error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:us-east-1:123456789012:function:f", 0},
		// A status botocore printed wins.
		{"a printed status before the table",
			"An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate exceeded (Service: Lambda, Status Code: 429)", 429},
	})
}

// The registry API's codes, as the Docker daemon prints them (registrystatus.go).
func TestStatusRegistryCodes(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"docker login with a wrong password",
			"Error response from daemon: Get \"https://registry.example.com/v2/\": unauthorized: authentication required", 401},
		{"a tag that does not exist",
			"Error response from daemon: manifest for library/nginx:1.99 not found: manifest unknown: manifest unknown", 404},
		{"a repository that does not exist",
			"Error response from daemon: pull access denied for ghcr.io/acme/app: name unknown: repository name not known to registry", 404},
		{"Docker Hub's pull rate limit",
			"Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit", 429},
		// The code is read on the daemon's line only: elsewhere the words are prose.
		{"unauthorized in an app's own line", "request failed: unauthorized: check the key", 0},
		{"a daemon line with no registry code", "Error response from daemon: Conflict. The container name \"/web\" is already in use by container \"3f2a\".", 0},
	})
}

// The shapes clients print a response's status in: every one the status rule reads.
func TestStatusPrintShapes(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"failed (N):", "Error: Login failed: together API key validation failed (400): {\"id\": \"o1\", \"error\": {\"message\": \"Unable to access model\"}}", 400},
		{"failed N: then a message", "Upload failed 413: the file is larger than the limit", 413},
		{"[N]", "ERROR [429] rate limited by upstream", 429},
		{"status=N", "call failed status=429 body=slow down", 429},
		{"HTTP/2 N", "< HTTP/2 429\n< retry-after: 10", 429},
		{"got N", "unexpected response: expected 200, got 429", 429},
		{"got N from", "got 503 from the model server, retrying", 503},
		{"returned N:", "Error: API returned 429: slow down", 429},
		{"StatusCode: N", "StatusCode: 429, ReasonPhrase: 'Too Many Requests'", 429},
		{"status code N", "Unexpected status code 429 from upstream", 429},
		{"Status: N reason", "Status: 429 Too Many Requests", 429},
		{"a console's N : message", "[discordroles] request to discord API failed.\n  ▒ 429 : You are being rate limited, see Rate Limits.", 429},
		{"requests' Response repr", "print(r) -> <Response [429]>", 429},
		{"openai-python's APIResponse repr of an error", "raw: <APIResponse [503 Service Unavailable] type=<class 'openai.types.chat.chat_completion.ChatCompletion'>>", 503},
		// A success's repr is another request's, as a 200 in running text always is: the class
		// that follows says the error's.
		{"a 200 Response before the error", "r = <Response [200]>\nopenai.RateLimitError: rate limited", 429},
		{"a 200 Response alone", "got back <Response [200]> with an empty body", 0},
		// Counts and line numbers after the same words are no statuses.
		{"got N rows", "query got 500 rows back before the timeout", 0},
		{"failed N times", "the job failed 404 times before it stopped", 0},
		{"a number after a word, then ' : '", "batch 429 : done", 0},
	})
}

// X's (Twitter's) code 88 is its rate limit, sent with 429
// (https://developer.x.com/en/support/x-api/error-troubleshooting), in every print of the body.
func TestStatusXCode88(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"the v1.1 body", `{"errors":[{"code":88,"message":"Rate limit exceeded"}]}`, 429},
		{"Python 2's repr of it", "{u'errors': [{u'message': u'Rate limit exceeded', u'code': 88}]}", 429},
		{"tweepy's print", "tweepy.errors.TweepyException: Twitter error response: status code = 429 [{'message': 'Rate limit exceeded', 'code': 88}]", 429},
		// Another number in the same place is not X's code.
		{"code 87 names no status", `{"errors":[{"code":87,"message":"Client is not permitted to perform this action."}]}`, 0},
	})
}

// A record that failed inside a batch call's 200 response has no status of its own
// (batchrecords.go); the same code failing a whole call keeps its documented one.
func TestStatusBatchRecordFailures(t *testing.T) {
	checkStatuses(t, []statusCase{
		{"Kinesis PutRecords' failed record",
			`{"FailedRecordCount": 1, "Records": [{"SequenceNumber": "4959", "ShardId": "shardId-000000000001"}, {"ErrorCode": "ProvisionedThroughputExceededException", "ErrorMessage": "Rate exceeded for shard shardId-000000000001 in stream s under account 111122223333."}]}`, 0},
		{"Firehose PutRecordBatch's failed record",
			`{"FailedPutCount": 1, "Encrypted": false, "RequestResponses": [{"ErrorCode": "ServiceUnavailableException", "ErrorMessage": "Slow down."}]}`, 0},
		{"the whole call throttled keeps DynamoDB's 400",
			"botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation: The level of configured provisioned throughput for the table was exceeded.", 400},
	})
}
