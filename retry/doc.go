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
//     and errors.As rather than by wording, answered from the generic catalog.
//   - [Decide] (or [Policy.Decide]) turns a Result and an attempt number into "retry after
//     this long" or "stop", following the provider's documented client policy, and
//     [Transport] is an http.RoundTripper that does all of this for every request.
//
// Each provider's policy (retry count, backoff curve, the longest server-asked wait it
// honours, what it does with a POST) is catalog data, the sdk section of
// decoder/catalog/<slug>.json, read through [ShapeOf].
//
// # Which requests are sent again
//
// Inference calls are POSTs, and the providers' SDKs retry them. Whether re-sending is
// safe depends on whether the server may already have acted on the request ([Acted]):
//
//   - It cannot have acted after a 408, 429, 503 or 529, a refused connection, a DNS or
//     TLS failure, or a connection that broke before any of the request was written
//     (net/http's httptrace reports it). Any method is sent again.
//   - It may have acted after a 500, 502 or 504, or a connection lost after the request
//     was sent. GET, PUT, DELETE and the other idempotent methods, and any request with an
//     Idempotency-Key header, are sent again. A POST or PATCH without a key is sent again
//     only when the provider's SDK does so (sdk.post_retry "always": the Stainless SDKs
//     for OpenAI, Anthropic, Cerebras, Groq and others, botocore, Google's, Cohere's); not
//     for Pictograph, whose SDK re-sends a write only with its Idempotency-Key (it
//     de-duplicates by the key for 24 hours), nor for Replicate or an API the catalog does
//     not describe. [Transport.AddIdempotencyKey] gives such requests a key.
//
// The body is replayed through req.GetBody, or from a copy of up to
// [Transport.MaxBufferedBody] bytes (10 MiB by default) the Transport keeps; a longer body
// without GetBody is sent once. [Policy.SafeMethodsOnly] keeps the rule net/http uses for
// its own retries instead: idempotent methods and keyed requests only.
//
// # Extending it
//
// As in hashicorp/go-retryablehttp, each piece can be replaced or wrapped:
// [Transport.CheckRetry] (the decision; the default is [Policy.CheckRetry]),
// [Policy.Backoff] (the computed wait; the default is [DefaultBackoff]),
// [Transport.PrepareRetry] (runs on each retry's request: re-sign it for AWS SigV4),
// [Transport.ErrorHandler] (runs when the Transport gives up) and [Transport.OnRetry]
// (sees every decision after a failure).
package retry
