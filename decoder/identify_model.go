package decoder

// A model family ("claude-", "gpt-4", "grok-": a catalog signal of kind "model") names the
// model's maker, which is not the API when a cloud or a router serves the model. It is
// weak evidence (engine.go): one per provider counts, it names a provider only together
// with other weak signals (an SDK's print, a shared wording), a wrapper's default API
// still answers when it is all that tipped the choice (identify.go, pickWrapper), and the
// evidence shows it only where it tipped the choice.

// tippedByModel reports whether the provider reached minProviderScore only with the model
// family credited to it: weak evidence, which names a provider only where nothing else
// does (engine.go, "model").
func (e *engine) tippedByModel(id *identity, scores *scoreCards, hits []litHit) bool {
	c := &scores.byFile[id.provider]
	m := e.modelCredit(c, hits)
	return m > 0 && c.score-m < minProviderScore
}

// modelCredit is the weight a card was credited for a model family, 0 when none.
func (e *engine) modelCredit(c *scoreCard, hits []litHit) int {
	if !c.modelWord {
		return 0
	}
	for _, r := range c.reasons {
		if r.kind == literalReason && e.info[hits[r.i].id].scanKind == scanModel {
			return r.weight
		}
	}
	return 0
}

// shownReasons are the provider's strongest reasons, for the evidence: its model family
// only where it tipped the choice, since where the provider's own signals name it the
// maker of the model it served says nothing more. The card's reasons are only reordered,
// model family last.
func (e *engine) shownReasons(id *identity, scores *scoreCards, hits []litHit) []reason {
	c := &scores.byFile[id.provider]
	rs := c.reasons
	if !c.modelWord {
		return topReasons(rs)
	}
	isModel := func(r reason) bool {
		return r.kind == literalReason && e.info[hits[r.i].id].scanKind == scanModel
	}
	tipped := !id.assumed && e.tippedByModel(id, scores, hits)
	sortStable(rs, func(a, b reason) bool {
		if am, bm := isModel(a), isModel(b); am != bm {
			return bm
		}
		return a.weight > b.weight
	})
	n := len(rs)
	if !tipped {
		n-- // the model family, last
	}
	return rs[:min(n, 4)]
}
