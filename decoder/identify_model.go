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
func tippedByModel(id *identity, scores *scoreCards) bool {
	c := &scores.byFile[id.provider]
	return c.model > 0 && c.score-c.model < minProviderScore
}

// creditModel credits file f with a model family of weight w, hit hi: the first one only.
// It is kept out of the card's reasons, which the decode sorts and weighs more than once,
// and joins them only where it tipped the choice (showModel).
func (sc *scoreCards) creditModel(f, w, hi int) {
	c := &sc.byFile[f]
	if c.model > 0 {
		return
	}
	if !c.credited {
		c.credited = true
		sc.credited = append(sc.credited, f)
	}
	c.model, c.modelHit = w, hi
	c.score += w
	c.top = max(c.top, w)
}

// showModel adds the card's model family to its reasons, where it tipped the choice: the
// evidence then says what named the provider. It returns the strongest reasons.
func showModel(c *scoreCard) []reason {
	c.reasons = append(c.reasons, reason{weight: c.model, kind: literalReason, i: c.modelHit})
	return topReasons(c.reasons)
}
