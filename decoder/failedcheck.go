package decoder

// xAI's 403 for a prompt its safety check refused names the check that failed, in capitals
// ("Content violates usage guidelines. ... Failed check: SAFETY_CHECK_TYPE_BIO"): the most
// specific code the paste has, beside the body's code, which is only the gRPC status's text
// ("The caller does not have permission to execute the specified operation")
// (https://docs.x.ai/docs/key-information/debugging; the print:
// https://github.com/theopenco/llmgateway/pull/1785).
var mFailedCheck = mark("Failed check: ")

// Google's Gen AI SDKs name why a prompt or an answer was withheld by enums, which Python
// prints as Class.MEMBER: google-genai's types.BlockedReason and types.FinishReason
// (https://github.com/googleapis/python-genai/blob/main/google/genai/types.py), the older
// google-generativeai's BlockReason (PromptFeedback.BlockReason). "Request was blocked:
// BlockedReason.PROHIBITED_CONTENT" names the block as the body's blockReason does
// (https://ai.google.dev/api/generate-content#BlockedReason). The enum printed the same way
// in every program that prints it: its class name is the marker, the member is the code.
var (
	blockReasonClasses = []string{"BlockedReason.", "BlockReason.", "FinishReason."}
	mBlockReasons      = marks(blockReasonClasses...)
)

// readModerationCodes reads the codes the APIs' safety refusals name: xAI's failed check,
// Google's block and finish reasons, Imagen's support code.
func (s *signals) readModerationCodes() {
	if !s.gate(moderationSet) { // most pastes: none of the markers
		return
	}
	s.after(mFailedCheck, "", s.readFailedCheck)
	for i, id := range mBlockReasons {
		s.after(id, blockReasonClasses[i], s.readBlockReason) // in the enum's own case
	}
	s.readSupportCode()
}

// readBlockReason reads the member after a block or finish reason's class, when it is one
// that stopped the answer: STOP is a finish that went well.
func (s *signals) readBlockReason(rest string) {
	n := 0
	for n < len(rest) && (rest[n] >= 'A' && rest[n] <= 'Z' || rest[n] == '_') {
		n++
	}
	if tok := rest[:n]; isEnumWord(tok) && tok != "STOP" && (n == len(rest) || !isWordByte(rest[n])) {
		s.addCode(tok, rankReason, "the reason "+tok+" its SDK printed")
	}
}

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

// Imagen's safety filter names its reason by an eight-digit support code after its refusal
// ("The response is blocked, as it may violate our policies. ... Error Code: 58061214";
// "... Responsible AI practices. ... Support codes: 17301594"), the codes listed at
// https://cloud.google.com/vertex-ai/generative-ai/docs/image/responsible-ai-imagen#safety-codes.
// Eight digits are longer than the prose numbers read elsewhere (prosecodes.go).
var mSupportCodes = marks("Error Code: ", "Support codes: ")

// moderationSet holds the markers readModerationCodes looks after.
var moderationSet = setOf([]int{mFailedCheck}, mSupportCodes, mBlockReasons)

// readSupportCode takes an eight-digit support code after either label.
func (s *signals) readSupportCode() {
	for _, id := range mSupportCodes {
		s.after(id, "", func(rest string) {
			n := 0
			for n < len(rest) && n < 9 && isDigit(rest[n]) {
				n++
			}
			if n == 8 && (n == len(rest) || !isWordByte(rest[n])) {
				s.addCode(rest[:n], rankCode, "the support code \""+markers[id]+rest[:n]+"\"")
			}
		})
	}
}
