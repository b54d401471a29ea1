package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A wrapper's default API (catalog field default_provider) names the provider when the
// paste shows the wrapper and no other API; any other API's own signal keeps it unknown.
// When the API is only the default, the wrapper's own entries are read before the API's
// (match.go), since the words are the wrapper's.
func TestWrapperDefaultProvider(t *testing.T) {
	cases := []struct {
		name, in, provider, wrapper, entry string
		cat                                Category
		assumed                            bool
	}{
		{"claude code's own limit", "Claude usage limit reached. Your limit will reset at 3pm (America/Bogota).",
			"anthropic", "claude-code", "claude-code-usage-limit", Quota, true},
		{"codex gave up on a 429", "exceeded retry limit, last status: 429 Too Many Requests, request id: 9c84b52ce87fbe62-SJC",
			"openai", "codex", "codex-retry-limit-429", RateLimit, true},
		{"gemini cli's daily quota", "✕ [API Error: You have exhausted your daily quota on this model.]",
			"gemini", "gemini-cli", "", Quota, true},
		// The API's own wording, re-printed through Claude Code: the wrapper has no entry
		// for it, so the assumed API's entry answers, not its code alone.
		{"anthropic output filter via claude code", `[{"error":"Error: 400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Output blocked by content filtering policy\"}}\n    at generate (/$bunfs/root/src/entrypoints/cli.js:11:59486)"}]`,
			"anthropic", "claude-code", "output-blocked-content-filter", ContentFilter, true},
		// Another API shows: MiniMax's code inside Claude Code's Anthropic-shaped print.
		{"claude code pointed at minimax", `API Error: 500 {"type":"error","error":{"type":"api_error","message":"insufficient balance (1008)"},"request_id":"05997465cd2ee4bd50b24b216c911b75"}`,
			"minimax", "claude-code", "", Quota, false},
		// A code only Moonshot uses, written loosely: too weak to name Moonshot, strong
		// enough that Anthropic is no longer a safe default.
		{"claude code with another api's code", `API Error: 429 {"error":{"message":"x","type":"EXCEEDED_CURRENT_QUOTA_ERROR"}}`,
			"", "claude-code", "", "", false},
		// Claude Code set up for Amazon Bedrock or Vertex AI (catalog also_calls): the cloud's
		// own wording names the API, AWS's UnrecognizedClientException message
		// (https://docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html) and
		// google-auth-library's missing credentials.
		{"claude code on bedrock", "API Error: 403 The security token included in the request is invalid.",
			"bedrock", "claude-code", "", Authentication, false},
		{"claude code on vertex", "API Error: 500 Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.",
			"vertex-ai", "claude-code", "", "", false},
		// The cloud's wording without a tool that calls one of its APIs names none of them.
		{"aws wording alone", "UnrecognizedClientException: The security token included in the request is invalid.",
			"", "", "", Authentication, false},
		// Wrappers without a default stay without a provider.
		{"copilot cli has no default", "✗ 402 You have no quota (Request ID: 0DAE:25E807:31A9BC6:3EB561C:69B79179)",
			"", "copilot-cli", "", Quota, false},
	}
	d := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := d.Decode(c.in)
			assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, c.wrapper, r.Wrapper, "wrapper")
			if c.entry != "" {
				assert.Equal(t, c.entry, r.Entry, "entry; evidence: %v", r.Evidence)
			}
			if c.cat != "" {
				assert.Equal(t, c.cat, r.Category, "category; evidence: %v", r.Evidence)
			}
			said := strings.Contains(strings.Join(r.Evidence, "\n"), "calls it unless another API's address is set")
			if c.provider == "bedrock" || c.provider == "vertex-ai" {
				assert.Contains(t, strings.Join(r.Evidence, "\n"), "calls it when set up for it", "evidence: %v", r.Evidence)
			}
			assert.Equal(t, c.assumed, said, "evidence names the default: %v", r.Evidence)
		})
	}
}

func TestDefaultProviderMustNameAProvider(t *testing.T) {
	api := &Provider{Slug: "api", Kind: KindProvider, Name: "API"}
	tool := func(def string) *Provider {
		return &Provider{Slug: "tool", Kind: KindWrapper, Name: "Tool", DefaultProvider: def}
	}
	_, err := CompileCatalog([]*Provider{api, tool("api")})
	if compilesCatalogs { // WebAssembly only reads catalogs (encodeSnapshot)
		require.NoError(t, err)
	}
	_, err = CompileCatalog([]*Provider{api, tool("nowhere")})
	assert.ErrorContains(t, err, "default_provider nowhere is not a provider's slug")
	_, err = CompileCatalog([]*Provider{{Slug: "api", Kind: KindProvider, Name: "API", DefaultProvider: "api"}})
	assert.ErrorContains(t, err, "default_provider is for wrappers")
}
