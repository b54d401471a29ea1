package decoder

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// notAMessage holds the shapes a message box must never show, written apart from the
// decoder's own test (badMessage) so that the two check each other.
var notAMessage = map[string]*regexp.Regexp{
	"markdown heading": regexp.MustCompile(`^(\*\*|#+ |` + "```" + `)`),
	"traceback frame":  regexp.MustCompile(`^\s*(File "|at \S+ \(|Traceback \()`),
	"request id":       regexp.MustCompile(`(?i)^\(?(x-)?request[ _-]?id\b`),
	"markup":           regexp.MustCompile(`(?i)^<(!doctype|html|head|body|\w+Error\b)`),
	"exception header": regexp.MustCompile(`^(Exception has occurred|During handling of)|:$`),
	"an unread body":   regexp.MustCompile(`^\{\s*["']\w+["']\s*:`),
	"a leading status": regexp.MustCompile(`^[45]\d\d [A-Za-z"']`),
	"a report's field": regexp.MustCompile(`^(Model|Provider|Status Code): `),
	"no words at all":  regexp.MustCompile(`^[^\p{L}]*$`),
}

// noMessage holds the pastes with no words of the provider's in them at all.
var noMessage = map[string]string{
	"gemini.samples.jsonl:11": "the tail of a body's details: no message field, no prose",
	"dev.jsonl:38":            "response headers alone",
	"dev-hdr-002.txt":         "response headers alone",
	"tune-anthropic-j001.txt": "response headers alone (a logged JS object of them)",
	"tune-none-j002.txt":      "response headers alone",
	"generic.samples.jsonl:6": "a network error's fields (EAI_AGAIN), no message",
	"tune-none-k005.txt":      "a Cloudflare error page copied from its middle: markup, no title, no message field",
}

// examplePastes returns the site's examples, by label.
func examplePastes(t *testing.T) map[string]string {
	b, err := os.ReadFile(filepath.Join("..", "content", "examples.json"))
	require.NoError(t, err)
	var ex []struct{ Provider, Label, Input string }
	require.NoError(t, json.Unmarshal(b, &ex))
	out := map[string]string{}
	for _, e := range ex {
		out[e.Provider+": "+e.Label] = e.Input
	}
	return out
}

// Every example and every paste the tests know shows a message, and never a heading, a
// frame, a request id, markup or an exception header.
func TestMessageIsTheProvidersText(t *testing.T) {
	pastes := allPastes(t)
	for k, v := range examplePastes(t) {
		pastes["example "+k] = v
	}
	for name, in := range pastes {
		r := Decode(in)
		if why, ok := noMessage[name]; ok {
			assert.Empty(t, r.Message, "%s: %s", name, why)
			continue
		}
		if !assert.NotEmpty(t, r.Message, name) {
			continue
		}
		for shape, re := range notAMessage {
			if shape == "a leading status" && strings.HasSuffix(r.Message, " status code (no body)") {
				continue // the Stainless SDKs' own words for a response without a body
			}
			assert.False(t, re.MatchString(r.Message), "%s: message %q is %s", name, r.Message, shape)
		}
	}
}

// The examples whose message box showed the wrong line, and what it shows now.
func TestMessageOfFormerlyWrongExamples(t *testing.T) {
	ex := examplePastes(t)
	for _, tc := range []struct{ label, want string }{
		{"deepseek: 402 · Insufficient Balance (log line)", "Insufficient Balance"},
		{"xai: 400 · Incorrect API key provided (sent as 400) (log line)", "Incorrect API key provided: na***ys. You can obtain an API key from https://console.x.ai."},
		{"bedrock: 429 · Throttled (requests or tokens per minute) (SDK error)", "Too many tokens, please wait before trying again."},
		{"gemini: 403 · Generative Language API not enabled (log line)", "Generative Language API has not been used in project REDACTED before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=REDACTED then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry."},
		{"huggingface: 400 · Authorization header is correct, but the token seems invalid (SDK error)", "Authorization header is correct, but the token seems invalid"},
		{"replicate: Prediction failed (ModelError) (log line)", "replicate.exceptions.ModelError"},
		{"xai: gRPC DEADLINE_EXCEEDED (xai-sdk) (SDK error)", "Deadline Exceeded"},
	} {
		in, ok := ex[tc.label]
		if !assert.True(t, ok, "no example %q", tc.label) {
			continue
		}
		assert.Equal(t, tc.want, Decode(in).Message, tc.label)
	}
}

// A body's message field is the provider's message whatever it holds: markup in it is shown
// as text, not passed over like a line of an HTML page.
func TestMessageFieldHoldingMarkup(t *testing.T) {
	in := "HTTP/1.1 400 Bad Request\n\n" + `{"error":{"message":"<script>window.x=1</script>"}}`
	assert.Equal(t, "<script>window.x=1</script>", Decode(in).Message)
	assert.Equal(t, "", Decode("<!DOCTYPE html>\n<html><body></body></html>").Message)
}
