package decoder

import "strings"

// Response headers as httpx and httpcore print them in their DEBUG traces: a list of byte
// string pairs, [(b'Content-Type', b'application/json'), (b'x-rate-limit-reset-tokens',
// b'55'), ...] ("receive_response_headers.complete return_value=(b'HTTP/1.1', 429, ...").
// They are read as headers beside the "Name: value" lines scanHeaderLines reads.

var mBytesPair = mark("(b'")

// bytesPairHeaders reads each (b'name', b'value') pair whose name is a header name.
func (s *signals) bytesPairHeaders() []header {
	var out []header
	text := s.in.text
	for _, pos := range s.at(mBytesPair) {
		rest := text[pos+3 : min(len(text), pos+3+8192)]
		q := strings.IndexByte(rest, '\'')
		if q <= 0 || q > 64 || !validHeaderName(rest[:q]) || !strings.HasPrefix(rest[q:], "', b'") {
			continue
		}
		val := rest[q+5:]
		e := strings.IndexByte(val, '\'')
		if e <= 0 || !strings.HasPrefix(val[e:], "')") {
			continue
		}
		out = append(out, header{strings.ToLower(rest[:q]), val[:e]})
	}
	return out
}
