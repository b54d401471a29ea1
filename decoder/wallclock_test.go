package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A reset printed with no zone is read on the zone its provider's catalog says it prints
// times in (Z.ai/Zhipu: Beijing time, UTC+8, per docs.z.ai/api-reference/api-code's
// "Your limit will reset at {next_flush_time}"); a reset that names its zone, or comes from
// a provider that states none, is read as before.
func TestResetInProviderZone(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Z.ai's wording, Beijing time, with seconds", "Usage limit reached for 5 hour. Your limit will reset at 2026-09-04 19:01:25",
			"2026-09-04T11:01:25Z"},
		{"Z.ai's 1308 body through the SDK", `zai.core._errors.APIReachLimitError: Error code: 429, with error text {"error":{"code":"1308","message":"Usage limit reached for 5 hour. Your limit will reset at 2026-01-15 20:30:00"}}`,
			"2026-01-15T12:30:00Z"},
		{"BigModel's Chinese wording, no space before the date", `{"error":{"code":"1308","message":"已达到 5 小时的使用上限。您的限额将在2026-01-16 08:00:00重置。"}}`,
			"2026-01-16T00:00:00Z"},
		{"a time of day alone is a tool's, in the user's zone (here the clock's)", "Claude Code via https://api.z.ai/api/anthropic: 5-hour limit reached ∙ resets at 20:30",
			"2026-01-15T20:30:00Z"},
		{"a zone the paste names wins", "Usage limit reached for 5 hour. Your limit will reset at 2026-01-15 20:30 UTC",
			"2026-01-15T20:30:00Z"},
		{"no stated zone: a provider without one reads the clock's", "API Error: 429 usage limit reached, try again at 14:05:30",
			"2026-01-15T14:05:30Z"},
		{"an ordinal day (Codex), on the clock's zone: a tool prints the user's own", "You've hit your usage limit. Upgrade to Plus to continue using Codex (https://chatgpt.com/explore/plus), or try again at Feb 11th, 2026 1:36 PM.",
			"2026-02-11T13:36:00Z"},
		{"a Beijing time before the paste's own Date is no reset", "HTTP/1.1 429 Too Many Requests\ndate: Thu, 15 Jan 2026 08:59:00 GMT\n\n{\"error\":{\"code\":\"1308\",\"message\":\"Usage limit reached for 5 hour. Your limit will reset at 2026-01-15 12:00:00\"}}",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, timingDecoder().Decode(tc.in).ResetAt)
		})
	}
}

// Every clock_zone a catalog states is one zones.go knows, and Z.ai/Zhipu states Beijing's.
func TestCatalogClockZones(t *testing.T) {
	stated := map[string]string{}
	for _, p := range load().files {
		if z := p.Limits.ClockZone; z != "" {
			_, ok := zoneNamed(z)
			assert.True(t, ok, "%s: clock_zone %q is no zone zones.go knows", p.Slug, z)
			stated[p.Slug] = z
		}
	}
	require.Contains(t, stated, "zhipu")
	z, _ := zoneNamed(stated["zhipu"])
	assert.Equal(t, 8*60, z.stdMin, "Beijing time is UTC+8 all year")
	assert.Equal(t, noDST, z.rule)
}

func TestReadSeconds(t *testing.T) {
	for _, tc := range []struct {
		in        string
		sec, used int
	}{
		{":25", 25, 3}, {":25 UTC", 25, 3}, {":59重置", 59, 3}, {":60", 0, 0}, {":256", 0, 0}, {" 25", 0, 0}, {":2", 0, 0}, {"", 0, 0},
	} {
		sec, used := readSeconds(tc.in)
		assert.Equal(t, []int{tc.sec, tc.used}, []int{sec, used}, tc.in)
	}
}
