package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// An entry's SDK classes are a map (language -> class): when a paste names two of them, the
// answer names the longest, every time, whatever order the map gives.
func TestClassWrittenDoesNotFollowMapOrder(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"python traceback after node-style retries",
			"Retrying llama_index.llms.openai.base.OpenAI._achat in 0.81 seconds as it raised APIConnectionError: Connection error..\n" +
				"    raise APIConnectionError(request=request) from err\nopenai.APIConnectionError: Connection error.",
			"exception openai.APIConnectionError"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			first := Decode(tc.in)
			assert.Contains(t, strings.Join(first.Evidence, "\n"), tc.want)
			for range 50 {
				assert.Equal(t, first.Evidence, Decode(tc.in).Evidence)
			}
		})
	}
}
