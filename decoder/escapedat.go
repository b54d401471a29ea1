package decoder

import "strings"

// A message the parsers unescaped (a body's "message":"Unknown name \"text\"\n...") is a
// copy: the paste does not write it as it reads, so looking it up as it reads finds
// nothing and the answer would show no span for it. It is looked up again as it was most
// likely escaped: as a JSON string writes it, as a JSON string inside another does (a body
// a log line quotes), then as a Python repr does (its double quotes as they are).

var (
	jsonEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	reprEscaper = strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
)

// escapedAt is where text writes v escaped, when v holds a character a string escapes.
func escapedAt(text, v string) where {
	if !strings.ContainsAny(v, "\"'\\\n\r\t") {
		return nowhere
	}
	once := jsonEscaper.Replace(v)
	for _, e := range [...]string{once, jsonEscaper.Replace(once), reprEscaper.Replace(v)} {
		if at := strings.Index(text, e); e != v && at >= 0 {
			return where{at, at + len(e)}
		}
	}
	return nowhere
}
