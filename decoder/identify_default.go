package decoder

import "slices"

// A wrapper that calls one API unless configured otherwise names that API when nothing
// else in the paste does: Claude Code's bare `API Error: 529 {...}` is Anthropic's, Codex's
// `exceeded retry limit, last status: 429` OpenAI's. The API is catalog data, the
// wrapper file's default_provider, not a rule per tool. A tool documented to call other
// APIs when set up for them (Claude Code on Amazon Bedrock or Vertex AI: the wrapper
// file's also_calls) calls the one of those whose signs the paste shows, however weak
// (AWS's "The security token included in the request is invalid" under Claude Code's
// `API Error: 403`), since the tool sends the request to no other.

// configuredReason is the API a wrapper file i calls when set up for it (also_calls).
const configuredReason = defaultReason + 3

// wrapperDefault sets the provider to the wrapper's default API when no provider reached
// minProviderScore. Any other API credited with a real signal (a code only it uses, one of
// its phrases: codeVocabularyWeight or more) is another address showing, and then the
// provider stays unknown: Claude Code pointed at Z.ai prints Z.ai's 1113. An API of the
// wrapper's also_calls that scored more than the default is the one called (configured).
func (e *engine) wrapperDefault(id *identity, scores *scoreCards, hits []litHit) {
	w := e.files[id.wrapper]
	def := e.providerBySlug(w.DefaultProvider)
	if def < 0 {
		return
	}
	for _, f := range scores.credited {
		if f != def && e.files[f].Kind == KindProvider && scores.byFile[f].score >= codeVocabularyWeight && !slices.Contains(w.AlsoCalls, e.files[f].Slug) {
			return
		}
	}
	why := reason{kind: defaultReason, i: id.wrapper}
	if f, cloud := e.configuredAPI(w, def, scores, hits); f >= 0 {
		def, why.kind = f, configuredReason
		if cloud >= 0 {
			e.creditCloud(scores, f, hits, cloud)
		}
	}
	c := &scores.byFile[def]
	if !c.credited {
		c.credited = true
		scores.credited = append(scores.credited, def)
	}
	c.reasons = append(c.reasons, why)
	id.provider, id.score, id.assumed = def, c.score, true
	id.reasons = topReasons(c.reasons)
}

// configuredAPI returns the API of w's also_calls whose signals outweigh the default
// API's, counting its cloud's wording (the hit cloud, -1 when none), or -1.
func (e *engine) configuredAPI(w *Provider, def int, scores *scoreCards, hits []litHit) (file, cloud int) {
	file, cloud = -1, -1
	best := scores.byFile[def].score
	for _, slug := range w.AlsoCalls {
		f := e.providerBySlug(slug)
		score, hit := scores.byFile[f].score, -1
		for hi, h := range hits {
			if l := &e.info[h.id]; l.file == f && l.scanKind == scanCloud {
				score, hit = score+l.weight, hi
				break
			}
		}
		if score > best {
			file, cloud, best = f, hit, score
		}
	}
	return file, cloud
}

// creditCloud credits file f with its cloud's wording, hits[hi], as a literal reason.
func (e *engine) creditCloud(scores *scoreCards, f int, hits []litHit, hi int) {
	c := &scores.byFile[f]
	if !c.credited {
		c.credited = true
		scores.credited = append(scores.credited, f)
	}
	w := e.info[hits[hi].id].weight
	c.score += w
	c.top = max(c.top, w)
	c.reasons = append(c.reasons, reason{weight: w, kind: literalReason, i: hi})
}

// providerBySlug is the index of the provider file with that slug, -1 when none.
// Not inlined: its loop was copied into both of identify_default's callers.
//
//go:noinline
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
