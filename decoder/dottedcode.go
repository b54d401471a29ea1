package decoder

import "strings"

// Alibaba Cloud's APIs (DashScope/Model Studio among them) name an error with a dotted code,
// "InternalError.Algo.DataInspectionFailed", "Throttling.RateQuota", and their SDKs and the
// tools that re-print them write it before the message: "<400> InternalError.Algo.
// DataInspectionFailed: Input text data may contain inappropriate content." The whole
// dotted code is the code the docs list (help.aliyun.com/zh/model-studio/error-code), so
// it is read here, in extraction, as written.

// readDottedCodes reads the first code of two or more capitalised segments joined by dots
// and followed by a colon that some catalog documents as a code or alias: other such names
// are a library's labels ("LiteLLM.Info: ..."). A class name ends in Exception or Error
// (.NET's System.Net.Http.HttpRequestException:) and is no code; module paths
// (openai.RateLimitError:) start with a small letter and are none either.
func (s *signals) readDottedCodes(text string, eng *engine) {
	if !dotCapital(text) {
		return // most pastes: no code's second segment, and no colon needs looking at
	}
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ':')
		if j < 0 {
			return
		}
		end := i + j
		i = end + 1
		if end > 0 && text[end-1] == '"' {
			continue // a JSON key, the common case
		}
		if tok, ok := dottedCodeBefore(text, end); ok && len(eng.byKey[normCode(tok)]) > 0 {
			s.addCode(tok, rankCode-1, "the code "+tok+" before its message")
			return // the first is the error's own
		}
	}
}

// dotCapital reports whether text holds a dot followed by a capital letter, as every code
// dottedCodeBefore takes does (it has two segments or more, each starting with a capital):
// a paste has fewer dots than colons to look at, and its dots mostly end a sentence or
// join a host's labels.
func dotCapital(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0 && i+1 < len(text); {
		if c := text[i+1]; c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(text[i+1:], '.')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// dottedCodeBefore is the dotted code that ends at end, if one does.
func dottedCodeBefore(text string, end int) (string, bool) {
	start := end
	for start > 0 && end-start < 96 && (isLetter(text[start-1]) || isDigit(text[start-1]) || text[start-1] == '.') {
		start--
	}
	if start > 0 && (isWordByte(text[start-1]) || text[start-1] == '/' || text[start-1] == '-') {
		return "", false
	}
	tok := text[start:end]
	if strings.IndexByte(tok, '.') < 0 || strings.HasSuffix(tok, "Exception") || strings.HasSuffix(tok, "Error") {
		return "", false
	}
	for seg := tok; ; {
		n := strings.IndexByte(seg, '.')
		if n < 0 {
			n = len(seg)
		}
		if n < 2 || seg[0] < 'A' || seg[0] > 'Z' {
			return "", false
		}
		if n == len(seg) {
			return tok, true
		}
		seg = seg[n+1:]
	}
}
