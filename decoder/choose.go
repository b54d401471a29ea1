package decoder

// Choosing one error of several (see segment.go). Each occurrence the segmenter found is
// decoded on its own; neighbours that agree (the same status, code, category and provider,
// or one of them silent on it) are one error printed twice: a status line and the SDK line
// that re-prints it, an HTML page split by its <h1>, a retry log of the same 429. They are
// grouped and the group is read as one. The answer is the last group that reads as an error:
// a later one too thin to judge is not an error of its own but the trace of the one before.

// maxOccurrences bounds the occurrences decoded one by one: a log of thousands of errors
// has its last ones read, and the rest counted.
const maxOccurrences = 16

// decodeSegmented answers for one error of a paste that holds several occurrences.
func (d *Decoder) decodeSegmented(in normalized, occs []occurrence) Result {
	skipped := max(0, len(occs)-maxOccurrences)
	occs = occs[skipped:]
	each := make([]Result, len(occs))
	for i, o := range occs {
		each[i] = d.decodeSpan(in, o.start, o.end)
	}
	groups := groupOccurrences(occs, each)
	pick, errs := len(groups)-1, 0
	for i := len(groups) - 1; i >= 0; i-- {
		if groups[i].err {
			if errs == 0 {
				pick = i
			}
			errs++
		}
	}
	g := groups[pick]
	res := each[g.last]
	if g.first != g.last {
		res = d.decodeSpan(in, occs[g.first].start, occs[g.last].end)
	}
	if len(groups) == 1 && skipped == 0 {
		// One error printed several times: the whole paste is its account.
		res = d.decodeSpan(in, 0, len(in.text))
	}
	res.OtherErrors = skipped + max(0, errs-1)
	return res
}

// group is a run of neighbouring occurrences that agree: one error.
type group struct {
	first, last int
	err         bool // some member reads as an error (not thin, not a bare success)
}

// groupOccurrences joins neighbours that agree, unless a success line stands between them.
func groupOccurrences(occs []occurrence, each []Result) []group {
	var gs []group
	for i := range occs {
		n := len(gs)
		if n > 0 && !occs[i].afterOK && agreeAll(each[gs[n-1].first:i], &each[i]) {
			gs[n-1].last = i
			gs[n-1].err = gs[n-1].err || isError(&each[i])
			continue
		}
		gs = append(gs, group{i, i, isError(&each[i])})
	}
	return gs
}

// agreeAll reports whether r agrees with every result of a group.
func agreeAll(rs []Result, r *Result) bool {
	for i := range rs {
		if !agree(&rs[i], r) {
			return false
		}
	}
	return true
}

// agree reports whether two readings can be the same error: nothing one says contradicts
// the other. A category only counts when a code and the provider's own entry for it gave
// it: a bare "Status Code: 400" reads as an invalid request, which the message printed
// under it ("Incorrect API key") makes more precise, not different.
func agree(a, b *Result) bool {
	return same(a.Provider, b.Provider) && same(a.Code, b.Code) &&
		(a.HTTPStatus == b.HTTPStatus || a.HTTPStatus == 0 || b.HTTPStatus == 0) &&
		(a.Category == b.Category || !coded(a) || !coded(b))
}

// coded reports a reading that a provider's own catalog entry decided from a code.
func coded(r *Result) bool { return r.Entry != "" && !r.Generic && r.Code != "" }

func same(a, b string) bool { return a == b || a == "" || b == "" }

// isError reports a reading of an error: not too thin to judge, and more than a 200 with
// nothing wrong in it.
func isError(r *Result) bool {
	return !isThin(r) && (r.Category != Unknown || r.HTTPStatus >= 300 || r.Code != "")
}
