package decoder

import "strings"

// sharedClassCode is the class name every request error of an OpenAI-compatible API shares.
// DeepSeek writes it into "code" and the error's own class into "type" (its 401
// "Authentication Fails": "type": "authentication_error", "code": "invalid_request_error";
// https://api-docs.deepseek.com/quick_start/error_codes), so there the type is the more
// specific code.
const sharedClassCode = "invalid_request_error"

// typeOverSharedCode ranks an error object's type above its code when the code is only
// the shared class name and the type is another class (one ending in "_error"): the
// type then names the error. A type equal to the code, or naming no class ("tokens",
// DeepSeek's "unknown_error" for an insufficient balance), leaves the code first.
func typeOverSharedCode(codes []codeSeen) {
	for i := range codes {
		c := &codes[i]
		if !strings.EqualFold(c.value, sharedClassCode) || !strings.HasSuffix(c.where, ".code") {
			continue
		}
		obj := strings.TrimSuffix(c.where, "code")
		for j := range codes {
			t := &codes[j]
			if t.where == obj+"type" && t.rank < c.rank && typeNamesClass(t.value) {
				t.rank = c.rank + 1
			}
		}
	}
}

// typeNamesClass reports a type naming a class of error other than the shared one.
func typeNamesClass(typ string) bool {
	return strings.HasSuffix(typ, "_error") && !strings.EqualFold(typ, sharedClassCode) && !strings.EqualFold(typ, "unknown_error")
}
