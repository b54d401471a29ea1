package decoder

import (
	"strings"
	"time"
	"unicode/utf8"
)

// The last stage turns the matched entry and the signals into the Result: the code, the
// category and verdict (with the response's own x-should-retry and waits), the numbers the
// error states, what the provider's SDK already did, and the evidence behind each answer.

// Rate limits reset within the hour; a longer wait is a daily or monthly allowance.
const longestRateWindowMS = 3600 * 1000

// advise writes the Result into r, which holds the zero Result: passed by pointer, the
// Result (about 1 KB) is neither zeroed in the adviser nor copied out of it. advise keeps
// its own copies of id and m (the adviser changes its match), taken once, here.
func (e *engine) advise(s *signals, id *identity, m *match, now func() time.Time, b *adviseBuffers, r *Result) {
	a := adviser{e: e, s: s, id: *id, m: *m, now: now, r: r, ev: b.evidence()}
	r.Category = Unknown
	if m.found() {
		a.ef = e.files[m.file]
		a.en = &a.ef.Errors[m.entry]
	}
	a.noteInput()
	a.who()
	a.status()
	a.impliedStatus()
	a.codeAndMessage()
	a.entry()
	a.numbers()
	a.retry()
	a.finish()
}

// adviser is one advise in progress: what the earlier stages handed on, the matched entry
// and its catalog, and the Result and evidence being written.
type adviser struct {
	e   *engine
	s   *signals
	id  identity
	m   match
	now func() time.Time
	r   *Result
	ev  *evidence
	// prov is the identified provider's catalog; en the matched entry, in catalog ef.
	prov, ef *Provider
	en       *Entry
}

// noteInput says what of the paste was not read: a cut, binary data, a spent work budget.
func (a *adviser) noteInput() {
	s, ev := a.s, a.ev
	if s.in.truncated {
		a.r.Truncated = true
		ev.add("the input is ", sizeText(s.in.origLen), "; only the first ", sizeText(s.in.head), " and the last ", sizeText(s.in.tail), " were examined")
	}
	if s.in.binary {
		ev.add("the input looks like binary data, not error text")
	}
	if s.budgetHit {
		ev.add("the input holds more nested structure than the decoder reads; the rest was skipped")
	}
}

// who names the provider, the wrapper and the upstream identify found, with the reasons.
func (a *adviser) who() {
	e, id, ev := a.e, a.id, a.ev
	if id.provider >= 0 {
		a.prov = e.files[id.provider]
		a.r.Provider, a.r.ProviderName = a.prov.Slug, a.prov.Name
		ev.tag(spanProvider)
		ev.write("provider ", a.prov.Name, ": ")
		e.writeReasons(ev, a.s, id.reasons)
		ev.end()
		for _, t := range id.tied {
			ev.add("the signals fit ", e.files[t].Name, " equally well")
		}
	}
	if id.wrapper >= 0 {
		w := e.files[id.wrapper]
		a.r.Wrapper = w.Slug
		ev.tag(spanWrapper)
		ev.write("re-printed by ", w.Name, ": ")
		e.writeReasons(ev, a.s, id.wreasons)
		ev.end()
	}
	if id.upstream != "" {
		a.r.Upstream = id.upstream
		ev.add("the router relayed an error from the upstream provider ", id.upstream)
	}
}

// status takes the status the paste states, unless only a weak anchor states it and the
// matched entry is listed under another.
func (a *adviser) status() {
	m, en := &a.m, a.en
	if !m.hasStatus {
		return
	}
	if m.status.what == streamOpened { // statusof.go
		a.ev.add("no HTTP status: ", streamOpened)
		return
	}
	if m.unsent {
		a.ev.add("no HTTP status: the client failed before its request went out, so ", m.status.what, " is the client's own mapping")
		return
	}
	weakConflict := m.status.strength <= anchorClass && !a.s.sdkOwnClass && en != nil && en.Status != 0 && en.Status != m.status.code && a.ef.Kind != KindGeneric
	if weakConflict {
		a.ev.add("status unclear: ", m.status.what, ", but the error itself is the one the catalog lists under ", itoa(en.Status))
	} else {
		a.r.HTTPStatus = m.status.code
		a.ev.tag(spanStatus)
		a.ev.add("HTTP status ", itoa(m.status.code), " from ", m.status.what)
	}
}

// impliedStatus: a documented error implies its status, when the paste does not state one.
// Of the general layers and the tools (a tool's own notice, "5-hour limit reached", stands
// in place of the response it got), a code implies one (S3's SlowDown its 503, a registry's
// toomanyrequests its 429: the catalog gives a status only to codes documented with one),
// and wording only where its entry is status_worded (one product's own reply, such as AWS
// API Gateway's "Endpoint request timed out"): general wording ("not supported") is sent
// with many statuses.
// Else, when its provider documents the error with a status the paste gives no way to
// know, evidence says which (implied.go).
func (a *adviser) impliedStatus() {
	m, en, ef := &a.m, a.en, a.ef
	switch {
	case m.hasStatus:
	case m.consensusStatus != 0:
		a.r.HTTPStatus = m.consensusStatus
		a.ev.add("HTTP status ", itoa(m.consensusStatus), ": not in the paste, but every API that sends this code sends it with that status")
		return
	case en != nil && en.Status >= 400 && m.keyed && !midStream(a.s) && !wrapperLostStatus(a.s, &a.id, a.e) && !a.s.disowned:
		if a.statusDocumented(a.entryCodeWritten()) { // implied.go
			return
		}
	}
	if a.r.HTTPStatus == 0 && en != nil && en.Status >= 400 && m.keyed && !midStream(a.s) && m.status.what != streamOpened && (ef.Kind != KindGeneric || ef.StatusNeedsSignal) {
		a.ev.add(wordedStatusNote(ef, en))
	}
}

// entryCodeWritten reports whether the matched entry's code is written in the paste
// ("context deadline exceeded"), in any case but an enum name's: as extraction found one
// of the paste's codes, or else where positions spots it.
func (a *adviser) entryCodeWritten() bool {
	en := a.en
	if en == nil || !isIdentifier(en.Code) || isAllDigits(en.Code) {
		return false
	}
	if a.s.pos.codeWritten(a.s.codes, en.Code) {
		return true // written as it is, where extraction found it: no search needed
	}
	sp, written := a.s.pos.spotted(a.e, en.Code) // spotlits.go
	if isEnumWord(en.Code) {
		// An enum name (gRPC's INTERNAL, UNAVAILABLE) is only written in its own capitals:
		// "An internal error" and "InternalServerError" are words, not the code.
		return written && sp.exact.found()
	}
	return written
}

// codeAndMessage picks the code (the most specific found, else the exception name that
// stood for the entry's code, else the entry's code written in the paste, else the primary
// exception's name when nothing else names the error, else the entry's code that a
// library's class stands for: classForCode), the type and the message.
func (a *adviser) codeAndMessage() {
	s, en, r := a.s, a.en, a.r
	codes := s.codes
	for len(codes) > 0 && (a.e.wrapperClass(s, codes[0].value) || a.statusAsCode(codes[0].value)) { // wrapperclass.go
		codes = codes[1:]
	}
	num, documented := a.documentedNumber() // numcode.go
	switch {
	case documented && (len(codes) == 0 || codes[0].value != num.value):
		r.Code = num.value
		a.ev.tag(spanCode)
		a.ev.add("code \"", r.Code, "\" from ", codeWherePrefix(num), num.where, ", which ", a.e.files[a.answeringCatalog()].Name, " documents as its code")
	case a.m.proseCode.value != "":
		// The entry was matched by a business code its provider writes in prose.
		r.Code = a.m.proseCode.value
		a.ev.tag(spanCode)
		a.ev.add("code \"", r.Code, "\" from the words ", a.m.proseCode.where)
	case len(codes) > 0:
		r.Code = codes[0].value
		a.ev.tag(spanCode)
		a.ev.add("code \"", r.Code, "\" from ", codeWherePrefix(codes[0]), codes[0].where)
	case a.m.byClassCode != "":
		r.Code = a.m.byClassCode
	case a.entryCodeWritten():
		// The entry's code is written in the paste ("context deadline exceeded").
		r.Code = en.Code
	case a.m.wordedCode != "":
		r.Code = a.m.wordedCode
	case r.HTTPStatus == 0 && s.primary >= 0 && !a.transportEntry():
		ex := s.excs[s.primary]
		if ci, known := a.e.lookupClass(ex); isAllDigits(ex.alias) {
			// The API's number the library prints in brackets after its class: discord.js's
			// "DiscordAPIError[50013]: Missing Permissions" (discordjs/discord.js
			// packages/rest/src/lib/errors/DiscordAPIError.ts), eris's
			// "DiscordRESTError [50013]: ..." (abalabahaha/eris lib/errors/DiscordRESTError.js).
			r.Code = ex.alias
		} else if !isGenericException(ex.name) && !(known && ci.statusClass) && !a.e.wrapperClass(s, ex.name) && !inWrapperModule(ex, &a.id, a.e) {
			r.Code = ex.name
		}
	default:
		if class := a.classForCode(); class != "" {
			r.Code = en.Code
			a.ev.tag(spanCode)
			a.ev.add("code \"", r.Code, "\" from the exception class ", class, ", which its library throws for that code")
		}
	}
	if len(s.body.types) > 0 {
		r.Type = s.body.types[len(s.body.types)-1]
	}
	r.Message = s.msg
}

// entry copies the matched entry's answer (category, retryability, title, fix, source,
// reference, the SDK classes) or says that none fits.
func (a *adviser) entry() {
	en, ef, prov, r, ev := a.en, a.ef, a.prov, a.r, a.ev
	if en == nil {
		if r.HTTPStatus != 0 || r.Provider != "" {
			ev.add("no catalog entry fits; the answer rests on the status alone")
			r.Generic = true
		}
		if r.Fix == "" {
			r.Fix = fallbackFix(*r)
		}
		return
	}
	r.Category, r.Retryable = en.Category, en.Retryable
	r.Title, r.Fix, r.Source, r.Entry = en.Title, en.Fix, en.Source, en.ID
	// The reference is written with the Result's other texts (adviser.texts).
	// An answer from the generic catalog, or from a wrapper's when the provider is
	// known but its own catalog had no entry, is a general one.
	r.Generic = ef.Kind == KindGeneric || (prov != nil && ef != prov && !a.id.assumed)
	ev.tag(spanCategory)
	ev.write("matches ", ef.Name, " \"", en.Title, "\" (")
	if a.m.whyWords != "" {
		ev.write(a.m.whyWords)
	} else {
		a.m.why.writeTo(ev, a.m.filedAs)
	}
	ev.add(")")
	// The SDK classes: the entry's own, else those the provider's SDK raises for this
	// status and category, else the wrapper's class for it. An entry of one status
	// answering a paste whose own class gave another (an overload sent as 429, busyAlike)
	// takes the classes of the status reported.
	switch {
	case prov != nil && ef == prov && (len(en.Class) > 0 || en.Status == 0 || r.HTTPStatus == 0 || r.HTTPStatus == en.Status):
		r.Exceptions = prov.Exceptions(en)
	case prov != nil && !a.id.assumed && prov.Exceptions(&Entry{Status: r.HTTPStatus, Category: r.Category}) != nil:
		r.Exceptions = prov.Exceptions(&Entry{Status: r.HTTPStatus, Category: r.Category})
	case ef.Kind == KindWrapper && len(en.Class) > 0:
		r.Exceptions = en.Class
	}
	if r.Fix == "" {
		r.Fix = fallbackFix(*r)
	}
}

// numbers reads the numbers the error states: its details, the context window it overran
// (which makes it a context-length error whatever the entry said), a request larger than
// the limit could ever allow.
func (a *adviser) numbers() {
	s, r, ev := a.s, a.r, a.ev
	r.Details = a.e.details(s, a.en)
	// Only an error of these categories becomes a context-length error by its numbers.
	if r.Category == ContextLength || r.Category == InvalidRequest || r.Category == Unknown {
		if c := &s.context; c.ok {
			u, l, why := c.used, c.limit, c.why
			r.ContextUsed, r.ContextLimit = u, l
			if r.Category != ContextLength {
				r.Category, r.Retryable = ContextLength, false
			}
			ev.add("the request needs ", itoa(u), " tokens and the limit is ", itoa(l), " (", why, ")")
			r.Fix = strings.TrimSpace(r.Fix + " Cut at least " + itoa(u-l) + " tokens (" + itoa((u-l)*100/max(u, 1)+1) + "% of the request): trim the conversation history or lower max_tokens.")
		}
	}
	neverFits(s, r, ev)
}

// retry takes the response's own word on retrying: the wait it asks for (a long one makes a
// rate limit a quota), the limit's window and reset, x-should-retry; quotas and unknown
// errors are never retryable.
func (a *adviser) retry() {
	s, r, ev := a.s, a.r, a.ev
	if w := s.wait; s.hasWait {
		r.RetryAfterMS = w.ms
		ev.tag(spanWait)
		if w.strength == waitProse { // a sentence of the paste, quoted here (proseWaits)
			ev.add("asks to wait ", secondsNumber(w.ms), " s: \"", w.what, "\"")
		} else {
			ev.add("asks to wait ", secondsNumber(w.ms), " s: ", w.what)
		}
	}
	namedLimit(s, r, a.prov, a.en, ev) // windowclass.go
	if r.Category == RateLimit && r.RetryAfterMS >= longestRateWindowMS && !a.documentedRateLimit() {
		r.Category, r.Retryable = Quota, false
		ev.add("a wait of ", secondsText(r.RetryAfterMS), " is an allowance resetting (daily or longer), not a short rate-limit window")
	}
	applyTiming(s, r, a.prov, a.en, ev, a.now)
	if v, ok := headerValue(s.headers, "x-should-retry"); ok {
		want := strings.EqualFold(strings.TrimSpace(v), "true")
		switch {
		case r.Category == Quota && want:
			ev.add("x-should-retry: true, but a quota or billing error does not clear by waiting")
		case want != r.Retryable:
			r.Retryable = want
			ev.add("x-should-retry: ", v, " overrides the default for this status")
		}
	}
	if r.Category == Quota {
		r.Retryable = false
	}
	if r.Category == Connection && r.Retryable {
		if p := s.schemeHost; p != "" { // schemehost.go
			r.Retryable = false
			ev.add("the client looked up a URL scheme as a host name (", p, "): the URL is malformed, and no wait makes it resolve")
		}
	}
	if a.en == nil && r.Category == Unknown {
		r.Retryable = false
	}
}

// finish writes what depends on the whole answer: a paste too thin to judge, what the SDK
// already did, the evidence when no provider was found, the verdict.
func (a *adviser) finish() {
	s, r, ev, prov := a.s, a.r, a.ev, a.prov
	if thinPaste(s, &a.m, r) {
		markThin(r, ev, s)
	}
	if prov != nil && !r.Thin && !a.id.assumed { // an assumed API's SDK is not what the wrapper ran
		seen := sdkView(r, &a.m, prov, a.ef, a.en, midStream(s)) // the status the SDK met (implied.go)
		start := len(ev.text)
		ev.text = appendSDKBehavior(ev.text, prov, a.en, seen, s.said.tried)
		ev.fill(textSDKBehavior, start)
		r.SDKWaits = ev.sdkWaits(prov, seen, s.headers, a.now)
	}
	if r.Provider == "" && r.Category == Unknown && ev.len() == 0 {
		ev.add("no status, error code, exception or provider signal found")
	}
	if r.Provider == "" && (r.HTTPStatus != 0 || r.Category != Unknown) {
		ev.add("no AI provider's signals found: a general answer")
	}
	retrier := prov
	if a.id.assumed { // the tool called the API its own way: its retries, not the API's SDK
		retrier = a.e.files[a.id.wrapper]
	}
	a.texts(retrier)
	r.Evidence = ev.linesFor(r)
	sanitize(r)
}

// texts writes the reference and the verdict into the evidence's text (the lines make
// them strings): the reference of an entry a thin paste did not take back.
func (a *adviser) texts(retrier *Provider) {
	r, ev := a.r, a.ev
	if a.en != nil && r.Entry != "" {
		start := len(ev.text)
		ev.text = appendWords(ev.text, "providers/", a.ef.Slug, "/#", a.en.ID)
		ev.fill(textReference, start)
	}
	if r.Thin {
		r.Verdict = thinVerdict
		return
	}
	start := len(ev.text)
	ev.text = appendVerdict(ev.text, r, a.now(), longWindow(r.LimitWindow) || a.s.namesLongWindow(), a.prov, retrier)
	ev.fill(textVerdict, start)
}

// sanitize keeps every string of the Result valid UTF-8: snippets are cut from input that
// may hold anything.
func sanitize(r *Result) {
	validUTF8(&r.Code)
	validUTF8(&r.Type)
	validUTF8(&r.Message)
	validUTF8(&r.Upstream)
	// r.Evidence is valid already: evidence.lines makes it so.
	for k, v := range r.Details {
		validUTF8(&v)
		r.Details[k] = v
	}
}

// validUTF8 replaces each invalid byte of *s with U+FFFD. Not inlined: as sanitize's
// closure it was copied into each of its five calls.
//
//go:noinline
func validUTF8(s *string) {
	if !utf8.ValidString(*s) {
		*s = strings.ToValidUTF8(*s, "\uFFFD")
	}
}

// codeWherePrefix is what goes before c.where to say where the code was found.
func codeWherePrefix(c codeSeen) string {
	if strings.HasPrefix(c.where, "the ") {
		return ""
	}
	return "the body's "
}

// details copies the fields the entry documents, plus the generally useful ones.
func (e *engine) details(s *signals, en *Entry) map[string]string {
	var out map[string]string    // made when the first detail is found
	if len(s.body.scalars) > 0 { // it holds only values of keys Details may copy, never ""
		if en != nil {
			out = addDetails(out, s.body.scalars, en.Fields, false)
		}
		out = addDetails(out, s.body.scalars, detailKeys[:], true)
	}
	for k, v := range s.stated {
		if _, ok := out[k]; !ok {
			if out == nil {
				out = map[string]string{}
			}
			out[k] = v
		}
	}
	return out
}

// addDetails adds to out (made when the first is found) the body's value of each of keys
// (lowered: already in lower case, as scalars is keyed). Not inlined: as a closure of
// details it was copied into both of its calls.
//
//go:noinline
func addDetails(out, scalars map[string]string, keys []string, lowered bool) map[string]string {
	for _, k := range keys {
		lk := k
		if !lowered {
			lk = strings.ToLower(k)
		}
		if v, ok := scalars[lk]; ok && v != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[k] = v
		}
	}
	return out
}

// detailKeys are the fields copied into Details whatever the entry, in lower case as the
// body's scalars are keyed (TestDetailKeysAreLowerCase).
var detailKeys = [...]string{"param", "invalid_fields", "provider_name", "quotaid", "quota_id", "quotametric", "quota_metric", "quotavalue", "request_id", "request-id"}

func fallbackFix(r Result) string {
	switch r.Category {
	case Unknown:
		if r.Provider != "" {
			return "This does not look like an error response. If a call failed, paste the status line and the response body too."
		}
		return "errlens could not place this error. Paste the full response (status line, headers and body) or the SDK's exception line."
	}
	return ""
}

// midStream reports an error raised from an SSE error event: a client that says so ("SSE
// error returned from server"), or a Stainless SDK's bare APIStatusError/APIError whose text
// is the event body, with no "Error code: N"; or a failed record of a batch call's 200
// (batchrecords.go). Such an error came after a 200, so no status can be given for it.
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func midStream(s *signals) bool {
	if s.sseWords || s.batchRecord {
		return true
	}
	if s.primary < 0 {
		return false
	}
	ex := s.excs[s.primary]
	// openai-python (v1) raises its base APIError itself only in _streaming.py, for an
	// error event, with the event's message: "openai.APIError: The server had an error ...".
	return (ex.name == "APIStatusError" || ex.name == "APIError") && strings.HasPrefix(ex.message, "{") ||
		ex.name == "APIError" && ex.module == "openai"
}

// wrapperLostStatus reports a wrapper's catch-all exception (LiteLLM's APIError for a
// response it could not read): the provider's status did not survive the re-print.
func wrapperLostStatus(s *signals, id *identity, e *engine) bool {
	return s.primary >= 0 && isGenericException(s.excs[s.primary].name) && inWrapperModule(s.excs[s.primary], id, e)
}

// inWrapperModule reports a class the identified wrapper defines in its own package
// (litellm.llms.anthropic.common_utils.AnthropicError, which LiteLLM raises for an error
// chunk of Anthropic's stream): the wrapper's carrier for the failure, as its catalog's
// classes are (wrapperclass.go), not the API's code.
func inWrapperModule(ex exception, id *identity, e *engine) bool {
	if id.wrapper < 0 {
		return false
	}
	m, slug := strings.ToLower(ex.module), e.files[id.wrapper].Slug
	return m == slug || strings.HasPrefix(m, slug+".")
}

// adviseBuffers are advise's working storage: the evidence lines' buffer.
type adviseBuffers struct {
	ev evidence
}

// evidence returns the decode's evidence lines, empty.
func (b *adviseBuffers) evidence() *evidence {
	b.ev.buf, b.ev.ends, b.ev.tags = b.ev.buf[:0], b.ev.ends[:0], lineTags{}
	b.ev.text, b.ev.texts = b.ev.text[:0], [textFields]struct{ start, end int }{}
	b.ev.says = b.ev.says[:0]
	return &b.ev
}

// lineTags is what advise hands on besides the Result: the evidence line that supports
// each answer, which the spans stage ties each span to.
func (b *adviseBuffers) lineTags() lineTags { return b.ev.tags }

// release drops a buffer a long answer grew; the lines are copied out by lines().
func (b *adviseBuffers) release() {
	if cap(b.ev.buf) > maxPooledEvidence || cap(b.ev.text) > maxPooledEvidence {
		b.ev = evidence{}
	}
}

// statusAsCode reports whether code is the HTTP status an API that writes its status as
// its error's numeric code (Provider.CodeIsStatus: llama-server) repeated there: no code.
func (a *adviser) statusAsCode(code string) bool {
	return a.prov != nil && a.prov.CodeIsStatus && len(code) == 3 && isAllDigits(code)
}

// transportEntry reports whether the matched entry is a failure on the way to the server
// (a connection or a timeout): there the client library's exception class (Python's
// RemoteDisconnected, .NET's TaskCanceledException, Java's IOException) names only how the
// client saw the failure, not a code anything sent, so it does not stand in for a code.
func (a *adviser) transportEntry() bool {
	return a.en != nil && (a.en.Category == Connection || a.en.Category == Timeout)
}

// classForCode is the paste's exception class that spells the matched entry's code with
// "Error" after it and that a catalog documents as thrown for that code, or "": LangChain.js
// throws an Error named InsufficientQuotaError exactly when the body's code is
// insufficient_quota (from: https://github.com/langchain-ai/langchainjs/blob/main/langchain-core/src/utils/async_caller.ts),
// so the class names the code the re-print dropped. A class no catalog lists for the code
// names none: an SDK's PermissionDeniedError is not gRPC's PERMISSION_DENIED.
func (a *adviser) classForCode() string {
	if a.en == nil || a.en.Code == "" || len(a.s.excs) == 0 {
		return ""
	}
	n := normCode(a.en.Code)
	for _, ex := range a.s.excs {
		if !strings.HasSuffix(ex.name, "Error") {
			continue
		}
		c := normCode(ex.name)
		if len(c) != len(n)+len("error") || c[:len(n)] != n || c[len(n):] != "error" {
			continue
		}
		for _, r := range a.e.byClass[strings.ToLower(ex.name)] {
			if normCode(a.e.files[r.file].Errors[r.entry].Code) == n {
				return ex.name
			}
		}
	}
	return ""
}
