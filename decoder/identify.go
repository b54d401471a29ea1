package decoder

import (
	"strconv"
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

type identity struct {
	provider int // file index, -1 when unknown
	score    int
	reasons  []string
	tied     []int
	wrapper  int // file index, -1 when none
	wreasons []string
	upstream string
}

type scoreCard struct {
	score   int
	top     int // strongest single signal
	reasons []reason
}

type reason struct {
	weight int
	text   string
}

func (e *engine) identify(s *signals) identity {
	cards := map[int]*scoreCard{}
	card := func(f int) *scoreCard {
		c := cards[f]
		if c == nil {
			c = &scoreCard{}
			cards[f] = c
		}
		return c
	}
	credit := func(f, w int, why string) {
		c := card(f)
		c.score += w
		c.top = max(c.top, w)
		c.reasons = append(c.reasons, reason{w, why})
	}
	entryCredited := map[int]bool{}
	for _, h := range s.hits {
		l := &e.info[h.id]
		if l.weight == 0 {
			continue
		}
		if l.entry >= 0 {
			if entryCredited[l.file] {
				continue // one entry's wording is enough; several do not add up
			}
			entryCredited[l.file] = true
		}
		credit(l.file, l.weight, signalWords(l.kind)+" \""+strings.Join(strings.Fields(s.in.text[h.pos:h.end]), " ")+"\"")
	}
	for _, fs := range e.fieldSig {
		if s.body.fields[fs.text] {
			credit(fs.file, fs.weight, "body field "+fs.text)
		}
	}
	seenCode := map[string]bool{}
	for _, c := range s.codes {
		n := normCode(c.value)
		if seenCode[n] {
			continue
		}
		seenCode[n] = true
		if ex := e.exact[c.value]; len(ex) == 1 && len(e.owners[n]) > 1 && !isAllDigits(c.value) && c.value != strings.ToLower(c.value) {
			// Shared as a word, but written this way ("INVALID_API_KEY") by one provider.
			credit(ex[0], codeVocabularyWeight, "code \""+c.value+"\", written as only "+e.files[ex[0]].Name+" writes it")
			continue
		}
		if owners := e.owners[n]; len(owners) == 1 {
			w := codeVocabularyWeight
			if ex := e.exact[c.value]; len(ex) == 1 && ex[0] == owners[0] {
				w++ // written exactly as that provider writes it ("NO_CREDITS")
			}
			credit(owners[0], w, "code \""+c.value+"\", which only "+e.files[owners[0]].Name+" uses")
		}
	}

	id := identity{provider: -1, wrapper: -1}
	id.provider, id.score, id.tied = e.best(cards, KindProvider, minProviderScore)
	if id.provider >= 0 {
		id.reasons = topReasons(cards[id.provider].reasons)
	}
	id.wrapper, _, _ = e.best(cards, KindWrapper, minWrapperScore)
	if id.wrapper >= 0 {
		id.wreasons = topReasons(cards[id.wrapper].reasons)
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

// best picks the highest-scoring file of a kind; ties go to the stronger single signal,
// then to the earlier file, and are reported.
func (e *engine) best(cards map[int]*scoreCard, kind string, min int) (int, int, []int) {
	best, bestScore := -1, 0
	var tied []int
	idx := make([]int, 0, len(cards))
	for f := range cards {
		idx = append(idx, f)
	}
	sortStable(idx, func(a, b int) bool { return a < b })
	for _, f := range idx {
		c := cards[f]
		if e.files[f].Kind != kind || c.score < min {
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

func topReasons(rs []reason) []string {
	sortStable(rs, func(a, b reason) bool { return a.weight > b.weight })
	var out []string
	for i, r := range rs {
		if i == 4 {
			break
		}
		out = append(out, r.text)
	}
	return out
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

func signalWords(kind string) string {
	switch kind {
	case "host":
		return "host"
	case "module":
		return "module"
	case "package":
		return "package"
	case "label":
		return "wrapper label"
	case "class":
		return "exception class"
	case "header":
		return "header"
	case "key":
		return "API key prefix"
	case "name":
		return "the name"
	case "entry":
		return "wording only it uses:"
	}
	return "the phrase"
}

// snippet returns the text at pos as written in the paste, for evidence.
func snippet(text string, pos, n int) string {
	if pos < 0 || pos+n > len(text) {
		return ""
	}
	return text[pos : pos+n]
}

func itoa(n int) string { return strconv.Itoa(n) }
