package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The sixth speed pass's shortcuts, each held to the code it replaced.

// relayed skips a path without "upstream": that holds only while every relay member
// names it.
func TestRelayMembersNameUpstream(t *testing.T) {
	for _, m := range relayMembers {
		require.Contains(t, m, "upstream", m)
	}
	for _, where := range []string{"error.code", "upstreamresponse.error.code", "error.upstream_error.code", "upstream.code", "x.upstreamerror"} {
		old := false
		for _, m := range relayMembers {
			old = old || strings.Contains("."+where, m)
		}
		require.Equal(t, old, relayed(where), where)
	}
}
