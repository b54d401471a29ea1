package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The Python and Node retry counts the decoder reads, of every catalog with clients (its own
// or those clients_of names), are those of its client in that language; a wrapper's are the
// tool's own, and a language no client is written in keeps its section's count.
func TestSDKRetriesAreTheClients(t *testing.T) {
	derived := 0
	for _, p := range load().files {
		clients := p.Clients()
		if len(clients) == 0 {
			continue
		}
		assert.Equal(t, KindProvider, p.Kind, "%s: clients are a provider's SDKs, not a tool's", p.Slug)
		for _, s := range retrySections(&p.SDK) {
			if cl := clientIn(clients, s.lang); cl != nil {
				assert.Equal(t, cl.Retries, s.sec.Retries, "%s: sdk.%s.retries against %s", p.Slug, s.lang, cl.Name)
				derived++
			}
		}
	}
	assert.Equal(t, 39, derived, "15 catalogs with clients and 11 with clients_of: 26 Python counts; 13 Node (anthropic, openai and the 11)")
	assert.Equal(t, 2, Lookup("bedrock").SDK.Node.Retries, "no Node client: the JavaScript v3 SDK's count stays in its section")
	assert.Equal(t, 10, Lookup("claude-code").SDK.Node.Retries, "a tool's own retries")
}

// The compiler fills a count from the client, copies the file it changes, and rejects one
// written beside the client that gives it, even when they agree.
func TestDeriveRetries(t *testing.T) {
	py := SDKRetrier{Name: "x-python", Language: "python", Retries: 3}
	files := []*Provider{
		{Slug: "x", SDK: SDK{Node: SDKClient{Retries: 2}, Clients: []SDKRetrier{py}}},
		{Slug: "compat", SDK: SDK{ClientsOf: "x"}},
		{Slug: "tool", Kind: KindWrapper, SDK: SDK{Python: SDKClient{Retries: 8}}},
	}
	out, errs := deriveRetries(files)
	require.Empty(t, errs)
	assert.Equal(t, 3, out[0].SDK.Python.Retries)
	assert.Equal(t, 2, out[0].SDK.Node.Retries, "no Node client: the section's own count")
	assert.Equal(t, 3, out[1].SDK.Python.Retries, "through clients_of")
	assert.Same(t, files[2], out[2], "a catalog without clients is left as it is")
	assert.Equal(t, 8, out[2].SDK.Python.Retries)
	assert.Zero(t, files[0].SDK.Python.Retries, "the caller's file is not changed")

	twice := []*Provider{{Slug: "y", SDK: SDK{Python: SDKClient{Retries: 3}, Clients: []SDKRetrier{py}}}}
	_, errs = deriveRetries(twice)
	require.Len(t, errs, 1)
	assert.EqualError(t, errs[0], "y: sdk.python.retries is written twice: x-python's retries is its one home")
}
