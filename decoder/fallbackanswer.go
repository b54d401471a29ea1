package decoder

import "strings"

// What the learned fallback (fallback.go) answers: the category its words lean to, with
// confidence guess, that category's usual verdict, and the words that decided.

// fallbackWordsShown is how many deciding words the evidence names.
const fallbackWordsShown = 3

// applyFallback answers r, which the pipeline left unknown, from the paste's words
// (extraction's eachWord) and the engine's table t, when they lean plainly to one
// category; else r is unchanged. An entry the catalog files as unknown on purpose (a model's misbehaviour, which no
// category names) keeps its answer, and a paste thin for its bare exception class (one its
// SDK raises for several errors) stays thin: the class's own words would only repeat the
// ambiguity.
func applyFallback(r *Result, t *fallbackTable, eachWord func(func([]byte, int))) {
	if t == nil || r.Category != Unknown || r.Entry != "" || (r.Thin && r.HTTPStatus != 0) {
		return // no table: the compiled catalog, which holds it, did not read
	}
	rd := t.read(eachWord, r.HTTPStatus)
	if !t.decides(rd) {
		if t.leans(rd) {
			sayUnsure(r, t, rd)
		}
		return
	}
	c := t.cats[rd.best]
	r.Category, r.Retryable, r.Thin, r.Confidence = c, retriesByDefault(c), false, Guess
	r.Verdict = fallbackVerdict(r)
	r.Fix = "No catalog entry describes this error: its category is a guess from its words. Check the provider's documentation for it."
	t.addLean(r, rd, "; no catalog entry matched")
	if alt := t.cats[rd.second]; alt != Unknown && rd.margin < 2*t.margin {
		r.Alternatives = r.Alternatives[:0]
		addFallbackAlternative(r, alt, "the same words lean to ", " almost as much")
	}
}

// addFallbackAlternative offers category c as an alternative, its evidence c between before
// and after: one copy of the struct's building and append (write barriers and all) for both
// callers.
//
//go:noinline
func addFallbackAlternative(r *Result, c Category, before, after string) {
	r.Alternatives = append(r.Alternatives, Alternative{Provider: r.Provider, ProviderName: r.ProviderName,
		Category: c, Retryable: retriesByDefault(c), Evidence: before + string(c) + after})
}

// retriesByDefault is a category's usual verdict when nothing more is known: waiting clears
// a rate limit, an overloaded or failing server, a timeout and a dropped connection. Not
// inlined: each copy would hold five string comparisons.
//
//go:noinline
func retriesByDefault(c Category) bool {
	switch c {
	case RateLimit, Overloaded, Server, Timeout, Connection:
		return true
	}
	return false
}

// fallbackVerdict is the verdict of a guessed category, which states no wait.
func fallbackVerdict(r *Result) string {
	switch {
	case r.Retryable:
		return "Retry with backoff: the error's words suggest " + string(r.Category) + " (a guess); it states no wait."
	case r.Category == Quota:
		return "Waiting will not clear a quota or billing error: add credits or raise the limit first."
	}
	return fixFirst(r)
}

// sayUnsure says where the words lean when they do not lean far enough to answer, and
// offers the two categories as alternatives: errlens is unsure, and says so.
func sayUnsure(r *Result, t *fallbackTable, rd fallbackReading) {
	rival := t.cats[rd.second]
	if rd.margin >= t.margin { // ahead of the next, not of the pastes that are no API error
		rival = Unknown
	}
	t.addLean(r, rd, ", with ", string(rival), " close behind: too close to call, so the category stays unknown")
	r.Alternatives = r.Alternatives[:0]
	for _, c := range [...]int{rd.best, rd.second} {
		if alt := t.cats[c]; alt != Unknown {
			addFallbackAlternative(r, alt, "the error's words lean to ", ", too little to answer")
		}
	}
}

// addLean adds to r's evidence the words that leaned most to the best category over the
// runner-up, then tail: "the words 'limit', 'exceeded', 'requests' lean to rate_limit
// (learned from 342 tune pastes and 127 catalog entries)". Both callers' evidence is built
// and appended here, once.
func (t *fallbackTable) addLean(r *Result, rd fallbackReading, tail ...string) {
	var b []byte
	// Each row's lean, worked out once; then a stable insertion sort, most lean first, of
	// both (a paste has few table words).
	rows, leans := append([]int(nil), rd.rows...), make([]int, len(rd.rows))
	for i, row := range rows {
		leans[i] = t.weight(row, rd.best) - t.weight(row, rd.second)
	}
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && leans[j] > leans[j-1]; j-- {
			rows[j], rows[j-1], leans[j], leans[j-1] = rows[j-1], rows[j], leans[j-1], leans[j]
		}
	}
	status := "" // the status word, when it is among the deciding ones: named last, in words
	for i, row := range rows {
		if i == fallbackWordsShown || (i > 0 && leans[i] <= 0) {
			break
		}
		if name := t.names[row]; strings.HasPrefix(name, "status=") {
			status = name[len("status="):]
			continue
		}
		sep := ", '"
		if len(b) == 0 {
			sep = "the words '"
		}
		b = appendWords(b, sep, t.names[row], "'")
	}
	b = appendStatusLean(b, status)
	b = appendWords(b, " to ", string(t.cats[rd.best]), " (learned from ", itoa(t.pastes[rd.best]),
		" tune pastes and ", itoa(t.entries[rd.best]), " catalog entries)")
	r.Evidence = append(r.Evidence, string(appendWords(b, tail...)))
}

// appendStatusLean ends the deciding words b with the status among them, if any ("none": the
// paste has no status), and the verb: "the words 'connection', 'reset' and no HTTP status
// lean", "HTTP 429 leans".
func appendStatusLean(b []byte, status string) []byte {
	if status == "" {
		return append(b, " lean"...)
	}
	plural := len(b) > 0 // after words
	if plural {
		b = append(b, " and "...)
	}
	if status == "none" {
		b = append(b, "no HTTP status"...)
	} else {
		b = append(append(b, "HTTP "...), status...)
	}
	if plural {
		return append(b, " lean"...)
	}
	return append(b, " leans"...)
}
