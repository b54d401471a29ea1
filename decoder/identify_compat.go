package decoder

import "strings"

// An OpenAI-compatible API answers through the openai SDKs, and the paste then reads
// `openai.RateLimitError: Error code: 429 - {'error': {...}}` whatever API sent the body:
// ModelScope, Qianfan, a one-api relay, a local server. What names the client is not what
// names the API. A signal names the API firmly when the API itself wrote it: its host, a
// header it sends, its documented wording, a code only it uses. The client's module,
// package, class and bare name (sdkOnlyKind) and the client's print of the body (the
// "print" kind of a provider whose client other APIs use: openai-python's
// " - {'error': {'message': ") say only "an API called with this client".
//
// A provider named by its client alone is kept when the body speaks its vocabulary (a
// code or type its catalog files, as written) and dropped when the body's own codes are
// none of its: OpenAI documents no 'RateLimitExceeded' or 'rate_limit', so a body sending
// them came from another API. The provider's reading stays among the alternatives
// (weigh's closeProviders reads every credited provider when none was named).
// from: https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py (the
// status error's text, "Error code: {status} - {body}", for any base_url) and
// https://platform.openai.com/docs/guides/error-codes (the codes and types OpenAI sends).

// dropUnvouchedClient leaves the provider unknown when it stands on a shared client's
// signals alone and the body's codes are not its own (compatibleBody).
func (e *engine) dropUnvouchedClient(id *identity, s *signals, scores *scoreCards) {
	if id.provider < 0 || id.assumed {
		return
	}
	f := e.files[id.provider]
	if e.firmSignals(f, &scores.byFile[id.provider], s.hits) > 0 || !e.sharedClient(f) {
		return
	}
	if e.compatibleBody(id.provider, s.body) {
		id.provider, id.score, id.tied, id.reasons = -1, 0, nil, nil
	}
}

// firmSignals is a score card's weight without what a client other APIs are called with
// shows: its names (sdkOnlyKind) and its print of the body.
func (e *engine) firmSignals(f *Provider, c *scoreCard, hits []litHit) int {
	n := 0
	for _, r := range c.reasons {
		if r.kind == literalReason {
			l := &e.info[hits[r.i].id]
			if sdkOnlyKind(l.kind) || l.scanKind == scanPrint && l.file >= 0 && e.files[l.file] == f {
				continue
			}
		}
		n += r.weight
	}
	return n
}

// compatibleBody reports whether the body shows a machine code or type and none of them is
// one file fi files, or a message and no code or type at all. A code counts as
// filed when it is an entry's code or alias, a type when it is an entry's type or alias
// (OpenAI's rate limits file their types, tokens and requests, as aliases), case aside. A
// type none of fi's entries files is another API's, whatever code it came with: a relay
// (new-api's new_api_error) copies OpenAI's codes, not its types. A number that is an
// HTTP status (`'code': 429`) is every API's echo of the status, and a system error name
// (ECONNRESET) the client's own: no vocabulary of the API.
func (e *engine) compatibleBody(fi int, b *bodyFacts) bool {
	if b == nil {
		return false
	}
	p := e.files[fi]
	foreign, vouched := false, false
	for _, c := range b.codes {
		v := c.value
		if isAllDigits(v) && len(v) == 3 && v[0] >= '1' && v[0] <= '5' || errnoName(v) {
			continue
		}
		typ := c.rank%depthRank == rankType
		switch {
		case p.files(v, typ):
			vouched = true
		case typ:
			return true // a type of another API's: a relay's (new_api_error) copies codes, not types
		default:
			foreign = true
		}
	}
	if vouched {
		return false
	}
	for _, t := range b.types { // a type too common to read as a code ('requests')
		if p.files(t, true) {
			return false
		}
	}
	// A body of a message alone: its wording, none of the provider's (no firm signal), is
	// another API's.
	return foreign || len(b.codes) == 0 && len(b.types) == 0 && len(b.messages) > 0
}

// files reports whether one of p's entries files v, case aside: as its type or an alias
// when typ, else as its code or an alias.
func (p *Provider) files(v string, typ bool) bool {
	for i := range p.Errors {
		en := &p.Errors[i]
		own := en.Code
		if typ {
			own = en.Type
		}
		if strings.EqualFold(own, v) {
			return true
		}
		for _, a := range en.Aliases {
			if strings.EqualFold(a, v) {
				return true
			}
		}
	}
	return false
}
