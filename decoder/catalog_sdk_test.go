package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The backoff numbers package retry reads come as a whole curve or not at all (a file
// without one takes the generic catalog's), and post_retry is one of its three values.
func TestCatalogSDKBackoff(t *testing.T) {
	postRetry := map[string]bool{"": true, PostRetryAlways: true, PostRetryIdempotencyKey: true, PostRetryNever: true}
	for _, p := range load().files {
		s := p.SDK
		assert.True(t, postRetry[s.PostRetry], "%s: post_retry %q", p.Slug, s.PostRetry)
		if s.BackoffBaseMS == 0 {
			assert.Zero(t, s.BackoffMaxMS+s.BackoffJitterLowPct+s.BackoffJitterHighPct+s.BackoffRetryAfterMaxS,
				"%s: backoff numbers without backoff_base_ms", p.Slug)
			assert.Empty(t, s.RetryPolicy, "%s: retry_policy without backoff_base_ms", p.Slug)
			continue
		}
		assert.GreaterOrEqual(t, s.BackoffMaxMS, s.BackoffBaseMS, p.Slug)
		assert.GreaterOrEqual(t, s.BackoffJitterLowPct, 0, p.Slug)
		assert.Greater(t, s.BackoffJitterHighPct, s.BackoffJitterLowPct, p.Slug)
		assert.NotEmpty(t, s.RetryPolicy, p.Slug)
	}
	g := Lookup("generic")
	if assert.NotNil(t, g) {
		assert.Positive(t, g.SDK.BackoffBaseMS, "the generic catalog holds the default curve")
		assert.Empty(t, g.SDK.PostRetry, "by default a POST is re-sent after a failure the server may have acted on only with a key")
	}
}
