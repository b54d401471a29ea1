package decoder

// A paste too thin to judge gets no verdict, only a request for more: one typed letter, or
// a bare "openai.RateLimitError:" (the class its SDK raises for a short rate limit and for
// an exhausted quota alike). Thin is decided from what the decoder found: no status, no
// code, no catalog entry; or a status implied by an exception class alone, with no code
// and no words of the provider's.

// thinPaste reports whether r, as decoded so far from s and m, rests on too little.
func thinPaste(s *signals, m *match, r *Result) bool {
	if isThin(r) {
		return true
	}
	if r.Category == Authentication {
		// An SDK raises its AuthenticationError for a 401 alone, and a refused or missing
		// key is fixed, never waited out: unlike RateLimitError, the class alone says what
		// failed and what to do.
		return false
	}
	if m.found() && m.why.wording && !r.Generic {
		// A provider's own entry matched by its wording: the words say which error this is,
		// whatever the message reader kept of them (a message cut at its trailing colon,
		// "ValueError: You can only use one kind of guided decoding but multiple are
		// specified:", leaves only the class name as r.Message).
		return false
	}
	classOnly := !m.hasStatus || m.status.strength <= anchorClass
	if r.Code != "" || !classOnly || m.consensusStatus != 0 || len(s.body.messages) > 0 || s.primary < 0 || len(s.headers) > 0 {
		return false
	}
	return r.Message == "" || r.Message == clip(s.excs[s.primary].full(), 300)
}

// markThin turns r into the "paste more" answer: no category, no verdict to act on.
func markThin(r *Result, ev *evidence, s *signals) {
	if r.HTTPStatus != 0 && s.primary >= 0 {
		ev.add("only the exception class ", s.excs[s.primary].full(), ": its SDK raises it for more than one error (a short rate limit, an exhausted quota, ...), and the message or body tells them apart")
	}
	r.Thin = true
	r.Category, r.Retryable, r.RetryAfterMS = Unknown, false, 0
	r.Title, r.Entry, r.Reference, r.Source, r.Generic = "", "", "", "", false
	r.Fix = "Paste more of the error: the status line and the response body, or the whole exception with its message."
}

// isThin reports a reading with nothing to judge by: no status, no code, no catalog entry,
// no window of a limit named (windowclass.go).
func isThin(r *Result) bool {
	return r.Thin || (r.HTTPStatus == 0 && r.Code == "" && r.Entry == "" && r.LimitWindow == "")
}
