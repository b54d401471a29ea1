package decoder

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The learned fallback's evidence: the words that decided, what they lean to and how much
// the table learned that from.
var (
	fallbackLine = regexp.MustCompile(`^(the words '[a-z]+'(, '[a-z]+'){0,2}( and (HTTP \d{3}|no HTTP status))? lean|(HTTP \d{3}|no HTTP status) leans) to [a-z_]+ \(learned from \d+ tune pastes and \d+ catalog entries\); no catalog entry matched$`)
	unsureLine   = regexp.MustCompile(`^(the words '[a-z]+'(, '[a-z]+'){0,2}( and (HTTP \d{3}|no HTTP status))? lean|(HTTP \d{3}|no HTTP status) leans) to [a-z_]+ \(learned from \d+ tune pastes and \d+ catalog entries\), with [a-z_]+ close behind: too close to call, so the category stays unknown$`)
)

// Wordings written here, of no real API, that no catalog phrase, general layer or exception
// class places: the pipeline answers unknown, and the words decide.
func TestFallbackAnswersWordsNoPhraseCovers(t *testing.T) {
	for _, tc := range []struct {
		input     string
		category  Category
		retryable bool
	}{
		// (No window named: "per-minute request cap" would place it, windowclass.go. Not "cap
		// reached" either: since session 7's tune pastes of usage caps it leans to quota as much.)
		{"Kestrel: per-user request pace exceeded; wait a moment and retry", RateLimit, true},
		{"Kestrel: cap reached on requests this minute; wait and retry", RateLimit, true},
		{"Heron: something broke on our end while processing your request; internal fault, please retry", Server, true},
		{"Plover: your api key was not accepted; invalid key, check the authorization header", Authentication, false},
		{"Plover: authorization failed: key invalid or revoked", Authentication, false},
		{"Wren: balance insufficient for this request; recharge the account", Quota, false},
		{"Wren: your subscription's usage is spent; upgrade the plan or wait for the next billing cycle", Quota, false},
	} {
		t.Run(tc.input, func(t *testing.T) {
			r := Decode(tc.input)
			assert.Equal(t, tc.category, r.Category)
			assert.Equal(t, tc.retryable, r.Retryable)
			assert.Equal(t, Guess, r.Confidence)
			assert.False(t, r.Thin)
			assert.Empty(t, r.Entry, "no catalog entry matched")
			assert.NotEqual(t, thinVerdict, r.Verdict)
			require.NotEmpty(t, r.Evidence)
			last := r.Evidence[len(r.Evidence)-1]
			assert.Regexp(t, fallbackLine, last)
			// The words it names are the paste's own (which three lead moves as tune grows).
			named := regexp.MustCompile(`'([^']+)'`).FindAllStringSubmatch(last, -1)
			require.NotEmpty(t, named, "the evidence names the words")
			for _, w := range named {
				assert.Contains(t, strings.ToLower(tc.input), w[1])
			}
			assert.Contains(t, last, "lean to "+string(tc.category)+" ")
		})
	}
}

// Wordings whose words lean one way with another close behind (a 503's "service
// unavailable" is an overload to some APIs and a failure to others; "retry the request"
// leans to a rate limit): the lean is theirs, the answer or the too-close-to-call reading
// the table's margin, chosen by cross-validation on tune, makes of it. Either way the
// category the words lean to comes first, and nothing else is answered.
func TestFallbackLeansWhereWordsAreClose(t *testing.T) {
	for _, tc := range []struct {
		input    string
		category Category
	}{
		{"Heron: an internal fault occurred while processing; retry the request", Server},
		{"Upstream service unavailable, please try again in a few moments", Overloaded},
	} {
		t.Run(tc.input, func(t *testing.T) {
			r := Decode(tc.input)
			assert.Equal(t, Guess, r.Confidence)
			assert.Empty(t, r.Entry, "no catalog entry matched")
			require.NotEmpty(t, r.Evidence)
			last := r.Evidence[len(r.Evidence)-1]
			assert.Contains(t, last, "lean to "+string(tc.category)+" ")
			if r.Category == Unknown {
				assert.Regexp(t, unsureLine, last)
				require.NotEmpty(t, r.Alternatives)
				assert.Equal(t, tc.category, r.Alternatives[0].Category, "the words' lean comes first")
				return
			}
			assert.Equal(t, tc.category, r.Category)
			assert.Regexp(t, fallbackLine, last)
		})
	}
}

// Noise, a stack with no words of failure, a bare exception class its SDK raises for
// several errors, and words that lean two ways alike stay unknown.
func TestFallbackStaysUnknown(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		unsure      []Category // the evidence says where the words lean, too little to answer
	}{
		{"empty", "", nil},
		{"noise", "lorem ipsum dolor sit amet consectetur adipiscing elit", nil},
		{"chat", "hello world this is fine", nil},
		{"java stack", "\tat org.foo.Bar.run(Bar.java:10)\n\tat org.foo.Baz.go(Baz.java:22)\n\tat java.lang.Thread.run(Thread.java:833)", nil},
		{"python frames", "  File \"/srv/app/main.py\", line 12, in <module>\n    main()\n  File \"/srv/app/main.py\", line 8, in main\n    run(cfg)", nil},
		{"hex ids and numbers", "7f3a9c 0x1f2e3d4c 1234567 2026-12-07T10:00:00Z", nil},
		{"bare class", "openai.RateLimitError:", nil},
		{"limit of which kind", "Kestrel: you hit the request limit for your key; please wait before you send more requests", []Category{Quota, RateLimit}},
		{"bare class without its colon", "anthropic.RateLimitError", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.input)
			assert.Equal(t, Unknown, r.Category)
			assert.False(t, r.Retryable)
			assert.Equal(t, Guess, r.Confidence)
			var unsure []string
			for _, e := range r.Evidence {
				assert.NotRegexp(t, fallbackLine, e)
				if unsureLine.MatchString(e) {
					unsure = append(unsure, e)
				}
			}
			if tc.unsure == nil {
				assert.Empty(t, unsure)
				return
			}
			assert.Len(t, unsure, 1)
			var alts []Category
			for _, a := range r.Alternatives {
				alts = append(alts, a.Category)
				assert.Equal(t, retriesByDefault(a.Category), a.Retryable)
			}
			assert.Subset(t, alts, tc.unsure, "the categories the words lean to")
		})
	}
}

// The committed table reads whole: a rule, the categories, both counts and the zeros, and
// one row a word, one integer (or '.') a category.
func TestFallbackTableReads(t *testing.T) {
	tab := parseFallback(fallbackTableText)
	assert.GreaterOrEqual(t, tab.minWords, 1)
	assert.Greater(t, tab.margin, 0)
	assert.ElementsMatch(t, Categories(), tab.cats)
	words := 0
	for _, line := range strings.Split(strings.TrimSpace(fallbackTableText), "\n") {
		name, rest, _ := strings.Cut(line, " ")
		if strings.HasPrefix(name, "#") || name == "rule" || name == "categories" {
			continue
		}
		fields := strings.Fields(rest)
		assert.Len(t, fields, len(tab.cats), line)
		for _, f := range fields {
			assert.Regexp(t, `^(-?\d+|\.)$`, f, line)
		}
		if name != "pastes" && name != "entries" && name != "zero" {
			assert.Regexp(t, `^([a-z]{3,24}|status=(\d{3}|none))$`, name)
			words++
		}
	}
	assert.Len(t, tab.rows, words, "every word has its row")
	assert.Len(t, tab.lifts, words)
	assert.Greater(t, tab.pastes[indexOfCategory(tab, RateLimit)], 100, "learned from the tune split")
	for _, w := range []string{"throttled", "billing", "unauthorized"} {
		_, ok := tab.rows[w]
		assert.True(t, ok, "%q is in the table", w)
	}
	assert.Equal(t, tab, load().eng.fallback, "catalog.bin holds fallback.txt's table, field for field")
}

func indexOfCategory(tab *fallbackTable, c Category) int {
	for i, k := range tab.cats {
		if k == c {
			return i
		}
	}
	return -1
}

func TestFallbackWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Rate limit exceeded", "rate limit exceeded"},
		{"openai.RateLimitError: HTTPError", "openai rate limit error http error"},
		{"rate_limit_exceeded: too-many-requests", "rate limit exceeded too many requests"},
		{"429 req_8f3a2c gpt-4o 1.2.3 0xdeadbeef", ""},
		{"see https://api.example.com/v1/rate/limits?key=throttled now", "see api example com now"},
		{"x a sk-proj-**** ECONNRESET", "econnreset"},
		{"{'Authorization': 'token (oauth token removed)', 'User-Agent': 'PyGithub'} denied", "authorization user agent github denied"},
		{"Authorization: Bearer secret words here\nrefused", "authorization refused"},
		{"check the authorization header", "check the authorization header"},
		{"thisisawordlongerthantwentyfourletters ok yes", "yes"},
		{"余额不足 balance", "balance"},
		{"2026-03-02 10:04:05,120 INFO app: sending request\nthrottled\n[DEBUG] retry soon\nINFORMATION desk", "throttled information desk"},
		// An indented line's level, or one after blanks normalize left for a prefix or a JSON
		// log record's keys, is read as well.
		{"throttled\n" + strings.Repeat(" ", 52) + "2026-03-02 10:04:05,120 INFO app: sending request", "throttled"},
		// A JSON string's escapes give no letter to the word after them, escaped once or twice.
		{`{"error": {"message": "Traceback:\nfastapi.exceptions.HTTPException\\nrate\tlimit\u003chtml\u003e"}}`, "error message traceback fastapi exceptions http exception rate limit html"},
		// Read as the decoder reads the paste: a JSON log record's keys and level give none.
		{`{"level": "error", "msg": "upstream\nthrottled"}`, "upstream throttled"},
		{`C:\Users\app\openai`, "users app openai"},
	} {
		assert.Equal(t, tc.want, strings.Join(FallbackWords(tc.in), " "), tc.in)
	}
}

func ExampleFallbackWords() {
	fmt.Println(FallbackWords(`anthropic.RateLimitError: Error code: 429 - {"type": "rate_limit_error", "request_id": "req_011CX"}`))
	// Output: [anthropic rate limit error error code type rate limit error request]
}

// TestDatabaseDuplicateKeyIsNoRule: a database driver's duplicate key is no API's error, so
// no rule or entry answers it; the fallback's table may lean to conflict or say nothing (its
// words' weight moves as tune grows), but it is a guess either way and never a retry.
func TestDatabaseDuplicateKeyIsNoRule(t *testing.T) {
	r := Decode("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint\nDETAIL:  Key (id)=(0) already exists.")
	assert.Contains(t, []Category{Unknown, Conflict}, r.Category)
	assert.False(t, r.Retryable)
	assert.Equal(t, Guess, r.Confidence)
	assert.Zero(t, r.HTTPStatus)
	assert.Empty(t, r.Provider)
}
