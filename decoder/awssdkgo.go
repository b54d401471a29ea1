package decoder

import "strings"

// The AWS SDK for Go writes a service's error code at the head of its message, with no
// brackets or field name around it, so no other reader takes it:
//
//   - v1 (aws/awserr.SprintError): "<Code>: <message>\n\tstatus code: 400, request id: <id>"
//     (https://pkg.go.dev/github.com/aws/aws-sdk-go/aws/awserr#RequestFailure);
//   - v2 (smithy-go's OperationError around its APIError): "operation error SES: SendEmail,
//     https response error StatusCode: 400, RequestID: <id>, api error Throttling: <message>"
//     (https://pkg.go.dev/github.com/aws/smithy-go#GenericAPIError).
//
// A log that escaped the v1 message writes its line break and tab as "\n\t".
//
// The AWS SDK for Rust (smithy-rs) prints an error code its service model does not name as
// "unhandled error (<Code>)" (the Display of every generated operation error's Unhandled
// variant, smithy-rs codegen-core .../generators/error/OperationErrorGenerator.kt), one
// line of the error chain a CLI prints with its sources ("0: service error", "1: unhandled
// error (ThrottlingException)").
var (
	mGoV1Status    = mark("\tstatus code: ")
	mGoV1StatusEsc = mark(`\n\tstatus code: `)
	mGoV2APIError  = mark("api error ")
	mRustUnhandled = mark("unhandled error (")
)

// readAWSSDKGo takes the code of an AWS SDK for Go error, and returns the status of an
// escaped v1 message (the status reader needs a word's edge before "status", which "\t"
// is not).
func (s *signals) readAWSSDKGo() (st statusSeen, ok bool) {
	text := s.in.text
	for _, pos := range s.at(mGoV1Status) {
		// The scan reads any white space as one blank: the marker may start at the
		// line break before the tab.
		k := pos + strings.IndexByte(text[pos:], 's')
		if k > pos && strings.HasSuffix(text[:k], "\n\t") {
			s.awsGoV1Code(text[:k-2])
		}
	}
	for _, pos := range s.at(mGoV1StatusEsc) {
		s.awsGoV1Code(text[:pos])
		rest := text[min(len(text), pos+len(markers[mGoV1StatusEsc])):]
		if digitsAt(rest, 4) == 3 && (rest[0] == '4' || rest[0] == '5') {
			n, _ := atoi(rest[:3])
			st, ok = statusSeen{n, anchorLabel, pos, "\"status code: " + rest[:3] + "\""}, true
		}
	}
	s.after(mGoV2APIError, "", func(rest string) {
		if name, _, ok := strings.Cut(rest, ": "); ok && isAWSCodeName(name) {
			s.addCode(name, rankCode, "the AWS SDK for Go's \"api error "+name+"\"")
		}
	})
	s.after(mRustUnhandled, "", func(rest string) {
		if name, _, ok := strings.Cut(rest, ")"); ok && isAWSCodeName(name) {
			s.addCode(name, rankCode, "the AWS SDK for Rust's \"unhandled error ("+name+")\"")
		}
	})
	return st, ok
}

// awsGoV1Code reads the code that opens the v1 message ending head: the first segment of
// its line, of those a Go program's wrapping ("sending mail: ") puts before it, spelt as
// AWS codes are.
func (s *signals) awsGoV1Code(head string) {
	line := head[strings.LastIndexByte(head, '\n')+1:]
	if i := strings.LastIndex(line, `\n`); i >= 0 {
		line = line[i+2:]
	}
	for line != "" {
		var seg string
		seg, line, _ = strings.Cut(line, ": ")
		if name := strings.TrimSpace(seg); isAWSCodeName(name) {
			s.addCode(name, rankCode, "the AWS SDK for Go's error \""+name+"\"")
			return
		}
	}
}

// isAWSCodeName reports whether s is spelt as AWS error codes are: one word in PascalCase
// (Throttling, RequestLimitExceeded, InvalidParameterValue), no dots or separators.
func isAWSCodeName(s string) bool {
	if len(s) < 4 || len(s) > 64 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	lower := false
	for i := 0; i < len(s); i++ {
		if !isWordByte(s[i]) || s[i] == '_' {
			return false
		}
		lower = lower || (s[i] >= 'a' && s[i] <= 'z')
	}
	// Some letter in lower case (all word bytes are ASCII): strings.ToUpper(s) != s
	// without linking ToUpper's Unicode tables and loops into the wasm.
	return lower
}
