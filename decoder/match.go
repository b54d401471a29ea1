package decoder

import (
	"slices"
	"strings"
)

// Matching picks the catalog entry that best explains the signals: the identified
// provider's entries first, then the wrapper's, then the generic catalog's. An entry scores
// for its code (or an alias) among the codes found, its type, each of its phrases in the
// text, its exception class, and its status; a status that contradicts an anchored one
// counts against it.

const (
	scoreCode     = 12
	scoreType     = 4
	scorePhrase   = 6
	scoreClass    = 5
	scoreStatus   = 3
	penaltyStatus = 8 // entry's status contradicts an anchored status
	penaltyWeak   = 2 // ... contradicts a status only implied by a class name
	minEntryScore = 3
)

// The codes, classes, types and wording a paste shows, as match reads them. Each holds a
// handful of items, so they are slices searched in order: cheaper than maps to build and
// to read, natively and far more so in WebAssembly.
type (
	// written pairs a normalised code with the code as written.
	written struct{ norm, as string }
	// className is an exception name as written and its normCode.
	className struct{ name, norm string }
)

// codeWritten reports whether codes holds n with a non-empty written form.
func codeWritten(codes []written, n string) bool {
	w, _ := codeAs(codes, n)
	return w != ""
}

// codeAs returns the code as written whose normalised form is n. Not inlined: it runs a
// few times a decode, and each caller held a copy of its loop.
//
//go:noinline
func codeAs(codes []written, n string) (string, bool) {
	for _, c := range codes {
		if c.norm == n {
			return c.as, true
		}
	}
	return "", false
}

func (e *engine) match(s *signals, id *identity, b *matchBuffers) match {
	m := match{file: -1, entry: -1}
	m.status, m.hasStatus = s.http, s.hasHTTP
	b.norms = b.norms[:0]
	k := e.keysOf(s, b)
	e.proseCodes(&k, s, id)
	ownAPI := id.wrapper >= 0 && e.files[id.wrapper].OwnAPI || e.ownClassWritten(&k, id)
	b.order = e.upstreamFirst(e.innerWrappers(searchOrder(b.order[:0], id, e.generics, ownAPI), id), id)
	order := b.order
	b.cands = e.candidates(b.cands[:0], &k, &m)
	best := e.bestEntry(&m, &k, order, b)
	m.scored = b.scored
	if m.found() {
		m.why, m.byClassCode = best, best.byClass
		m.filedAs = e.filedAs(&k, m.file, m.entry, best)
		m.proseCode, _ = proseCodeChosen(s, best)
		if e.files[m.file].Errors[m.entry].Code == "" {
			m.wordedCode = e.codeWritten(s)
		}
	}
	e.networkOverClass(&m) // classwords.go
	m.unsent = e.unsentWorded(&k)
	e.statusByConsensus(&m, id, best, k.codes)
	if id.provider < 0 && (!m.keyed || byCodeAlone(&m)) { // wordconsensus.go
		e.wordingConsensus(&m, s.hits)
	}
	return m
}

// codeWritten is a code the paste writes as words of its own: an entry's phrase that is the
// entry's code, its words joined (undici's UND_ERR_SOCKET), as the paste writes it (a UI
// that upper-cases the whole message prints CONTEXT_LENGTH_EXCEEDED), like a body's code.
// A tool's entry for its own message ("Unable to connect to API (UND_ERR_SOCKET)") has no
// code, and the one it quotes is kept. The scan noted it (literal.codeWord). Else a code
// printed in a form of its own (signals.unkeyedCode).
func (e *engine) codeWritten(s *signals) string {
	if s.codeWord != "" {
		return s.codeWord
	}
	return s.unkeyedCode
}

// matchKeys are what the signals offer entries to be matched by, normalised once.
type matchKeys struct {
	codes []written // normalised -> as written; the first of each wins
	top   string    // the most specific code, which decides between entries
	// Exception names, keyed by the name as written (case aside): a class is a code only
	// where an entry spells it the same way (ReadTimeout, ThrottlingException), so
	// RateLimitError does not pass for the code rate_limit_error. Of names alike, the
	// last printed is kept.
	classes []className
	types   []string
	// A qualified class matches only its full name: litellm.BadRequestError is not the
	// Cerebras SDK's BadRequestError.
	excNames []string
	// bareNames are the qualified classes' names without their module: a general entry's
	// class ("RateLimitError") is raised by many libraries, each under its own module.
	bareNames []string
	phrases   []ref // one per phrase hit: an entry whose phrases show twice counts twice
	// wordedAt is where each phrase hit starts and ends, in step with phrases.
	wordedAt []span
}

// span is where a phrase hit starts and ends in the text.
type span struct{ start, end int }

// lastWorded is where the last of entry r's phrase hits starts and ends.
func (k *matchKeys) lastWorded(r ref) span {
	at := span{-1, -1}
	for i, p := range k.phrases {
		if p == r && k.wordedAt[i].start > at.start {
			at = k.wordedAt[i]
		}
	}
	return at
}

// wordedAfter reports whether entry a's wording shows after all of entry b's: apart from it,
// not inside it ("ETIMEDOUT" in "connect ETIMEDOUT" is the same words).
func (k *matchKeys) wordedAfter(a, b ref) bool {
	return k.lastWorded(a).start >= k.lastWorded(b).end
}

func (e *engine) keysOf(s *signals, b *matchBuffers) matchKeys {
	var k matchKeys
	norms := s.norms
	codes := b.written[:0]
	if len(norms) > 0 {
		k.top = norms[0]
	}
	for i, n := range norms {
		if _, ok := codeAs(codes, n); n != "" && !ok {
			codes = append(codes, written{n, s.codes[i].value})
		}
	}
	k.codes = codes
	k.classes = e.classNames(s, b)
	k.types = s.typeNorms // worked out with the codes' (codeNorms)
	k.excNames = lowerFullNames(s.excs)
	k.bareNames = lowerBareNames(s.excs)
	b.written = codes
	phrases, at := e.phraseHits(s.hits, b.phrases[:0], b.wordedAt[:0]) // matchadvice.go
	b.phrases, b.wordedAt = phrases, at
	k.phrases, k.wordedAt = phrases, at
	return k
}

// searchOrder is the order catalogs are searched in: the provider's own catalog first; then
// general knowledge of the wrapped error's wording and codes; the wrapper's class for it
// last, since wrappers map many different errors onto a few classes. A tool that speaks
// for its own service (ownAPI: Copilot CLI) comes first when no API is named: its words
// ("The requested model is not supported") are that service's, which the general layers'
// "not supported" knows less well.
func searchOrder(order []int, id *identity, generics []int, ownAPI bool) []int {
	// The API is only the wrapper's default, or the wrapper's own: the words are the wrapper's.
	first := id.assumed || ownAPI && id.provider < 0
	if first {
		order = append(order, id.wrapper)
	}
	if id.provider >= 0 {
		order = append(order, id.provider)
	}
	order = append(order, generics...)
	if id.wrapper >= 0 && !first {
		order = append(order, id.wrapper)
	}
	return order
}

// upstreamFirst puts the catalog of the API a router relayed the error from before the
// router's own: the upstream's body ("exceeded_current_quota_error", a balance sent as 429)
// says what failed, the router's entry for the status it passed on does not. An upstream
// entry keyed by nothing but the status does not stop the search (bestEntry).
func (e *engine) upstreamFirst(order []int, id *identity) []int {
	if id.upstream == "" || id.provider < 0 {
		return order
	}
	for fi, f := range e.files {
		if f.Kind != KindProvider || f.Slug != id.upstream {
			continue
		}
		for i, o := range order {
			if o == id.provider {
				order = append(order, 0)
				copy(order[i+1:], order[i:])
				order[i] = fi
				return order
			}
		}
	}
	return order
}

// candidates are the entries that could match: those whose code, type, class or wording is
// present, and those that need only the status.
func (e *engine) candidates(cands []ref, k *matchKeys, m *match) []ref {
	for _, c := range k.codes {
		cands = append(cands, e.byKey[c.norm]...)
	}
	for _, c := range k.classes {
		cands = append(cands, e.byKey[c.norm]...)
	}
	for _, t := range k.types {
		cands = append(cands, e.byKey[t]...)
	}
	for _, n := range k.excNames {
		cands = append(cands, e.byClass[n]...)
	}
	for _, n := range k.bareNames {
		cands = append(cands, e.byClass[n]...)
	}
	cands = append(cands, k.phrases...)
	if m.hasStatus {
		cands = append(cands, e.byStatus[m.status.code]...)
	}
	return cands
}

// bestEntry scores the candidates catalog by catalog in search order, records every entry
// that fits in b.scored and the best in m, and returns what made the best match.
func (e *engine) bestEntry(m *match, k *matchKeys, order []int, b *matchBuffers) whyParts {
	var best whyParts
	list, worded, scored := b.list, b.worded, b.scored[:0]
	for oi, fi := range order {
		f := e.files[fi]
		list = entriesOf(list[:0], b.cands, fi) // in file order, which breaks ties
		worded = entriesOf(worded[:0], k.phrases, fi)
		next := 0 // worded[next:] are the phrase hits of this entry and later ones
		for i, ei := range list {
			if i > 0 && list[i-1] == ei {
				continue
			}
			en, nk := &f.Errors[ei], &e.norm[fi][ei]
			if en.Category == Unknown && (en.Code == "" || nk.codes[0] != k.top) && !ownClass(k, f, en) {
				// Base classes ("OpenGradientError", "APIError") document a hierarchy;
				// they explain nothing the status or another entry cannot. Only a code
				// that says "unknown" itself (OpenPixels' UNKNOWN_ERROR) picks one.
				continue
			}
			// Both lists are in entry order: worded's head is this entry's phrase hits.
			n := 0
			for ; next < len(worded) && worded[next] <= ei; next++ {
				if worded[next] == ei {
					n++
				}
			}
			score, keyed, why := scoreEntry(k, m, f, en, nk, n)
			if !fits(en, m, score, keyed) {
				continue
			}
			scored = append(scored, scoredEntry{fi, ei, score, why.wording})
			// Two entries of one catalog worded alike: the later wording is the failure
			// the paste ended on (a tool's retry lines, then the error it gave up on).
			later := score == m.score && fi == m.file && why.wording && best.wording &&
				k.wordedAfter(ref{fi, ei}, ref{m.file, m.entry})
			if yields, holds := e.unsentOrder(m, fi, en); yields || holds {
				if yields {
					m.file, m.entry, m.score, m.keyed, best = fi, ei, score, keyed, why
				}
			} else if e.networkOnly(m) && f.Kind != KindProvider {
				// Past a provider's entry for a failed connection, only a general
				// entry for a network failure, as well supported, replaces it, and
				// only when it changes the answer (the provider's fix says more).
				if isNetwork(en) && score >= m.score && e.changesAnswer(m, en) {
					m.file, m.entry, m.score, m.keyed, best = fi, ei, score, keyed, why
				}
			} else if score > m.score || later || score == m.score && k.morePrecise(ref{fi, ei}, m, f, e.files, why.wording && best.wording) {
				m.file, m.entry, m.score, m.keyed, best = fi, ei, score, keyed, why
			}
		}
		// An entry matched by its code or wording beats every later catalog: the error
		// a wrapper re-prints decides, not the wrapper's class for it. The general layers
		// are one tier: the best of them wins, whichever file it is in. A provider's entry
		// for a failed connection does not: the general layers know the network's own
		// failures (an untrusted certificate, a header timeout) better.
		if m.found() && m.keyed && !e.networkOnly(m) && !(f.Kind == KindGeneric && (oi+1 < len(order) && e.files[order[oi+1]].Kind == KindGeneric || classOnly(best))) {
			break
		}
	}
	b.list, b.worded, b.scored = list, worded, scored
	return best
}

// classOnly reports a general entry chosen by an exception class alone (BadRequestError,
// the class a client picks from the status): the wrapper's own, more specific class that
// re-raised it (LiteLLM's ContentPolicyViolationError, a BadRequestError) may still tell
// more, and outscores it only when its wording is there too.
func classOnly(w whyParts) bool {
	return w.class != "" && w.code == "" && w.typ == "" && !w.wording
}

// networkOnly reports whether m holds a provider's entry for a connection that failed or
// timed out before any response (no status of its own).
func (e *engine) networkOnly(m *match) bool {
	if !m.found() || e.files[m.file].Kind != KindProvider {
		return false
	}
	return isNetwork(&e.files[m.file].Errors[m.entry])
}

// changesAnswer reports whether en gives another category or verdict than m's entry.
func (e *engine) changesAnswer(m *match, en *Entry) bool {
	cur := &e.files[m.file].Errors[m.entry]
	return cur.Category != en.Category || cur.Retryable != en.Retryable
}

// scoreEntry weighs one entry against the keys and the status: its code (or an alias, or
// an exception spelling it), its type, its wording (n phrase hits), its SDK class and its
// status. keyed says whether anything but the status matched.
func scoreEntry(k *matchKeys, m *match, f *Provider, en *Entry, nk *normKeys, n int) (score int, keyed bool, why whyParts) {
	score, keyed, why = codeScore(k, en, nk)
	if nk.typ != "" && slices.Contains(k.types, nk.typ) && nk.typ != nk.codes[0] {
		score, keyed, why.typ = score+scoreType, true, en.Type
	} else if nk.typ != "" && en.Code == "" && codeWritten(k.codes, nk.typ) {
		score, keyed, why.typ = score+scoreType, true, en.Type
	}
	if n > 0 {
		score += scorePhrase * min(n, 2)
		if en.Unsent {
			// The client failed before sending (unsent.go): that wording explains the
			// paste as a code would, over the code gRPC gives the failure (UNAVAILABLE).
			score += scoreCode
		}
		keyed = true
		why.wording = true
	} else if en.Unsent {
		// Only its wording tells a client's failure before sending: the code its layer
		// gives it (gRPC's UNAVAILABLE) is every unavailable channel's.
		return 0, false, whyParts{}
	} else if len(en.Phrases) > 0 && why.code != "" {
		// A special case of a code (its wording tells it apart) whose wording is
		// absent yields to the code's plain entry: "roles must alternate" is
		// Anthropic's invalid_request_error, not its "prompt is too long".
		score--
	} else if len(en.Phrases) > 0 && why.typ != "" {
		// A type many errors share (invalid_request_error) weighs less for an entry
		// its wording defines when that wording is absent, so the type's plain
		// entry wins: Groq's "requested tool does not exist" is no decommissioned
		// model. With no plain entry for the type, the type alone does not choose it:
		// Mistral's "Service tier capacity exceeded" is not every invalid_request_error.
		score, keyed = score-1, false
	}
	if cls := classWritten(k, f, en); cls != "" {
		// A provider SDK's class is specific; a wrapper's is not, so a
		// wrapper entry defined by its wording is not chosen by class alone.
		score, keyed = score+scoreClass, keyed || f.Kind == KindProvider || len(en.Phrases) == 0
		why.class = cls
	}
	score += statusScore(m, en, f.Kind == KindProvider, &why)
	return score, keyed, why
}

// classWritten is the entry's SDK class the paste names, of its languages' classes the
// longest ("openai.APIConnectionError" over the Node SDK's "APIConnectionError" when a
// traceback shows both): en.Class is a map, and the answer must not follow its order.
func classWritten(k *matchKeys, f *Provider, en *Entry) string {
	best := ""
	for _, cls := range en.Class {
		cls = scopeAsDots(cls) // Ruby's Stripe::CardError, as the exception reader writes it
		if len(cls) > len(best) || len(cls) == len(best) && cls < best {
			if containsLower(k.excNames, cls) || f.Kind == KindGeneric && containsLower(k.bareNames, cls) {
				best = cls
			}
		}
	}
	return best
}

// codeScore matches the entry's code: among the codes found (the most specific one scoring
// more), else its code or an alias spelt by an exception name.
func codeScore(k *matchKeys, en *Entry, nk *normKeys) (score int, keyed bool, why whyParts) {
	for _, n := range nk.codes {
		if n == "" {
			continue
		}
		if w, ok := codeAs(k.codes, n); ok {
			score, keyed, why.code = scoreCode, true, w
			if n == k.top {
				score += 2
			}
			return score, keyed, why
		}
	}
	// The entry's code, then its aliases (nk.codes holds them normalised).
	for j := 0; j <= len(en.Aliases); j++ {
		c := en.Code
		if j > 0 {
			c = en.Aliases[j-1]
		}
		if w, ok := classSpelt(k.classes, c); ok && c != "" {
			why.code, why.byClass = w, w
			return scoreCode, true, why
		}
		// google.api_core's classes are the gRPC status in CamelCase:
		// ResourceExhausted is RESOURCE_EXHAUSTED.
		if w, ok := classByNorm(k.classes, nk.codes[j]); ok && isEnumWord(c) {
			why.code, why.byClass = w, c
			return scoreCode, true, why
		}
	}
	return 0, false, why
}

// filedAs is how the chosen entry of a provider's catalog spells the code it matched by,
// when the paste spells it otherwise (filedSpelling); "" for the general layers, which file
// one spelling for the many that mean it, and for a code an exception name stood for.
// Asked once, for the entry chosen.
func (e *engine) filedAs(k *matchKeys, fi, ei int, why whyParts) string {
	if why.code == "" || why.byClass != "" || e.files[fi].Kind != KindProvider {
		return ""
	}
	for j, n := range e.norm[fi][ei].codes {
		if w, ok := codeAs(k.codes, n); ok && n != "" && w == why.code {
			return filedSpelling(&e.files[fi].Errors[ei], j, w)
		}
	}
	return ""
}

// filedSpelling is the entry's code (j 0) or alias j-1 when the paste writes it w, alike only
// once normalised (RateLimitExceeded for rate_limit_exceeded): the evidence then says the
// code the entry files, not that the paste's code is it. "" when w is it, case aside.
func filedSpelling(en *Entry, j int, w string) string {
	c := en.Code
	if j > 0 && j <= len(en.Aliases) {
		c = en.Aliases[j-1]
	}
	// ThrottlingException and Throttling are one name (normCode drops the suffix).
	if c == w || strings.EqualFold(c, w) || strings.EqualFold(strings.TrimSuffix(c, "Exception"), strings.TrimSuffix(w, "Exception")) {
		return ""
	}
	return c
}

// statusScore is what the status adds to or takes from an entry's score (provider: the
// entry is a provider catalog's).
func statusScore(m *match, en *Entry, provider bool, why *whyParts) int {
	score := 0
	// An error status means a response arrived: an entry for a connection that
	// failed, or a client that gave up waiting, does not fit it.
	if en.Status == 0 && (en.Category == Connection || en.Category == Timeout) && m.hasStatus &&
		m.status.strength >= anchorPhrase && m.status.code >= 400 {
		score -= penaltyStatus
	}
	// Nor does a notice of a failure on the server's side (a tool that gave up after its
	// retries) fit a request the server refused as the client's fault: the 400 says why.
	if en.Status == 0 && (en.Category == Server || en.Category == Overloaded) && m.hasStatus &&
		m.status.strength >= anchorPhrase && clientFault(m.status.code) {
		score -= penaltyStatus
	}
	// An error inside a stream came after a 200: that status says nothing
	// about which error it is.
	if en.Status != 0 && m.hasStatus && m.status.code != 200 {
		switch {
		case en.Status == m.status.code:
			score += scoreStatus
			why.status = en.Status
		case provider && busyAlike(en, m.status.code):
			// A provider words its overload alike under each of these: its wording
			// decides. The general layers' words ("high demand") are no provider's.
		case m.status.strength > anchorClass:
			score -= penaltyStatus
		default:
			score -= penaltyWeak
		}
	}
	return score
}

// clientFault reports a status that blames the request itself, which no wait changes.
func clientFault(code int) bool {
	return code >= 400 && code < 500 && code != 408 && code != 409 && code != 425 && code != 429
}

// fits says whether a scored entry may be chosen: an entry with its own code or wording
// needs one of them present, one keyed by nothing needs its status, and every one needs
// the minimum score.
func fits(en *Entry, m *match, score int, keyed bool) bool {
	hasKey := en.Code != "" || en.Type != "" || len(en.Phrases) > 0 || len(en.Class) > 0
	if !keyed && hasKey {
		return false
	}
	if !keyed && (en.Status == 0 || !m.hasStatus || en.Status != m.status.code) {
		return false
	}
	return score >= minEntryScore
}

// statusByConsensus fills in, when no provider was identified, what every catalog agrees
// the codes mean: the consensus entry when nothing keyed matched, or the status a general
// code carries no status of its own for.
func (e *engine) statusByConsensus(m *match, id *identity, best whyParts, codes []written) {
	switch {
	case id.provider >= 0:
	case !m.keyed:
		e.consensus(m, codes)
	case !m.hasStatus && best.code != "" && e.files[m.file].Kind == KindGeneric && e.files[m.file].Errors[m.entry].Status == 0 &&
		!isNetwork(&e.files[m.file].Errors[m.entry]): // no answer came: a client's deadline has no status
		// A general code that carries no HTTP status of its own (gRPC's INVALID_ARGUMENT)
		// takes the status every provider that sends the code agrees on.
		// Only when two or more providers send it: one API's habit is not the code's.
		if a, ok := e.agreed(codes); ok && a.providers >= 2 && a.category == e.files[m.file].Errors[m.entry].Category {
			m.consensusStatus = a.status
		}
	}
}

// agreement is what every provider catalog that defines a code says it means.
type agreement struct {
	category  Category
	retryable bool
	status    int    // 0 when they give none or disagree on it
	code      string // the code as written
	providers int    // how many provider catalogs define the code
}

// agreed reports what the provider catalogs agree the paste's codes mean; false when no
// provider defines them or they disagree on category or verdict. The entries whose own code
// it is decide; only a code no catalog files as an entry's own is read from the aliases, the
// codes an entry files too (Gemini's and Vertex AI's block reasons PROHIBITED_CONTENT and
// BLOCKLIST beside SAFETY).
func (e *engine) agreed(codes []written) (agreement, bool) {
	if !e.anyKnown(codes) {
		return agreement{}, false // no entry files any of them: no walk of every catalog
	}
	a, n, ok := e.agreedBy(codes, false)
	if ok && n == 0 {
		a, n, ok = e.agreedBy(codes, true)
	}
	return a, ok && n > 0
}

// anyKnown reports whether some entry files one of the codes, as its code, type or alias.
func (e *engine) anyKnown(codes []written) bool {
	for _, c := range codes {
		if len(e.byKey[c.norm]) > 0 {
			return true
		}
	}
	return false
}

// agreedBy is agreed by the entries' own codes, or by their aliases too; n is how many
// provider catalogs define the code so, and ok false when they disagree.
func (e *engine) agreedBy(codes []written, aliases bool) (a agreement, n int, ok bool) {
	for fi, f := range e.files {
		if f.Kind != KindProvider {
			continue
		}
		// Each provider's first entry for a code is its plain meaning; later ones are
		// special cases told apart by wording.
		for i := range f.Errors {
			en := &f.Errors[i]
			keys := e.norm[fi][i].codes[:1]
			if aliases {
				keys = e.norm[fi][i].codes
			}
			w, found := codeAmong(codes, keys)
			if en.Code == "" || !found {
				continue
			}
			if n > 0 && (en.Category != a.category || en.Retryable != a.retryable) {
				return a, n, false // the providers disagree: no general answer
			}
			switch {
			case en.Status == 0 || a.status == -1:
			case a.status == 0:
				a.status = en.Status
			case en.Status != a.status:
				a.status = -1 // they disagree on the status: give none
			}
			a.category, a.retryable, a.code = en.Category, en.Retryable, w
			n++
			break
		}
	}
	a.status, a.providers = max(a.status, 0), n
	return a, n, true
}

// codeAmong is the first of an entry's normalised code and aliases that the paste
// writes, as written.
func codeAmong(codes []written, norms []string) (string, bool) {
	for _, n := range norms {
		if w, ok := codeAs(codes, n); n != "" && ok {
			return w, true
		}
	}
	return "", false
}

// consensus answers for an unknown provider from the code alone, when every provider
// catalog that defines the code agrees on what it means. The answer is generic: the fix
// comes from the generic catalog, not from one provider's entry.
func (e *engine) consensus(m *match, codes []written) {
	a, ok := e.agreed(codes)
	if !ok {
		return
	}
	cat, status, code := a.category, a.status, a.code
	if status < 400 {
		// A code sent inside a successful answer (Gemini's block reasons come in a 200)
		// implies no error status, as a provider's own entry for it implies none.
		status = 0
	}
	// The general answer is the first general entry for that category that no code or
	// wording keys (an HTTP status's), preferring one with the agreed status.
	bestFile, best := e.generalEntryFor(cat, a.retryable, status)
	if best < 0 {
		return
	}
	m.file, m.entry, m.keyed, m.consensusStatus, m.byCodeConsensus = bestFile, best, true, status, true
	m.whyWords = "code \"" + code + "\", which every catalog that defines it files as " + string(cat)
}

// classNames lists the names (and bracketed aliases) of the paste's exceptions that are not
// too generic to mean anything, in the order printed, each with its normCode.
func (e *engine) classNames(s *signals, b *matchBuffers) []className {
	var nameBuf [8]string
	names := nameBuf[:0]
	for _, ex := range s.excs {
		if isGenericException(ex.name) {
			continue
		}
		for _, name := range [2]string{ex.name, ex.alias} {
			if name != "" {
				names = append(names, name)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	norms := b.norms.of(len(names), func(i int) string { return names[i] })
	out := make([]className, len(names))
	for i := range names {
		out[i] = className{names[i], norms[i]}
	}
	return out
}

// classSpelt returns the exception name spelt as code is, case aside; of several, the
// last printed.
func classSpelt(classes []className, code string) (string, bool) {
	for i := len(classes) - 1; i >= 0; i-- {
		if sameLower(classes[i].name, code) {
			return classes[i].name, true
		}
	}
	return "", false
}

// classByNorm returns the exception name whose normCode is n; of several, the last printed.
func classByNorm(classes []className, n string) (string, bool) {
	for i := len(classes) - 1; i >= 0; i-- {
		if classes[i].norm == n {
			return classes[i].name, true
		}
	}
	return "", false
}

// lowerFullNames returns each exception's qualified name, lower-cased.
func lowerFullNames(excs []exception) []string {
	if len(excs) == 0 {
		return nil
	}
	return lowerEach(len(excs), func(i int) (string, string) { return excs[i].module, excs[i].name })
}

// lowerBareNames lowers the names of the paste's module-qualified exceptions without their
// module: a general entry's class ("RateLimitError") is raised by many libraries, each
// under its own module.
func lowerBareNames(excs []exception) []string {
	var qualified [8]int
	q := qualified[:0]
	for i := range excs {
		if excs[i].module != "" && len(q) < cap(q) {
			q = append(q, i)
		}
	}
	if len(q) == 0 {
		return nil
	}
	return lowerEach(len(q), func(i int) (string, string) { return "", excs[q[i]].name })
}

// entriesOf appends to dst the entries of file fi among refs, sorted.
func entriesOf(dst []int, refs []ref, fi int) []int {
	for _, r := range refs {
		if r.file == fi {
			dst = append(dst, r.entry)
		}
	}
	sortStable(dst, func(a, b int) bool { return a < b })
	return dst
}

// containsLower reports whether lows (lower-case strings) holds strings.ToLower(s).
func containsLower(lows []string, s string) bool {
	for _, low := range lows {
		if lowerIs(s, low) {
			return true
		}
	}
	return false
}

// matchBuffers are match's working storage: the candidate entries, one file's share of
// them and of the phrase hits, the entries that fit, the codes as written, and the
// normalised types and class names.
type matchBuffers struct {
	cands, phrases []ref
	wordedAt       []span
	list, worded   []int
	scored         []scoredEntry // the entries match found to fit
	written        []written     // the codes as written, by normCode
	norms          normList      // emptied by match
	order          []int         // the catalogs in the order they are searched (kept: the general layers alone are 16)
}

// release drops the paste's strings and the storage a megabyte paste grew.
func (b *matchBuffers) release() {
	clear(b.written)
	clear(b.norms)
	if cap(b.cands) > maxPooledHits {
		b.cands, b.list = nil, nil
	}
	if cap(b.scored) > maxPooledHits {
		b.scored = nil
	}
	if cap(b.written) > maxPooledHits {
		b.written = nil
	}
	if cap(b.norms) > maxPooledHits {
		b.norms = nil
	}
	if cap(b.phrases) > maxPooledHits {
		b.phrases, b.worded, b.wordedAt = nil, nil, nil
	}
}
