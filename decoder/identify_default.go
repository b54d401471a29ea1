package decoder

// A wrapper that calls one API unless configured otherwise names that API when nothing
// else in the paste does: Claude Code's bare `API Error: 529 {...}` is Anthropic's, Codex's
// `exceeded retry limit, last status: 429` OpenAI's. The API is catalog data, the
// wrapper file's default_provider, not a rule per tool.

// wrapperDefault sets the provider to the wrapper's default API when no provider reached
// minProviderScore. Any other API credited with a real signal (a code only it uses, one of
// its phrases: codeVocabularyWeight or more) is another address showing, and then the
// provider stays unknown: Claude Code pointed at Z.ai prints Z.ai's 1113.
func (e *engine) wrapperDefault(id *identity, scores *scoreCards) {
	def := e.providerBySlug(e.files[id.wrapper].DefaultProvider)
	if def < 0 {
		return
	}
	for _, f := range scores.credited {
		if f != def && e.files[f].Kind == KindProvider && scores.byFile[f].score >= codeVocabularyWeight {
			return
		}
	}
	c := &scores.byFile[def]
	if !c.credited {
		c.credited = true
		scores.credited = append(scores.credited, def)
	}
	c.reasons = append(c.reasons, reason{kind: defaultReason, i: id.wrapper})
	id.provider, id.score, id.assumed = def, c.score, true
	id.reasons = topReasons(c.reasons)
}

// providerBySlug is the index of the provider file with that slug, -1 when none.
func (e *engine) providerBySlug(slug string) int {
	if slug == "" {
		return -1
	}
	for i, f := range e.files {
		if f.Slug == slug && f.Kind == KindProvider {
			return i
		}
	}
	return -1
}
