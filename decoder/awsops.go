package decoder

import (
	"slices"
	"strings"
)

// AWS services model their exceptions one by one, and the same name is sent with different
// statuses by different services: TooManyRequestsException is a 429 from Lambda, the IAM
// Identity Center portal and API Gateway, but a 400 from Cognito. botocore's generated
// classes (botocore.errorfactory.X) carry the service's name, not its status, so neither the
// name nor the class tells the status; the operation botocore names does, when its service's
// API reference lists the exception with one status.

// awsOperationStatus reads botocore's "An error occurred (Code) when calling the Op
// operation" and returns the status Op's service documents for Code, from the catalogs'
// operation_statuses (the aws layer's).
func (e *engine) awsOperationStatus(text string) (statusSeen, bool) {
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
	for _, f := range e.files {
		for _, d := range f.OperationStatuses {
			if d.Code == code && slices.Contains(d.Operations, op) {
				return statusSeen{d.Status, anchorReasonBody, at, "the AWS error " + code + " of the " + op + " operation, which its service documents with " + itoa(d.Status)}, true
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
