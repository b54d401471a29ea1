//go:build js && wasm

package main

import "github.com/errlens/errlens/decoder"

// toJS maps a Result onto the plain values syscall/js.ValueOf accepts, under the Result's
// JSON names. Fields tagged omitempty in decoder.Result are left out when empty, so the
// object matches what encoding/json would print.
func toJS(r decoder.Result) map[string]any {
	m := map[string]any{
		"provider":       r.Provider,
		"http_status":    r.HTTPStatus,
		"code":           r.Code,
		"category":       string(r.Category),
		"retryable":      r.Retryable,
		"retry_after_ms": float64(r.RetryAfterMS), // JS numbers are float64; waits are far below 2^53
		"fix":            r.Fix,
		"evidence":       anys(r.Evidence),
	}
	optional := []struct {
		key, val string
	}{
		{"provider_name", r.ProviderName},
		{"upstream", r.Upstream},
		{"wrapper", r.Wrapper},
		{"type", r.Type},
		{"message", r.Message},
		{"title", r.Title},
		{"sdk_behavior", r.SDKBehavior},
		{"entry", r.Entry},
		{"reference", r.Reference},
		{"source", r.Source},
	}
	for _, o := range optional {
		if o.val != "" {
			m[o.key] = o.val
		}
	}
	if len(r.Exceptions) > 0 {
		m["sdk_exceptions"] = stringMap(r.Exceptions)
	}
	if len(r.Details) > 0 {
		m["details"] = stringMap(r.Details)
	}
	if r.Generic {
		m["generic"] = true
	}
	if r.ContextUsed != 0 {
		m["context_used"] = r.ContextUsed
	}
	if r.ContextLimit != 0 {
		m["context_limit"] = r.ContextLimit
	}
	if r.Truncated {
		m["truncated"] = true
	}
	return m
}

// anys converts to []any, since ValueOf does not accept []string. Evidence is never null
// in the Go JSON, so it is never null here either.
func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func stringMap(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
