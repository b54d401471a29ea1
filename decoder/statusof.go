package decoder

import "strings"

// The HTTP status is decided at the end of extraction, from the anchors, exceptions, framing
// and headers read there; match and advise read the decision (signals.http) and never the
// anchors again.

// streamOpened stands for the 200 that opened a stream an error event then arrived in, when
// the paste shows no status: the answer reports none (advice.go), as that 200 is not the
// error's and no entry's status is either (shared/corpus/README.md labels it null).
const streamOpened = "the error arrived inside a stream, after a 200 the paste does not show"

// statusOf decides the HTTP status: one an AWS service documents for the exception of the
// operation botocore names (awsops.go) where no anchor stands outside botocore's message
// (inAWSMessage), else the strongest anchor, else one implied by the
// primary exception class (not botocore's per-service classes), else the unshown 200 of an
// error that arrived inside a stream (streamOpened), else 429 when a rate-limit header
// shows nothing remaining, else a container registry's code on the Docker daemon's line
// (registrystatus.go), else a Kubernetes reason, else a reason phrase that is the whole
// message (reasononly.go).
func (e *engine) statusOf(s *signals) (statusSeen, bool) {
	streamed := s.sseError || s.sseData || s.body.stream
	st, anchored := s.status()
	if len(s.at(mAWSError)) > 0 { // awsops.go
		if aws, ok := e.awsOperationStatus(s.in.text); ok && (!anchored || inAWSMessage(aws.pos, st.pos)) {
			return aws, true
		}
	}
	if anchored {
		// Inside a stream too: the status an error chunk states ("code": 503 in Gemini's
		// error object after two data: events) is the status the paste shows, which the
		// corpus README gives a stream error after a 200; the 200 that opened the stream
		// wins where the paste shows it, by a status line or HTTP/2's ":status" header,
		// whose anchor (anchorStatusLine) no chunk's reaches.
		return st, true
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
	if !s.showsReason() || e.raisedWithoutResponse(s) { // reasononly.go
		return statusSeen{}, false
	}
	if st, ok := reasonBody(s.in.text); ok {
		if !e.detailDisowns(s, st) { // reasonbody.go
			return st, true
		}
		s.disowned = true // neither is the answer's: the message's worded status is not either
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

// detailDisowns reports a status text before a plain detail whose detail is wording its
// owner documents with another status (Entry.StatusWorded), or a server's failure (an
// entry of 500 or more) after a client error's status text ("Forbidden: upstream connect
// error or disconnect/reset before headers", Envoy's 503 or 502 body): the printer put a
// status text of its own before another server's message, so the two disagree and neither
// is the answer's status (the match still names the message's).
func (e *engine) detailDisowns(s *signals, st statusSeen) bool {
	text := s.in.text
	colon := st.pos + strings.IndexByte(text[st.pos:], ':')
	if colon < st.pos || !detailAfter(text[colon:]) {
		return false // a body after it, or a dashed detail: reasonBody's older forms
	}
	eol := strings.IndexByte(text[colon:], '\n')
	if eol < 0 {
		eol = len(text) - colon
	}
	for _, h := range s.hits {
		if h.pos < colon || h.pos > colon+eol {
			continue
		}
		if l := &e.info[h.id]; l.file >= 0 && l.entry >= 0 {
			if en := &e.files[l.file].Errors[l.entry]; en.StatusWorded && en.Status != st.code || en.Status >= 500 && st.code < 500 {
				return true
			}
		}
	}
	return false
}

// inAWSMessage reports whether the anchored status at pos comes after the code of botocore's
// "An error occurred (Code) when calling the Op operation: message", which starts at at:
// botocore prints no status there, so a number the message carries (and what follows it,
// the message being the paste's last words) is the service's words about another server,
// not its answer's status: SageMaker Runtime's ModelError, 424, says "Received server
// error (500) from model with message ...", the model container's status and its page.
// The operation's documented status is the answer's.
// from: botocore/exceptions.py (ClientError.MSG_TEMPLATE), and
// https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_runtime_InvokeEndpoint.html
func inAWSMessage(at, pos int) bool {
	return pos > at
}

// raisedWithoutResponse reports whether the paste's primary exception is a class raised
// when no response came (classInfo.noResponse: zhipuai's APITimeoutError "Request Timeout",
// an SDK's APIConnectionError): its message is the client's words, so a reason phrase in
// it ("Request Timeout" is 408's) is no status the API sent.
// from: https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py
// (APITimeoutError and APIConnectionError carry no response; the SDKs built on the same
// generator, zhipuai's among them, raise theirs alike)
func (e *engine) raisedWithoutResponse(s *signals) bool {
	if len(s.excs) == 0 {
		return false
	}
	ci, ok := e.impliedClass(s.excs[s.primary%len(s.excs)])
	return ok && ci.noResponse
}
