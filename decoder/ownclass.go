package decoder

// A tool's own exception, which it raises itself rather than around an API's error, is
// named by its class in full (`agents.exceptions.ModelBehaviorError: Tool xxxx not found.`):
// the words after it are the tool's, so the general layers' wording ("not found") must not
// explain them, and the tool's catalog is read first. Such an entry is a wrapper's class
// with no code and no wording of its own (a wrapper's class for a re-printed error carries
// its wording: `litellm.RateLimitError:`). Its category may be unknown (the model misbehaved;
// no API failed), which otherwise only a code written in the paste picks (match.go).

// ownClass reports whether entry en of file f is a tool's own exception whose class the
// paste writes in full.
func ownClass(k *matchKeys, f *Provider, en *Entry) bool {
	if f.Kind != KindWrapper || en.Code != "" || len(en.Phrases) > 0 {
		return false
	}
	for _, cls := range en.Class {
		for _, low := range k.excNames {
			if cls != "" && lowerIs(cls, low) {
				return true
			}
		}
	}
	return false
}

// ownClassWritten reports whether the paste writes, in full, one of the wrapper's own
// exceptions while naming no API: the tool's catalog then comes first (searchOrder).
func (e *engine) ownClassWritten(k *matchKeys, id *identity) bool {
	if id.wrapper < 0 || id.provider >= 0 {
		return false
	}
	f := e.files[id.wrapper]
	for i := range f.Errors {
		if ownClass(k, f, &f.Errors[i]) {
			return true
		}
	}
	return false
}
