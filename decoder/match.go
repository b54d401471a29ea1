package decoder

import "strings"

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

type match struct {
	file, entry int // -1 when nothing matched
	score       int
	why         string
	status      statusSeen
	hasStatus   bool
	byClassCode string // the exception name that matched the entry's code, if that decided it
	keyed       bool   // matched by code, type, wording or class, not by status alone
	// consensusStatus is the status every catalog agrees a code comes with (consensus).
	consensusStatus int
}

func (m *match) found() bool { return m.file >= 0 }

// statusOf decides the HTTP status: the strongest anchor, else one implied by the primary
// exception class, else 200 for an error that arrived inside a stream, else 429 when a
// rate-limit header shows nothing remaining.
func (e *engine) statusOf(s *signals) (statusSeen, bool) {
	streamed := s.sseError || s.sseData || s.body.stream
	if st, ok := s.status(); ok {
		if streamed && st.strength < anchorStatusLine {
			// A status inside a streamed chunk is the error's own code; the response
			// itself was a 200.
			return statusSeen{200, anchorStream, st.pos, "the error arrived inside a stream, after the HTTP 200 that opened it"}, true
		}
		return st, true
	}
	for i := range s.excs {
		ex := s.excs[(s.primary+i)%len(s.excs)]
		if ci, ok := e.lookupClass(ex); ok && ci.status != 0 {
			return statusSeen{ci.status, anchorClass, ex.pos, "the exception class " + ex.full() + ", which its library raises for " + itoa(ci.status)}, true
		}
	}
	if streamed {
		return statusSeen{200, anchorStream, 0, "the error arrived inside a stream, after the HTTP 200 that opened it"}, true
	}
	for _, h := range s.headers {
		if strings.Contains(h.name, "ratelimit") && strings.Contains(h.name, "remaining") && strings.TrimSpace(h.value) == "0" {
			return statusSeen{429, 1, 0, "the header " + h.name + ": 0 (a rate limit was reached, which APIs answer with 429)"}, true
		}
	}
	return statusSeen{}, false
}

func (e *engine) lookupClass(ex exception) (classInfo, bool) {
	if ci, ok := e.classes[strings.ToLower(ex.full())]; ok {
		return ci, true
	}
	ci, ok := e.classes[strings.ToLower(ex.name)]
	return ci, ok
}

func (e *engine) match(s *signals, id identity) match {
	m := match{file: -1, entry: -1}
	m.status, m.hasStatus = e.statusOf(s)

	codes := map[string]string{} // normalised -> as written
	top := ""                    // the most specific code, which decides between entries
	for i, c := range s.codes {
		if i == 0 {
			top = normCode(c.value)
		}
		if n := normCode(c.value); n != "" {
			if _, ok := codes[n]; !ok {
				codes[n] = c.value
			}
		}
	}
	classCodes := map[string]string{}
	classNorm := map[string]string{}
	for _, ex := range s.excs {
		if genericExceptionNames[ex.name] {
			continue
		}
		// Keyed by the name as written (case aside): a class is a code only where an
		// entry spells it the same way (ReadTimeout, ThrottlingException), so
		// RateLimitError does not pass for the code rate_limit_error.
		for _, name := range []string{ex.name, ex.alias} {
			if name != "" {
				classCodes[strings.ToLower(name)] = name
				classNorm[normCode(name)] = name
			}
		}
	}
	types := map[string]bool{}
	for _, t := range s.body.types {
		types[normCode(t)] = true
	}
	phraseHits := map[[2]int]int{}
	for _, h := range s.hits {
		if l := &e.info[h.id]; l.entry >= 0 {
			phraseHits[[2]int{l.file, l.entry}]++
		}
	}
	excNames := map[string]bool{}
	for _, ex := range s.excs {
		// A qualified class matches only its full name: litellm.BadRequestError is not
		// the Cerebras SDK's BadRequestError.
		excNames[strings.ToLower(ex.full())] = true
	}

	// The provider's own catalog first; then general knowledge of the wrapped error's
	// wording and codes; the wrapper's class for it last, since wrappers map many
	// different errors onto a few classes.
	order := []int{}
	if id.provider >= 0 {
		order = append(order, id.provider)
	}
	if e.generic >= 0 {
		order = append(order, e.generic)
	}
	if id.wrapper >= 0 {
		order = append(order, id.wrapper)
	}
	// The entries that could match: those whose code, type, class or wording is present,
	// and those that need only the status.
	cands := map[int][]int{}
	add := func(rs []ref) {
		for _, r := range rs {
			cands[r.file] = append(cands[r.file], r.entry)
		}
	}
	for n := range codes {
		add(e.byKey[n])
	}
	for n := range classCodes {
		add(e.byKey[normCode(n)])
	}
	for n := range types {
		add(e.byKey[n])
	}
	for n := range excNames {
		add(e.byClass[n])
	}
	for fe := range phraseHits {
		add([]ref{{fe[0], fe[1]}})
	}
	if m.hasStatus {
		add(e.byStatus[m.status.code])
	}

	for _, fi := range order {
		f := e.files[fi]
		list := cands[fi]
		sortStable(list, func(a, b int) bool { return a < b }) // file order breaks ties
		for i, ei := range list {
			if i > 0 && list[i-1] == ei {
				continue
			}
			en := &f.Errors[ei]
			nk := &e.norm[fi][ei]
			if en.Category == Unknown && (en.Code == "" || nk.codes[0] != top) {
				// Base classes ("OpenGradientError", "APIError") document a hierarchy;
				// they explain nothing the status or another entry cannot. Only a code
				// that says "unknown" itself (OpenPixels' UNKNOWN_ERROR) picks one.
				continue
			}
			score, keyed, why, byClass := 0, false, "", ""
			for _, n := range nk.codes {
				if n == "" {
					continue
				}
				if w, ok := codes[n]; ok {
					score, keyed, why = score+scoreCode, true, "code \""+w+"\""
					if n == top {
						score += 2
					}
					break
				}
			}
			for _, c := range append([]string{en.Code}, en.Aliases...) {
				if w, ok := classCodes[strings.ToLower(c)]; ok && c != "" && !keyed {
					score, keyed, why, byClass = score+scoreCode, true, "exception "+w, w
					break
				}
				// google.api_core's classes are the gRPC status in CamelCase:
				// ResourceExhausted is RESOURCE_EXHAUSTED.
				if w, ok := classNorm[normCode(c)]; ok && isEnumWord(c) && !keyed {
					score, keyed, why, byClass = score+scoreCode, true, "exception "+w, c
					break
				}
			}
			if nk.typ != "" && types[nk.typ] && nk.typ != nk.codes[0] {
				score, keyed = score+scoreType, true
				why = joinWhy(why, "type \""+en.Type+"\"")
			} else if nk.typ != "" && en.Code == "" && codes[nk.typ] != "" {
				score, keyed = score+scoreType, true
				why = joinWhy(why, "type \""+en.Type+"\"")
			}
			if n := phraseHits[[2]int{fi, ei}]; n > 0 {
				score += scorePhrase * min(n, 2)
				keyed = true
				why = joinWhy(why, "its wording")
			}
			for _, cls := range en.Class {
				if excNames[strings.ToLower(cls)] {
					// A provider SDK's class is specific; a wrapper's is not, so a
					// wrapper entry defined by its wording is not chosen by class alone.
					score, keyed = score+scoreClass, keyed || f.Kind == KindProvider || len(en.Phrases) == 0
					why = joinWhy(why, "exception "+cls)
					break
				}
			}
			// An error status means a response arrived: an entry for a connection that
			// failed, or a client that gave up waiting, does not fit it.
			if en.Status == 0 && (en.Category == Connection || en.Category == Timeout) && m.hasStatus &&
				m.status.strength >= anchorPhrase && m.status.code >= 400 {
				score -= penaltyStatus
			}
			hasKey := en.Code != "" || en.Type != "" || len(en.Phrases) > 0 || len(en.Class) > 0
			// An error inside a stream came after a 200: that status says nothing
			// about which error it is.
			if en.Status != 0 && m.hasStatus && m.status.code != 200 {
				switch {
				case en.Status == m.status.code:
					score += scoreStatus
					why = joinWhy(why, "status "+itoa(en.Status))
				case m.status.strength > anchorClass:
					score -= penaltyStatus
				default:
					score -= penaltyWeak
				}
			}
			if !keyed && hasKey {
				continue // an entry with its own code or wording needs one of them present
			}
			if !keyed && (en.Status == 0 || !m.hasStatus || en.Status != m.status.code) {
				continue
			}
			if score < minEntryScore || score <= m.score {
				continue
			}
			m.file, m.entry, m.score, m.why, m.byClassCode, m.keyed = fi, ei, score, why, byClass, keyed
		}
		// An entry matched by its code or wording beats every later catalog: the error
		// a wrapper re-prints decides, not the wrapper's class for it.
		if m.found() && m.keyed {
			break
		}
	}
	if !m.keyed && id.provider < 0 {
		e.consensus(&m, codes)
	}
	return m
}

// consensus answers for an unknown provider from the code alone, when every provider
// catalog that defines the code agrees on what it means. The answer is generic: the fix
// comes from the generic catalog, not from one provider's entry.
func (e *engine) consensus(m *match, codes map[string]string) {
	if len(codes) == 0 {
		return
	}
	var cat Category
	retry, status, n := false, 0, 0
	code := ""
	for fi, f := range e.files {
		if f.Kind != KindProvider {
			continue
		}
		// Each provider's first entry for a code is its plain meaning; later ones are
		// special cases told apart by wording.
		for i := range f.Errors {
			en := &f.Errors[i]
			w, ok := codes[e.norm[fi][i].codes[0]]
			if en.Code == "" || !ok {
				continue
			}
			if n > 0 && (en.Category != cat || en.Retryable != retry) {
				return // the providers disagree: no general answer
			}
			switch {
			case en.Status == 0 || status == -1:
			case status == 0:
				status = en.Status
			case en.Status != status:
				status = -1 // they disagree on the status: give none
			}
			cat, retry, code = en.Category, en.Retryable, w
			n++
			break
		}
	}
	status = max(status, 0)
	if n == 0 || e.generic < 0 {
		return
	}
	g := e.files[e.generic]
	best := -1
	for i := range g.Errors {
		en := &g.Errors[i]
		if en.Category != cat || en.Retryable != retry || len(en.Phrases) > 0 || en.Code != "" {
			continue
		}
		if best < 0 || (status != 0 && en.Status == status) {
			best = i
		}
	}
	if best < 0 {
		return
	}
	m.file, m.entry, m.keyed, m.consensusStatus = e.generic, best, true, status
	m.why = "code \"" + code + "\", which every catalog that defines it files as " + string(cat)
}

func joinWhy(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}
