package decoder

import "strings"

// An SDK maps the status of the response it failed on to one exception class (openai-python's
// _make_status_error: 429 RateLimitError, whatever the body says), so its class names that
// status even where the class is printed without its module ("as it raised RateLimitError:
// ...", a bare "RateLimitError: ..."), once the paste names the API whose SDK it is. A short
// name alone cannot say it: several SDKs share it (OpenGradient's RateLimitError is raised for
// no one status), which is why extraction (statusOf) leaves it without one. And the status the
// SDK raised for outranks the one the catalog gives the message's wording: the wording of an
// overload or a server fault has been sent with 429 too (openai-python v0 raised RateLimitError
// for "That model is currently overloaded with other requests"), and the class is what the
// response's status decided. A wrapper's class (litellm.RateLimitError) is its own mapping,
// read by statusOf, and keeps deferring to a documented entry (advice.go's weakConflict).
// from: https://github.com/openai/openai-python/blob/main/src/openai/_client.py (_make_status_error),
// https://github.com/openai/openai-python/blob/v0.28.1/openai/api_requestor.py (handle_error_response)

// sdkClassStatus sets the status the identified provider's own SDK raises the paste's
// primary exception for (Provider.SDK.Classes, keyed by status), when the paste states
// none stronger than an exception class; it runs after identify, as servedStatus does.
func (e *engine) sdkClassStatus(s *signals, who *identity) {
	if who.provider < 0 || s.primary < 0 || s.hasHTTP && s.http.strength != anchorClass {
		return
	}
	f := e.files[who.provider]
	ex := s.excs[s.primary]
	st := ownClassStatus(f, ex)
	if st == 0 || s.hasHTTP && s.http.code != st {
		return
	}
	if s.hasHTTP { // extraction read it from the class already, in full: it stands, as the SDK's
		s.sdkOwnClass = true
		return
	}
	seen := statusSeen{code: st, strength: anchorClass, pos: ex.pos, what: "the exception class " + ex.full() + ", which " + f.Name + "'s SDK raises for " + itoa(st) + " alone"}
	s.addStatus(seen)
	s.http, s.hasHTTP, s.sdkOwnClass = seen, true, true
	s.pos.status = s.statusAt(s.in.text, seen)
}

// ownClassStatus is the one status f's SDK raises ex for, in its current version or an
// earlier one (openai-python 0.x's classes, SDK.FormerClasses): ex written as one of its
// classes keyed by a status, in full, or by its short name when the paste prints no module;
// 0 when none, or when the name stands for several statuses.
func ownClassStatus(f *Provider, ex exception) int {
	if ex.module == "" && isGenericException(ex.name) {
		return 0 // APIError, ApiError: every status's class in many SDKs (exceptions.go)
	}
	status, full := 0, ex.full()
	for _, classes := range [...]map[string]map[string]string{f.SDK.Classes, f.SDK.FormerClasses} {
		for key, byLang := range classes {
			if len(key) != 3 || !isAllDigits(key) {
				continue
			}
			for _, cls := range byLang {
				if !isClassOf(cls, ex, full) {
					continue
				}
				st := int(key[0]-'0')*100 + int(key[1]-'0')*10 + int(key[2]-'0')
				if status != 0 && status != st {
					return 0
				}
				status = st
			}
		}
	}
	return status
}

// isClassOf reports whether ex is the SDK class cls: in full, or by its short name when
// the paste prints no module. A catalog's note ("APIStatusError (status_code)") is no class.
func isClassOf(cls string, ex exception, full string) bool {
	cls = scopeAsDots(strings.TrimSpace(cls))
	if cls == "" || strings.ContainsAny(cls, " (/") {
		return false
	}
	return strings.EqualFold(cls, full) || ex.module == "" && strings.EqualFold(shortClass(cls), ex.name)
}
