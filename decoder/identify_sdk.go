package decoder

// An OpenAI-compatible API is called with the openai SDKs (catalog field sdk.clients_of, or
// the openai package named as one of its SDKs):
// `openai.RateLimitError: Error code: 429 - {... 'type': 'engine_overloaded_error'}` is the
// SDK's name around Moonshot's error. The SDK's module, package, class and bare name are
// evidence of the SDK, not of the API behind it; the API's own code or wording is.

// sdkOnlyKind reports whether literals of kind name a client library rather than an
// address. (A switch, not a map: it is asked for each reason of every winner.)
func sdkOnlyKind(kind string) bool {
	switch kind {
	case "module", "package", "class", "name":
		return true
	}
	return false
}

// preferSDKCaller hands the provider to an API called with the winner's SDK when the winner
// stands on its SDK's names alone, and that API showed a real signal of its own (a code only
// it uses, its wording: codeVocabularyWeight or more) scoring more than the winner's rest.
func (e *engine) preferSDKCaller(id *identity, scores *scoreCards, hits []litHit) {
	if id.provider < 0 {
		return
	}
	winner := e.files[id.provider]
	// bestScore starts at the winner's score without its SDK's names, worked out when
	// another API scored beside it (most pastes: none, and no look at the winner's reasons).
	best, bestScore, asked := -1, 0, false
	// shared: whether other APIs are called with the winner's client (1 yes, -1 no, 0 not asked yet).
	shared := 0
	for _, f := range scores.credited { // in file order, which breaks ties
		c := &scores.byFile[f]
		if f == id.provider || e.files[f].Kind != KindProvider {
			continue
		}
		if !asked {
			asked = true
			bestScore = max(e.ownSignals(&scores.byFile[id.provider], hits), codeVocabularyWeight-1)
		}
		score := c.score
		if !callsWith(e.files[f], winner) {
			// An API with SDKs of its own may still be called with a client other APIs are
			// called with, pointed at its base URL (Mistral's API behind the openai client):
			// only what the API itself answered counts then, never its own SDK's names.
			if shared == 0 {
				shared = -1
				if e.sharedClient(winner) {
					shared = 1
				}
			}
			if shared < 0 {
				continue
			}
			score = e.ownSignals(c, hits)
		}
		if score > bestScore {
			best, bestScore = f, score
		}
	}
	if best >= 0 {
		id.provider, id.score, id.tied = best, bestScore, nil
		id.reasons = topReasons(scores.byFile[best].reasons)
	}
}

// callsWith reports whether provider p is called with sdk's client library: its clients
// are sdk's (clients_of), or one of its languages' packages is sdk's own, named after it
// (Volcengine Ark and DashScope in Node are called with the openai package).
// Not inlined: its three comparisons were copied into both callers (preferSDKCaller and
// sharedClient, which ask only after another API scored beside the winner).
//
//go:noinline
func callsWith(p, sdk *Provider) bool {
	if p.SDK.ClientsOf == sdk.Slug {
		return true
	}
	// Only the package named after the winner is its own: the openai package is OpenAI's,
	// whoever else lists it.
	return p.SDK.Python.Package == sdk.Slug || p.SDK.Node.Package == sdk.Slug
}

// ownSignals is a score card's weight without the literals that name a client library.
// (Not inlined: three callers, each a handful of times a decode.)
//
//go:noinline
func (e *engine) ownSignals(c *scoreCard, hits []litHit) int {
	n := 0
	for _, r := range c.reasons {
		if r.kind != literalReason || !sdkOnlyKind(e.info[hits[r.i].id].kind) {
			n += r.weight
		}
	}
	return n
}

// sharedClient reports whether other APIs are called with sdk's client library (the openai
// SDKs): some provider's clients are sdk's.
func (e *engine) sharedClient(sdk *Provider) bool {
	for _, f := range e.files {
		if f != sdk && f.Kind == KindProvider && callsWith(f, sdk) {
			return true
		}
	}
	return false
}

// dropSDKNamesOnly leaves the provider unknown when it stands on its SDK's names alone and
// the paste shows the request went to an address no catalog names (requesthost.go): the
// openai client pointed at a relay or a local server is no call to OpenAI.
func (e *engine) dropSDKNamesOnly(id *identity, scores *scoreCards, hits []litHit) {
	if id.provider >= 0 && e.ownSignals(&scores.byFile[id.provider], hits) == 0 {
		id.provider, id.score, id.tied, id.reasons = -1, 0, nil, nil
	}
}
