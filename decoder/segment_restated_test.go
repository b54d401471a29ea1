package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A status said again under itself, before anything else of the error, is the same error
// (an editor's error block: "Status Code: 404", then the message that starts with its
// status); another status, or the same one after a body, is another error.
func TestSegmentStatusRestated(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"the status, then the message under it",
			"Provider: groq\nStatus Code: 404\n404 The model `x` does not exist or you do not have access to it.", 1},
		{"another status",
			"Status Code: 429\n401 Invalid API Key", 2},
		{"the same status after a body",
			"Error code: 429 - {\"error\": {\"message\": \"Rate limit reached\"}}\nError code: 429 - {\"error\": {\"message\": \"Rate limit reached\"}}", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Len(t, occurrences(tc.in, nil), tc.want)
		})
	}
}
