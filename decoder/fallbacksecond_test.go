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
// (The words' margin over invalid_request is 9 nats: conflictTable's "2 1000" never decides.)
const duplicate422 = `HTTP 422 Unprocessable Entity: {"message": "record already exists: duplicate key"}`

func TestSecondOpinion(t *testing.T) {
	before := New(WithFallbackTable(conflictTable("2 1000"))).Decode(duplicate422)
	require.True(t, before.Generic, "general wording placed it")
	require.Equal(t, InvalidRequest, before.Category)
	for _, tc := range []struct {
		name, rule string
		offered    bool
	}{
		{"the words decide another category: offered as an alternative", "2 10", true},
		{"the words short of the table's margin: nothing offered", "2 100", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(WithFallbackTable(conflictTable(tc.rule))).Decode(duplicate422)
			assert.Equal(t, InvalidRequest, r.Category, "the answer stands")
			assert.Equal(t, before.Confidence, r.Confidence)
			assert.Equal(t, before.Evidence, r.Evidence)
			var lean []Alternative
			for _, a := range r.Alternatives {
				if a.Category == Conflict {
					lean = append(lean, a)
				}
			}
			if !tc.offered {
				assert.Empty(t, lean)
				return
			}
			require.Len(t, lean, 1)
			assert.False(t, lean[0].Retryable)
			assert.Equal(t, "the error's words lean to conflict (learned from the tune split), though general wording placed it", lean[0].Evidence)
		})
	}
}

// An answer a provider's own entry documents is never second-guessed, however its words lean.
func TestSecondOpinionLeavesDocumentedAnswers(t *testing.T) {
	in := `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o: a duplicate request already exists', 'type': 'requests', 'param': null, 'code': 'rate_limit_exceeded'}}`
	r := New(WithFallbackTable(conflictTable("2 10"))).Decode(in)
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
