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

// sdkRetriesReference is sdkRetries as it was: every item compared with the kinds first.
func sdkRetriesReference(on []string, status int, cat Category) bool {
	for _, it := range on {
		switch it {
		case "connection":
			if cat == Connection {
				return true
			}
		case "timeout":
			if cat == Timeout && status == 0 {
				return true
			}
		case "5xx", ">=500":
			if status >= 500 {
				return true
			}
		default:
			if status != 0 && isNumber(it, status) {
				return true
			}
		}
	}
	return false
}

// sdkRetries answers as before for every catalog's retry_on lists, every status from 0 to
// 1000 and every category.
func TestSDKRetriesAsBefore(t *testing.T) {
	e := load().eng
	lists := [][]string{{"042", "5x5", "+42", "1000", "99"}}
	for _, p := range e.files {
		lists = append(lists, p.SDK.RetryOn)
		for _, cl := range p.SDK.Clients {
			lists = append(lists, cl.RetryOn)
		}
	}
	for _, on := range lists {
		for status := 0; status <= 1000; status++ {
			for _, cat := range []Category{Unknown, Connection, Timeout, RateLimit, Server, Quota} {
				require.Equal(t, sdkRetriesReference(on, status, cat), sdkRetries(on, status, cat), "%v %d %s", on, status, cat)
			}
		}
	}
}
