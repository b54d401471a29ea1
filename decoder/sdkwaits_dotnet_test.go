package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The .NET clients, from their catalogs: OpenAI's (System.ClientModel's ClientRetryPolicy:
// three retries, any Retry-After waited out), Azure.AI.OpenAI (the same policy reading
// retry-after-ms and x-ms-retry-after-ms first), and Anthropic's C# SDK (a Retry-After
// under a minute, else its own 0.5 s backoff, as anthropic-python).
func TestDotNetClientWaits(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	rl := func(ms int64) Result {
		return Result{HTTPStatus: 429, Category: RateLimit, Retryable: true, RetryAfterMS: ms}
	}
	for _, tc := range []struct {
		slug, sdk string
		r         Result
		action    string
		waitMS    int64
		attempts  int
	}{
		{"openai", "openai-dotnet", rl(171000), SDKWaitWaits, 171000, 4},
		{"openai", "openai-dotnet", rl(0), SDKWaitBacksOff, 800, 4},
		{"azure-openai", "Azure.AI.OpenAI", rl(86400000), SDKWaitWaits, 86400000, 4},
		{"azure-openai", "openai-python", rl(86400000), SDKWaitGivesUp, 0, 1},
		{"anthropic", "anthropic-csharp", rl(17000), SDKWaitWaits, 17000, 3},
		{"anthropic", "anthropic-csharp", rl(95000), SDKWaitRetriesEarly, 500, 3},
		{"anthropic", "anthropic-go", rl(95000), SDKWaitWaits, 95000, 3},
		{"openai", "openai-dotnet", Result{HTTPStatus: 409, Category: Conflict, Retryable: true}, SDKWaitNoRetry, 0, 1},
	} {
		t.Run(tc.slug+"/"+tc.sdk, func(t *testing.T) {
			var got *SDKWait
			for _, w := range sdkWaits(Lookup(tc.slug), &tc.r, nil, now) {
				if w.SDK == tc.sdk {
					got = &w
				}
			}
			require.NotNil(t, got, "%s lists no %s", tc.slug, tc.sdk)
			assert.Equal(t, tc.action, got.Action, got.Says)
			assert.Equal(t, tc.waitMS, got.WaitMS, got.Says)
			assert.Equal(t, tc.attempts, got.Attempts, got.Says)
		})
	}
}

// A catalog with clients_of and clients of its own lists the borrowed ones first (the
// first is what package retry imitates), then its own; the catalog it borrows from does not
// gain them, and a chain of clients_of is refused.
func TestClientsOfWithOwnClients(t *testing.T) {
	var names []string
	for _, c := range Lookup("azure-openai").Clients() {
		names = append(names, c.Name)
	}
	assert.Equal(t, []string{"openai-python", "openai-node", "openai-go", "openai-java", "openai-dotnet", "Azure.AI.OpenAI"}, names)
	for _, c := range Lookup("openai").Clients() {
		assert.NotEqual(t, "Azure.AI.OpenAI", c.Name)
	}
	assert.Equal(t, 2, Lookup("azure-openai").SDK.Python.Retries, "derived from openai-python through clients_of")
	chain := []*Provider{
		{Slug: "a", SDK: SDK{Clients: []SDKRetrier{{Name: "x", Source: "s"}}}},
		{Slug: "b", SDK: SDK{ClientsOf: "a"}},
		{Slug: "c", SDK: SDK{ClientsOf: "b"}},
	}
	assert.Len(t, checkClients(chain), 1)
}
