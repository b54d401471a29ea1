package decoder

import "strings"

// Some APIs put a sentence in their body's code field: xAI's REST API answers {"code":
// "Client specified an invalid argument", "error": "..."}, the gRPC status's description
// standing for INVALID_ARGUMENT (docs.x.ai/docs/key-information/debugging). A code field
// holding words is usually a message, so such a value is a code only when a catalog
// documents it as one (an entry's code or alias written with spaces).

// wordedCodes returns the normalised codes and aliases of every entry that are written as
// words.
func wordedCodes(files []*Provider) map[string]bool {
	worded := map[string]bool{}
	for _, f := range files {
		for i := range f.Errors {
			en := &f.Errors[i]
			for _, c := range append([]string{en.Code}, en.Aliases...) {
				if strings.IndexByte(strings.TrimSpace(c), ' ') > 0 {
					worded[normCode(c)] = true
				}
			}
		}
	}
	return worded
}

// wordedCode reports whether a code field's value that is no identifier is a code some
// catalog writes as words.
func (w *fieldWants) wordedCode(v string) bool {
	return len(v) <= 80 && len(w.worded) > 0 && w.worded[normCode(v)]
}
