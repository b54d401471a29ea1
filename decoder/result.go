package decoder

// Category is the kind of failure, independent of provider. The string values are part of
// the published JSON contract and never change.
type Category string

// The categories. Retryability follows from the category unless the provider's catalog or
// the response itself says otherwise.
const (
	Authentication Category = "authentication"
	Permission     Category = "permission"
	NotFound       Category = "not_found"
	InvalidRequest Category = "invalid_request"
	ContextLength  Category = "context_length"
	ContentFilter  Category = "content_filter"
	Conflict       Category = "conflict"
	RateLimit      Category = "rate_limit" // short window: waiting clears it
	Quota          Category = "quota"      // credits, billing, daily or monthly allowance
	Overloaded     Category = "overloaded" // provider capacity
	Server         Category = "server"
	Timeout        Category = "timeout"
	Connection     Category = "connection"
	Unknown        Category = "unknown"
)

// Categories lists every category in a stable order.
func Categories() []Category {
	return []Category{Authentication, Permission, NotFound, InvalidRequest, ContextLength,
		ContentFilter, Conflict, RateLimit, Quota, Overloaded, Server, Timeout, Connection, Unknown}
}

// Valid reports whether c is one of the published categories.
func (c Category) Valid() bool {
	for _, k := range Categories() {
		if c == k {
			return true
		}
	}
	return false
}

// Result is everything the decoder could tell about one pasted error. The JSON field names
// are a published contract: add fields, never rename them.
type Result struct {
	// Provider is the slug of the API the request was sent to, "" when unknown.
	Provider string `json:"provider"`
	// ProviderName is the provider's display name.
	ProviderName string `json:"provider_name,omitempty"`
	// Upstream names the provider behind a router (OpenRouter) when the error came from it.
	Upstream string `json:"upstream,omitempty"`
	// Wrapper is the library that re-printed the error (litellm, langchain, vercel-ai, ...).
	Wrapper string `json:"wrapper,omitempty"`
	// HTTPStatus is the response status, 0 when the input gives no way to know it.
	HTTPStatus int `json:"http_status"`
	// Code is the most specific machine code in the input, "" if none.
	Code string `json:"code"`
	// Type is the provider's error type (error.type), when it has one.
	Type string `json:"type,omitempty"`
	// Message is the provider's human-readable message.
	Message  string   `json:"message,omitempty"`
	Category Category `json:"category"`
	// Retryable is true when re-sending the same unchanged request after a wait can succeed.
	Retryable bool `json:"retryable"`
	// RetryAfterMS is the wait the input itself asks for, 0 if none.
	RetryAfterMS int64 `json:"retry_after_ms"`
	// Verdict says in one plain sentence whether and when to send the request again:
	// "Retry after 19 s (at 14:02:53 UTC)", "Fix the request first: ...", or, for a paste
	// too thin to judge, "Paste more of the error: ...".
	Verdict string `json:"verdict"`
	// Title is the catalog entry's short name for this error.
	Title string `json:"title,omitempty"`
	// Fix says what to do, specific to provider and code.
	Fix string `json:"fix"`
	// Exceptions maps an SDK language ("python", "node") to the exception class its SDK raises.
	Exceptions map[string]string `json:"sdk_exceptions,omitempty"`
	// SDKBehavior says what the provider's SDK already did or does with this error.
	SDKBehavior string `json:"sdk_behavior,omitempty"`
	// SDKWaits says, for each of the provider's client libraries, what it will do with the
	// wait this retryable error asks for: wait and retry, retry too early, or give up.
	SDKWaits []SDKWait `json:"sdk_waits,omitempty"`
	// Entry is the catalog entry's stable id, also the anchor on the provider's reference page.
	Entry string `json:"entry,omitempty"`
	// Reference is the entry's link target relative to the site root, e.g.
	// "providers/cerebras/#rate-limit-exceeded".
	Reference string `json:"reference,omitempty"`
	// Source is the URL of the provider document the entry comes from.
	Source string `json:"source,omitempty"`
	// Generic is true when no provider entry matched and the answer comes from the HTTP
	// status, headers and general knowledge only.
	Generic bool `json:"generic,omitempty"`
	// ContextUsed and ContextLimit are the token counts a context-window error states.
	ContextUsed  int `json:"context_used,omitempty"`
	ContextLimit int `json:"context_limit,omitempty"`
	// Details holds further fields the error carried (required_credits, upgrade_url, ...).
	Details map[string]string `json:"details,omitempty"`
	// Evidence lists the signals that decided the answer, in words a user can check.
	Evidence []string `json:"evidence"`
	// Spans are the ranges of the input that decided the answers, each tied to the
	// evidence line it supports: see Span. Empty when nothing in the paste can be pointed
	// at (an implied status has no place in it).
	Spans []Span `json:"spans"`
	// Confidence says how sure the answer is: Documented, Inferred or Guess; never empty.
	Confidence Confidence `json:"confidence"`
	// Alternatives are up to two other readings that came close (another provider whose
	// signals score nearly as high or that words the error alike, another entry with a
	// different category or verdict), the closest first.
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// Truncated is true when the input was longer than the decoder examines.
	Truncated bool `json:"truncated,omitempty"`
	// Thin is true when the paste is too thin to judge (one letter, a bare exception class
	// its SDK raises for several errors): the category is unknown and the verdict asks for
	// more of the error.
	Thin bool `json:"thin,omitempty"`
	// LimitWindow is the window the exhausted limit counts over: "second", "minute", "hour",
	// "day", "week" or "month"; "" when the paste does not say.
	LimitWindow string `json:"limit_window,omitempty"`
	// ResetAt is when the limit resets, RFC 3339 in UTC, "" when the paste does not say.
	ResetAt string `json:"reset_at,omitempty"`
	// Attempts are the failures a pasted log shows, in order: each try the client made
	// before (and including) the one this answer describes. Empty for a single failure.
	Attempts []Attempt `json:"attempts,omitempty"`
	// OtherErrors counts the other errors the paste holds (a log of several): every other
	// field answers for one error alone, the last unless an earlier one is its cause.
	OtherErrors int `json:"other_errors,omitempty"`
}

// Attempt is one failed try a pasted log shows: where it is in the paste, the time its line
// shows, its status and code, the wait the server asked for and the wait the client took
// before the next try (a tool's or SDK's own backoff, never the server's word).
type Attempt struct {
	Offset      int    `json:"offset"`
	Time        string `json:"time,omitempty"`
	HTTPStatus  int    `json:"http_status"`
	Code        string `json:"code,omitempty"`
	WaitAskedMS int64  `json:"wait_asked_ms,omitempty"`
	WaitTakenMS int64  `json:"wait_taken_ms,omitempty"`
}

// Span is one range of the input that decided an answer: Input[Start:End] in bytes of the
// input as given to Decode (not the cleaned text the decoder reads; a paste cut short by
// WithMaxInput still counts from its own start), both on UTF-8 character boundaries.
type Span struct {
	// Field is the answer it supports, by its JSON name: "provider", "wrapper",
	// "http_status", "code", "category", "retry_after_ms" or "message".
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Evidence is the index in Evidence of the line that names this signal, or that of
	// the catalog match it led to; -1 when no line does (a message, or a code read from an
	// exception class, when no catalog entry matched).
	Evidence int `json:"evidence"`
}

// Confidence says how sure an answer is. The string values are part of the published JSON
// contract and never change.
type Confidence string

// The confidence levels.
const (
	// Documented: an entry of the identified provider's own catalog matched the error by
	// its code, type, wording or exception class.
	Documented Confidence = "documented"
	// Inferred: general knowledge decided (the general layers, a wrapper's catalog, what
	// every catalog agrees a code means, the token counts a context error states).
	Inferred Confidence = "inferred"
	// Guess: little supports the answer: the status alone, or nothing.
	Guess Confidence = "guess"
)

// Alternative is another reading of the same paste that came close to the answer.
type Alternative struct {
	// Provider is the slug of the provider this reading names, "" for none.
	Provider string `json:"provider"`
	// ProviderName is its display name.
	ProviderName string   `json:"provider_name,omitempty"`
	Category     Category `json:"category"`
	Retryable    bool     `json:"retryable"`
	// Evidence says in one sentence why this reading came close.
	Evidence string `json:"evidence"`
}
