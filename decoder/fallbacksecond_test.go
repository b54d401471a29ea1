package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// conflictTable is a table written here: three words that lean far to conflict (9 nats over
// invalid_request and unknown), with rule's margins as the test gives them.
func conflictTable(rule string) string {
	return "# written for the test\n" +
		"rule " + rule + "\n" +
		"categories invalid_request conflict unknown\n" +
		"pastes 10 10 10\nentries 0 0 0\nzero -30 -30 -30\n" +
		"already . 30 .\nduplicate . 30 .\nexists . 30 .\n"
}

// A 422 general wording alone places (invalid_request, a guess), whose words say conflict.
const duplicate422 = `HTTP 422 Unprocessable Entity: {"message": "record already exists: duplicate key"}`

func TestSecondOpinion(t *testing.T) {
	before := New(WithFallbackTable(conflictTable("2 10 0"))).Decode(duplicate422)
	require.True(t, before.Generic, "general wording placed it")
	require.Equal(t, InvalidRequest, before.Category)
	for _, tc := range []struct {
		name, rule string
		category   Category
		alt        Category // the alternative the second opinion offers
		confidence Confidence
	}{
		{"words decide, no overrule margin: offered as an alternative", "2 10 0", InvalidRequest, Conflict, before.Confidence},
		{"words decide, short of the overrule margin: offered", "2 10 100", InvalidRequest, Conflict, before.Confidence},
		{"words lean past the overrule margin: they answer", "2 10 40", Conflict, InvalidRequest, Guess},
		{"words short of the answering margin: nothing changes", "2 100 100", InvalidRequest, "", before.Confidence},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithFallbackTable(conflictTable(tc.rule))).Decode(duplicate422)
			assert.Equal(t, tc.category, r.Category)
			assert.Equal(t, tc.confidence, r.Confidence)
			var alts []Category
			for _, a := range r.Alternatives {
				alts = append(alts, a.Category)
			}
			if tc.alt == "" {
				assert.NotContains(t, alts, Conflict)
				return
			}
			assert.Contains(t, alts, tc.alt)
			if tc.category == Conflict {
				assert.Empty(t, r.Entry, "the general entry no longer describes the answer")
				assert.False(t, r.Retryable)
				last := r.Evidence[len(r.Evidence)-1]
				assert.Regexp(t, `^the words '[a-z]+', '[a-z]+', '[a-z]+' lean to conflict \(learned from 10 tune pastes and 0 catalog entries\); general wording alone said invalid_request$`, last)
				assert.Contains(t, last, "'duplicate'")
			}
		})
	}
}

// An answer a provider's own entry documents is never second-guessed, however its words lean.
func TestSecondOpinionLeavesDocumentedAnswers(t *testing.T) {
	in := `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o: a duplicate request already exists', 'type': 'requests', 'param': null, 'code': 'rate_limit_exceeded'}}`
	r := New(WithFallbackTable(conflictTable("2 10 40"))).Decode(in)
	require.Equal(t, Documented, r.Confidence)
	assert.Equal(t, RateLimit, r.Category)
	for _, a := range r.Alternatives {
		assert.NotEqual(t, Conflict, a.Category)
	}
}

// The status is read as one more word: alone, it can decide, and the evidence says so in words.
func TestFallbackReadsTheStatus(t *testing.T) {
	table := "rule 1 10 0\ncategories timeout connection unknown\npastes 10 10 10\nentries 0 0 0\nzero -30 -30 -30\n" +
		"frobnicated 30 30 .\nstatus=none . 40 .\n"
	r := New(WithFallbackTable(table)).Decode("Kestrel frobnicated the widget")
	assert.Equal(t, Connection, r.Category)
	assert.Equal(t, Guess, r.Confidence)
	require.NotEmpty(t, r.Evidence)
	assert.Equal(t, "no HTTP status leans to connection (learned from 10 tune pastes and 0 catalog entries); no catalog entry matched",
		r.Evidence[len(r.Evidence)-1])
}

func TestFallbackStatusWord(t *testing.T) {
	assert.Equal(t, "status=429", FallbackStatusWord(429))
	assert.Equal(t, "status=none", FallbackStatusWord(0))
	assert.Equal(t, []string{"status", "status", "none"}, FallbackWords("status=429 status=none"), "no text gives a status word")
}

func TestAppendStatusLean(t *testing.T) {
	for _, tc := range []struct{ words, status, want string }{
		{"the words 'limit'", "", "the words 'limit' lean"},
		{"the words 'limit'", "429", "the words 'limit' and HTTP 429 lean"},
		{"the words 'reset'", "none", "the words 'reset' and no HTTP status lean"},
		{"", "429", "HTTP 429 leans"},
		{"", "none", "no HTTP status leans"},
	} {
		assert.Equal(t, tc.want, string(appendStatusLean([]byte(tc.words), tc.status)))
	}
}
