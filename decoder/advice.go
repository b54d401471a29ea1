package decoder

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The last stage turns the matched entry and the signals into the Result: the code, the
// category and verdict (with the response's own x-should-retry and waits), the numbers the
// error states, what the provider's SDK already did, and the evidence behind each answer.

// Rate limits reset within the hour; a longer wait is a daily or monthly allowance.
const longestRateWindowMS = 3600 * 1000

func (e *engine) advise(s *signals, id identity, m match, now func() time.Time) Result {
	r := Result{Category: Unknown}
	ev := s.scratch().evidence()
	if s.in.truncated {
		r.Truncated = true
		ev.add("the input is ", sizeText(s.in.origLen), "; only the first ", sizeText(s.in.head), " and the last ", sizeText(s.in.tail), " were examined")
	}
	if s.in.binary {
		ev.add("the input looks like binary data, not error text")
	}
	if s.budgetHit {
		ev.add("the input holds more nested structure than the decoder reads; the rest was skipped")
	}

	// Provider, wrapper, upstream.
	var prov *Provider
	if id.provider >= 0 {
		prov = e.files[id.provider]
		r.Provider, r.ProviderName = prov.Slug, prov.Name
		ev.tag(spanProvider)
		ev.write("provider ", prov.Name, ": ")
		e.writeReasons(ev, s, id.reasons)
		ev.end()
		for _, t := range id.tied {
			ev.add("the signals fit ", e.files[t].Name, " equally well")
		}
	}
	if id.wrapper >= 0 {
		w := e.files[id.wrapper]
		r.Wrapper = w.Slug
		ev.tag(spanWrapper)
		ev.write("re-printed by ", w.Name, ": ")
		e.writeReasons(ev, s, id.wreasons)
		ev.end()
	}
	if id.upstream != "" {
		r.Upstream = id.upstream
		ev.add("the router relayed an error from the upstream provider ", id.upstream)
	}

	// Status.
	var en *Entry
	var ef *Provider
	if m.found() {
		ef = e.files[m.file]
		en = &ef.Errors[m.entry]
	}
	if m.hasStatus {
		weakConflict := m.status.strength <= anchorClass && en != nil && en.Status != 0 && en.Status != m.status.code && ef.Kind != KindGeneric
		if weakConflict {
			ev.add("status unclear: ", m.status.what, ", but the error itself is the one the catalog lists under ", itoa(en.Status))
		} else {
			r.HTTPStatus = m.status.code
			ev.tag(spanStatus)
			ev.add("HTTP status ", itoa(m.status.code), " from ", m.status.what)
		}
	}

	// A documented error implies its status, when the paste does not state one. Of the
	// general layers, only a code implies one, and only a client error's (a server error
	// may be any 5xx): wording alone ("not supported") is sent with many statuses.
	if !m.hasStatus && m.consensusStatus != 0 {
		r.HTTPStatus = m.consensusStatus
		ev.add("HTTP status ", itoa(m.consensusStatus), ": not in the paste, but every API that sends this code sends it with that status")
	}
	if !m.hasStatus && m.consensusStatus == 0 && en != nil && en.Status >= 400 && m.keyed && !midStream(s) && !wrapperLostStatus(s, id, e) && (ef.Kind != KindGeneric || en.Code != "" && en.Status < 500 && en.Status != 429) {
		r.HTTPStatus = en.Status
		ev.add("HTTP status ", itoa(en.Status), ": not in the paste, but it is the status ", ef.Name, " sends this error with")
	}

	// Code, type, message.
	codes := s.codes
	switch {
	case len(codes) > 0:
		r.Code = codes[0].value
		ev.tag(spanCode)
		ev.add("code \"", r.Code, "\" from ", codeWherePrefix(codes[0]), codes[0].where)
	case m.byClassCode != "":
		r.Code = m.byClassCode
	case en != nil && isIdentifier(en.Code) && !isAllDigits(en.Code) && indexFold(s.in.text, en.Code) >= 0:
		// The entry's code is written in the paste ("context deadline exceeded").
		r.Code = en.Code
	case r.HTTPStatus == 0 && s.primary >= 0:
		ex := s.excs[s.primary]
		if ci, known := e.lookupClass(ex); !genericExceptionNames[ex.name] && !(known && ci.statusClass) {
			r.Code = ex.name
		}
	}
	if len(s.body.types) > 0 {
		r.Type = s.body.types[len(s.body.types)-1]
	}
	r.Message = s.message()

	// Category and verdict.
	if en != nil {
		r.Category, r.Retryable = en.Category, en.Retryable
		r.Title, r.Fix, r.Source, r.Entry = en.Title, en.Fix, en.Source, en.ID
		r.Reference = "providers/" + ef.Slug + "/#" + en.ID
		// An answer from the generic catalog, or from a wrapper's when the provider is
		// known but its own catalog had no entry, is a general one.
		r.Generic = ef.Kind == KindGeneric || (prov != nil && ef != prov)
		ev.tag(spanCategory)
		ev.write("matches ", ef.Name, " \"", en.Title, "\" (")
		if m.whyWords != "" {
			ev.write(m.whyWords)
		} else {
			m.why.writeTo(ev)
		}
		ev.add(")")
		// The SDK classes: the entry's own, else those the provider's SDK raises for this
		// status and category, else the wrapper's class for it.
		switch {
		case prov != nil && ef == prov:
			r.Exceptions = prov.Exceptions(en)
		case prov != nil && prov.Exceptions(&Entry{Status: r.HTTPStatus, Category: r.Category}) != nil:
			r.Exceptions = prov.Exceptions(&Entry{Status: r.HTTPStatus, Category: r.Category})
		case ef.Kind == KindWrapper && len(en.Class) > 0:
			r.Exceptions = en.Class
		}
	} else if r.HTTPStatus != 0 || r.Provider != "" {
		ev.add("no catalog entry fits; the answer rests on the status alone")
		r.Generic = true
	}
	if r.Fix == "" {
		r.Fix = fallbackFix(r)
	}

	// Numbers the error states.
	r.Details = e.details(s, en)
	// Each category is checked before the text is read for numbers, the dearer test.
	if r.Category == ContextLength || r.Category == InvalidRequest || r.Category == Unknown {
		if u, l, why, ok := s.contextNumbers(); ok {
			r.ContextUsed, r.ContextLimit = u, l
			if r.Category != ContextLength {
				r.Category, r.Retryable = ContextLength, false
			}
			ev.add("the request needs ", itoa(u), " tokens and the limit is ", itoa(l), " (", why, ")")
			r.Fix = strings.TrimSpace(r.Fix + " Cut at least " + itoa(u-l) + " tokens (" + strconv.Itoa((u-l)*100/max(u, 1)+1) + "% of the request): trim the conversation history or lower max_tokens.")
		}
	}
	neverFits(s, &r, ev)

	// The response's own word on retrying.
	if w, ok := bestWait(headerWaits(s.headers, now), s.body.waits, s.textWaits); ok {
		r.RetryAfterMS = w.ms
		ev.tag(spanWait)
		ev.waitSrc = w.src
		ev.add("asks to wait ", secondsText(w.ms), ": ", w.what)
	}
	if r.Category == RateLimit && r.RetryAfterMS >= longestRateWindowMS {
		r.Category, r.Retryable = Quota, false
		ev.add("a wait of ", secondsText(r.RetryAfterMS), " is an allowance resetting (daily or longer), not a short rate-limit window")
	}
	applyTiming(s, &r, prov, ev, now)
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
	if en == nil && r.Category == Unknown {
		r.Retryable = false
	}

	if thinPaste(s, &m, &r) {
		markThin(&r, ev, s)
	}
	if prov != nil && !r.Thin {
		r.SDKBehavior = sdkBehavior(prov, en, &r, s.attempts())
	}
	if r.Provider == "" && r.Category == Unknown && ev.len() == 0 {
		ev.add("no status, error code, exception or provider signal found")
	}
	if r.Provider == "" && (r.HTTPStatus != 0 || r.Category != Unknown) {
		ev.add("no AI provider's signals found: a general answer")
	}
	r.Verdict = verdictSentence(&r, now(), longWindow(r.LimitWindow) || s.namesLongWindow(), prov)
	if r.Thin {
		r.Verdict = thinVerdict
	}
	r.Evidence = ev.lines()
	r.Spans = e.spans(s, id, m, &r, ev)
	sanitize(&r)
	return r
}

// sanitize keeps every string of the Result valid UTF-8: snippets are cut from input that
// may hold anything.
func sanitize(r *Result) {
	fix := func(s *string) {
		if !utf8.ValidString(*s) {
			*s = strings.ToValidUTF8(*s, "\uFFFD")
		}
	}
	fix(&r.Code)
	fix(&r.Type)
	fix(&r.Message)
	fix(&r.Upstream)
	// r.Evidence is valid already: evidence.lines makes it so.
	for k, v := range r.Details {
		fix(&v)
		r.Details[k] = v
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
	var out map[string]string // made when the first detail is found
	add := func(keys []string, lowered bool) {
		for _, k := range keys {
			lk := k
			if !lowered {
				lk = strings.ToLower(k)
			}
			if v, ok := s.body.scalars[lk]; ok && v != "" {
				if out == nil {
					out = map[string]string{}
				}
				out[k] = v
			}
		}
	}
	if en != nil {
		add(en.Fields, false)
	}
	add(detailKeys[:], true)
	for k, v := range s.textFields() {
		if _, ok := out[k]; !ok {
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

// midStream reports a Stainless SDK error raised from an SSE error event: the class is the
// bare APIStatusError/APIError and its text is the event body, with no "Error code: N".
// Such an error came after a 200, so no status can be given for it.
func midStream(s *signals) bool {
	if s.primary < 0 {
		return false
	}
	ex := s.excs[s.primary]
	return (ex.name == "APIStatusError" || ex.name == "APIError") && strings.HasPrefix(ex.message, "{")
}

// wrapperLostStatus reports a wrapper's catch-all exception (LiteLLM's APIError for a
// response it could not read): the provider's status did not survive the re-print.
func wrapperLostStatus(s *signals, id identity, e *engine) bool {
	if id.wrapper < 0 || s.primary < 0 {
		return false
	}
	ex := s.excs[s.primary]
	return genericExceptionNames[ex.name] && strings.HasPrefix(strings.ToLower(ex.module), e.files[id.wrapper].Slug)
}
