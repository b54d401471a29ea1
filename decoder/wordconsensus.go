package decoder

// wordingConsensus answers for an unknown provider from the wording alone, when two or more
// provider catalogs word the error alike and agree on what it means: "429 The engine is
// currently overloaded" is Moonshot's engine_overloaded_error and OpenAI's older overload,
// an overload either way, not the rate limit its 429 alone would say. One API's wording
// would have named that API; two that agree say what the words mean. The answer is
// general, as consensus gives it: the generic catalog's entry for that category. HTTP's
// reason phrases ("Service Unavailable") are every API's and mean nothing more here.
// Nor do they decide against the paste's own status when no API sends them with it: "401
// Invalid model key" is a refused key, though two APIs word a wrong model (sent as 400) so.
func (e *engine) wordingConsensus(m *match, hits []litHit) {
	var cat Category
	retry, files, first := false, 0, -1
	withStatus := false // an agreeing entry is sent with the paste's status, or with any
	for _, h := range hits {
		l := &e.info[h.id]
		if l.entry < 0 || e.files[l.file].Kind != KindProvider || isReasonPhrase(l.text) {
			continue
		}
		r := ref{l.file, l.entry}
		en := &e.files[r.file].Errors[r.entry]
		switch {
		case files == 0:
			cat, retry, first, files = en.Category, en.Retryable, r.file, 1
		case en.Category != cat || en.Retryable != retry:
			return // they disagree: no general answer
		case r.file != first:
			files = 2
		}
		withStatus = withStatus || sentWith(en, m)
	}
	if files < 2 || !withStatus || m.keyed && e.files[m.file].Errors[m.entry].Category == cat {
		return // a general entry's wording that agrees keeps its own answer
	}
	if gi, i := e.generalEntryFor(cat, retry, m.status.code); i >= 0 {
		m.file, m.entry, m.keyed = gi, i, true
		m.whyWords = "wording that every API which words it so files as " + string(cat)
	}
}

// sentWith reports whether entry en may be the error of m's status: it has no status of
// its own, the paste has none (or the 200 of a stream), they are the same, or both are
// statuses APIs send an overload with (busyAlike: the consensus of "429 The engine is
// currently overloaded").
func sentWith(en *Entry, m *match) bool {
	if en.Status == 0 || !m.hasStatus || m.status.code < 400 || en.Status == m.status.code {
		return true
	}
	return busyAlike(en, m.status.code)
}

// generalEntryFor is the first general entry for a category and verdict that no code or
// wording keys (an HTTP status's), preferring one with the given status. A category no
// status stands for (a context overflow is sent as 400, 413 or 422) has no such entry: its
// general wording entry (words-context, rather than one server's) answers then.
func (e *engine) generalEntryFor(cat Category, retry bool, status int) (int, int) {
	bestFile, best := -1, -1
	wordFile, worded := -1, -1
	for _, gi := range e.generics {
		g := e.files[gi]
		for i := range g.Errors {
			en := &g.Errors[i]
			if en.Category != cat || en.Retryable != retry || en.Code != "" {
				continue
			}
			if len(en.Phrases) > 0 {
				// The wording of one server (TGI's) gives no status; the general one does.
				if worded < 0 || wordFile == gi && en.Status != 0 && g.Errors[worded].Status == 0 {
					wordFile, worded = gi, i
				}
				continue
			}
			if best < 0 || (status != 0 && en.Status == status && g.Errors[best].Status != status) {
				bestFile, best = gi, i
			}
		}
	}
	if best < 0 {
		return wordFile, worded
	}
	return bestFile, best
}

// isReasonPhrase reports a phrase that is, or is part of, an HTTP reason phrase.
func isReasonPhrase(p string) bool {
	for _, r := range reasonPhrases {
		if len(p) <= len(r) && indexFold(r, p) >= 0 {
			return true
		}
	}
	return false
}

// byCodeAlone reports a general answer chosen by a code every catalog files alike
// (consensus), which the wording two APIs document word for word outweighs when they
// disagree: Moonshot's Anthropic-compatible API types its overload "rate_limit_error", and
// its words ("The engine is currently overloaded, please try again later"), which Moonshot
// and OpenAI both document for an overload, say what happened. (A general entry chosen by
// advice to wait alone no longer needs this: matchadvice.go drops the advice.)
func byCodeAlone(m *match) bool {
	return m.found() && m.byCodeConsensus
}
