package decoder

// The learned fallback as a second opinion (issue 13). An answer that rests on general
// wording alone (a general layer's entry, confidence guess or inferred: Result.Generic,
// matched by its wording or status, no code, type or exception class) is the kind the rules
// get wrong most often on pastes they were not written from. The table
// reads its words and status as it reads an unplaced paste's (fallback.go):
//
//   - when they decide (the table's rule) for another category, that reading is offered as
//     an alternative: the answer stands;
//   - when they decide by the table's overrule margin, far past the answering one, their
//     category replaces the general one, with confidence guess, the evidence naming the
//     deciding words, and the general reading offered as the alternative.
//
// Cross-validation by thread on tune (scripts/fallback -cv) and a replay of the rules as
// they were before each wave of pastes (scripts/fallback/replay) chose the margin: below
// it, overruling lost on tune; at it, every answer it changed in either was right.

// secondOpinion weighs r, which general wording alone placed (match m), against the table's
// reading of the paste's words (extraction's eachWord) and status. An answer the advice moved
// off its entry's category (a wait of hours makes a rate limit's wording a quota) rests on
// more than the wording, and stands.
func secondOpinion(r *Result, e *engine, m match, t *fallbackTable, eachWord func(func([]byte))) {
	if t == nil || !r.Generic || r.Thin || r.Confidence == Documented || !m.wordingOnly() ||
		r.Category != e.files[m.file].Errors[m.entry].Category {
		return
	}
	rd := t.read(eachWord, r.HTTPStatus)
	if !t.decides(rd) || t.cats[rd.best] == r.Category {
		return
	}
	if t.overrule == 0 || rd.margin < t.overrule || rd.overUnknown < 2*t.overrule {
		offerLean(r, t.cats[rd.best])
		return
	}
	was, wasRetryable := r.Category, r.Retryable
	r.Category, r.Retryable, r.Confidence = t.cats[rd.best], retriesByDefault(t.cats[rd.best]), Guess
	r.Title, r.Entry, r.Reference, r.Source = "", "", "", ""
	r.Verdict = fallbackVerdict(r)
	r.Fix = "Only general wording placed this error, and its words lean far more to another category: the category is a guess from them. Check the provider's documentation for it."
	t.addLean(r, rd, "; general wording alone said ", string(was))
	r.Alternatives = r.Alternatives[:0]
	addFallbackAlternative(r, was, "general wording alone reads it as ", "")
	r.Alternatives[0].Retryable = wasRetryable // its entry's verdict
}

// offerLean offers category c, where the words lean, as an alternative to r's general
// answer, unless the alternatives are full or one already reads it so.
func offerLean(r *Result, c Category) {
	if len(r.Alternatives) >= maxAlternatives {
		return
	}
	for _, a := range r.Alternatives {
		if a.Category == c && a.Provider == r.Provider {
			return
		}
	}
	addFallbackAlternative(r, c, "the error's words lean to ", " (learned from the tune split), though general wording placed it")
}

// wordingOnly reports a match that rests on wording or the status alone: no code, type or
// exception class keyed it (a gRPC reason, undici's UND_ERR_HEADERS_TIMEOUT are facts the
// words do not outweigh).
func (m match) wordingOnly() bool {
	return m.found() && m.why.code == "" && m.why.typ == "" && m.why.class == "" && m.byClassCode == "" &&
		!m.byCodeConsensus && m.wordedCode == "" && m.proseCode.value == ""
}
