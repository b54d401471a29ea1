package decoder

// A tool built on a library prints the library's errors: Aider calls every model through
// LiteLLM, so its retry line ("Retrying in 0.2 seconds...") names Aider while the
// exception above it (`litellm.APIError: APIError: DeepseekException - ...`) is LiteLLM's.
// The outer tool is the wrapper; where its own catalog has no entry for the error, the
// library's has one, so the other wrappers the paste names are searched after it.

// innerWrappers appends to order, after everything else, the wrappers other than the
// winner whose signals reached minWrapperScore, in file order.
func (e *engine) innerWrappers(order []int, id *identity) []int {
	if id.wrapper < 0 || id.cards == nil {
		return order
	}
	for _, f := range id.cards.credited { // in file order (identify sorted them)
		if f != id.wrapper && e.files[f].Kind == KindWrapper && id.cards.byFile[f].score >= minWrapperScore {
			order = append(order, f)
		}
	}
	return order
}
