package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A numeric business code beside the wording of the one entry that documents it names that
// provider, whatever body shape carries it (Z.ai's Anthropic-compatible endpoint answers in
// Anthropic's shape); the number alone, or beside other wording, names none.
func TestBusinessCodeWithItsWordingNamesTheProvider(t *testing.T) {
	tests := []struct {
		name, in, provider string
	}{
		{"Zhipu's 1113 in Anthropic's shape",
			`{"type":"error","error":{"type":"1113","message":"Insufficient balance or no resource package. Please recharge."}}`, "zhipu"},
		{"Zhipu's 1113 in an OpenAI-style body",
			`{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}}`, "zhipu"},
		{"Zhipu's 1302 in Chinese",
			`{"error":{"code":"1302","message":"您的账户已达到速率限制，请您控制请求频率"}}`, "zhipu"},
		{"the number alone",
			`{"error":{"code":"1113","message":"Something went wrong."}}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider, "provider (%v)", r.Evidence)
		})
	}
}
