package decoder

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Every entry is usable: a stable anchor id, a known category, a fix, a source, and no two
// entries of a file claim the same code for the same status.
func TestCatalogEntries(t *testing.T) {
	kinds := map[string]bool{KindProvider: true, KindWrapper: true, KindGeneric: true}
	signalKinds := map[string]bool{"host": true, "module": true, "package": true, "class": true, "label": true, "header": true, "key": true, "request_id": true, "name": true, "phrase": true, "field": true, "traceback": true, "print": true, "relay": true, "model": true, "cloud": true}
	for _, p := range load().files {
		t.Run(p.Slug, func(t *testing.T) {
			assert.True(t, kinds[p.Kind], "kind %q", p.Kind)
			assert.NotEmpty(t, p.Name)
			assert.Regexp(t, `^https://`, p.Docs)
			for _, s := range p.Signals {
				assert.True(t, signalKinds[s.Kind], "signal kind %q", s.Kind)
				assert.NotEmpty(t, strings.TrimSpace(s.Text))
			}
			ids := map[string]bool{}
			codes := map[string]string{}
			for _, e := range p.Errors {
				assert.Regexp(t, idPattern, e.ID)
				assert.False(t, ids[e.ID], "duplicate id %s", e.ID)
				ids[e.ID] = true
				assert.True(t, e.Category.Valid(), "%s: category %q", e.ID, e.Category)
				assert.NotEmpty(t, strings.TrimSpace(e.Title), e.ID)
				assert.Greater(t, len(strings.TrimSpace(e.Fix)), 30, "%s: fix too short to be specific", e.ID)
				assert.Regexp(t, `^https?://`, e.Source, e.ID)
				assert.True(t, e.Status == 0 || (e.Status >= 200 && e.Status <= 599), "%s: status %d", e.ID, e.Status)
				if e.Code != "" && len(e.Phrases) == 0 {
					key := normCode(e.Code) + "/" + itoa(e.Status)
					assert.Empty(t, codes[key], "%s and %s claim code %s for status %d with nothing else to tell them apart", codes[key], e.ID, e.Code, e.Status)
					codes[key] = e.ID
				}
				if e.Category == Quota {
					assert.False(t, e.Retryable, "%s: quota and billing errors are never retryable", e.ID)
				}
			}
		})
	}
}

// The five seed providers and the other AI APIs of the design are all in the catalog.
func TestCatalogCoversDesignProviders(t *testing.T) {
	for _, slug := range []string{"cerebras", "opengradient", "pictograph", "openpixels", "a15t",
		"openai", "azure-openai", "anthropic", "gemini", "vertex-ai", "bedrock", "mistral", "groq",
		"openrouter", "together", "fireworks", "deepseek", "xai", "cohere", "perplexity",
		"huggingface", "replicate",
		// Issue 14's APIs.
		"ollama", "vllm", "llama-cpp", "dashscope", "moonshot", "zhipu", "minimax", "deepinfra",
		"sambanova", "nvidia-nim", "cloudflare-workers-ai", "github-models", "volcengine"} {
		p := Lookup(slug)
		if assert.NotNil(t, p, slug) {
			assert.Equal(t, KindProvider, p.Kind)
			assert.NotEmpty(t, p.Errors, slug)
		}
	}
}

// Every wrapper slug of the design is a wrapper catalog.
func TestCatalogCoversDesignWrappers(t *testing.T) {
	for _, slug := range []string{"litellm", "langchain", "vercel-ai", "google-api-core",
		"claude-code", "codex", "gemini-cli", "copilot-cli", "llamaindex", "crewai", "openai-agents", "aider"} {
		p := Lookup(slug)
		if assert.NotNil(t, p, slug) {
			assert.Equal(t, KindWrapper, p.Kind, slug)
			assert.NotEmpty(t, p.Signals, slug)
		}
	}
}

// The literal set's table is uint16: the catalog must stay well inside 65536 states.
func TestCatalogFitsAutomaton(t *testing.T) {
	states := len(load().eng.lits.outEnd)
	t.Logf("%d automaton states", states)
	assert.Less(t, states, maxStates*3/4, "grow literalSet.next to int32")
}

// A catalog's limits name only windows the decoder knows, for remaining-count headers and
// for its entries.
func TestCatalogLimits(t *testing.T) {
	used := 0
	for _, p := range load().files {
		for prefix, w := range p.Limits.HeaderWindows {
			used++
			assert.NotZero(t, windowOrder(w), "%s: window %q", p.Slug, w)
			assert.Contains(t, prefix, "remaining", "%s: %q is not a remaining-count header", p.Slug, prefix)
		}
		if p.Limits.DailyResetPacificMidnight {
			used++
		}
		for _, e := range p.Errors {
			if e.Window != "" {
				used++
				assert.NotZero(t, windowOrder(e.Window), "%s/%s: limit_window %q", p.Slug, e.ID, e.Window)
			}
		}
	}
	assert.Positive(t, used, "some catalog states its limits")
}
