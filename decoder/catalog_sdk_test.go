package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The facts package retry reads (each catalog's first client, the generic catalog's
// retry_default) make whole curves, and post_retry is one of its three values.
func TestCatalogSDKBackoff(t *testing.T) {
	postRetry := map[string]bool{"": true, PostRetryAlways: true, PostRetryIdempotencyKey: true, PostRetryNever: true}
	for _, p := range load().files {
		assert.True(t, postRetry[p.SDK.PostRetry], "%s: post_retry %q", p.Slug, p.SDK.PostRetry)
	}
	assert.Empty(t, checkRetryShapes(load().files))
	bad := []*Provider{
		{Slug: "generic"},
		{Slug: "x", SDK: SDK{RetryDefault: SDKRetrier{Name: "errlens", BackoffBaseMS: 500, BackoffMaxMS: 8000, JitterHighPct: 100, Policy: "p"}}},
		{Slug: "y", SDK: SDK{Clients: []SDKRetrier{{Name: "no-jitter", BackoffBaseMS: 500, BackoffMaxMS: 8000, Policy: "p"}}}},
		{Slug: "z", SDK: SDK{Clients: []SDKRetrier{{Name: "no-policy", BackoffBaseMS: 500, BackoffMaxMS: 8000, JitterHighPct: 100}}}},
	}
	assert.Len(t, checkRetryShapes(bad), 4, "a generic catalog without retry_default, one elsewhere, a first client without jitter or policy")
	g := Lookup("generic")
	if assert.NotNil(t, g) {
		assert.Positive(t, g.SDK.RetryDefault.BackoffBaseMS, "the generic catalog holds the default curve")
		assert.Empty(t, g.SDK.Clients, "errlens's own policy is no client library the decoder should describe")
		assert.Empty(t, g.SDK.PostRetry, "by default a POST is re-sent after a failure the server may have acted on only with a key")
	}
}
