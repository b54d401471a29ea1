package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A tool's own notice stands in place of the response it got: it implies no status unless
// the tool prints one (after its failure mark, "✗ 402 ...") or a code documented with one.
func TestToolNoticeStatus(t *testing.T) {
	cases := []struct {
		name, in string
		status   int
		wrapper  string
	}{
		// Claude Code's plan notices (docs.anthropic.com/en/docs/claude-code/costs).
		{"claude-code usage limit", "Claude usage limit reached. Your limit will reset at 3pm (America/Bogota).", 0, "claude-code"},
		// Codex's plan notice (codex-rs/core/src/error.rs UsageLimitReachedError).
		{"codex usage limit", "You've hit your usage limit. Upgrade to Pro (https://chatgpt.com/explore/pro) or try again in 2 days 3 hours.", 0, "codex"},
		// Copilot CLI prints the status after its failure mark, also inside a JSON log field.
		{"copilot-cli mark", "✗ 402 You have no quota (Request ID: 0DAE:25E807:31A9BC6:3EB561C:69B79179)", 402, "copilot-cli"},
		{"copilot-cli mark in log", `{"level":"error","msg":"✗ 402 You have no quota (Request ID: 0DAE:25E807:31A9BC6:3EB561C:69B79179)"}`, 402, "copilot-cli"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.status, r.HTTPStatus, "status; evidence: %v", r.Evidence)
			assert.Equal(t, c.wrapper, r.Wrapper, "wrapper")
		})
	}
}
