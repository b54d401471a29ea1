package decoder

import "strings"

// Reading error bodies: whatever the envelope (OpenAI's {"error": {...}}, Cerebras's flat
// {message, type, code}, google.rpc.Status, RFC 9457 problem+json, a Kubernetes Status,
// FastAPI's {"detail": [...]}, an SSE chunk with an error member), the walk collects the
// codes, types, messages, numbers and fields it carries. A string that holds another body
// (Gemini errors re-wrapped by a gateway, OpenRouter's metadata.raw, b'...' reprs) is parsed
// in turn; facts from deeper bodies rank higher because they are closer to the source.

type codeSeen struct {
	value string
	rank  int
	where string
}

type hint struct {
	ms       int64
	strength int
	what     string
	src      string // the value as the paste writes it: where spans.go finds it
}

// appendHint is append(out, h), out of line: eleven readers add a wait a few times a
// decode, and the append of a four-field struct with its write barriers, inlined, was a
// few hundred bytes of wasm at each.
//
//go:noinline
func appendHint(out []hint, h hint) []hint { return append(out, h) }

type bodyFacts struct {
	codes      []codeSeen
	numbers    []codeSeen // numbers in code fields, read as statuses too (numcode.go)
	types      []string
	messages   []ranked
	statuses   []statusSeen
	headers    []header
	scalars    map[string]string // lowercase key -> first value seen at the deepest level
	fields     map[string]bool   // key paths and key=value pairs, for field signals
	waits      []hint
	upstream   string
	resetAt    string   // a reset instant a field states (ErrorInfo's quotaResetTimeStamp)
	window     string   // a limit's window a field names ("window": "hour"), windowfield.go
	windowText string   // that field's value as written
	classes    []string // exception classes named in fields ("exception": "x.y.Error", name: 'OpenAIError')
	stream     bool     // an error member inside a streamed chunk
	budget     *int
	wants      *fieldWants
	arena      *arena // for the bodies inside strings; nil: a fresh one each time
}

type ranked struct {
	text string
	rank int
}

// Code ranks: which field names the most specific machine code.
const (
	rankNumericCode = 10
	rankType        = 20
	rankProblemType = 25
	rankEnumStatus  = 30
	rankErrorString = 35
	rankCode        = 40
	rankReason      = 50
	rankErrorInfo   = 52
	rankInner       = 55
	rankDecline     = 60
	depthRank       = 100 // per level of body-inside-a-string
)

const maxBodyNesting = 4

func (f *bodyFacts) addCode(v string, rank int, where string) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 120 {
		return
	}
	f.codes = append(f.codes, codeSeen{v, rank, where})
}

func (f *bodyFacts) scalar(key, val string, depth int) {
	if val == "" || len(val) > 500 {
		return
	}
	k := strings.ToLower(key)
	if !f.wants.details.has(k) {
		return // only Details reads scalars, and only these keys
	}
	if old, ok := f.scalars[k]; ok && depth == 0 && old != "" {
		return
	}
	f.scalars[k] = val
}

// reset empties f for a decode, keeping its maps' and lists' storage, and returns it. The
// bodies found inside strings are parsed with a, when given.
func (f *bodyFacts) reset(budget *int, wants *fieldWants, a *arena) *bodyFacts {
	scalars, fields := f.scalars, f.fields
	if scalars == nil {
		scalars, fields = map[string]string{}, map[string]bool{}
	}
	if len(scalars) > 0 { // emptied already when the last decode gave its scratch back
		clear(scalars)
	}
	if len(fields) > 0 {
		clear(fields)
	}
	*f = bodyFacts{codes: f.codes[:0], numbers: f.numbers[:0], types: f.types[:0], messages: f.messages[:0],
		statuses: f.statuses[:0], headers: f.headers[:0], waits: f.waits[:0], classes: f.classes[:0],
		scalars: scalars, fields: fields, budget: budget, wants: wants, arena: a}
	return f
}

// read walks every parsed object.
func (f *bodyFacts) read(objs []*node) {
	for _, o := range objs {
		f.walk(o, "", 0, false)
	}
	f.keepUpstreamCodes()
}

// unwrapKey is a member name a terminal wrapped ("quotaResetTi\n  meStamp", Gemini CLI's
// output at the window's width): a name holds no line break of its own, so the break and
// the indentation after it are dropped.
func unwrapKey(k string) string {
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		if k[i] == '\r' || k[i] == '\n' {
			for i+1 < len(k) && k[i+1] == ' ' {
				i++
			}
			continue
		}
		b = append(b, k[i])
	}
	return string(b)
}

// relayMembers name the member in which a relay's envelope carries the provider's own
// response ({"error": {"type": "api_error", "upstreamStatus": 429, "upstreamResponse":
// {"error": {...}}}}): the innermost error decides, the envelope's codes are the relay's.
var relayMembers = [...]string{".upstreamresponse.", ".upstream_response.", ".upstreamerror.", ".upstream_error."}

// keepUpstreamCodes drops the codes and types of a relay's envelope when the response it
// relays has codes of its own.
func (f *bodyFacts) keepUpstreamCodes() {
	inner := 0
	for _, c := range f.codes {
		if relayed(c.where) {
			inner++
		}
	}
	if inner == 0 || inner == len(f.codes) {
		return
	}
	codes, types := f.codes[:0], f.types[:0]
	for _, c := range f.codes {
		if relayed(c.where) {
			codes = append(codes, c)
		}
	}
	for _, t := range f.types {
		for _, c := range codes {
			if c.value == t {
				types = append(types, t)
				break
			}
		}
	}
	f.codes, f.types = codes, types
}

// relayed reports a code found inside a relay's member for the response it relays.
func relayed(where string) bool {
	// Every relay member holds "upstream": most paths hold none, and need no copy of where.
	if !strings.Contains(where, "upstream") {
		return false
	}
	for _, m := range relayMembers {
		if strings.Contains("."+where, m) {
			return true
		}
	}
	return false
}

func looksLikeHeaderName(k string) bool {
	if strings.IndexByte(k, '-') < 0 {
		if k == "" || !isLetter(k[0]) || bareHeaderLens[lower(k[0])-'a']&lenBit(len(k)) == 0 {
			return false // most keys: no bare header starts so and is as long
		}
		for _, h := range &bareHeaderNames { // by pointer: ranging over the array itself copied it each call
			// The first byte first (fastpath3_test.go): only an ASCII k can lower to h.
			if len(h) == len(k) && lower(k[0]) == h[0] && lowerIs(k, h) {
				return true
			}
		}
		return false
	}
	// isIdentifier first: it turns a sentence away at its first space, and neither of the
	// two bytes it allows and a header name does not is looked for by building a set.
	return isIdentifier(k) && strings.IndexByte(k, '_') < 0 && strings.IndexByte(k, '.') < 0
}

// bareHeaderNames are the common response headers without a hyphen, in lower case.
var bareHeaderNames = [...]string{"date", "server", "connection", "via", "vary", "expires", "pragma", "etag"}

// bareHeaderLens[c-'a'] has bit n (lenBit) set when a bare header name starts with c and
// is n bytes long.
var bareHeaderLens = func() (m [26]uint64) {
	for _, h := range bareHeaderNames {
		m[h[0]-'a'] |= lenBit(len(h))
	}
	return m
}()

// shapeMembers are the members of an object that walk's shape tests look at, each the first
// of its name (as node.get finds it), collected in one pass over the members.
type shapeMembers struct {
	err, message, msg, detail, title, typ, code, status, atType, kind, domain, path, headers *node
}

func shapeOf(n *node) (sm shapeMembers) {
	for i := range n.obj {
		var slot **node
		switch n.obj[i].key {
		case "error":
			slot = &sm.err
		case "message":
			slot = &sm.message
		case "msg":
			slot = &sm.msg
		case "detail":
			slot = &sm.detail
		case "title":
			slot = &sm.title
		case "type":
			slot = &sm.typ
		case "code":
			slot = &sm.code
		case "status":
			slot = &sm.status
		case "@type":
			slot = &sm.atType
		case "kind":
			slot = &sm.kind
		case "domain":
			slot = &sm.domain
		case "path":
			slot = &sm.path
		case "headers":
			slot = &sm.headers
		default:
			continue
		}
		if *slot == nil {
			*slot = n.obj[i].val
		}
	}
	return sm
}

func (f *bodyFacts) walk(n *node, path string, depth int, inError bool) {
	if n == nil || *f.budget <= 0 {
		return
	}
	*f.budget -= 4
	switch n.kind {
	case arrNode:
		for _, v := range n.arr {
			f.walk(v, path, depth, inError)
		}
	case strNode:
		f.nested(n.str, depth, false)
	case objNode:
		f.walkObject(n, path, depth, inError)
	}
}

// objectContext is what the members of one object are read against: where the object is,
// and what its shape says about its members (an error envelope, a problem+json, a
// Kubernetes Status).
type objectContext struct {
	path     string
	depth    int
	base     int // the code rank of this nesting depth
	inError  bool
	envelope bool // it carries an error's message, or sits inside an error member
	problem  bool // RFC 9457 problem+json: its type is a URI that names the error
	k8s      bool
	atType   string // google.rpc's "@type"
	issue    bool   // a schema validator's issue about the body (objectShape)
	// google is an item of a Google JSON API's errors[] list (its domain beside its
	// reason), whose camelCase reason is a code (googlereason.go).
	google bool
	// statusNamed: a "status" text beside a numeric code names that number (google.rpc's
	// JSON form, {"code": 404, "status": "NOT_FOUND"}): the number is the HTTP status.
	statusNamed bool
	// eventFrame: botocore's response dict of an event-stream exception frame
	// (EventStreamMessage.to_response_dict), whose status_code is 400 for any exception
	// event: botocore's marker, not a status the service sent.
	eventFrame bool
}

func (f *bodyFacts) walkObject(n *node, path string, depth int, inError bool) {
	f.readHeaderObject(n)
	c := f.objectShape(n, path, depth, inError)
	for _, m := range n.obj {
		f.member(&c, m.key, m.val)
	}
}

// readHeaderObject keeps the headers of an object that is a header list printed as an
// object (a Python dict of response headers, a JS headers object): two header names or more.
func (f *bodyFacts) readHeaderObject(n *node) {
	headerish := 0
	for _, m := range n.obj {
		if looksLikeHeaderName(m.key) {
			headerish++
		}
	}
	if headerish < 2 {
		return
	}
	for _, m := range n.obj {
		if looksLikeHeaderName(m.key) || strings.EqualFold(m.key, "date") {
			v := m.val
			if v.kind == arrNode && len(v.arr) == 1 {
				v = v.arr[0] // Elixir's Req and Mint keep each header's values in a list
			}
			if t := v.text(); t != "" {
				f.headers = append(f.headers, header{strings.ToLower(m.key), t})
			}
		}
	}
}

// objectShape records the body shapes that are signals in themselves and returns the
// context the object's members are read in.
func (f *bodyFacts) objectShape(n *node, path string, depth int, inError bool) objectContext {
	// Body shapes as signals: {"error": "<code>", "message": "..."} (Pictograph and
	// FastAPI-style APIs) is told apart from {"error": {...}} envelopes.
	sm := shapeOf(n)
	if ev := sm.err; ev != nil && ev.kind == strNode && isIdentifier(ev.str) && sm.message != nil {
		f.fields["shape:error-code+message"] = true
	}
	// google.rpc.Status: {"code": 429, "message": ..., "status": "RESOURCE_EXHAUSTED"}.
	if c, st := sm.code, sm.status; c != nil && c.kind == numNode && st != nil && st.kind == strNode && isEnumWord(st.str) {
		f.fields["shape:google-rpc-status"] = true
	}
	// Anthropic's error object printed on its own (an SDK's error.error, a log of the body's
	// error member): {"type": "not_found_error", "message": "..."}, type first, and nothing
	// else. Inside an envelope it is no sign: Moonshot's and the Anthropic-compatible APIs'
	// error members have the same two fields.
	if path == "" && len(n.obj) == 2 && n.obj[0].key == "type" && sm.message != nil && sm.message.kind == strNode && strings.HasSuffix(sm.typ.text(), "_error") {
		f.fields["shape:type+message"] = true
	}
	// llama-server's error object, {"code": 400, "message": ..., "type": "invalid_request_error"}
	// (exceed_context_size_error adds n_ctx and n_prompt_tokens): nlohmann::json writes an
	// object's keys sorted, so code comes first and type last, and there is no param, which
	// the OpenAI-style bodies of other servers (vLLM, OpenAI itself) carry.
	// from: https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-common.cpp (format_error_response)
	if sortedCodeMessageType(n) {
		f.fields["shape:code+message+type"] = true
	}
	// one-api's relay (and the forks built on it: new-api, one-hub) answers an upstream's
	// failure it could not read as its own error, {"type": "upstream_error", "code":
	// "bad_response_status_code", "param": "<the upstream's status>"}, sent with that status.
	// from: https://github.com/songquanpeng/one-api/blob/main/relay/controller/error.go
	// (RelayErrorHandler: Param: strconv.Itoa(resp.StatusCode), StatusCode: resp.StatusCode)
	if sm.code.text() == "bad_response_status_code" {
		if p := n.get("param"); p != nil {
			if st, ok := statusFromNumber(p.text()); ok {
				f.statuses = append(f.statuses, statusSeen{st, anchorField, 0, "the param field (" + p.text() + "), where one-api's relay puts the upstream's status"})
			}
		}
	}
	// Anthropic's stream error event, {"type":"error","error":{"details":null,...}}: its plain
	// error responses have no details member, so this one came inside a stream.
	if d := sm.err.get("details"); d != nil && d.kind == nullNode && sm.typ.text() == "error" {
		f.fields[shapeStreamEvent] = true
	}
	return objectContext{
		path: path, depth: depth, base: depth * depthRank, inError: inError,
		// A message that is an object (an SSE message_start chunk) is not an error message.
		envelope:    inError || (sm.message != nil && sm.message.kind != objNode) || sm.msg != nil || sm.detail != nil || sm.title != nil,
		problem:     sm.title != nil && sm.typ != nil && (sm.status != nil || sm.detail != nil),
		k8s:         sm.kind.text() == "Status" || sm.status.text() == "Failure", // client-go's log prints a Status without its kind
		atType:      sm.atType.text(),
		google:      sm.domain != nil,
		statusNamed: sm.status != nil && sm.status.kind == strNode && !isAllDigits(sm.status.str),
		eventFrame:  f.exceptionFrame(sm.headers), // eventframe.go
		// A validator's issue printed on its own (zod's [{"code": "invalid_union_discriminator",
		// "path": [...], "message": ...}] after the Vercel AI SDK's TypeValidationError) is the
		// client's complaint about the body it read: its code is the validator's, not the
		// API's. Inside an API's error body (OpenRouter's metadata.raw) it is the API's reason.
		issue: path == "" && sm.path != nil && sm.path.kind == arrNode && sm.code != nil && sm.message != nil,
	}
}

// member reads one member of an object: the field signals it sets, the fact it states, what
// its name says it is (a code, a status, a message, a wait...), then what is inside it.
func (f *bodyFacts) member(c *objectContext, k string, v *node) {
	if strings.IndexByte(k, '\n') >= 0 {
		k = unwrapKey(k)
	}
	lk := strings.ToLower(k)
	p := keyPath{parent: c.path, key: lk}
	if f.isWanted(&p) {
		f.fields[p.String()] = true
	}
	if f.wants.keys.has(lk) {
		if t := v.text(); t != "" && len(t) <= 40 {
			f.addFact(lk, t)
		}
	}
	if f.readNamed(c, k, lk, &p, v) {
		return
	}
	f.descend(c, k, lk, &p, v)
}

// readNamed reads a member by its name and reports whether that consumed it; otherwise the
// member is still walked into (descend).
func (f *bodyFacts) readNamed(c *objectContext, k, lk string, p *keyPath, v *node) bool {
	switch lk {
	case "error", "errors":
		return f.errorMember(c, k, p, v)
	case "code", "error_code", "errorcode", "__type", "decline_code", "reason", ":exception-type", "x-amzn-errortype":
		return c.issue || f.codeMember(c, lk, p, v)
	case "type":
		return f.typeMember(c, p, v)
	case "status", "statuscode", "status_code", "httpstatus", "http_status", "httpstatuscode", "http_code":
		return f.statusMember(c, k, lk, p, v)
	case "message", "msg", "detail", "title", "error_description", "errormessage", "error_message",
		"status_msg", "error_msg", "errmsg":
		return f.messageMember(c, lk, v)
	case "retry_after", "retryafter", "retry_after_seconds", "estimated_time", "retry_after_ms", "retrydelay",
		"resets_in_seconds", // Codex's usage_limit_reached, beside its resets_at
		// CLIProxyAPI's model_cooldown body: reset_seconds is the wait it also sends as
		// Retry-After (from: https://github.com/router-for-me/CLIProxyAPI/blob/main/sdk/cliproxy/auth/selector.go,
		// modelCooldownError.Error and Headers); other gateways name the same seconds
		// "reset_after_seconds" or "reset_in_seconds".
		"reset_seconds", "reset_after_seconds", "reset_in_seconds",
		// Kubernetes' Status details (metav1.StatusDetails.RetryAfterSeconds, "the number of
		// seconds before the client should attempt to retry this operation"; from:
		// https://github.com/kubernetes/apimachinery/blob/master/pkg/apis/meta/v1/types.go),
		// in its JSON and as client-go's StatusError prints it.
		"retryafterseconds":
		f.waitMember(k, lk, v)
	case "exception", "exception_type", "exc_type", "error_type", "errortype", "name", "errorclass", "error_class":
		if v.kind == strNode && isIdentifier(v.str) && strings.IndexByte(v.str, '/') < 0 {
			if _, ok := splitClass(v.str); ok {
				f.classes = append(f.classes, v.str)
			}
		}
	case "provider_name":
		if v.kind == strNode {
			f.upstream = v.str
		}
	case "window", "limit_window", "rate_limit_window", "quota_window", "period", "limit_period", "interval":
		f.windowMember(v)
	case "quotaresettimestamp": // Google's ErrorInfo metadata: the quota's reset instant
		if v.kind == strNode && f.resetAt == "" {
			f.resetAt = v.str
		}
	case "provider":
		if v.kind == strNode && f.upstream == "" && isIdentifier(v.str) {
			f.upstream = v.str
		}
	case "finish_reason":
		if v.text() == "error" {
			f.stream = true
		}
	case "sequence_number":
		// Every event of a Responses stream carries its sequence_number, and no response
		// object does: an error event with one ({"type": "error", ..., "sequence_number": 2})
		// came inside the stream, after the 200 that opened it (shapeStreamEvent).
		// from: https://platform.openai.com/docs/api-reference/responses-streaming/error
		if v.kind == numNode {
			f.fields[shapeStreamEvent] = true
		}
	case "blockreason", "finishreason":
		// Gemini's reason a prompt was blocked or a reply cut (promptFeedback.blockReason,
		// candidates[].finishReason: SAFETY, PROHIBITED_CONTENT, RECITATION) is its code;
		// STOP is a reply that ended well.
		if t := v.text(); isEnumWord(t) && t != "STOP" {
			f.addCode(t, c.base+rankCode, p.String())
		}
	}
	return false
}

// descend walks into a member's value: objects and arrays as bodies (inside an error when
// the name says so), strings and scalars as details, a string holding JSON as a body.
func (f *bodyFacts) descend(c *objectContext, k, lk string, p *keyPath, v *node) {
	switch v.kind {
	case objNode, arrNode:
		f.walk(v, p.String(), c.depth, c.inError || lk == "innererror" || lk == "details" || lk == "metadata")
	case strNode:
		f.scalar(k, v.str, c.depth)
		if lk == "raw" || strings.HasPrefix(strings.TrimSpace(v.str), "{") {
			f.nested(v.str, c.depth, false)
		} else if sseText(v.str) {
			f.storedStream(v.str, c.depth)
		}
	case numNode, boolNode, bareNode:
		f.scalar(k, v.text(), c.depth)
	}
}

// errorMember reads "error" and "errors": an envelope to walk inside, a code, a message,
// or a validation list.
func (f *bodyFacts) errorMember(c *objectContext, k string, p *keyPath, v *node) bool {
	switch v.kind {
	case objNode:
		f.walk(v, p.String(), c.depth, true)
	case strNode:
		if !isIdentifier(v.str) {
			f.messages = append(f.messages, ranked{v.str, c.base + 3})
			f.nested(v.str, c.depth, false)
		} else if !strings.Contains(v.str, "/") {
			f.addCode(v.str, c.base+rankErrorString, k)
		}
	case arrNode:
		f.readValidation(v)
		f.walk(v, p.String(), c.depth, true)
	default:
		return false
	}
	return true
}

// codeMember decides what a code-like member names: an HTTP status (a numeric "code" of an
// envelope), a numeric code inside an error, or a machine code ranked by how specific its
// field is.
func (f *bodyFacts) codeMember(c *objectContext, lk string, p *keyPath, v *node) bool {
	if v.kind == numNode || (v.kind == strNode && isAllDigits(v.str)) {
		if lk != "code" {
			if (lk == "error_code" || lk == "errorcode") && len(v.str) >= 4 {
				// A field named for the code holds one (FastChat's "error_code": 50001),
				// four digits or more, so no HTTP status.
				f.addCode(v.str, c.base+rankCode, p.String())
				return true
			}
			return false
		}
		if st, ok := statusFromNumber(v.str); ok && (c.envelope || c.atType == "") && !rawRelayed(c.path) {
			f.statuses = append(f.statuses, statusSeen{st, anchorField, 0, "the body's code field (" + v.str + ")"})
			f.numbers = append(f.numbers, codeSeen{v.str, 0, p.String()})
		}
		if len(v.str) >= 4 && (c.inError || c.envelope) {
			// Four digits or more is no HTTP status but the API's own business code
			// (Mistral's "code":"1300" beside its type, Zhipu's 1113): a named code's rank.
			f.addCode(v.str, c.base+rankCode, p.String())
		} else if c.inError && !c.statusNamed && !rawRelayed(c.path) {
			f.addCode(v.str, c.base+rankNumericCode, p.String())
		}
		return true
	}
	if v.kind != strNode && v.kind != bareNode {
		return false
	}
	rank := rankCode
	switch {
	case lk == "decline_code":
		rank = rankDecline
	case strings.HasSuffix(c.path, "innererror") || c.envelope && detailsPath(c.path):
		rank = rankInner
	case lk == "reason":
		// Only ErrorInfo and Kubernetes reasons are codes, and a snake_case reason
		// inside an error object (Cursor's "reason":"ssrf_blocked" beside its
		// "type":"client"); elsewhere "reason" is often prose or a wrapper's own
		// state (Vercel's maxRetriesExceeded). A Google errors[] reason that names the
		// status (googleStatusReasons) is a code there too, though "forbidden" and
		// "conflict" are one lower-case word, not camelCase.
		if !c.k8s && !strings.HasSuffix(c.atType, "ErrorInfo") && !isEnumWord(v.str) && !(c.google && (isGoogleReason(v.str) || statusReason(v.str))) && !(c.inError && isSnakeWord(v.str)) {
			return true
		}
		rank = rankReason
		if strings.HasSuffix(c.atType, "ErrorInfo") {
			// google.rpc.ErrorInfo's reason is the error's own name (RATE_LIMIT_EXCEEDED);
			// the v1 errors[] reason beside it (rateLimitExceeded) only its old category.
			rank = rankErrorInfo
		} else if c.google && statusReason(v.str) {
			rank = rankEnumStatus - 1 // "badRequest" beside "INVALID_ARGUMENT" (googlereason.go)
		}
	}
	code := v.str
	if lk == "x-amzn-errortype" {
		// AWS JSON protocols: the header's code is what comes before the first ':'
		// ("ValidationException:http://internal.amazon.com/coral/..."); smithy's
		// awsJson1_0 and restJson1 specs say to drop the rest.
		code, _, _ = strings.Cut(code, ":")
	}
	if (isIdentifier(code) || f.wants.wordedCode(code)) && !nullWord(code) {
		f.addCode(code, c.base+rank, p.String())
	}
	return true
}

// detailsPath reports an item of an error's "details" list ("details", "error.details"):
// Microsoft's REST error shape (ARM, Azure services, OData) puts there the errors that led
// to the one reported, each {code, message}, under an outer code that only says the
// operation failed ({"code": "InvalidTemplateDeployment", ..., "details": [{"code":
// "InsufficientQuota", ...}]}): the inner code is the specific one, as innererror's is.
// from: https://github.com/microsoft/api-guidelines/blob/vNext/azure/Guidelines.md (ErrorDetail: details, innererror)
// from: https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/common-deployment-errors
func detailsPath(path string) bool {
	return path == "details" || strings.HasSuffix(path, ".details")
}

// typeMember reads "type": a problem+json type URI, or an error type inside an envelope.
func (f *bodyFacts) typeMember(c *objectContext, p *keyPath, v *node) bool {
	if v.kind != strNode {
		return false
	}
	if c.problem && strings.Contains(v.str, "/") {
		f.addCode(v.str, c.base+rankProblemType, p.String())
		return true
	}
	if (c.envelope || c.inError) && isIdentifier(v.str) && v.str != "error" && !strings.Contains(v.str, "/") && !nullWord(v.str) {
		f.types = append(f.types, v.str)
		// A type naming the limit a rate-limit error counts is no code: OpenAI's and Groq's
		// "type": "tokens" or "requests" beside (in OpenAI's older bodies, without) the code
		// rate_limit_exceeded. It still matches an entry by type.
		if v.str != "tokens" && v.str != "requests" {
			f.addCode(v.str, c.base+rankType, p.String())
		}
	}
	return true
}

// statusMember reads a status field: an HTTP status, an enum status (google.rpc), or an
// API's own numeric business code.
func (f *bodyFacts) statusMember(c *objectContext, k, lk string, p *keyPath, v *node) bool {
	if c.eventFrame {
		return true
	}
	if st, ok := statusFromNumber(v.text()); ok && v.kind != boolNode {
		f.statuses = append(f.statuses, statusSeen{st, anchorField, 0, "the " + k + " field (" + v.text() + ")"})
		return true
	}
	if v.kind == strNode && isEnumWord(v.str) && lk == "status" {
		f.addCode(v.str, c.base+rankEnumStatus, p.String())
		return true
	}
	// A status_code that is no HTTP status is the API's own business code
	// (MiniMax's base_resp.status_code 1008), unless it says success (0).
	if lk == "status_code" && v.kind == numNode && isAllDigits(v.text()) && v.text() != "0" {
		f.addCode(v.text(), c.base+rankNumericCode, p.String())
		return true
	}
	return false
}

// messageMember keeps a message ranked by its field's name (message before detail, title
// last); a FastAPI detail list is a validation list.
func (f *bodyFacts) messageMember(c *objectContext, lk string, v *node) bool {
	if v.kind == strNode {
		r := c.base + 10
		switch lk {
		case "detail":
			r = c.base + 8
		case "title":
			r = c.base + 4
		case "msg":
			r = c.base + 6
		}
		f.messages = append(f.messages, ranked{v.str, r})
		// An error's message that holds a body is that error's detail: its type is the
		// error's own (claude.ai's {"type": "exceeded_limit", "resetsAt": ...}).
		f.nested(v.str, c.depth, c.inError)
		return true
	}
	if lk == "detail" && v.kind == arrNode {
		f.readValidation(v)
	}
	return false
}

// waitMember keeps the wait a body field asks for (seconds, milliseconds, or a
// google.protobuf.Duration).
func (f *bodyFacts) waitMember(k, lk string, v *node) {
	switch lk {
	case "retry_after_ms":
		if s, ok := v.number(); ok && s > 0 && s < 1e10 {
			f.waits = appendHint(f.waits, hint{int64(s), waitBody, "the body's " + k + " field (" + v.text() + ")", v.text()})
		}
	case "retrydelay":
		if ms, ok := parseDuration(v.text()); ok {
			f.waits = appendHint(f.waits, hint{ms, waitRetryInfo, "RetryInfo retryDelay \"" + v.text() + "\"", v.text()})
		}
	default: // seconds, rounded to the millisecond as parseDuration rounds "try again in 6.7809s"
		if s, ok := v.number(); ok && s > 0 && s < 1e7 {
			f.waits = appendHint(f.waits, hint{int64(s*1000 + 0.5), waitBody, "the body's " + k + " field (" + v.text() + ")", v.text()})
		}
	}
}

// sseText reports a string value that holds a server-sent event stream as it came over
// the wire, a field name opening its first line ("event: error\ndata: {...}"): a proxy's
// or logger's stored copy of a streamed response (Helicone's streamed_data).
// from: https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
func sseText(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	return (strings.HasPrefix(t, "event:") || strings.HasPrefix(t, "data:")) && strings.Contains(t, "{")
}

// storedStream reads a stored event stream's data: its bodies are read as bodies, and an
// error event in it came after the 200 that opened the stream (shapeStreamEvent), as an
// SSE paste's "event: error" does.
func (f *bodyFacts) storedStream(s string, depth int) {
	for rest := s; rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		name, value, ok := strings.Cut(strings.TrimSpace(line), ":")
		if ok && name == "event" && strings.TrimSpace(value) == "error" {
			f.fields[shapeStreamEvent] = true
		}
	}
	f.nested(s, depth, false)
}

// nested parses a string value that holds another body, inside an error when inError.
func (f *bodyFacts) nested(s string, depth int, inError bool) {
	if depth+1 >= maxBodyNesting || !strings.Contains(s, "{") {
		return
	}
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "{") && !strings.HasPrefix(t, "[") && !strings.Contains(t, "{\"") && !strings.Contains(t, "{'") && !strings.Contains(t, "{\n") {
		return
	}
	a := f.arena
	if a == nil {
		a = new(arena)
	}
	for _, o := range a.parseObjects(s, f.budget, 16) {
		f.walk(o, "", depth+1, inError)
	}
}

// readValidation summarises a FastAPI/Pydantic style list of {loc, msg, type}.
func (f *bodyFacts) readValidation(list *node) {
	var parts []string
	for _, it := range list.arr {
		if it.kind != objNode {
			continue
		}
		msg := it.get("msg").text()
		if msg == "" {
			msg = it.get("message").text()
		}
		if msg == "" {
			continue
		}
		loc := ""
		if l := it.get("loc"); l != nil && l.kind == arrNode {
			var segs []string
			for _, s := range l.arr {
				segs = append(segs, s.text())
			}
			loc = strings.Join(segs, ".")
		} else if l := it.get("field"); l != nil {
			loc = l.text()
		}
		if loc != "" {
			msg = loc + ": " + msg
		}
		parts = append(parts, msg)
		if len(parts) == 8 {
			break
		}
	}
	if len(parts) > 0 {
		f.scalars["invalid_fields"] = strings.Join(parts, "; ")
	}
}

// keyPath is a member's key path ("error.metadata.raw"), joined only when it is needed as
// a string: most members are neither wanted by a field signal nor a code.
type keyPath struct {
	parent, key string
	full        string // parent.key, once joined
}

func (k *keyPath) String() string {
	if k.full == "" {
		switch {
		case k.parent == "":
			k.full = k.key
		case k.parent == "error" && errorPath(k.key) != "":
			k.full = errorPath(k.key)
		default:
			k.full = k.parent + "." + k.key
		}
	}
	return k.full
}

// errorPath is "error."+key for the members of the common envelope ({"error": {"code":
// ..., "type": ...}}) that name a code, written out here so that most bodies' paths cost
// no allocation; "" for any other key.
func errorPath(key string) string {
	switch key {
	case "code":
		return "error.code"
	case "type":
		return "error.type"
	case "status":
		return "error.status"
	case "reason":
		return "error.reason"
	case "error_code":
		return "error.error_code"
	}
	return ""
}

// isWanted reports whether a field signal asks about path k, without joining it.
func (f *bodyFacts) isWanted(k *keyPath) bool {
	if k.parent == "" {
		return f.wants.keys.has(k.key)
	}
	last := byte('.') // the joined path's last byte
	if k.key != "" {
		last = k.key[len(k.key)-1]
	}
	if !f.wants.keys.mayHold(len(k.parent)+1+len(k.key), k.parent[0], last) {
		return false
	}
	var buf [96]byte
	joined := append(append(append(buf[:0], k.parent...), '.'), k.key...)
	return f.wants.keys.keys[string(joined)] // a lookup by string(bytes) copies nothing
}

// addFact records key=value (the value lower-cased) when a field signal asks for it; the
// others are never looked up, so they are not built.
func (f *bodyFacts) addFact(key, value string) {
	var buf [96]byte
	fact := append(append(buf[:0], key...), '=')
	if isASCII(value) {
		for i := 0; i < len(value); i++ {
			fact = append(fact, lower(value[i]))
		}
	} else {
		fact = append(fact, strings.ToLower(value)...) // as the signal's text was lowered
	}
	if f.wants.facts[string(fact)] {
		f.fields[string(fact)] = true
	}
}

// forget drops the strings f's lists hold, keeping their storage.
func (f *bodyFacts) forget() {
	clear(f.codes)
	clear(f.types)
	clear(f.messages)
	clear(f.statuses)
	clear(f.headers)
	clear(f.waits)
	clear(f.classes)
	if len(f.scalars) > 0 {
		clear(f.scalars)
	}
	if len(f.fields) > 0 {
		clear(f.fields)
	}
	f.upstream = ""
	f.resetAt = ""
}

// sortedCodeMessageType reports whether n is exactly {"code": <number>, "message": <text>,
// "type": "<word>_error"} with its keys in that order, n_ctx and n_prompt_tokens allowed
// between message and type.
func sortedCodeMessageType(n *node) bool {
	o := n.obj
	if len(o) < 3 || len(o) > 5 || o[0].key != "code" || o[0].val.kind != numNode || o[1].key != "message" || o[1].val.kind != strNode {
		return false
	}
	last := o[len(o)-1]
	if last.key != "type" || last.val.kind != strNode || !strings.HasSuffix(last.val.str, "_error") {
		return false
	}
	for _, m := range o[2 : len(o)-1] {
		if m.key != "n_ctx" && m.key != "n_prompt_tokens" {
			return false
		}
	}
	return true
}

// nullWord reports whether a string value is a null printed as text: LiteLLM's proxy fills
// a missing type and param with the string "None" (ProxyException(type=getattr(e, "type",
// "None"), param=getattr(e, "param", "None"), ...), from:
// https://github.com/BerriAI/litellm/blob/main/litellm/proxy/proxy_server.py), and
// JavaScript's String(null) is "null". It names no type and no code.
// Not inlined: a switch of five strings, copied into two readers of a body's codes.
//
//go:noinline
func nullWord(s string) bool {
	switch s {
	case "None", "null", "undefined", "NULL", "nil":
		return true
	}
	return false
}
