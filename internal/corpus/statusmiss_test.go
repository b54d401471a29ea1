package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The report's status misses are counted by kind, because an invented status, a lost one
// and another one read need different fixes.
func TestStatusMissKind(t *testing.T) {
	for _, tc := range []struct {
		want, got int
		kind      string
	}{
		{0, 429, "none labelled, one decoded"},
		{429, 0, "one labelled, none decoded"},
		{429, 403, "another status of its class"},
		{429, 503, "a status of another class"},
	} {
		assert.Equal(t, tc.kind, statusMissKind(tc.want, tc.got), "%d read as %d", tc.want, tc.got)
	}
}
