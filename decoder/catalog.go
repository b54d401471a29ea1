package decoder

import (
	_ "embed" // compiledCatalog
	"strings"
	"sync"
)

// The catalog is data: one JSON file per provider (and per wrapper library, plus one of
// general HTTP knowledge) under catalog/, read by one engine. Adding a provider is adding a
// file. `make catalog` (the go:generate line below, run by `go generate ./decoder`)
// compiles the files, and what the engine derives from them, into catalog.bin (see
// snapshot.go), which is embedded here and read once, at first use.
//
//go:generate go run ./internal/gencatalog
//go:embed catalog.bin
var compiledCatalog string

// Kinds of catalog file.
const (
	KindProvider = "provider" // an AI API: errors it sends
	KindWrapper  = "wrapper"  // a library that re-prints other providers' errors
	KindGeneric  = "generic"  // HTTP and network knowledge that holds for any API
)

// Provider is one catalog file: an AI API, a wrapper library, or the generic catalog.
// Values returned by this package are shared and must not be modified.
type Provider struct {
	Slug    string   `json:"slug"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Docs    string   `json:"docs"`
	About   string   `json:"about"`
	Signals []Signal `json:"signals"`
	SDK     SDK      `json:"sdk"`
	Limits  Limits   `json:"limits"`
	Errors  []Entry  `json:"errors"`

	// DefaultProvider is, for a wrapper that calls one API unless told otherwise (Claude
	// Code: Anthropic; Codex: OpenAI), that API's slug: the provider when the paste shows
	// the wrapper and no other API (identify_default.go). Empty for the others.
	DefaultProvider string `json:"default_provider,omitempty"`
	// AlsoCalls lists, for such a wrapper, the other APIs it is documented to call when
	// set up for them (Claude Code: Amazon Bedrock, Vertex AI): the one whose signals the
	// paste shows is the provider, however weak they are (identify_default.go).
	AlsoCalls []string `json:"also_calls,omitempty"`
	// OwnAPI is true for a tool whose errors come from its own service, which no provider
	// catalog describes (Copilot CLI: GitHub's Copilot API): the tool's catalog is that
	// service's, so it is searched before the general layers when no API is named.
	OwnAPI bool `json:"own_api,omitempty"`
	// App is true for a wrapper that is a program the user runs (a coding agent: Claude
	// Code, Codex, aider), not a library called from one. It prints last, so the library it
	// calls (aider's LiteLLM) or the proxy its request went through (a LiteLLM proxy behind
	// Claude Code) is re-printed inside its text: when an app's signals reach the wrapper
	// minimum beside a library's, the app is the wrapper (identify.go, outerApp).
	App bool `json:"app,omitempty"`
	// StatusNeedsSignal is true for a general layer whose statuses are a mapping only some
	// servers document (gRPC's codes: Google's APIs send google.rpc's HTTP status for each):
	// its entries imply their status only when one of its signals, which name those
	// servers, is in the paste (implied.go).
	StatusNeedsSignal bool `json:"status_needs_signal,omitempty"`
	// SelfHosted is true for a server the user runs and reads the log of (vLLM, llama-server,
	// Ollama): the access-log records in that log (uvicorn's `"POST /v1/chat/completions
	// HTTP/1.1" 404`, llama-server's `request: GET /slots 127.0.0.1 401`) are its own answers
	// to the client, so their status is the provider's when the paste shows no other
	// (servedstatus.go). Any other app's access log is its answer to its own caller.
	SelfHosted bool `json:"self_hosted,omitempty"`
	// CodeIsStatus is true for an API whose error object's numeric "code" is always the HTTP
	// status it was sent with (llama-server's format_error_response), never a code of its own.
	CodeIsStatus bool `json:"code_is_status,omitempty"`
	// OperationStatuses are statuses a service documents for a code on some operations only:
	// AWS models exceptions per service, so TooManyRequestsException is a 429 from Lambda but
	// a 400 from Cognito, and only the operation botocore names tells the service (awsops.go).
	OperationStatuses []OperationStatus `json:"operation_statuses,omitempty"`
}

// OperationStatus is one service's documented status for code, and the operations that
// name that service (operation names other services share are left out).
type OperationStatus struct {
	Code       string   `json:"code"`
	Status     int      `json:"status"`
	Operations []string `json:"operations"`
	Source     string   `json:"source"` // in the JSON file only, like Signal.Source
}

// Limits is what a provider's rate limits do that its error bodies do not say.
type Limits struct {
	// DailyResetPacificMidnight is true when its per-day quotas reset at 00:00 Pacific time
	// (Google's), whatever wait the error asks for.
	DailyResetPacificMidnight bool `json:"daily_reset_pacific_midnight,omitempty"`
	// ClockZone is the zone its messages print reset times in when they name none (Z.ai:
	// "Your limit will reset at 2026-09-04 19:01:25" is Beijing time), by name or offset
	// as zones.go knows them: "Asia/Shanghai", "UTC+8".
	ClockZone string `json:"clock_zone,omitempty"`
	// HeaderWindows maps a remaining-count header (by prefix) to the window that limit counts
	// over, where the header's name does not say it (Groq's request limit is per day).
	HeaderWindows map[string]string `json:"header_windows,omitempty"`
	// LongestRetriedWaitS is the longest wait, in seconds, that a tool still retries a
	// documented rate limit after; it takes a 429 asking longer for a quota it stops on
	// (Gemini CLI: a retry delay over 5 minutes is a TerminalQuotaError). 0: no such bound.
	LongestRetriedWaitS int `json:"longest_retried_wait_s,omitempty"`
	// WaitRepeats is true for a service (not a general wording layer) whose rate-limit
	// answers state the wait after which the same request can be repeated, however long:
	// Telegram's retry_after is "the number of seconds left to wait before the request
	// can be repeated" (core.telegram.org/bots/api#responseparameters). Its documented
	// rate limits stay rate limits whatever wait they ask (longwait.go).
	WaitRepeats bool `json:"wait_repeats,omitempty"`
}

// Signal is a literal that, found in a paste, points at this catalog's provider or wrapper.
// Matching is case-insensitive, but for kind "print": a tool's own print format, matched in
// the case the tool prints it (Claude Code's "API Error (400 ", not a Rust agent's "Anthropic
// API error (400 Bad Request)"). Weight 0 means the default for the kind.
type Signal struct {
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Weight int    `json:"weight,omitempty"`
	// Source is where the literal was read, when it is a tool's own print format: the file
	// (or published package) of the tool that prints it, so each marker can be checked
	// against the tool rather than against the pastes it was first seen in. Only the JSON
	// file holds it: catalog.bin leaves it out, as no answer quotes it.
	Source string `json:"source,omitempty"`
}

// SDK is what the provider's official SDKs do with errors.
type SDK struct {
	Python  SDKClient `json:"python"`
	Node    SDKClient `json:"node"`
	RetryOn []string  `json:"retry_on"`
	Backoff string    `json:"backoff"`
	Source  string    `json:"source"`
	Notes   string    `json:"notes,omitempty"`
	// Classes maps a status ("429"), "connection" or "timeout" to the class per language.
	Classes map[string]map[string]string `json:"classes"`
	// FormerClasses maps a status, as Classes does, to the class an earlier major version
	// of the SDK raised for it alone, per language (openai-python 0.x's
	// openai.error.RateLimitError, which its api_requestor.py raised for 429 only): pastes
	// from old code still print them, so they imply their status as the current classes
	// do, but no answer offers them as the class to catch. A class the old SDK raised for
	// several statuses (0.x's InvalidRequestError: 400, 404 and 415) implies none and is
	// left out, as is one whose bare name is another library's (Python's PermissionError).
	FormerClasses map[string]map[string]string `json:"former_classes,omitempty"`

	// PostRetry is what the SDK does with a POST (or PATCH) after a failure the server may
	// have acted on (a 500, 502 or 504, a connection lost after the request was sent):
	// PostRetryAlways, PostRetryIdempotencyKey or PostRetryNever; empty when not known.
	// Failures the server cannot have acted on (429, 503, a refused connection) are safe
	// to retry whatever this says.
	PostRetry string `json:"post_retry,omitempty"`
	// Clients is each client library's own retry behaviour, read from its code, for what
	// it will do with the wait an error asks for (sdkwaits.go); its retries are the one
	// home of the Python and Node counts (SDKClient.Retries).
	Clients []SDKRetrier `json:"clients,omitempty"`
	// ClientsOf names the catalog whose Clients this provider's users call it with (an
	// OpenAI-compatible API called with the openai SDKs); the decoder follows it
	// (sdkClients), and the compiler derives the Python and Node retry counts from them.
	ClientsOf string `json:"clients_of,omitempty"`
	// RetryDefault, in the generic catalog only, is errlens's own retry behaviour: what
	// package retry applies to a provider whose catalog lists no client. It is no client
	// library's, so the decoder never describes it as one.
	RetryDefault SDKRetrier `json:"retry_default,omitzero"`
}

// Values of SDK.PostRetry.
const (
	PostRetryAlways         = "always"          // sends the POST again (the Stainless SDKs, botocore)
	PostRetryIdempotencyKey = "idempotency_key" // only with an Idempotency-Key header (Pictograph's SDK adds one)
	PostRetryNever          = "never"           // never sends a POST twice (replicate-python)
)

// SDKClient describes one language's client library.
type SDKClient struct {
	Package string `json:"package"`
	Option  string `json:"option"`
	// Retries is how many times it retries by default. In a catalog with clients (its own or
	// those ClientsOf names), the compiler derives it from the client in this language
	// (sdkretries.go) and the file may not write it; a language without one writes its own
	// (Bedrock's JavaScript v3 SDK). A wrapper's is the tool's own retries, a different fact
	// from the SDK it calls with, so it stays written here.
	Retries  int    `json:"retries"`
	TimeoutS int    `json:"timeout_s"`
	Note     string `json:"note,omitempty"`
}

// Entry is one documented error.
type Entry struct {
	ID        string            `json:"id"`
	Status    int               `json:"status"`
	Code      string            `json:"code"`
	Type      string            `json:"type"`
	Aliases   []string          `json:"aliases,omitempty"`
	Phrases   []string          `json:"phrases,omitempty"`
	Category  Category          `json:"category"`
	Retryable bool              `json:"retryable"`
	Title     string            `json:"title"`
	Fix       string            `json:"fix"`
	Source    string            `json:"source"`
	Class     map[string]string `json:"class,omitempty"`
	Fields    []string          `json:"fields,omitempty"`
	// SDK, when set, replaces the generated note on what the SDK does with this error.
	SDK string `json:"sdk,omitempty"`
	// Window is the window the limit behind this error counts over, when the provider's
	// documentation gives it and the error's words do not (Anthropic's spend limit is
	// monthly): second, minute, hour, day, week or month.
	Window string `json:"limit_window,omitempty"`
	// Unsent marks a failure of the client before its request went out (gRPC's credentials
	// plugin): no response came, so a status the paste prints is the client library's
	// mapping of its own error, never the API's answer.
	Unsent bool `json:"unsent,omitempty"`
	// StatusWorded is true when the entry's source documents its wording, not only its code,
	// with its status (OpenAI's table: "Rate limit reached for requests" under 429): a paste
	// that shows the wording and no status then knows the status. Without it, an entry
	// matched by words implies none: its status is what the provider typically sends, and
	// the corpus labels such pastes null (shared/corpus/README.md; implied.go).
	StatusWorded bool `json:"status_worded,omitempty"`
}

// Exceptions returns the SDK class per language for this entry of p: the entry's own
// classes, else the SDK's class for the entry's status or status class.
func (p *Provider) Exceptions(e *Entry) map[string]string {
	if len(e.Class) > 0 {
		return e.Class
	}
	if e.Status == 0 {
		switch e.Category {
		case Connection:
			return p.SDK.Classes["connection"]
		case Timeout:
			if c := p.SDK.Classes["timeout"]; c != nil {
				return c
			}
		}
		return nil
	}
	if c := p.SDK.Classes[itoa(e.Status)]; c != nil {
		return c
	}
	if e.Status >= 500 {
		return p.SDK.Classes["5xx"]
	}
	return nil
}

// Reference is entry e's link target relative to the site root, as Result.Reference
// gives it: "providers/generic/#net-no-such-host".
func (p *Provider) Reference(e *Entry) string { return "providers/" + p.Slug + "/#" + e.ID }

// Providers returns the AI API catalogs, sorted by slug.
func Providers() []*Provider { return load().byKind(KindProvider) }

// Wrappers returns the wrapper-library catalogs, sorted by slug.
func Wrappers() []*Provider { return load().byKind(KindWrapper) }

// Generics returns the general layers (HTTP and network, gRPC, ...): knowledge that holds
// for any API, sorted by slug.
func Generics() []*Provider { return load().byKind(KindGeneric) }

// Lookup returns the catalog with the given slug, or nil.
func Lookup(slug string) *Provider {
	c := load()
	if i, ok := c.index[slug]; ok {
		return c.files[i]
	}
	return nil
}

// CatalogError reports catalog files that could not be read; the engine skips them. It is
// exposed so tests (and CI) fail on bad data instead of users.
func CatalogError() error { return load().err }

type catalog struct {
	files []*Provider
	index map[string]int
	err   error
	eng   *engine
}

func (c *catalog) byKind(kind string) []*Provider {
	var out []*Provider
	for _, f := range c.files {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

// The catalog, read once by load. sync.Once, not sync.OnceValue: OnceValue's generic
// instance and its panic-recovering closures were 1.9 KB of wasm for the same wait.
var (
	loadOnce sync.Once
	loaded   *catalog
)

func load() *catalog {
	loadOnce.Do(loadCatalog)
	return loaded
}

func loadCatalog() {
	files, eng, err := decodeSnapshot(compiledCatalog)
	if err != nil {
		// Decode still works, with HTTP knowledge only; tests and CI fail on CatalogError.
		files, eng = nil, markerEngine()
	}
	c := &catalog{files: files, index: make(map[string]int, len(files)), err: err, eng: eng}
	for i, f := range files {
		c.index[f.Slug] = i
	}
	loaded = c
}

// normCode folds a machine code for comparison: case, separators and an Exception/Error
// suffix do not distinguish codes ("ThrottlingException" = "Throttling",
// "RATE_LIMIT_EXCEEDED" = "rate_limit_exceeded"); a negative number's sign does.
func normCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '#'); i >= 0 { // "com.amazon...#ThrottlingException"
		s = s[i+1:]
	}
	s = codeBase(s) // "user_global_rate_limited:pro": the plan names who, not what
	if len(s) > len("exception") {
		s = strings.TrimSuffix(s, "exception")
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' && i == 0 && len(s) > 1 && isAllDigits(s[1:]) {
			// A negative number keeps its sign: Binance's -1003 is not Cloudflare's 1003.
			b = append(b, c)
			continue
		}
		if c == '_' || c == '-' || c == ' ' || c == '.' {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
