package decoder

import (
	"slices"
	"strings"
)

// Identification scores every catalog by the signals found: each literal of a file counts
// once with its weight, a code or type that only one provider's catalog defines adds
// codeVocabularyWeight, and so does each of the file's field signals present in a body.
// The provider with the highest score wins if it reaches minProviderScore; a tie is
// reported in the evidence (and the test suite treats it as a bug in the data).

const (
	minProviderScore     = 4
	minWrapperScore      = 5
	codeVocabularyWeight = 3 // below minProviderScore: a code alone, loosely written, names no provider
)

type scoreCard struct {
	score   int
	top     int // strongest single signal
	reasons []reason
	// entryWords records that one of the file's entry phrases was credited already, as
	// reasons[entryReason].
	entryWords  bool
	entryReason int
	credited    bool // listed in scoreCards.credited
	business    bool // credited for a business code (identify_business.go), once
	// model is the weight a model family of the file was credited with, 0 when none, and
	// modelHit its hit. It is kept out of reasons (identify_model.go).
	model, modelHit int
}

// strongerWording puts hit hi, an entry phrase of weight w, in place of the entry wording
// the card was credited with when it weighs more.
func (c *scoreCard) strongerWording(hi, w int) {
	r := &c.reasons[c.entryReason]
	if w <= r.weight {
		return
	}
	c.score += w - r.weight
	c.top = max(c.top, w)
	r.weight, r.i = w, hi
}

// takes reports whether the card adds literal l, hit hi, to its score: one entry's
// wording counts, however many the paste shows. One entry's wording is enough; several do
// not add up. The strongest counts: a documented sentence ("参数非法，
// 请检查文档") over the words it starts with ("参数非法"), which the scan meets first.
func (c *scoreCard) takes(l *literal, hi int) bool {
	if l.entry >= 0 {
		if c.entryWords {
			c.strongerWording(hi, l.weight)
			return false
		}
		c.entryWords, c.entryReason = true, len(c.reasons)
	}
	return true
}

// reason is one signal credited to a file. Its words are written only for the files that
// win (writeReasons), not for every file some signal touched.
type reason struct {
	weight int
	kind   reasonKind
	i      int    // the hit (literal), the field signal, or the file the code belongs to
	code   string // the code as written, for the code kinds
}

type reasonKind uint8

const (
	literalReason   reasonKind = iota // a catalog literal in the text: s.hits[i]
	fieldReason                       // a field signal of a body: e.fieldSig[i]
	codeSpeltReason                   // a shared code spelt as only file i spells it
	codeOwnedReason                   // a code only file i defines
	defaultReason                     // the API wrapper file i calls by default (identify_default.go)
)

// scoreCards holds a score card per catalog file, and which files were credited at all, in
// the order first credited: a handful, which is all that best and the next reset look at.
type scoreCards struct {
	byFile   []scoreCard
	credited []int
}

// credit adds w to file f's score for reason r. Not inlined: its two appends were copied
// into each of identify's call sites (about 1,200 wasm instructions).
//
//go:noinline
func (sc *scoreCards) credit(f, w int, r reason) {
	c := &sc.byFile[f]
	if !c.credited {
		c.credited = true
		sc.credited = append(sc.credited, f)
	}
	c.score += w
	c.top = max(c.top, w)
	r.weight = w
	c.reasons = append(c.reasons, r)
}

func (e *engine) identify(s *signals, b *identifyBuffers) identity {
	scores := b.cardsFor(len(e.files))
	cards := scores.byFile
	credit := scores.credit
	for hi, h := range s.hits {
		l := &e.info[h.id]
		// A cloud's wording names no provider (identify_default.go reads it).
		if l.weight == 0 || l.scanKind == scanCloud || !cards[l.file].takes(l, hi) {
			continue
		}
		if l.scanKind == scanModel {
			scores.creditModel(l.file, l.weight, hi)
			continue
		}
		credit(l.file, l.weight, reason{kind: literalReason, i: hi})
	}
	e.creditFields(s, credit)
	e.creditEnvelopeCodes(s, cards, credit)
	norms := s.norms
	for ci, c := range s.codes {
		n := norms[ci]
		if slices.Contains(norms[:ci], n) { // a handful of codes: a scan beats a map
			continue
		}
		if ex := e.exact[c.value]; len(ex) == 1 && len(e.owners[n]) > 1 && !isAllDigits(c.value) && lowerChanges(c.value) && !e.generalSpells(c.value) {
			// Shared as a word, but written this way ("INVALID_API_KEY") by one provider.
			credit(ex[0], codeVocabularyWeight, reason{kind: codeSpeltReason, i: ex[0], code: c.value})
			continue
		}
		if owners := e.owners[n]; len(owners) == 1 {
			w := codeVocabularyWeight
			if ex := e.exact[c.value]; len(ex) == 1 && ex[0] == owners[0] {
				w++ // written exactly as that provider writes it ("NO_CREDITS")
			}
			credit(owners[0], w, reason{kind: codeOwnedReason, i: owners[0], code: c.value})
		}
	}
	e.creditBusinessCodes(s, cards, credit)
	e.creditBusinessStatus(s, cards, credit)

	id := identity{provider: -1, wrapper: -1, cards: scores}
	// best walks the credited files in file order, which breaks ties.
	sortStable(scores.credited, func(a, b int) bool { return a < b })
	id.provider, id.score, id.tied = e.best(scores, KindProvider, minProviderScore)
	if id.provider >= 0 {
		id.reasons = topReasons(cards[id.provider].reasons)
		e.preferSDKCaller(&id, scores, s.hits)
		e.dropUnvouchedClient(&id, s, scores) // identify_compat.go
		if s.elsewhere {
			e.dropSDKNamesOnly(&id, scores, s.hits) // identify_sdk.go
		}
	}
	e.pickWrapper(&id, s, scores)
	if id.provider >= 0 {
		id.model = cards[id.provider].model
		if id.model > 0 && !id.assumed && tippedByModel(&id, scores) {
			id.reasons = showModel(&cards[id.provider])
		}
	}
	if up := s.body.upstream; up != "" && id.provider >= 0 {
		if slug := e.slugFor(up); slug != e.files[id.provider].Slug {
			id.upstream = up
			if slug != "" {
				id.upstream = slug
			}
		}
	}
	return id
}

// creditFields credits the catalog's field signals the body shows, in catalog order, which
// orders equal reasons. Most bodies show no field: then the list is not walked.
func (e *engine) creditFields(s *signals, credit func(f, w int, r reason)) {
	if len(s.body.fields) == 0 {
		return
	}
	for i, fs := range e.fieldSig {
		if s.body.fields[fs.text] {
			credit(fs.file, fs.weight, reason{kind: fieldReason, i: i})
		}
	}
}

// bestWrapper picks the wrapper: the highest-scoring one, unless it is a library and an
// app's signals reach the minimum too (outerApp).
func (e *engine) bestWrapper(scores *scoreCards) int {
	w, _, _ := e.best(scores, KindWrapper, minWrapperScore)
	if w >= 0 && !e.files[w].App {
		w = e.outerApp(scores, w)
	}
	return w
}

// outerApp returns the app (Provider.App) whose signals reach the wrapper minimum beside
// the library wrapper lib, the highest scoring one (the earlier file on a tie), else lib:
// the program the user ran prints the library's or the proxy's text inside its own, so it
// is the one that re-printed the error (corpus README, "Wrapper labels").
func (e *engine) outerApp(scores *scoreCards, lib int) int {
	best, bestScore := lib, 0
	for _, f := range scores.credited { // in file order
		if c := &scores.byFile[f]; c.score >= minWrapperScore && c.score > bestScore && e.files[f].Kind == KindWrapper && e.files[f].App {
			best, bestScore = f, c.score
		}
	}
	return best
}

// best picks the highest-scoring file of a kind; ties go to the stronger single signal,
// then to the earlier file, and are reported.
func (e *engine) best(scores *scoreCards, kind string, min int) (int, int, []int) {
	cards := scores.byFile
	best, bestScore := -1, 0
	var tied []int
	for _, f := range scores.credited { // in file order; no other file has a score
		c := &cards[f]
		if c.score < min || e.files[f].Kind != kind { // the score first: most files have none
			continue
		}
		switch {
		case best < 0 || c.score > bestScore || (c.score == bestScore && c.top > cards[best].top):
			best, bestScore, tied = f, c.score, nil
		case c.score == bestScore && c.top == cards[best].top:
			tied = append(tied, f)
		}
	}
	return best, bestScore, tied
}

// slugFor maps a provider name as a router prints it ("OpenAI", "Google AI Studio") to a
// slug: an exact name first, then a catalog name that contains it.
func (e *engine) slugFor(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return ""
	}
	for _, f := range e.files {
		if f.Kind == KindProvider && (n == f.Slug || n == strings.ToLower(f.Name)) {
			return f.Slug
		}
	}
	for _, f := range e.files {
		if f.Kind == KindProvider && strings.Contains(strings.ToLower(f.Name), n) {
			return f.Slug
		}
	}
	return ""
}

// identifyBuffers are identify's working storage: every file's score card.
type identifyBuffers struct {
	cards scoreCards // file index -> its identification score
}

// cardsFor returns one zeroed score card per catalog file, keeping the reason lists'
// storage. Only the cards the last decode credited need zeroing: most files get none.
func (b *identifyBuffers) cardsFor(n int) *scoreCards {
	c := &b.cards
	if len(c.byFile) != n {
		c.byFile, c.credited = make([]scoreCard, n), c.credited[:0]
	}
	for _, f := range c.credited {
		c.byFile[f] = scoreCard{reasons: c.byFile[f].reasons[:0]}
	}
	c.credited = c.credited[:0]
	return c
}

// release drops the codes of the paste the credited cards' reasons quote; cardsFor zeroes
// the cards themselves when the next decode starts.
func (b *identifyBuffers) release() {
	for _, f := range b.cards.credited {
		clear(b.cards.byFile[f].reasons)
	}
}

// pickWrapper sets the tool that re-printed the error, if one scored enough, and the API it
// calls by default when no provider was found.
func (e *engine) pickWrapper(id *identity, s *signals, scores *scoreCards) {
	cards := scores.byFile
	id.wrapper = e.bestWrapper(scores)
	if id.wrapper >= 0 && e.namedInMessage(s, cards[id.wrapper].reasons) {
		id.wrapper = -1
	}
	if id.wrapper >= 0 {
		id.wreasons = topReasons(cards[id.wrapper].reasons)
		// The request went to an address no catalog names when s.elsewhere. A provider
		// that reached the minimum only with its model family is the wrapper's to name
		// too: its default API, then read through the wrapper's own entries.
		if (id.provider < 0 || tippedByModel(id, scores)) && !s.elsewhere {
			e.wrapperDefault(id, scores, s.hits)
		}
	}
}

// namedInMessage reports whether a tool was credited only with its name, written inside the
// provider's own message: the API talking about the tool (Kimi Code's 403 "Kimi For Coding
// is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code",
// https://www.kimi.com/code/docs/en/kimi-code/error-reference.html), not the tool printing
// the error, which shows in its print, its module paths or its classes. Only a message a
// body carries is the API's own: a prose line ("Claude Code returned an error result: ...")
// is the tool's.
func (e *engine) namedInMessage(s *signals, rs []reason) bool {
	msg := s.pos.msg
	if !msg.found() || len(rs) == 0 || !s.body.hasMessage(s.msg) {
		return false // a message read from the prose is the tool's line as much as the API's
	}
	for _, r := range rs {
		if r.kind != literalReason {
			return false
		}
		h := s.hits[r.i]
		if e.info[h.id].kind != "name" || h.pos < msg.start || h.end > msg.end {
			return false
		}
	}
	return true
}

// hasMessage reports whether m is one of the messages the body carries.
func (f *bodyFacts) hasMessage(m string) bool {
	for _, r := range f.messages {
		if r.text == m {
			return true
		}
	}
	return false
}
