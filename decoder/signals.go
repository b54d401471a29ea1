package decoder

import (
	"strings"
	"time"
)

// signals is what the second stage pulls out of the normalised paste. Later stages read
// only this, never the raw text again (but for evidence snippets).
type signals struct {
	in normalized
	// bestStatus is the strongest status seen (addStatus), if anyStatus.
	bestStatus  statusSeen
	anyStatus   bool
	headers     []header
	excs        []exception
	primary     int // index into excs, -1 when none
	body        *bodyFacts
	textCodes   []codeSeen // codes written in prose: "An error occurred (X)", <Code>X</Code>
	codeNums    []codeSeen // status numbers written in a body's code field, cut or whole (numcode.go)
	codes       []codeSeen // every code seen, most specific first
	hits        []litHit   // catalog literals found, first occurrence of each
	marks       [][]int    // where each marker occurs
	sseError    bool       // "event: error" framing
	sseData     bool       // "data: {...}" framing
	sseWords    bool       // a client says the error came as a stream's error event ("SSE error", "status: undefined")
	batchRecord bool       // an error reported inside a 200's body: a batch call's failed record (Kinesis PutRecords), a failed Responses API object
	schemeHost  string     // a URL scheme looked up as a host name ("host='https'", "ENOTFOUND https"): a malformed URL (schemehost.go)
	grpcCall    bool       // a gRPC runtime printed a call's status (grpccode.go): no HTTP status came
	elsewhere   bool       // the request's address is one no catalog's host names (requesthost.go)
	disowned    bool       // a status text the printer put before another server's message, which disagrees with it (detailDisowns)
	sdkOwnClass bool       // the status is the one the identified provider's own SDK raises the exception class for (sdkclassstatus.go)
	htmlTitle   string
	budgetHit   bool
	firstLine   string
	textWaits   []hint
	buf         *extractBuffers // extraction's working storage, which the signals point into
	norms       []string        // normCode of each of codes, once worked out
	typeNorms   []string        // normCode of each of body.types, worked out with norms
	budget      int             // parse steps left

	// Decided here from all of the above (handOn), so that no later stage reads the text
	// again: the HTTP status, the provider's message, the numbers the prose states, the
	// wait the response asks for.
	http      statusSeen // the HTTP status (statusOf), if hasHTTP
	hasHTTP   bool
	msg       string            // the provider's message (message.go)
	context   contextFigures    // a context window the request overran (numbers.go)
	overLimit overLimitFigures  // a request larger than its whole limit (numbers.go)
	stated    map[string]string // details the prose states (numbers.go)
	wait      hint              // the wait asked for, strongest source first, if hasWait
	hasWait   bool
	said      stated // resets, "limit: 0", the window's words, attempts (stated.go)

	// proseNums are the numbers written where a business code is (prosecodes.go).
	proseNums []proseNumber

	// codeWord is the first entry phrase found that spells its entry's code
	// (literal.codeWord), as the paste writes it: match's codeWritten.
	codeWord string
	// unkeyedCode is a code the paste prints in a form of its own, read as the answer's code
	// when the entry matched has none but matched against no entry: an HTTP/2 stream
	// reset's (h2stream.go; its INTERNAL_ERROR is no AWS InternalError), Firestore's
	// "[code=...]" (bracketcode.go; its permission-denied is Firestore's, whose entry is
	// found by its words, not gRPC's).
	unkeyedCode string

	// Where each of the above is written (positions.go), for the stages after.
	pos *positions
}

type litHit struct {
	id       int
	pos, end int
}

// Work bounds for one decode: parse steps per input byte, and embedded objects kept.
const (
	stepsPerByte = 8
	maxObjects   = 64
)

// extractWith pulls the signals out of the chosen text, working in b; the signals point
// into it. now is the decoder's clock, for a Retry-After that is an HTTP-date.
func extractWith(in *normalized, eng *engine, b *extractBuffers, now func() time.Time) *signals {
	text := in.text
	s := &b.sig
	*s = signals{in: *in, primary: -1, buf: b, codeNums: b.nums[:0]}
	b.norms = b.norms[:0]
	s.budget = len(text)*stepsPerByte + 1<<16
	budget := &s.budget

	b.digits = digitRuns(text, b.digits[:0])
	scanStatusRuns(text, b.digits, s.addScanned)
	s.headers, s.sseError, s.sseData = scanHeaderLines(text)
	s.excs, s.primary = scanExceptions(text)
	objs := b.arena.parseObjects(text, budget, maxObjects)
	s.body = b.body.reset(budget, &eng.wants, &b.arena)
	s.body.read(objs)
	s.budgetHit = *budget <= 0
	for _, st := range s.body.statuses {
		s.addStatus(st)
	}
	s.dropFrameStatus() // eventframe.go
	s.codeNums = append(s.codeNums, s.body.numbers...)
	b.nums = s.codeNums
	for _, c := range s.body.classes {
		if e, ok := splitClass(c); ok {
			e.cause = true
			s.excs = append(s.excs, e)
		}
	}
	s.headers = append(s.headers, s.body.headers...)
	s.hits, s.marks = eng.scanLiterals(text, b)
	s.codeWord = eng.firstCodeWord(text, s.hits)
	s.readDotnetStatus()
	s.readAzureErrorCode()                // azurecore.go
	s.elsewhere = s.requestElsewhere(eng) // requesthost.go
	s.readProse(text)
	s.readDottedCodes(text, eng)
	s.readParenCodes(text, eng)
	s.readBracketCodes(text, eng) // bracketcode.go
	if s.gate(toolFormsSet) {     // most pastes show none of their markers: one test for them all
		s.readToolForms()
	}
	s.readStatusCode(text, eng)
	s.readProseNumbers(text, b.digits)
	s.rankCodes()
	s.firstLine = firstLine(text)
	s.handOn(eng, now)
	return s
}

// readToolForms runs the readers of codes that tools and services print in forms of their
// own, each starting at one of its markers (toolFormsSet holds them all).
func (s *signals) readToolForms() {
	if st, ok := s.readFamilyCodes(); ok { // familycodes.go
		s.addStatus(st)
	}
	s.readCurlExit()                 // curlexit.go
	if len(s.marks[mH2Stream]) > 0 { // most pastes show neither: no call
		s.readH2Stream() // h2stream.go
	}
	if len(s.marks[mBracketCode]) > 0 {
		s.readBracketCode() // bracketcode.go
	}
	s.readKubeReason()
	s.readRegistryCode() // registrycode.go
	if len(s.marks[mCodeEq]) > 0 {
		s.readMilvusCode() // unkeyedcodes.go
	}
	if len(s.marks[mErrorCodeParen]) > 0 {
		s.readStatusErrorCode() // unkeyedcodes.go
	}
}

// toolFormsSet holds every marker readToolForms' readers read.
var toolFormsSet = anyOf(familySet, curlSet, setOf([]int{mH2Stream, mBracketCode, mKube[0], mDaemon, mServerMessage, mCodeEq, mErrorCodeParen}, mRegistryContext))

// handOn decides what the later stages need that only the text can tell: the codes
// normalised, the HTTP status, the message, the numbers the prose states and the wait.
func (s *signals) handOn(eng *engine, now func() time.Time) {
	if len(s.at(mBytesPair)) > 0 {
		s.headers = append(s.headers, s.bytesPairHeaders()...) // pyheaders.go
	}
	if len(s.at(mRateLimitEq)) > 0 || len(s.at(mRetryAfterEq)) > 0 {
		s.headers = append(s.headers, s.equalsHeaders()...) // equalsheaders.go
	}
	s.codeNorms()
	s.http, s.hasHTTP = eng.statusOf(s)
	s.msg = s.message()
	c := &s.context
	c.used, c.limit, c.why, c.ok = s.contextNumbers()
	s.overLimit = s.requestOverLimit()
	s.stated = s.textFields()
	s.wait, s.hasWait = bestWait(headerWaits(s.headers, now), s.body.waits, s.textWaits)
	s.wait = finerProse(s.wait, s.textWaits)
	if !s.hasWait && s.hasHTTP && s.http.code == 429 && len(s.headers) > 0 {
		s.wait, s.hasWait = bestWait(unreportedWait(s.headers, now)) // resetinstants.go
	}
	s.handStated(now)
	s.locate(eng)
}

// Markers read in running text.
var (
	mAWSError  = mark("An error occurred (")
	mAWSOld    = mark("A client error (")  // botocore before 1.0 (aws-cli 1.x): "A client error (AccessDenied) occurred"
	mSSEError  = mark("SSE error")         // "Error: SSE error returned from server: '{...}'"
	mSmithy    = mark("throwDefaultError") // AWS SDK for JS v3: a service error its model does not name
	mXMLCode   = mark("<Code>")
	mErrorCode = mark("Error code ")
	mErrorJS   = mark("errorCode:") // Cloudflare's 1xxx pages: the feedback script's {errorCode:1015}
	mHTML      = mark("<html")
	mDoctype   = mark("<!doctype html")
	mTitle     = mark("<title>")
	// Log lines: code=rate_limit_exceeded, error.code=NO_CREDITS, error_code: "x"; npm's
	// "npm ERR! code E429" (npm 9: "npm error code E429"); gRPC's runtimes: Go's "rpc error:
	// code = PermissionDenied", Java's "io.grpc.StatusRuntimeException: UNAUTHENTICATED"; an
	// error type as Go clients log it ("anthropic api error type: not_found_error"); the
	// error page a Squid proxy answered with, named in its header ("X-Squid-Error:
	// ERR_ACCESS_DENIED 0", https://wiki.squid-cache.org/SquidFaq/SquidAcl).
	mCodeKeys = marks("code=", "error_code=", "errorcode=", "error.code=", "error_type=", "code: ", "reason: ", "reason=", "x-amzn-ErrorType: ", "x-clienterror: ", "CUDA error: ", "ERR! code ", "npm error code ", "status: ",
		"code = ", "io.grpc.StatusRuntimeException: ", "type: ", "X-Squid-Error: ")
	codeKeySet = setOf(mCodeKeys) // most pastes show none: no closure and look-up for each
)

// Codex's words for a Responses stream that ended in a response.failed event.
var mStreamCut = mark("stream disconnected before completion")

// A JS client's error object printed with no status of its own: openai-node builds its
// APIError with status undefined for an error event read inside a stream (Codex CLI's
// "status: undefined, headers: undefined"), so no HTTP response carried the error.
var mNoStatusJS = mark("status: undefined")

// The Vercel AI SDK's TypeValidationError: it validates only what came with a 2xx (an error
// status is an APICallError), so its Value is a chunk or body read after a 200.
var mTypeValidation = mark("Type validation failed: Value:")

// LiteLLM's stream iterators parse each chunk in chunk_parser and raise the provider's
// exception there for an error chunk (Anthropic's {"type": "error", ...}, "it looks like
// Anthropic API does not return a status code in the chunk error"), so a traceback through
// that frame is an error read inside a stream, after its 200.
// from: https://github.com/BerriAI/litellm/blob/main/litellm/llms/anthropic/chat/handler.py (ModelResponseIterator.chunk_parser)
var mChunkParser = mark(", in chunk_parser")

// shapeStreamEvent is the body fact of an error event only a stream sends (body.go).
const shapeStreamEvent = "shape:stream-error-event"

// The Vercel AI SDK's data stream protocol (ai 3.x and 4.x, toDataStreamResponse) writes
// each part as `<code>:<JSON value>` on a line of its own; code 3 is the error part, whose
// value is a JSON string (the error's message, or getErrorMessage's text):
// `3:"{\"type\":\"overloaded_error\",...}"`. It arrives inside the 200 stream.
// from: https://github.com/vercel/ai/blob/a8e19f010ce42ef767b0c78a2f697c2f5ec5574c/packages/ui-utils/src/data-stream-parts.ts
// (errorStreamPart, code '3'; formatDataStreamPart writes `${code}:${JSON.stringify(value)}\n`)
var mDataStreamPart = mark(`3:"`)

// shapeDataStreamError is the fact that the paste holds a data stream error part.
const shapeDataStreamError = "shape:ai-data-stream-error"

// streamWords reports an error event read from a stream, which came after the 200 that
// opened it: no status the provider documents for the error was the response's.
func (s *signals) streamWords(text string) bool {
	if len(s.at(mDataStreamPart)) > 0 && dataStreamError(text, s.at(mDataStreamPart)) {
		s.body.fields[shapeDataStreamError] = true // a field signal of vercel-ai.json
	}
	return len(s.at(mSSEError)) > 0 || len(s.at(mStreamCut)) > 0 || len(s.at(mTypeValidation)) > 0 || len(s.at(mNoStatusJS)) > 0 || len(s.at(mChunkParser)) > 0 || s.body.fields[shapeStreamEvent] || s.body.fields[shapeDataStreamError]
}

// dataStreamError reports whether one of the marks at is a data stream error part: `3:`
// opening its line (after indentation) and a whole JSON string as the rest of it.
func dataStreamError(text string, at []int) bool {
	for _, p := range at {
		q := p
		for q > 0 && (text[q-1] == ' ' || text[q-1] == '\t') {
			q--
		}
		if q > 0 && text[q-1] != '\n' {
			continue
		}
		v := lineAt(text[p+2:])
		v = strings.TrimRight(v, " \t\r")
		if len(v) >= 2 && v[len(v)-1] == '"' && (v[len(v)-2] != '\\' || len(v) == 2) {
			return true
		}
	}
	return false
}

// readProse finds codes and waits stated in running text.
func (s *signals) readProse(text string) {
	// botocore: "An error occurred (ThrottlingException) when calling the InvokeModel operation";
	// "(403)" is the status botocore writes where the response carried no code (HeadObject).
	awsCode := func(rest string) {
		if j := strings.IndexByte(rest, ')'); j > 0 && isIdentifier(rest[:j]) && !isAllDigits(rest[:j]) {
			s.addCode(rest[:j], rankCode, "the AWS error \""+rest[:j]+"\"")
		}
	}
	s.after(mAWSError, "", awsCode)
	s.after(mAWSOld, "", awsCode)
	// AWS and S3 XML bodies: <Code>NoSuchKey</Code>
	s.after(mXMLCode, "<Code>", func(rest string) {
		if j := strings.Index(rest, "</Code>"); j > 0 {
			// A terminal may wrap the line inside the code ("Ser\nverBusy"): one break joined.
			v := rest[:j]
			if k := strings.IndexByte(v, '\n'); k > 0 && strings.Count(v, "\n") == 1 {
				v = v[:k] + v[k+1:]
			}
			if isIdentifier(v) {
				s.addCode(v, rankCode, "the XML <Code> "+v)
			}
		}
	})
	if s.gate(codeKeySet) { // most pastes show none of the keys
		for _, id := range mCodeKeys {
			key := markers[id]
			s.afterKey(id, func(rest string) {
				rest = strings.TrimLeft(strings.TrimPrefix(rest, "Optional("), "\"'") // Swift prints code: Optional("x")
				n := 0
				for n < len(rest) && (isWordByte(rest[n]) || rest[n] == '.') {
					n++
				}
				tok := strings.TrimRight(rest[:n], ".")
				switch tok {
				case "None", "null", "undefined", "True", "False", "NULL":
					return
				}
				if (key == "reason: " || key == "reason=" || key == "status: ") && !isEnumWord(tok) {
					return // protobuf text "reason: \"SERVICE_DISABLED\"", a gRPC "(Status: PERMISSION_DENIED)", Vercel's log "reason=X,", not prose
				}
				if (key == "type: " || key == "error_type=") && !strings.HasSuffix(tok, "_error") {
					return // only an API's error type (Go clients' "type: not_found_error"), not any log field's
				}
				if key == "error_type=" { // openai-python 0.x logs each API error's fields: error_type=invalid_request_error
					s.body.types = append(s.body.types, tok)
				}
				if len(tok) >= 4 && !isAllDigits(tok) && strings.ContainsAny(tok, "_ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
					s.addCode(tok, rankCode-1, "\""+key+tok+"\"")
				}
			})
		}
	}
	if s.gate(proseFormsSet) { // most pastes show none of their markers: one test for them all
		s.readProseForms()
	}
	// An exception whose whole message is a code: "Error: PROVIDER_TIMEOUT".
	if s.primary >= 0 {
		if m := s.excs[s.primary].message; isEnumWord(m) {
			s.addCode(m, rankErrorString, "the exception message "+m)
		}
	}
	s.readHTMLPage(text)
	s.sseWords = s.streamWords(text)
	if s.gate(answerFormsSet) { // most pastes: none of the markers these three start from
		s.batchRecord = s.batchRecordFailure() || s.failedResponseObject() // batchrecords.go
		s.schemeHost = s.schemeAsHost()                                    // schemehost.go
	}
	s.textWaits = s.proseWaits()
	if s.gate(serviceWaitSet) { // servicelines.go
		s.textWaits = append(s.textWaits, s.serviceWaits()...)
	}
	s.textWaits = append(s.textWaits, s.printedWaits()...) // bufferedwait.go
}

// readProseForms runs the readers of forms that each start at one of their markers
// (proseFormsSet holds them all): none finds anything in a paste that shows none.
func (s *signals) readProseForms() {
	s.readModerationCodes() // failedcheck.go
	s.readSmithyName(s.in.text)
	s.readGoogleClients()
	if st, ok := s.readAWSSDKGo(); ok { // awssdkgo.go
		s.addStatus(st)
	}
	s.readGRPCStatus() // grpccode.go
	s.readErrorInfoReason()
	s.readOpenSSLError() // opensslerr.go
	s.readPHPDBError()   // phpdberror.go
	s.readServiceCodes()
	if st, ok := s.descriptionStatus(); ok { // servicelines.go
		s.addStatus(st)
	}
}

// The gates of readProse's groups of readers: every marker a reader of the group reads,
// each reader's own set where it has one. TestGatesOnlySaveWork holds them to the readers.
var (
	proseFormsSet = anyOf(moderationSet, googleClientSet, grpcSet, serviceCodeSet,
		setOf([]int{mSmithy, mGoV1Status, mGoV1StatusEsc, mGoV2APIError, mRustUnhandled, mGRPCMetadata, mGaxErrorInfo,
			mErrorInfo, mOpenSSLError, mPDOState, mMysqliState}, mDescKeys))
	answerFormsSet = setOf([]int{mRecordError, mResponseID}, mResponseFailedEvent, mSchemeHostQuoted, mSchemeHostLookup)
	serviceWaitSet = setOf([]int{mFloodWait, mTGRetryAfter, mTGWaitOf})
)

// readHTMLPage reads an HTML error page's title (its status) and the proxy's own code
// (Cloudflare's "Error code 524", a 1xxx in the page's script).
func (s *signals) readHTMLPage(text string) {
	if len(s.at(mHTML)) == 0 && len(s.at(mDoctype)) == 0 && len(s.at(mTitle)) == 0 {
		return
	}
	if ts := s.at(mTitle); len(ts) > 0 {
		a := ts[0] + len("<title>")
		if b := indexFold(text[a:min(len(text), a+1024)], "</title>"); b >= 0 {
			s.htmlTitle = strings.TrimSpace(text[a : a+b])
		}
	}
	// The page title names the status: "502 Bad Gateway", "site | 520: Web server ...".
	if st, ok := titleStatus(s.htmlTitle); ok {
		s.addStatus(statusSeen{st, anchorField, 0, "the page title \"" + clip(s.htmlTitle, 80) + "\""})
	} else if st, ok := s.headingStatus(text); ok { // htmlheading.go: "<H1>503 ERROR</H1>"
		s.addStatus(st)
	} else if st, ok := titleReason(s.htmlTitle); ok { // htmlheading.go: "<TITLE>Not Found</TITLE>"
		s.addStatus(statusSeen{st, anchorField, 0, "the page title \"" + s.htmlTitle + "\", the status text of " + itoa(st)})
	}
	// Cloudflare pages: "Error code 524" is Cloudflare's own code for the failure; a
	// 1xxx page whose title says only "Access denied" carries it in its script.
	pageCode := func(key string) func(string) {
		return func(rest string) {
			n := 0
			for n < len(rest) && n < 5 && isDigit(rest[n]) {
				n++
			}
			if n >= 3 {
				s.addCode(rest[:n], rankNumericCode+5, "the proxy page's \""+key+rest[:n]+"\"")
			}
		}
	}
	s.after(mErrorCode, "", pageCode("Error code "))
	s.after(mErrorJS, "", pageCode("errorCode:"))
}

// readSmithyName reads the code AWS SDK for JS v3 prints an error its model does not name
// with, "<Code>: <message>" (smithy-client's throwDefaultError): "SlowDown: UnknownError".
func (s *signals) readSmithyName(text string) {
	at := s.at(mSmithy)
	if len(at) == 0 {
		return
	}
	// The error's line is the last one above the frames, the first of which calls
	// throwDefaultError.
	head := text[:max(strings.LastIndexByte(text[:at[0]], '\n'), 0)]
	var line string
	for head != "" {
		i := strings.LastIndexByte(head, '\n')
		line, head = strings.TrimSpace(head[i+1:]), head[:max(i, 0)]
		if line != "" && !isFrameLine(line) || i < 0 {
			break
		}
	}
	name, _, ok := strings.Cut(line, ": ")
	if ok && isIdentifier(name) && !strings.ContainsAny(name, ".:/") && name[0] >= 'A' && name[0] <= 'Z' {
		s.addCode(name, rankCode, "the AWS error name "+name)
	}
}

func firstLine(text string) string {
	text = text[:min(len(text), 4096)]
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		if t := strings.TrimSpace(line); t != "" {
			return t
		}
		text = rest
	}
	return ""
}

// readGoogleClients reads the codes and statuses Google's API clients print in their own
// forms (googlereason.go): the Go client's googleapi line and BigQuery job error, the Ruby
// client's, and the .NET client's RequestError.
func (s *signals) readGoogleClients() {
	if !s.gate(googleClientSet) { // most pastes: none of their markers
		return
	}
	s.readGoogleAPIReason()
	s.readGoogleRubyReason()
	if st, ok := s.readDotnetRequestError(); ok {
		s.addStatus(st)
	}
}

// addStatus records a status seen. Only the strongest so far is kept (of equals, the later
// one, unless it is a 200): a log holds a status on every line, and status() needs only
// the one that wins. Not inlined: a status is seen a few times a decode, and each reader
// held its own copy.
//
//go:noinline
func (s *signals) addStatus(st statusSeen) {
	if st.code < 300 && st.strength < anchorField {
		// A success written in running text ("200 OK" after a router's call, npm's
		// "http 200 https://registry...") was another request's: an error inside a
		// 200 shows it by a status line, a body's field or a stream's framing.
		return
	}
	b := &s.bestStatus
	if !s.anyStatus || st.strength > b.strength || (st.strength == b.strength && st.pos >= b.pos && st.code != 200) {
		*b = st
	}
	s.anyStatus = true
}

// rankCodes merges the codes of the bodies and of the prose, most specific first.
func (s *signals) rankCodes() {
	s.codes = append(append(s.buf.codes[:0], s.body.codes...), s.textCodes...)
	s.buf.codes = s.codes
	typeOverSharedCode(s.codes) // sharedcode.go
	sortStable(s.codes, func(a, b codeSeen) bool { return a.rank > b.rank })
}

// codeNorms returns normCode of each code in s.codes (identify and match both need them),
// and works out typeNorms, the body's types', which match needs, with them: one string
// for both lists, where each was one allocation.
func (s *signals) codeNorms() []string {
	if s.norms == nil {
		codes, types := s.codes, s.body.types
		all := s.buf.norms.of(len(codes)+len(types), func(i int) string {
			if i < len(codes) {
				return codes[i].value
			}
			return types[i-len(codes)]
		})
		s.norms, s.typeNorms = all[:len(codes):len(codes)], all[len(codes):]
		if s.norms == nil {
			s.norms = []string{} // worked out: none
		}
	}
	return s.norms
}

// readDotnetStatus finds HttpStatusCode names printed after "response" or "status".
func (s *signals) readDotnetStatus() {
	if !s.gate(dotnetSet) { // most pastes: none of the 15 names, and no look-up of each
		return
	}
	text := s.in.text
	for _, dm := range dotnetMarkers {
		name := dm.name
		for _, at := range s.at(dm.id) {
			off := at + len(name)
			if off > len(text) || text[at:off] != name {
				continue
			}
			if at > 0 && (isLetter(text[at-1]) || text[at-1] == '.' || text[at-1] == '_') {
				continue
			}
			if off < len(text) && (isLetter(text[off]) || isDigit(text[off]) || text[off] == '_') {
				continue
			}
			before := strings.ToLower(text[max(0, at-20):at])
			if strings.Contains(before, "response") || strings.Contains(before, "status") {
				s.addStatus(statusSeen{dm.code, anchorEnum, at, "\"" + strings.TrimSpace(text[max(0, at-9):off]) + "\" (the HTTP status name)"})
				break
			}
		}
	}
}

// extractBuffers are extraction's working storage, kept from decode to decode: the signals
// themselves, the literal scan's flags, hits and marker positions, the object parser's
// arena, the bodies' facts, and the ranked and normalised codes.
type extractBuffers struct {
	sig    signals
	seen   []bool  // literal id -> reported already; all false between scans
	marks  [][]int // marker id -> where it occurs
	marked []int   // the markers with positions in marks
	// markedSet holds the same as bits, so that showsAny compares a set a word at a time.
	markedSet []uint64
	hits      []litHit
	arena     arena // the object parser's nodes, rewound when the decode ends
	body      bodyFacts
	codes     []codeSeen // the ranked codes (signals.codes)
	nums      []codeSeen // the code fields' numbers (signals.codeNums)
	norms     normList   // normCode lists (codeNorms), emptied by extractWith
	pos       positions  // signals.pos
	// proseNums are the numbers in a business code's place (signals.proseNums).
	proseNums []proseNumber
	waits     []hint  // the waits the text states (signals.textWaits)
	digits    []where // the text's runs of digits (digitruns.go)
}

// release drops every string of the paste, so pooled buffers do not keep it alive, and the
// storage a megabyte paste grew.
func (b *extractBuffers) release() {
	b.sig = signals{}
	b.arena.rewind()
	clear(b.codes)
	clear(b.norms)
	clear(b.proseNums)
	clear(b.waits)
	b.body.forget()
	if cap(b.hits) > maxPooledHits {
		b.hits = nil
	}
	if cap(b.digits) > maxPooledHits {
		b.digits = nil
	}
	if cap(b.arena.stack) > maxPooledHits || cap(b.arena.items) > maxPooledHits {
		b.arena.stack, b.arena.items = nil, nil
	}
	if len(b.body.scalars) > maxPooledMap || len(b.body.fields) > maxPooledMap {
		b.body.scalars, b.body.fields = nil, nil // clearing a grown map costs its size
	}
	if cap(b.codes) > maxPooledHits {
		b.codes = nil
	}
	if cap(b.norms) > maxPooledHits {
		b.norms = nil
	}
	b.pos.release()
}
