package decoder

import "strings"

// Rate-limit headers printed one to a line as name=value, as a log or an agent's capture
// writes a response's headers (logfmt: "anthropic-ratelimit-unified-5h-status=rejected",
// "retry-after=13262   (~3.7h advertised reset)"). Only the rate-limit headers are read so
// (their names from the providers' docs: retry-after, x-ratelimit-*, anthropic-ratelimit-*,
// RateLimit-*), each on its own line, its value up to the first space: "key=value" in any
// other place (a URL's query, a config dump) is no response header.

var mRateLimitEq, mRetryAfterEq = mark("ratelimit-"), mark("retry-after=")

// equalsHeaders reads each line that is a rate-limit header written name=value.
func (s *signals) equalsHeaders() []header {
	var out []header
	text := s.in.text
	for _, id := range [...]int{mRateLimitEq, mRetryAfterEq} {
		for _, pos := range s.at(id) {
			start := strings.LastIndexByte(text[:pos], '\n') + 1
			line := text[start:]
			if e := strings.IndexByte(line, '\n'); e >= 0 {
				line = line[:e]
			}
			line = strings.TrimSpace(line)
			name, value, ok := strings.Cut(line, "=")
			if !ok || len(name) > 64 || !validHeaderName(name) || pos-start > len(name) {
				continue
			}
			if sp := strings.IndexAny(value, " \t"); sp >= 0 {
				value = value[:sp]
			}
			if value != "" && (id == mRetryAfterEq || strings.Contains(strings.ToLower(name), "ratelimit-")) {
				out = append(out, header{strings.ToLower(name), value})
			}
		}
	}
	return out
}
