package decoder

import (
	"cmp"
	"strings"
)

// A status the paste does not show is reported only when what matched is documented with
// it: a code the matched catalog documents with exactly one status, or a provider's wording
// its entry's source documents with the entry's status (Entry.StatusWorded). Either is a way
// to know it (shared/corpus/README.md labels http_status by the same rule). Other wording
// is not: a provider words a rate limit or an overload alike under several statuses, and a
// general layer's wording ("not supported") is sent with many. A general layer's entry is
// worded only where one product's own reply is: AWS API Gateway's INTEGRATION_TIMEOUT body
// "Endpoint request timed out" (504), Azure API Management's rate-limit policy's "Rate limit
// is exceeded. Try again in N seconds." (429), Stripe's card errors (402).

// codeImpliesStatus reports whether the matched entry en of file f, matched as m, implies
// its status: it was matched by its code (or an alias, or the exception class spelling
// it) or its code is written in the paste (written), or the paste's code is one of f's;
// and no entry of f documents that code with another status (oneCode: so for en's own code,
// worked out when the engine was built).
func codeImpliesStatus(m *match, f *Provider, en *Entry, written bool, s *signals, oneCode bool) bool {
	if en.Status < 400 {
		return false
	}
	// Matched by its code, or matched by wording with its code written in the paste.
	if m.why.code != "" || written {
		return oneCode
	}
	// A tool's entry matched by its type where it has no code: the type names the one
	// response the tool's client reads it from (Codex reads "type": "usage_limit_reached"
	// from a 429), when no entry of the tool gives it another status. A general layer's
	// type (Stripe's idempotency_error) spans the statuses of the services that send it.
	if m.why.typ != "" && en.Code == "" && f.Kind == KindWrapper {
		return oneTypeStatus(f, en.Type, en.Status)
	}
	// Matched by its wording, while the paste carries another code of the same catalog:
	// that code decides when the catalog sends it with the entry's status only.
	return len(s.codes) > 0 && oneStatus(f, s.codes[0].value, nil, en.Status)
}

// statusDocumented sets the matched entry's status, with evidence saying where it is
// documented, when what matched is documented with it: a code the catalog gives that one
// status (any kind of catalog, a layer only where its servers are shown), or, for an entry
// whose source documents its wording with its status (StatusWorded), the wording. written:
// the entry's code is written in the paste (entryCodeWritten). An entry matched by words
// its provider documents with no status, or with several, implies none: the status it
// carries is the one the provider typically sends.
func (a *adviser) statusDocumented(written bool) bool {
	m, en, ef := &a.m, a.en, a.ef
	byCode := codeImpliesStatus(m, ef, en, written, a.s, a.e.oneStatusCodes[en]) && a.layerServerShown()
	switch {
	case byCode && ef.Kind != KindProvider: // a general layer or a tool sends nothing: its code comes with the status
		a.ev.add("HTTP status ", itoa(en.Status), ": not in the paste, but the code ", impliedCode(m, en, a.s), " comes with it (", ef.Name, ")")
	case byCode:
		a.ev.add("HTTP status ", itoa(en.Status), ": not in the paste, but ", ef.Name, " documents the code ", impliedCode(m, en, a.s), " with it at ", cmp.Or(en.Source, ef.Docs))
	case en.StatusWorded: // a general layer's entry too: its product documents that wording with one status
		a.ev.add("HTTP status ", itoa(en.Status), ": not in the paste, but ", ef.Name, " documents this message with it at ", cmp.Or(en.Source, ef.Docs))
	default:
		return false
	}
	a.r.HTTPStatus = en.Status
	return true
}

// impliedCode is the code that implied the status, as evidence names it: the one matched,
// else the entry's own, else the paste's (a code of the same catalog with that one status).
func impliedCode(m *match, en *Entry, s *signals) string {
	c := cmp.Or(m.why.code, en.Code, m.why.typ)
	if c == "" && len(s.codes) > 0 {
		c = s.codes[0].value
	}
	return c
}

// layerServerShown reports whether the matched entry's file may imply a status here: a
// layer whose statuses only some servers document (StatusNeedsSignal: gRPC's codes, which
// Google's APIs map to HTTP statuses and no other gRPC server does) implies one for a call
// a gRPC runtime printed (grpcCall) only when one of its own signals, naming such a server,
// is in the paste; its entries' wording credits its card too, so only a signal counts. A
// code in a JSON body came over HTTP, with the status the mapping gives (Google's REST
// APIs, grpc-gateway).
func (a *adviser) layerServerShown() bool {
	if !a.ef.StatusNeedsSignal || !a.s.grpcCall {
		return true // a JSON body's code came over HTTP, where the mapping is sent
	}
	if a.id.cards == nil {
		return false
	}
	for _, r := range a.id.cards.byFile[a.m.file].reasons {
		if r.kind == literalReason && a.e.info[a.s.hits[r.i].id].entry < 0 {
			return true
		}
	}
	return false
}

// oneStatus reports whether every entry of f whose code or alias is code (or one of
// aliases) documents status, and at least one does.
func oneStatus(f *Provider, code string, aliases []string, status int) bool {
	seen := false
	for i := range f.Errors {
		o := &f.Errors[i]
		if !o.hasCode(code) && !anyCode(o, aliases) || o.Status == 0 {
			continue
		}
		if o.Status != status {
			return false
		}
		seen = true
	}
	return seen
}

// oneTypeStatus reports whether every entry of f of type typ documents status.
func oneTypeStatus(f *Provider, typ string, status int) bool {
	for i := range f.Errors {
		if o := &f.Errors[i]; strings.EqualFold(o.Type, typ) && o.Status != status {
			return false
		}
	}
	return true
}

// hasCode reports whether c is the entry's code or one of its aliases.
func (e *Entry) hasCode(c string) bool {
	return c != "" && (codeEqual(e.Code, c) || containsFold(e.Aliases, c))
}

// codeEqual is strings.EqualFold for codes, which are ASCII: strings of different lengths
// are turned away before the fold. oneStatus asks it of every entry of a catalog for each
// decode that implies a status (about 11,000 instructions a decode, folding, before).
func codeEqual(a, b string) bool {
	return len(a) == len(b) && strings.EqualFold(a, b)
}

func anyCode(e *Entry, cs []string) bool {
	for _, c := range cs {
		if e.hasCode(c) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if codeEqual(x, s) {
			return true
		}
	}
	return false
}

// wordedStatusNote says which status a provider documents for an error the paste names
// only in words: the user learns it, while the answer's status stays 0, as the paste
// gives no number and no code to know it by.
func wordedStatusNote(f *Provider, en *Entry) string {
	if f.Kind == KindWrapper {
		return "no HTTP status in the paste; " + f.Name + " prints this when the API behind it answers " + itoa(en.Status)
	}
	if f.StatusNeedsSignal { // gRPC: the call itself had none; only Google's APIs map the code
		return "no HTTP status: a gRPC call answers in a trailer, not a status; Google's APIs would send " + itoa(en.Status) + " for this code, and the paste names none of them"
	}
	if en.StatusWorded { // documented, but this paste lost the status (a wrapper's re-print)
		return "no HTTP status in the paste; " + f.Name + " documents this error with " + itoa(en.Status)
	}
	return "no HTTP status in the paste, and none documented for its words; " + f.Name + " lists this error under " + itoa(en.Status)
}

// sdkView is r as the SDK met it, copied only when its status differs: an error inside a
// stream whose 200 the paste does not show (streamOpened) came in a 200, which the SDK does
// not retry, though the answer reports no status; else, when the paste shows no status but
// the error is one of the provider's own documented entries, the SDK saw that entry's status
// and retried (or not) by it; an error raised from inside a stream (midStream) was not.
func sdkView(r *Result, m *match, prov, ef *Provider, en *Entry, midStream bool) *Result {
	status := r.HTTPStatus
	if status == 0 && m.hasStatus && m.status.what == streamOpened {
		status = 200
	}
	if status == 0 && en != nil && ef == prov && en.Status >= 400 && !midStream {
		status = en.Status
	}
	if status == r.HTTPStatus {
		return r
	}
	v := *r
	v.HTTPStatus = status
	return &v
}
