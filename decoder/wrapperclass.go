package decoder

// A wrapper's own exception class names how the wrapper carried the failure, not the API's
// code: the AI SDK's AI_APICallError (which a gateway also writes as its body's "type"),
// AI_RetryError, LangChain's OutputParserException. The catalogs list them as the
// wrappers' class signals; the code is read past them.

// wrapperClass reports whether name is written in the paste as a wrapper catalog's class.
// Not inlined: it runs once or twice a decode, and its inlined copies cost the wasm more.
//
//go:noinline
func (e *engine) wrapperClass(s *signals, name string) bool {
	for _, h := range s.hits {
		l := &e.info[h.id]
		if l.kind == "class" && l.text == name && e.files[l.file].Kind == KindWrapper {
			return true
		}
	}
	return false
}
