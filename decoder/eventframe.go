package decoder

import "strings"

// An AWS event stream (Bedrock's InvokeModelWithResponseStream and ConverseStream) reports
// a failure inside the stream as an exception frame, after the 200 that opened it. botocore
// hands such a frame on as a response dict, {'status_code': 400, 'headers':
// {':message-type': 'exception', ':exception-type': 'throttlingException'}, 'body': b'...'}
// (EventStreamMessage.to_response_dict sets 400 for every exception frame), which clients
// print as they meet it (LiteLLM's "Bad response code, expected 200: {...}"). That 400 is
// botocore's marker, no status the service sent: the frame's exception type is the error
// (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InvokeModelWithResponseStream.html).

// shapeExceptionFrame is the body fact of such a frame.
const shapeExceptionFrame = "shape:event-stream-exception-frame"

// exceptionFrame reports whether an object whose "headers" member is headers (shapeOf finds
// it with the object's other members: nil when it has none) is an exception frame's
// response dict, and notes it.
func (f *bodyFacts) exceptionFrame(headers *node) bool {
	switch headers.get(":message-type").text() {
	case "exception", "error":
		f.fields[shapeExceptionFrame] = true
		return true
	}
	return false
}

// dropFrameStatus forgets the status the text scan read from an exception frame's
// status_code (the body's own reading skipped it already): no other anchor wins over that
// field's, and none is the service's.
func (s *signals) dropFrameStatus() {
	if !s.anyStatus || !s.body.fields[shapeExceptionFrame] || s.bestStatus.code != 400 {
		return
	}
	before := strings.TrimRight(s.in.text[:s.bestStatus.pos], "\"': =")
	if strings.HasSuffix(strings.ToLower(before), "status_code") {
		s.bestStatus, s.anyStatus = statusSeen{}, false
	}
}
