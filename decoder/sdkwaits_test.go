package decoder

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The wait asked against each kind of cap: honoured up to it, and beyond it given up on
// (openai-python), replaced by the backoff (openai-node, anthropic-python) or clamped
// (openai-go); no cap (anthropic-go); no header read (google-genai, botocore); retries off.
func TestClientWaitAgainstItsCap(t *testing.T) {
	reads := []string{"retry-after-ms", "retry-after"}
	giveUp := SDKRetrier{Name: "give-up", Retries: 2, Reads: reads, WaitMaxS: 120, OverMax: OverMaxGiveUp, BackoffBaseMS: 500}
	backoff := SDKRetrier{Name: "backoff", Retries: 2, Reads: reads, WaitMaxS: 60, OverMax: OverMaxBackoff, BackoffBaseMS: 500}
	clamp := SDKRetrier{Name: "clamp", Retries: 2, Reads: reads, WaitMaxS: 8, OverMax: OverMaxClamp, BackoffBaseMS: 500}
	noCap := SDKRetrier{Name: "no-cap", Retries: 2, Reads: reads, BackoffBaseMS: 500}
	deaf := SDKRetrier{Name: "deaf", Retries: 4, BackoffBaseMS: 1000}
	off := SDKRetrier{Name: "off", Retries: 0, BackoffBaseMS: 1000}
	for _, tc := range []struct {
		name        string
		cl          SDKRetrier
		retries     bool
		asked, need int64
		action      string
		wait        int64
		attempts    int
	}{
		{"under the cap: waits what is asked", giveUp, true, 17000, 17000, SDKWaitWaits, 17000, 3},
		{"at the cap: still waits", giveUp, true, 120000, 120000, SDKWaitWaits, 120000, 3},
		{"over the cap: gives up", giveUp, true, 171000, 171000, SDKWaitGivesUp, 0, 1},
		{"over the cap: its backoff, early", backoff, true, 90000, 90000, SDKWaitRetriesEarly, 500, 3},
		{"under the cap of a backoff one", backoff, true, 60000, 60000, SDKWaitWaits, 60000, 3},
		{"clamped to 8 s: early", clamp, true, 17000, 17000, SDKWaitRetriesEarly, 8000, 3},
		{"under the clamp", clamp, true, 2000, 2000, SDKWaitWaits, 2000, 3},
		{"no cap: waits an hour", noCap, true, 3600000, 3600000, SDKWaitWaits, 3600000, 3},
		{"no wait known: its backoff", noCap, true, 0, 0, SDKWaitBacksOff, 500, 3},
		{"no wait asked, a reset known: early", noCap, true, 0, 30000, SDKWaitRetriesEarly, 500, 3},
		{"reads no header: early", deaf, true, 20000, 20000, SDKWaitRetriesEarly, 1000, 5},
		{"reads no header, short wait: its backoff is enough", deaf, true, 800, 800, SDKWaitWaits, 1000, 5},
		{"retries off", off, true, 17000, 17000, SDKWaitNoRetry, 0, 1},
		{"status it does not retry", noCap, false, 17000, 17000, SDKWaitNoRetry, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := clientWait(&tc.cl, tc.retries, tc.asked, tc.need)
			assert.Equal(t, tc.action, w.Action)
			assert.Equal(t, tc.wait, w.WaitMS)
			assert.Equal(t, tc.attempts, w.Attempts)
		})
	}
}

// The example, from the catalog: the same Retry-After read by five OpenAI SDKs,
// and an OpenAI-compatible API that borrows their clients.
func TestSDKWaitsFromTheCatalog(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	says := func(slug string, r Result) []string {
		var out []string
		for _, w := range sdkWaits(Lookup(slug), &r, nil, now) {
			out = append(out, w.Says)
		}
		return out
	}
	rl := func(ms int64) Result {
		return Result{HTTPStatus: 429, Category: RateLimit, Retryable: true, RetryAfterMS: ms}
	}
	assert.Equal(t, []string{
		"openai-python waits 17 s and retries (up to 2 times)",
		"openai-node waits 17 s and retries (up to 2 times)",
		"openai-go retries after 8 s, before the limit resets (up to 2 times)",
		"openai-java waits 17 s and retries (up to 2 times)",
		"openai-dotnet waits 17 s and retries (up to 3 times)",
	}, says("openai", rl(17000)))
	assert.Equal(t, []string{
		"openai-python gives up at once: it waits out at most 120 s, and this asks for 171 s",
		"openai-node retries after about 0.5 s by its own backoff, before the limit resets (up to 2 times)",
		"openai-go retries after 8 s, before the limit resets (up to 2 times)",
		"openai-java waits 171 s and retries (up to 2 times)",
		"openai-dotnet waits 171 s and retries (up to 3 times)",
	}, says("openai", rl(171000)))
	assert.Equal(t, says("openai", rl(17000)), says("deepseek", rl(17000)), "clients_of: openai")
	assert.Equal(t, []string{"google-genai does not retry unless retries are turned on, so it raises this at once"}, says("gemini", rl(17000)))

	reset := Result{HTTPStatus: 429, Category: RateLimit, Retryable: true, ResetAt: "2026-01-01T00:00:30Z"}
	require.Len(t, says("anthropic", reset), 4)
	assert.Equal(t, "anthropic-go retries after about 0.5 s by its own backoff, before the limit resets (up to 2 times)", says("anthropic", reset)[2])

	assert.Nil(t, says("openai", Result{HTTPStatus: 429, Category: Quota}), "not retryable: no waits")
	assert.Equal(t, []string{"cerebras-cloud-sdk-python waits 17 s and retries (up to 2 times)"}, says("cerebras", rl(17000)),
		"the client whose backoff package retry follows is the one the decoder describes")
	assert.Nil(t, says("together", rl(17000)), "no clients in its catalog")
}

// Every catalog's clients check (clients_of names a catalog with clients; a cap says what
// happens over it), and a bad one fails.
func TestCatalogClientsCheck(t *testing.T) {
	require.Empty(t, checkClients(load().files))
	bad := []*Provider{{Slug: "a", SDK: SDK{ClientsOf: "nowhere"}}, {Slug: "b", SDK: SDK{Clients: []SDKRetrier{{Name: "x", Source: "s", WaitMaxS: 5}}}}}
	assert.Len(t, checkClients(bad), 2)
}
