//go:build js && wasm

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What each SDK does with the wait, under its JSON names, for the page.
func TestSDKWaitsField(t *testing.T) {
	in := "HTTP/1.1 429 Too Many Requests\nretry-after: 171\nx-request-id: req_1\n\n{\"error\":{\"message\":\"Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 30000, Requested 2480. Visit https://platform.openai.com/account/rate-limits to learn more.\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}"
	ws := call(t, in).Get("sdk_waits")
	require.Equal(t, 5, ws.Length()) // openai-python, -node, -go, -java, -dotnet
	py := ws.Index(0)
	assert.Equal(t, "openai-python", py.Get("sdk").String())
	assert.Equal(t, "gives_up", py.Get("action").String())
	assert.True(t, py.Get("wait_ms").IsUndefined())
	assert.Equal(t, 1, py.Get("attempts").Int())
	assert.Equal(t, 8000, ws.Index(2).Get("wait_ms").Int())
	assert.Contains(t, ws.Index(2).Get("says").String(), "before the limit resets")
	assert.Equal(t, "openai-dotnet", ws.Index(4).Get("sdk").String())
	assert.Equal(t, "waits", ws.Index(4).Get("action").String())
}
