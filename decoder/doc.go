// Package decoder explains the errors of AI inference APIs from whatever a developer pastes:
// a JSON body, a `curl -i` dump, an SDK exception line with a Python dict repr, a whole
// traceback, a JS stack, an SSE `event: error`, a wrapper's re-print (LiteLLM, LangChain,
// the Vercel AI SDK), a log line with escaped JSON, or a bare message.
//
//	r := decoder.Decode(pasted)
//	if r.Retryable {
//		time.Sleep(time.Duration(r.RetryAfterMS) * time.Millisecond)
//	}
//
// [Decode] never panics and never returns an error: input it cannot place comes back with
// category "unknown" and the evidence it found. The [Result] says which provider sent the
// error (and the wrapper that re-printed it, or the upstream behind a router), the HTTP
// status, the most specific machine code, the category, whether re-sending the same request
// can succeed and after how long, how to fix it, what the provider's SDK already did, and the
// evidence for each answer.
//
// What the decoder knows is data: one JSON file per provider, wrapper library and general
// HTTP knowledge under catalog/, compiled at build time (`make catalog`, a go:generate tool
// in internal/gencatalog) into catalog.bin, which is embedded and read once into one engine.
// [Providers], [Wrappers] and [Lookup] expose it (the site renders its reference pages from
// it). Adding a provider is adding a file.
//
// The package imports only the standard library, and none of fmt, encoding/json, regexp or
// net/http, so its WebAssembly build stays small; package retry adds the net/http side.
package decoder
