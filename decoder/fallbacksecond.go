package decoder

// The learned fallback as a second opinion (issue 13). An answer that rests on general
// wording alone (a general layer's entry, confidence guess or inferred: Result.Generic,
// matched by its wording or status, no code, type or exception class) is the kind the rules
// get wrong most often on pastes they were not written from. The table reads its words and
// status as it reads an unplaced paste's (fallback.go), and when they decide (the table's
// rule) for another category, that reading is offered as an alternative: the answer stands.
// Letting the words overrule it was measured (scripts/fallback -cv, scripts/fallback/replay;
// README) and not taken: on tune held out it only ever lost, and on pastes the rules had not
// seen it won a few and lost one to an HTML page's boilerplate words.

// secondOpinion weighs r, which general wording alone placed (match m), against the table's
// reading of the paste's words (extraction's eachWord) and status. An answer the advice moved
// off its entry's category (a wait of hours makes a rate limit's wording a quota) rests on
// more than the wording, and is left alone.
func secondOpinion(r *Result, e *engine, m match, t *fallbackTable, eachWord func(func([]byte, int))) {
	if t == nil || !r.Generic || r.Thin || r.Confidence == Documented || !m.wordingOnly() ||
		r.Category != e.files[m.file].Errors[m.entry].Category || len(r.Alternatives) >= maxAlternatives {
		return
	}
	rd := t.read(eachWord, r.HTTPStatus)
	if !t.decides(rd) || t.cats[rd.best] == r.Category {
		return
	}
	c := t.cats[rd.best]
	for _, a := range r.Alternatives {
		if a.Category == c && a.Provider == r.Provider {
			return // already offered
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
