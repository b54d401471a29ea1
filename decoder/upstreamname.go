package decoder

// A router's or an app's relay line names the provider behind it as its upstream
// ("[upstream: Azure]", "Upstream error from AtlasCloud:"): that name is the upstream, not
// the API the request was sent to, so it is not a signal for identification (the router's
// own body fields report the upstream, identify's s.body.upstream).

// afterUpstream reports whether the word at text[start:] follows "upstream" with only a
// separator between ("upstream: ", "upstream=", "upstream error from ").
func afterUpstream(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == ':' || text[i-1] == '=') {
		i--
	}
	head := text[max(0, i-len("upstream error from")):i]
	return hasSuffixFold(head, "upstream") || hasSuffixFold(head, "upstream error from")
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	s = s[len(s)-len(suffix):]
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != lower(suffix[i]) {
			return false
		}
	}
	return true
}
