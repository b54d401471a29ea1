package decoder

// Weighing the answer, the last stage: how sure it is (Result.Confidence), and which other
// readings came close (Result.Alternatives). It reads only what identify and match hand on:
// every file's score card, and every entry match found to fit. A reading is a provider
// with a category and a verdict; another one comes close when
//
//   - another provider's signals score nearly as high as the winner's (within
//     closeProviderMargin), or, when no provider scored enough to be named, any provider's
//     signals count at all: that provider's own catalog is read for its answer;
//   - when no signal named the provider firmly (none, or a score within
//     closeProviderMargin of minProviderScore), another provider files the same code with
//     the same wording: a phrase of the matched entry that the catalog found shared
//     (weight 0) is part of, or holds, one of that provider's phrases for its entry of the
//     code (OpenAI's and Groq's token limits). A host or an SDK module rules that out;
//   - another entry scored within closeEntryMargin of the chosen one and gives a different
//     category or verdict.

const (
	// closeProviderMargin is one code's worth of identification: less than any signal
	// that names a provider on its own.
	closeProviderMargin = codeVocabularyWeight
	// closeEntryMargin is less than one phrase's worth: an entry that misses wording the
	// chosen one matched did not come close.
	closeEntryMargin = scoreType
	maxAlternatives  = 2
)

// weigh sets r's confidence and alternatives. It runs match again for each close provider,
// in its own buffers (altBuf), so m's lists stay as match left them.
func (e *engine) weigh(s *signals, id *identity, m *match, r *Result, altBuf *matchBuffers) {
	r.Confidence = confidenceOf(id, m, r)
	if r.Confidence == Inferred && e.statusInWords(s, m) {
		r.Confidence = Guess // "429 Too Many Requests": the status alone, said twice
	}
	if r.Thin {
		return // nothing to weigh: the verdict asks for more of the error
	}
	alts := alternatives{main: Alternative{Provider: r.Provider, Category: r.Category, Retryable: r.Retryable}}
	var nearBuf [maxAlternatives]scoredEntry
	near := e.nearEntries(nearBuf[:0], m)
	// A model family names the model's maker, not firmly the API (identify.go).
	weak := id.provider < 0 || id.score-id.model < minProviderScore+closeProviderMargin
	e.closeProviders(&alts, s, id, r.Upstream, weak, altBuf)
	if weak {
		e.wordedAlike(&alts, s, m.file, m.entry)
	}
	for _, n := range near {
		f := e.files[n.file]
		en := &f.Errors[n.entry]
		alts.add(Alternative{r.Provider, r.ProviderName, en.Category, retryableEntry(en),
			"the entry \"" + en.Title + "\" of " + f.Name + " fits almost as well"})
	}
	r.Alternatives = alts.list
}

// confidenceOf says how sure the answer is from what decided it.
func confidenceOf(id *identity, m *match, r *Result) Confidence {
	switch {
	case r.Thin || r.Category == Unknown:
		return Guess
	case !m.found():
		return Inferred // the token counts a context-window error states
	case !m.keyed:
		return Guess // the status alone
	case m.file == id.provider && m.whyWords == "" && m.filedAs == "" && !(id.model > 0 && id.score-id.model < minProviderScore):
		// Not named by a model family's tip (identify_model.go), nor matched by a code the
		// provider spells otherwise (filedSpelling: it documents rate_limit_exceeded, not
		// RateLimitExceeded).
		return Documented
	}
	return Inferred
}

// statusInWords reports an entry matched by nothing but the reason phrase of the status, or
// part of it ("Too Many Requests" after a 429, "Server Error" after a 500): wording that
// says no more than the status does.
func (e *engine) statusInWords(s *signals, m *match) bool {
	w := m.why
	if !m.hasStatus || !w.wording || w.code != "" || w.typ != "" || w.class != "" {
		return false
	}
	phrase := reasonPhrases[m.status.code]
	for _, h := range s.hits {
		l := &e.info[h.id]
		if l.file == m.file && l.entry == m.entry && indexFold(phrase, l.text) < 0 {
			return false // other wording of the entry's
		}
	}
	return phrase != ""
}

// alternatives collects readings unlike the answer and unlike each other.
type alternatives struct {
	// main is the answer's provider, category and verdict, copied: a pointer to the Result
	// kept here sent the decode's Result to the heap (escape analysis follows r.Alternatives
	// = list back to it).
	main Alternative
	list []Alternative
}

func (a *alternatives) full() bool { return len(a.list) >= maxAlternatives }

func (a *alternatives) add(alt Alternative) {
	same := func(p string, c Category, retry bool) bool {
		return p == alt.Provider && c == alt.Category && retry == alt.Retryable
	}
	if a.full() || alt.Category == Unknown || same(a.main.Provider, a.main.Category, a.main.Retryable) {
		return
	}
	for _, o := range a.list {
		if same(o.Provider, o.Category, o.Retryable) {
			return
		}
	}
	a.list = append(a.list, alt)
}

// nearEntries appends to dst the entries that scored within closeEntryMargin of the chosen
// one with another category or verdict, the closest first.
func (e *engine) nearEntries(dst []scoredEntry, m *match) []scoredEntry {
	if !m.found() {
		return dst
	}
	chosen := &e.files[m.file].Errors[m.entry]
	for _, c := range m.scored {
		en := &e.files[c.file].Errors[c.entry]
		if c.score < m.score-closeEntryMargin || (en.Category == chosen.Category && en.Retryable == chosen.Retryable) {
			continue
		}
		if len(en.Phrases) > 0 && !c.worded {
			continue // an entry its wording defines, that wording absent: it fit by a shared code
		}
		if len(dst) < cap(dst) {
			dst = append(dst, c)
		} else if c.score > dst[len(dst)-1].score {
			dst[len(dst)-1] = c
		}
		sortStable(dst, func(a, b scoredEntry) bool { return a.score > b.score })
	}
	return dst
}

// closeProviders adds the reading of each provider whose signals came close to the
// winner's, the highest-scoring first, each read through its own catalog, and, when
// worded says so, the providers that word its error alike.
func (e *engine) closeProviders(a *alternatives, s *signals, id *identity, upstream string, worded bool, b *matchBuffers) {
	if id.cards == nil {
		return
	}
	var buf [8]int
	near := buf[:0]
	for _, f := range id.cards.credited {
		c := &id.cards.byFile[f]
		if f == id.provider || e.files[f].Kind != KindProvider || c.score <= 0 || e.files[f].Slug == upstream {
			continue
		}
		if id.provider < 0 || c.score >= id.score-closeProviderMargin {
			near = append(near, f)
		}
	}
	sortStable(near, func(x, y int) bool { return id.cards.byFile[x].score > id.cards.byFile[y].score })
	for _, f := range near {
		if a.full() {
			return
		}
		m := e.match(s, &identity{provider: f, wrapper: id.wrapper}, b)
		if !m.found() {
			continue
		}
		en := &e.files[m.file].Errors[m.entry]
		p := e.files[f]
		a.add(Alternative{p.Slug, p.Name, en.Category, retryableEntry(en), e.closeWords(s, id, f)})
		if worded {
			e.wordedAlike(a, s, m.file, m.entry)
		}
	}
}

// closeWords says why provider f came close, with its strongest signals.
func (e *engine) closeWords(s *signals, id *identity, f int) string {
	var ev evidence
	name := e.files[f].Name
	switch c := &id.cards.byFile[f]; {
	case id.provider < 0:
		ev.write(name, " fits some signals, too few to name it: ")
	case c.score >= id.score:
		ev.write(name, " fits the signals as well as ", e.files[id.provider].Name, ": ")
	default:
		ev.write(name, " fits the signals almost as well: ")
	}
	c := &id.cards.byFile[f]
	rs := topReasons(c.reasons)
	if c.model > 0 && len(rs) < 4 { // its model family, kept out of its reasons (identify_model.go)
		var buf [4]reason
		rs = append(append(buf[:0], rs...), reason{weight: c.model, kind: literalReason, i: c.modelHit})
	}
	e.writeReasons(&ev, s, rs)
	ev.end()
	return ev.lines()[0]
}

// wordedAlike adds the readings of the other providers that file the code of entry ei of
// file fi with wording the paste shows, when the catalog found that wording shared.
func (e *engine) wordedAlike(a *alternatives, s *signals, fi, ei int) {
	if fi < 0 || e.files[fi].Kind != KindProvider || e.norm[fi][ei].codes[0] == "" {
		return
	}
	code := e.norm[fi][ei].codes[0]
	last := -1 // one reading per provider: its first entry worded alike
	for _, r := range e.byKey[code] {
		if a.full() {
			return
		}
		f := e.files[r.file]
		if r.file == fi || r.file == last || f.Kind != KindProvider || e.norm[r.file][r.entry].codes[0] != code {
			continue
		}
		en := &f.Errors[r.entry]
		if ph, ok := e.sharedPhrase(s, fi, ei, en.Phrases); ok {
			last = r.file
			a.add(Alternative{f.Slug, f.Name, en.Category, retryableEntry(en),
				f.Name + " words its " + en.Code + " error the same way (\"" + ph + "\")"})
		}
	}
}

// sharedPhrase returns the first of phrases that holds, or is part of, a shared phrase of
// entry ei of file fi that the paste shows.
func (e *engine) sharedPhrase(s *signals, fi, ei int, phrases []string) (string, bool) {
	for _, h := range s.hits {
		l := &e.info[h.id]
		if l.file != fi || l.entry != ei || l.weight != 0 {
			continue
		}
		for _, ph := range phrases {
			if indexFold(ph, l.text) >= 0 || indexFold(l.text, ph) >= 0 {
				return ph, true
			}
		}
	}
	return "", false
}

// retryableEntry is an entry's verdict; a quota never clears by waiting. (Not inlined: a
// copy in each of its callers cost more than the call.)
//
//go:noinline
func retryableEntry(en *Entry) bool { return en.Retryable && en.Category != Quota }
