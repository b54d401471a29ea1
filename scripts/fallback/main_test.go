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
	m := learn(pastes)
	assert.Greater(t, m.lifts["throttled"]["rate_limit"], 0)
	assert.Zero(t, m.lifts["throttled"]["server"], "never seen there: the zero alone")
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
