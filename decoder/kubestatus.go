package decoder

import "strings"

// The Kubernetes API server answers with a Status object whose reason has one HTTP code
// (k8s.io/apimachinery/pkg/apis/meta/v1 StatusReason; the API concepts page's table of
// HTTP status codes), and its clients print the reason or the server's fixed message
// instead of the number:
//
//	Error from server (Forbidden): pods is forbidden: User "u" cannot list ...   (kubectl)
//	configmaps is forbidden: User "system:serviceaccount:..." cannot list ...      (client-go)
//	Operation cannot be fulfilled on rollouts.argoproj.io "app": the object has been modified
//
// Each form is the server's own, so it says the status as surely as the number would.

// kubeReasons are the StatusReasons kubectl prints in "Error from server (Reason)", with
// the code the API server sends each with (a list: static data, no map to build at start).
var kubeReasons = []struct {
	reason string
	code   int
}{
	{"BadRequest", 400}, {"Unauthorized", 401}, {"Forbidden", 403}, {"NotFound", 404},
	{"MethodNotAllowed", 405}, {"NotAcceptable", 406}, {"AlreadyExists", 409}, {"Conflict", 409},
	{"Gone", 410}, {"Expired", 410}, {"RequestEntityTooLarge", 413}, {"UnsupportedMediaType", 415},
	{"Invalid", 422}, {"TooManyRequests", 429}, {"InternalError", 500},
	{"ServiceUnavailable", 503}, {"Timeout", 504},
}

// kubeMessages are the API server's fixed message forms with the code each is sent with
// (apimachinery's errors.NewForbidden and errors.NewConflict).
var kubeMessages = []struct {
	text string
	code int
}{
	{` is forbidden: User "`, 403},
	{"Operation cannot be fulfilled on ", 409},
}

// mKube are the three texts kubeStatus looks for, found by the literal scan with the rest.
// It finds every place the paste writes one as kubeStatus reads it (and more: it folds case
// and white space), so a paste where it found none holds no Kubernetes status, and the
// three searches of the paste (some 900 instructions on a 400-byte body) are not made.
var mKube = marks("Error from server (", kubeMessages[0].text, kubeMessages[1].text)

// showsKube reports whether the literal scan found one of kubeStatus's texts.
func (s *signals) showsKube() bool {
	for _, id := range mKube {
		if len(s.at(id)) > 0 {
			return true
		}
	}
	return false
}

// kubeStatus finds the last Kubernetes status the text names by reason or fixed message.
func kubeStatus(text string) (statusSeen, bool) {
	best, found := statusSeen{}, false
	const lead = "Error from server ("
	if i := lastIndexIfAny(text, lead); i >= 0 {
		rest := text[i+len(lead):]
		if j := strings.IndexByte(rest, ')'); j > 0 {
			for _, k := range kubeReasons {
				if k.reason == rest[:j] {
					best, found = statusSeen{k.code, anchorReasonBody, i, "kubectl's \"Error from server (" + k.reason + ")\", the Kubernetes reason sent with " + itoa(k.code)}, true
				}
			}
		}
	}
	for _, m := range kubeMessages {
		if i := lastIndexIfAny(text, m.text); i >= 0 && (!found || i > best.pos) {
			best, found = statusSeen{m.code, anchorReasonBody, i, "the Kubernetes API server's message \"" + strings.Trim(m.text, ` "`) + "\", which it sends with " + itoa(m.code)}, true
		}
	}
	return best, found
}

// lastIndexIfAny is strings.LastIndex, which compares hashes at every byte from the end
// (some 4,000 instructions on a 400-byte body), called only once strings.Contains has found
// the pattern's part from its first capital letter: Contains skips ahead to that letter,
// rarer than the space or lower-case letter the pattern may open with, and most pastes hold
// none of the three.
func lastIndexIfAny(text, p string) int {
	from := p
	for k := 0; k < len(p); k++ {
		if c := p[k]; c >= 'A' && c <= 'Z' {
			from = p[k:]
			break
		}
	}
	if !strings.Contains(text, from) {
		return -1
	}
	return strings.LastIndex(text, p)
}

// readKubeReason takes the StatusReason kubectl prints in "Error from server (Reason)" as
// the code: the Status object's machine-readable reason, the most specific code it has.
//
// Not inlined: its one caller is a small group of readers behind one gate, where the
// inliner would copy it in, which only costs the wasm.
//
//go:noinline
func (s *signals) readKubeReason() {
	s.after(mKube[0], "Error from server (", func(rest string) {
		j := indexByteLimit(rest, ')', 32)
		for _, k := range kubeReasons {
			if j > 0 && k.reason == rest[:j] {
				s.addCode(k.reason, rankCode, "the Kubernetes reason kubectl printed, \"Error from server ("+k.reason+")\"")
			}
		}
	})
}
