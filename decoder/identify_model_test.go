package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Provider identification from what each provider's catalog knows of it (issue 13): model
// families as weak evidence of the model's maker, SDK user agents and prints, documented
// error names, the Go and Python prints of Gemini's safety blocks, and the API a wrapper
// calls when set up for another cloud. Inputs are written from the providers' docs and
// SDK sources, not copied from the corpus.
func TestProviderFromCatalogKnowledge(t *testing.T) {
	cases := []struct {
		name, in, provider string
		// alt is a provider the alternatives must name ("" when not checked); evidence a
		// text the provider's evidence line must hold, or must not hold when it starts "!".
		alt, evidence string
	}{
		// A model family alone names no provider: the model is served by many APIs. Its
		// maker is offered as a close reading.
		{"claude model alone", "Error: 429 rate limited for claude-3-5-sonnet-20241022", "", "anthropic", ""},
		{"grok model alone", "Error: 429 Too Many Requests: model grok-3 is overloaded", "", "xai", ""},
		// With openai-python's print of an OpenAI-shaped body (_exceptions.py: "Error code:
		// {status} - {body}"), the gpt- family tips it to OpenAI, and the evidence says so.
		{"openai print and gpt family", "RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini.', 'type': 'requests', 'param': None}}",
			"openai", "", `model family (its maker, weak) "gpt-4"`},
		// The same print without a model names no provider.
		{"openai print alone", "RateLimitError: Error code: 429 - {'error': {'message': 'Too many requests', 'type': 'requests', 'param': None}}", "", "", ""},
		// The family loses to any address: Bedrock serves Claude ("anthropic.claude-"), and
		// a router's model id names the model's maker only.
		{"bedrock serves claude", "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again. modelId=anthropic.claude-3-5-sonnet-20240620-v1:0",
			"bedrock", "", `!model family`},
		{"openrouter serves claude", `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"rate limited","provider_name":"Anthropic"}}} model=anthropic/claude-3.5-sonnet`,
			"openrouter", "", ""},
		// Where the provider's own signals name it, the family is not shown.
		{"host names openai", "POST https://api.openai.com/v1/chat/completions 429: model gpt-4o: Rate limit reached", "openai", "", "!model family"},
		// SDK user agents (openai-node v3's axios config, v4's getUserAgent).
		{"openai-node v3 user agent", "Error: Request failed with status code 401\n    at createError (/srv/node_modules/axios/lib/core/createError.js:16:15)\n  headers: {\n    'User-Agent': 'OpenAI/NodeJS/3.3.0',\n", "openai", "", `package "OpenAI/NodeJS/"`},
		{"anthropic-sdk-typescript user agent", "Error: 529 overloaded\n  request headers: { 'user-agent': 'Anthropic/JS 0.39.0' }", "anthropic", "", ""},
		// DeepSeek's error table: "402 - Insufficient Balance".
		{"deepseek documented name", "402 Insufficient Balance", "deepseek", "", `"402 Insufficient Balance"`},
		// generative-ai-go's BlockedError and google-generativeai's protobuf text print.
		{"gemini go blocked candidate", "blocked: candidate: FinishReasonSafety", "gemini", "", ""},
		{"gemini go blocked prompt", "generate: blocked: prompt: BlockReasonSafety", "gemini", "", ""},
		{"gemini python prompt feedback", "ValueError: prompt_feedback {\n  block_reason: SAFETY\n  safety_ratings {\n    category: HARM_CATEGORY_HARASSMENT\n    probability: HIGH\n  }\n}", "gemini", "", ""},
	}
	d := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := d.Decode(c.in)
			assert.Equal(t, c.provider, r.Provider, "provider; evidence: %v", r.Evidence)
			if c.alt != "" {
				var alts []string
				for _, a := range r.Alternatives {
					alts = append(alts, a.Provider)
				}
				assert.Contains(t, alts, c.alt, "alternatives: %+v", r.Alternatives)
			}
			if c.evidence != "" && len(r.Evidence) > 0 {
				first := r.Evidence[0]
				if want, ok := strings.CutPrefix(c.evidence, "!"); ok {
					assert.NotContains(t, first, want)
				} else {
					assert.Contains(t, first, want)
				}
			}
		})
	}
}

// A wrapper's default API still answers when a model family is all that lifted its score
// to the minimum: the paste is the wrapper's words, read through the wrapper's entries
// (Gemini CLI's capacity message is its own quota entry, not Gemini's generic 429).
func TestModelFamilyLeavesTheWrapperDefault(t *testing.T) {
	in := `[API Error: {"error":{"code":429,"message":"You have exhausted your capacity on this model. Your quota will reset after 5h59m59s.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"QUOTA_EXHAUSTED","metadata":{"model":"gemini-2.5-pro"}}]}}]`
	r := New().Decode(in)
	assert.Equal(t, "gemini", r.Provider)
	assert.Equal(t, "gemini-cli", r.Wrapper)
	assert.Equal(t, Quota, r.Category, "evidence: %v", r.Evidence)
	assert.Contains(t, strings.Join(r.Evidence, "\n"), "Gemini CLI calls it unless another API's address is set")
}

// A provider named only because a model family tipped the choice is inferred, never
// documented, even where its entry documents the message.
func TestModelFamilyTipIsInferred(t *testing.T) {
	r := New().Decode("Rate limit reached for gpt-4o on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.2s.")
	assert.Equal(t, "openai", r.Provider, "evidence: %v", r.Evidence)
	assert.Equal(t, Inferred, r.Confidence)
}
