package decoder

import "strings"

// The HTTP status is decided at the end of extraction, from the anchors, exceptions, framing
// and headers read there; match and advise read the decision (signals.http) and never the
// anchors again.

// streamOpened stands for the 200 that opened a stream an error event then arrived in, when
// the paste shows no status: the answer reports none (advice.go), as that 200 is not the
// error's and no entry's status is either (shared/corpus/README.md labels it null).
const streamOpened = "the error arrived inside a stream, after a 200 the paste does not show"

// statusOf decides the HTTP status: the strongest anchor, else one an AWS service documents
// for the exception of the operation botocore names (awsops.go), else one implied by the
// primary exception class (not botocore's per-service classes), else the unshown 200 of an
// error that arrived inside a stream (streamOpened), else 429 when a rate-limit header
// shows nothing remaining, else a container registry's code on the Docker daemon's line
// (registrystatus.go), else a Kubernetes reason, else a reason phrase that is the whole
// message (reasononly.go).
func (e *engine) statusOf(s *signals) (statusSeen, bool) {
	streamed := s.sseError || s.sseData || s.body.stream
	if st, ok := s.status(); ok {
		// Inside a stream too: the status an error chunk states ("code": 503 in Gemini's
		// error object after two data: events) is the status the paste shows, which the
		// corpus README gives a stream error after a 200; the 200 that opened the stream
		// wins where the paste shows it, by a status line or HTTP/2's ":status" header,
		// whose anchor (anchorStatusLine) no chunk's reaches.
		return st, true
	}
	if len(s.at(mAWSError)) > 0 { // awsops.go
		if st, ok := e.awsOperationStatus(s.in.text); ok {
			return st, true
		}
	}
	for i := range s.excs {
		ex := s.excs[(s.primary+i)%len(s.excs)]
		if ci, ok := e.impliedClass(ex); ok && ci.status != 0 {
			return statusSeen{ci.status, anchorClass, ex.pos, "the exception class " + ex.full() + ", which its library raises for " + itoa(ci.status)}, true
		}
	}
	if streamed {
		return statusSeen{200, anchorStream, 0, streamOpened}, true
	}
	for _, h := range s.headers {
		if strings.Contains(h.name, "ratelimit") && strings.Contains(h.name, "remaining") && strings.TrimSpace(h.value) == "0" {
			return statusSeen{429, 1, 0, "the header " + h.name + ": 0 (a rate limit was reached, which APIs answer with 429)"}, true
		}
	}
	if len(s.at(mDaemon)) > 0 { // registrystatus.go
		if st, ok := registryStatus(s.in.text); ok {
			return st, true
		}
	}
	if s.showsKube() { // kubestatus.go
		if st, ok := kubeStatus(s.in.text); ok {
			return st, true
		}
	}
	if !s.showsReason() { // reasononly.go
		return statusSeen{}, false
	}
	if st, ok := reasonBody(s.in.text); ok { // reasonbody.go
		return st, true
	}
	return reasonOnly(s.in.text)
}

// status returns the strongest anchored status; of equals, the later one.
func (s *signals) status() (statusSeen, bool) {
	if !s.anyStatus {
		return statusSeen{}, false
	}
	return statusWords(s.in.text, s.bestStatus), true
}
