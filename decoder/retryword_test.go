package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// retryWord is the two indexFold calls readAttempts made before it, in one search.
func TestRetryWordIsTheTwoSearches(t *testing.T) {
	for _, text := range []string{
		"", "g", "G", "retrying", "RETRYING in 3s", "Retryin", "etrying", "xretryingx", "try again in 4s",
		"Reconnecting... 2/5", "reconnecting...2/5", "RECONNECTING... ", "reconnecting.. ", "reconnecting",
		"gggg retrying", "a Retrying\\u0067", "retryinG", "Retryıng", "going, going, gone: reconnectinG... x",
		benchJSON, benchTraceback,
	} {
		want := indexFold(text, "retrying") >= 0 || indexFold(text, reconnecting) >= 0
		assert.Equal(t, want, retryWord(text), "%q", text)
	}
}

// sourceFile reads an extension as a run of at most four lower-case letters.
func TestSourceExtsAreShortLowerCase(t *testing.T) {
	for _, ext := range sourceExts {
		assert.LessOrEqual(t, len(ext), 4, ext)
		for i := 0; i < len(ext); i++ {
			assert.True(t, isLower(ext[i]), ext)
		}
	}
	for text, want := range map[string]bool{
		"x openai.rb:33:in": true, "x openai.com/v1": false, "openai.java:12": true, "openai.javax:1": false,
		"openai.py:": false, "openai.py:x": false, "openai.PY:3": false, "openai.ts:9)": true, "openai.": false,
	} {
		assert.Equal(t, want, sourceFile(text, len(text[:indexByteFrom(text, 0, '.')])), text)
	}
}
