package main

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const corpusDir = "../../decoder/testdata/corpus"

// tuneOnly copies the tune split's files, and nothing else, into a new directory: a table
// built from it cannot have read eval.jsonl.
func tuneOnly(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range tuneFiles {
		data, err := os.ReadFile(filepath.Join(corpusDir, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return dir
}

// The committed table is what the generator writes from the tune split and the catalog as
// they are: a corpus or catalog change without `make fallback` fails here.
func TestCommittedTableIsCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("learns the table five times over")
	}
	want, err := buildFrom(tuneOnly(t))
	require.NoError(t, err)
	got, err := os.ReadFile("../../decoder/fallback.txt")
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "decoder/fallback.txt is stale: run `make fallback`")
}

func TestTuneFilesAreTheTuneSplit(t *testing.T) {
	assert.Equal(t, []string{"dev.jsonl", "tune.jsonl"}, tuneFiles)
	assert.NotContains(t, tuneFiles, "eval.jsonl")
}

// The same pastes in any order give the same table, byte for byte: no map order, no float
// sum in a varying order, reaches the output.
func TestBuildIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("learns the table five times over")
	}
	cases, err := loadTune(tuneOnly(t))
	require.NoError(t, err)
	pastes := append(pastesOf(cases), catalogPastes()...)
	first := build(pastes)
	shuffled := slices.Clone(pastes)
	rand.New(rand.NewSource(7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	assert.True(t, string(first) == string(build(shuffled)), "the table depends on the order of the pastes")
}

// A word only pastes of fewer than minThreads threads use is not learned, however often
// those threads repeat it; a word of three threads is.
func TestVocabularyNeedsThreeThreads(t *testing.T) {
	var pastes []paste
	for i := 0; i < 10; i++ {
		pastes = append(pastes, paste{thread: "a", category: "rate_limit", words: []string{"frobnicated", "throttled"}})
	}
	for _, th := range []string{"b", "c"} {
		pastes = append(pastes, paste{thread: th, category: "rate_limit", words: []string{"throttled"}})
		pastes = append(pastes, paste{thread: th, category: "server", words: []string{"crashed"}})
	}
	pastes = append(pastes, paste{thread: "d", category: "server", words: []string{"crashed"}})
	vocab := selectVocab(pastes)
	assert.True(t, vocab["throttled"], "three threads")
	assert.True(t, vocab["crashed"], "three threads")
	assert.False(t, vocab["frobnicated"], "one thread, ten pastes")
}

// A category learned from more pastes of a word weighs it more; the rule cross-validation
// picks answers no held-out paste below its margin.
func TestLearnAndRule(t *testing.T) {
	var pastes []paste
	for i, th := range strings.Fields("a b c d e f g h i j k l") {
		cat, words := "rate_limit", []string{"throttled", "slow"}
		if i%2 == 1 {
			cat, words = "server", []string{"crashed", "internal"}
		}
		pastes = append(pastes, paste{thread: th, category: cat, words: words})
	}
	m := learnBayes(pastes)
	assert.Greater(t, m.lifts["throttled"]["rate_limit"], 0)
	assert.Zero(t, m.lifts["throttled"]["server"], "never seen there: the zero alone")
	r := learnLogistic(pastes)
	assert.Greater(t, r.lifts["throttled"]["rate_limit"], 0)
	assert.LessOrEqual(t, r.lifts["throttled"]["server"], 0, "the regression: never seen there weighs against")
	assert.Zero(t, r.zero["server"], "the regression has no zero: a word weighs its lift")
	assert.Equal(t, r, learn(pastes), "the table's learner is the regression (regression)")
	assert.Equal(t, "rate_limit", r.predict([]string{"throttled", "slow"}).best)
	assert.Equal(t, "rate_limit", m.predict([]string{"throttled", "slow"}).best)
	assert.Equal(t, "server", m.predict([]string{"crashed"}).best)
	g := m.predict([]string{"throttled", "slow"})
	assert.True(t, rule{2, g.margin}.answers(g))
	assert.False(t, rule{2, g.margin + 1}.answers(g))
	assert.False(t, rule{3, 0}.answers(g), "two words, three needed")
}

// The status is one more word of each paste, the labelled one; the status words come on top
// of the vocabulary's words, taking no word's place.
func TestStatusWord(t *testing.T) {
	assert.Equal(t, []string{"limit", "rate", "status=429"}, withStatus([]string{"limit", "rate"}, 429))
	assert.Equal(t, []string{"reset", "status=none"}, withStatus([]string{"reset"}, 0))
	var pastes []paste
	for _, th := range []string{"a", "b", "c"} {
		pastes = append(pastes, paste{thread: th, category: "rate_limit", words: withStatus([]string{"throttled"}, 429)})
	}
	vocab := selectVocab(pastes)
	assert.True(t, vocab["status=429"])
	assert.True(t, vocab["throttled"])
	assert.True(t, isStatusWord("status=429"))
	assert.False(t, isStatusWord("status"))
}

// twoCategories are pastes of twelve threads: rate_limit's say the words a, server's say
// "crashed".
func twoCategories(a ...string) []paste {
	var pastes []paste
	for i, th := range strings.Fields("a b c d e f g h i j k l") {
		cat, words := "rate_limit", a
		if i%2 == 1 {
			cat, words = "server", []string{"crashed"}
		}
		pastes = append(pastes, paste{thread: th, category: cat, words: words})
	}
	return pastes
}

// Words that always come together ("rate" and "limit") are one piece of evidence, not two:
// the regression's lead for a paste with both is about what one alone earns when it comes
// alone (1.12 times here), where naive Bayes (the learner before) counts each word's lift
// again (1.47 times; each word's zero takes some back). The regression's margins do not grow
// with how many of a phrase's words a paste repeats, so its rule can ask less of them.
func TestCorrelatedWordsCountOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		learn  func([]paste) model
		lo, hi float64 // the lead with both words over the lead with one
	}{
		{"logistic regression (the table's learner)", learnLogistic, 0.8, 1.25},
		{"naive Bayes (before)", learnBayes, 1.4, 2.2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			one := tc.learn(twoCategories("throttled")).predict([]string{"throttled"})
			both := tc.learn(twoCategories("throttled", "slowdown")).predict([]string{"throttled", "slowdown"})
			require.Equal(t, "rate_limit", one.best)
			require.Equal(t, "rate_limit", both.best)
			ratio := float64(both.margin) / float64(one.margin)
			assert.True(t, ratio >= tc.lo && ratio <= tc.hi, "lead %d with both words, %d with one: ratio %.2f", both.margin, one.margin, ratio)
		})
	}
}

// A word that pastes of no API error (category unknown) use as often as rate limits do leans
// to unknown: those pastes weigh unknownWeight times as much, as calling one an API error is
// the worse mistake. Words of one category alone still lean to it.
func TestNoAPIErrorPastesWeighMore(t *testing.T) {
	var pastes []paste
	for i, th := range strings.Fields("a b c d e f g h i j k l") {
		cat := []string{"rate_limit", "unknown"}[i%2]
		own := map[string]string{"rate_limit": "throttled", "unknown": "constraint"}[cat]
		pastes = append(pastes, paste{thread: th, category: cat, words: []string{"shared", own}})
	}
	m := learnLogistic(pastes)
	for _, tc := range []struct {
		words []string
		want  string
	}{
		{[]string{"shared"}, "unknown"},
		{[]string{"shared", "throttled"}, "rate_limit"},
		{[]string{"shared", "constraint"}, "unknown"},
	} {
		assert.Equal(t, tc.want, m.predict(tc.words).best, "%v", tc.words)
	}
}

// The regression's table is pruned: a weight under minWeight either way is stored as none.
func TestSmallWeightsPruned(t *testing.T) {
	m := learnLogistic(twoCategories("throttled", "slowdown"))
	for w, byCat := range m.lifts {
		for c, v := range byCat {
			assert.True(t, v >= minWeight || v <= -minWeight, "%s in %s weighs %d", w, c, v)
		}
	}
}
