package decoder

import "strings"

// AWS services model their exceptions one by one, and the same name is sent with different
// statuses by different services: TooManyRequestsException is a 429 from Lambda, the IAM
// Identity Center portal and API Gateway, but a 400 from Cognito. botocore's generated
// classes (botocore.errorfactory.X) carry the service's name, not its status, so neither the
// name nor the class tells the status; the operation botocore names does, when its service's
// API reference lists the exception with one status.

// awsOpStatus is one service's documented status for an exception, and the operations that
// name the service (operation names other services share are left out).
type awsOpStatus struct {
	code   string
	status int
	ops    []string
}

var awsOpStatuses = []awsOpStatus{
	// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors (and every
	// Lambda operation's Errors): TooManyRequestsException, HTTP Status Code: 429.
	{"TooManyRequestsException", 429, []string{
		"Invoke", "InvokeAsync", "InvokeWithResponseStream", "ListVersionsByFunction",
		"GetFunctionConfiguration", "UpdateFunctionCode", "UpdateFunctionConfiguration",
		"PublishVersion", "PutFunctionConcurrency", "GetFunctionConcurrency",
		"DeleteFunctionConcurrency", "CreateEventSourceMapping", "ListEventSourceMappings",
		"GetEventSourceMapping", "UpdateEventSourceMapping", "DeleteEventSourceMapping",
		"PublishLayerVersion", "ListLayerVersions", "GetLayerVersion", "ListLayers",
		"PutProvisionedConcurrencyConfig", "GetProvisionedConcurrencyConfig",
		"CreateFunctionUrlConfig", "GetFunctionUrlConfig", "PutFunctionEventInvokeConfig",
	}},
	// https://docs.aws.amazon.com/singlesignon/latest/PortalAPIReference/API_GetRoleCredentials.html#API_GetRoleCredentials_Errors
	// (and ListAccounts, ListAccountRoles): TooManyRequestsException, HTTP Status Code: 429.
	{"TooManyRequestsException", 429, []string{"GetRoleCredentials", "ListAccounts", "ListAccountRoles"}},
}

// awsOperationStatus reads botocore's "An error occurred (Code) when calling the Op
// operation" and returns the status Op's service documents for Code.
func awsOperationStatus(text string) (statusSeen, bool) {
	at := strings.Index(text, "An error occurred (")
	if at < 0 {
		return statusSeen{}, false
	}
	at += len("An error occurred (") // the code, which the status's span covers
	rest := text[at:]
	end := strings.IndexByte(rest, ')')
	if end <= 0 {
		return statusSeen{}, false
	}
	code, rest := rest[:end], rest[end:]
	const calling = ") when calling the "
	if !strings.HasPrefix(rest, calling) {
		return statusSeen{}, false
	}
	rest = rest[len(calling):]
	op, _, ok := strings.Cut(rest, " operation")
	if !ok {
		return statusSeen{}, false
	}
	for _, d := range awsOpStatuses {
		if d.code != code {
			continue
		}
		for _, o := range d.ops {
			if o == op {
				return statusSeen{d.status, anchorReasonBody, at, "the AWS error " + code + " of the " + op + " operation, which its service documents with " + itoa(d.status)}, true
			}
		}
	}
	return statusSeen{}, false
}

// impliedClass looks up the class a status may be implied by: botocore's generated classes
// (botocore.errorfactory.X) only by their full name, which a catalog lists for its own
// service; their short name is the service's exception code, whose status is the service's,
// not the name's.
func (e *engine) impliedClass(ex exception) (classInfo, bool) {
	if ex.module == "botocore.errorfactory" {
		ci, ok := e.classes[strings.ToLower(ex.full())]
		return ci, ok
	}
	return e.lookupClass(ex)
}
