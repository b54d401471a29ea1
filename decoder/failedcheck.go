package decoder

// xAI's 403 for a prompt its safety check refused names the check that failed, in capitals
// ("Content violates usage guidelines. ... Failed check: SAFETY_CHECK_TYPE_BIO"): the most
// specific code the paste has, beside the body's code, which is only the gRPC status's text
// ("The caller does not have permission to execute the specified operation")
// (https://docs.x.ai/docs/key-information/debugging; the print:
// https://github.com/theopenco/llmgateway/pull/1785).
var mFailedCheck = mark("Failed check: ")

// readFailedCheck reads the check's name after "Failed check: " as a code ranked with a
// reason, above the body's code.
func (s *signals) readFailedCheck(rest string) {
	n := 0
	for n < len(rest) && (rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] == '_') {
		n++
	}
	if tok := rest[:n]; isEnumWord(tok) {
		s.addCode(tok, rankReason, "\"Failed check: "+tok+"\"")
	}
}
