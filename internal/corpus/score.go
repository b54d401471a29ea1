package corpus

import (
	"github.com/errlens/errlens/decoder"
)

// Fields scored, in report order.
var Fields = []string{"provider", "wrapper", "status", "code", "category", "retryable", "retry_after", "window", "reset"}

// Tally counts right answers out of the cases a field applies to.
type Tally struct{ Right, Of int }

// Pct is the share right, in percent; 100 when nothing applied.
func (t Tally) Pct() float64 {
	if t.Of == 0 {
		return 100
	}
	return 100 * float64(t.Right) / float64(t.Of)
}

func (t *Tally) add(ok bool) {
	t.Of++
	if ok {
		t.Right++
	}
}

// Outcome is one case's decode beside its labels.
type Outcome struct {
	Case   Case
	Result decoder.Result
	// Wrong lists the fields the decoder got wrong.
	Wrong []string
}

// Score is a split's figures.
type Score struct {
	Split      string
	Samples    int
	Fields     map[string]*Tally
	ByProvider map[string]map[string]*Tally // labelled provider ("" for non-AI) -> field -> tally
	ByForm     map[string]map[string]*Tally
	// ByConfidence groups by the confidence the decoder gave its answer (documented,
	// inferred, guess): how far each word can be trusted.
	ByConfidence map[string]map[string]*Tally
	// Confusion counts labelled category -> decoded category.
	Confusion map[string]map[string]int
	// StatusMisses counts the wrong statuses by kind (statusMissKind): whether the decoder
	// invented a status, lost one, or read another, which need different fixes.
	StatusMisses map[string]int
	// QuotaCalledRetryable counts quota or billing errors the decoder called retryable.
	QuotaCalledRetryable int
	// NonAIPinned counts errors from no AI API that the decoder gave an AI provider.
	NonAIPinned int
	Outcomes    []Outcome
}

// Evaluate decodes every case with d, on the case's own clock (clock.go), and scores the
// answers.
func Evaluate(split string, cases []Case, d *decoder.Decoder) *Score {
	s := &Score{Split: split, Samples: len(cases), Fields: tallies(),
		ByProvider: map[string]map[string]*Tally{}, ByForm: map[string]map[string]*Tally{},
		ByConfidence: map[string]map[string]*Tally{}, Confusion: map[string]map[string]int{},
		StatusMisses: map[string]int{}}
	for _, c := range cases {
		r := decoderFor(d, c).Decode(c.Input)
		o := Outcome{Case: c, Result: r}
		for _, f := range Fields {
			ok, applies := check(f, c, r)
			if !applies {
				continue
			}
			s.Fields[f].add(ok)
			group(s.ByProvider, c.Provider)[f].add(ok)
			group(s.ByForm, c.Form)[f].add(ok)
			group(s.ByConfidence, string(r.Confidence))[f].add(ok)
			if !ok {
				o.Wrong = append(o.Wrong, f)
			}
		}
		if s.Confusion[c.Category] == nil {
			s.Confusion[c.Category] = map[string]int{}
		}
		s.Confusion[c.Category][string(r.Category)]++
		if r.HTTPStatus != c.Status() {
			s.StatusMisses[statusMissKind(c.Status(), r.HTTPStatus)]++
		}
		if c.Category == string(decoder.Quota) && r.Retryable {
			s.QuotaCalledRetryable++
		}
		if c.Provider == "" && r.Provider != "" {
			s.NonAIPinned++
		}
		s.Outcomes = append(s.Outcomes, o)
	}
	return s
}

// statusMissKind names how a decoded status differs from the labelled one: a status the
// paste does not show (labelled none), a shown status lost, or another status (same class
// or not: a 4xx read as another 4xx is usually a different code matched, a 4xx read as a
// 5xx a different line read).
func statusMissKind(want, got int) string {
	switch {
	case want == 0:
		return "none labelled, one decoded"
	case got == 0:
		return "one labelled, none decoded"
	case want/100 == got/100:
		return "another status of its class"
	}
	return "a status of another class"
}

// check says whether field f of r matches c's label, and whether the label applies.
func check(f string, c Case, r decoder.Result) (ok, applies bool) {
	switch f {
	case "provider":
		return r.Provider == c.Provider, c.Inferable()
	case "wrapper":
		return c.Wrapper != nil && r.Wrapper == *c.Wrapper, c.Wrapper != nil
	case "status":
		return r.HTTPStatus == c.Status(), true
	case "code":
		return r.Code == c.Code(), true
	case "category":
		return string(r.Category) == c.Category, true
	case "retryable":
		return r.Retryable == c.Retryable, true
	case "retry_after":
		return c.RetryAfterMS != nil && r.RetryAfterMS == *c.RetryAfterMS, c.RetryAfterMS != nil
	case "window", "reset":
		return checkTiming(f, c, r)
	}
	return false, false
}

func tallies() map[string]*Tally {
	m := make(map[string]*Tally, len(Fields))
	for _, f := range Fields {
		m[f] = &Tally{}
	}
	return m
}

func group(m map[string]map[string]*Tally, key string) map[string]*Tally {
	if m[key] == nil {
		m[key] = tallies()
	}
	return m[key]
}
