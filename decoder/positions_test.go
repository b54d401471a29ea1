package decoder

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// positionTexts are pastes with each kind of value extraction locates: a code cut out of
// the text and one the parser unescaped, a status number, a status name and a status only
// a body field gives, an exception with its module, a field signal's key, a wait, a
// clipped message, a catalog code written inside another word and in another case.
var positionTexts = []struct {
	name, in string
}{
	{"curl dump", "HTTP/1.1 429 Too Many Requests\nretry-after: 20\n\n" +
		`{"error":{"message":"Rate limit reached for gpt-4o.","type":"tokens","code":"rate_limit_exceeded"}}`},
	{"escaped code", `{"error":{"code":"rate\u005flimit_exceeded","message":"slow down"}}` + "\nrate_limit_exceeded"},
	{"status from a body field", `{"error":{"status":503,"message":"overloaded"}} 503 again`},
	{"status name", "System.Net.Http.HttpRequestException: Response status code: TooManyRequests (slow down)"},
	{"traceback", "Traceback (most recent call last):\n  File \"a.py\", line 1\n" +
		`anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}`},
	{"field signal", `{"error":{"message":"Rate limit reached","type":"tokens"},"x_groq":{"id":"req_1"}}`},
	{"code in another case and inside a word", "INSUFFICIENT_QUOTA: the insufficient_quota_error came back"},
	{"long message", `{"error":{"message":"` + strings.Repeat("word ", 200) + `","code":"context_length_exceeded"}}`},
	{"nothing", "hello"},
}

// positionInputs are the hand-written texts and every golden input.
func positionInputs(t *testing.T) []string {
	var ins []string
	for _, tc := range positionTexts {
		ins = append(ins, tc.in)
	}
	paths, err := filepath.Glob("testdata/golden/*.txt")
	require.NoError(t, err)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		ins = append(ins, string(b))
	}
	return ins
}

// TestCatalogCodesSpotted checks positions.spotted, which looks for a code by its rare byte
// from the first place it is written in any case on, against plain searches: a code is
// spotted where indexFold finds it, and written exactly where strings.Index does.
func TestCatalogCodesSpotted(t *testing.T) {
	eng := load().eng
	require.NotEmpty(t, eng.spotLit)
	for _, in := range positionInputs(t) {
		s := extract(normalize(in, DefaultMaxInput), eng)
		text := s.in.text
		for code := range eng.spotLit {
			spot, ok := s.pos.spotted(eng, code)
			fold := indexFold(text, code)
			if !assert.Equal(t, fold >= 0, ok, "%s in %.60q", code, text) || !ok {
				continue
			}
			assert.Equal(t, fold, spot.fold, "%s in %.60q", code, text)
			exact := strings.Index(text, code)
			want := nowhere
			if exact >= 0 {
				want = where{exact, exact + len(code)}
			}
			assert.Equal(t, want, spot.exact, "%s in %.60q", code, text)
		}
	}
}

// TestPositionsLocateValues checks that every located value is the text it names: the
// status number (or what stands for it), each code, type, exception, field key, the
// message and the wait.
func TestPositionsLocateValues(t *testing.T) {
	eng := load().eng
	for _, tc := range positionTexts {
		t.Run(tc.name, func(t *testing.T) {
			s := extract(normalize(tc.in, DefaultMaxInput), eng)
			text, p := s.in.text, s.pos
			require.Equal(t, len(text), p.size)
			at := func(w where) string {
				if !w.found() {
					return ""
				}
				return text[w.start:w.end]
			}
			require.Len(t, p.codes, len(s.codes))
			for i, c := range s.codes {
				if p.codes[i].found() {
					assert.Equal(t, c.value, at(p.codes[i]))
					assert.Equal(t, offsetIn(text, c.value), p.codes[i].start, "a code cut out of the text lies at its address")
				} else if p.first[i].found() {
					assert.Equal(t, c.value, at(p.first[i]))
				}
			}
			for i, ty := range s.body.types {
				if p.types[i].found() {
					assert.Equal(t, ty, at(p.types[i]))
				}
			}
			for i, ex := range s.excs {
				if p.excs[i].found() {
					assert.True(t, strings.HasSuffix(at(p.excs[i]), ex.name), "%q", at(p.excs[i]))
				}
			}
			for _, f := range p.fields {
				key, _, _ := strings.Cut(f.sig, "=")
				assert.True(t, strings.HasSuffix(key, strings.ToLower(at(f.at))), "%q of %q", at(f.at), key)
			}
			if s.hasHTTP && p.status.found() && s.http.strength != anchorClass {
				st := at(p.status)
				assert.True(t, st == itoa(s.http.code) || isEnumWord(st) || isLetter(st[0]), "%q for %d", st, s.http.code)
			}
			assert.True(t, strings.HasPrefix(strings.TrimSuffix(s.msg, "…"), at(p.msg)))
			if s.hasWait && p.wait.found() {
				assert.Equal(t, s.wait.src, at(p.wait))
			}
		})
	}
}

// TestPositionsCases pins what the hand-written pastes locate.
func TestPositionsCases(t *testing.T) {
	eng := load().eng
	for _, tc := range []struct {
		in                           int // index into positionTexts
		status, msg, wait, firstCode string
	}{
		{0, "429", "Rate limit reached for gpt-4o.", "20", "rate_limit_exceeded"},
		{1, "", "slow down", "", "rate_limit_exceeded"},
		{2, "503", "overloaded", "", ""},
		{3, "TooManyRequests", "Response status code: TooManyRequests (slow down)", "", ""},
		{4, "429", "Number of request tokens has exceeded your per-minute rate limit", "", "rate_limit_error"},
	} {
		t.Run(positionTexts[tc.in].name, func(t *testing.T) {
			s := extract(normalize(positionTexts[tc.in].in, DefaultMaxInput), eng)
			text, p := s.in.text, s.pos
			at := func(w where) string {
				if !w.found() {
					return ""
				}
				return text[w.start:w.end]
			}
			assert.Equal(t, tc.status, at(p.status))
			assert.Equal(t, tc.msg, at(p.msg))
			assert.Equal(t, tc.wait, at(p.wait))
			if tc.firstCode != "" && assert.NotEmpty(t, s.codes) {
				got := at(p.codes[0])
				if got == "" {
					got = at(p.first[0])
				}
				assert.Equal(t, tc.firstCode, got)
			}
		})
	}
}
