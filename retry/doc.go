// Package retry classifies live failures of AI API calls and decides whether, and when, to
// send the request again.
//
// It sits on top of package decoder and is the part of errlens that knows net/http: the
// decoder itself imports neither net/http nor any other network package, so the
// WebAssembly build of the site stays small. Programs use three pieces:
//
//   - [Classify] reads an *http.Response (status line, headers, body up to [MaxBody]) and
//     returns the decoder's Result. The body is put back: the caller can still read it.
//   - [ClassifyError] does the same for an error returned instead of a response (timeouts,
//     refused or reset connections, DNS and certificate failures), checked with errors.Is
//     and errors.As rather than by wording.
//   - [Decide] (or [Policy.Decide]) turns a Result and an attempt number into "retry after
//     this long" or "stop", following the provider's documented client policy, and
//     [Transport] is an http.RoundTripper that does all of this for idempotent requests.
//
// Non-idempotent requests (POST, PATCH) are retried only when they carry an Idempotency-Key
// header and their body can be replayed (req.GetBody is set): re-sending a request the
// server may already have acted on can do the work twice. Pictograph's API, for one,
// de-duplicates requests that carry the same key for 24 hours (its SDK sends one with every
// write); APIs that ignore the header get no such protection. The Transport adds no key
// unless [Transport.AddIdempotencyKey] is set.
package retry
