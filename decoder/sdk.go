package decoder

import (
	"strings"
)

// What the provider's SDK already did with this error: one short sentence built from the
// catalog's sdk section (retries per language, 0 meaning the SDK does not retry by default,
// taken from the clients where the catalog has them, sdkretries.go; retry_on, the statuses
// and kinds it retries), with the attempt count the paste itself
// shows when it shows one (Bedrock's $metadata.attempts). It never advises retrying more
// when retrying cannot fix the error.

// appendSDKBehavior appends what p's SDK did with this error before it was raised to b;
// nothing when the catalog says nothing about p's SDK. (Appended, not concatenated: the
// sentence goes into the Result's text with the evidence, evidence.fill.)
func appendSDKBehavior(b []byte, p *Provider, en *Entry, r *Result, tried attempts) []byte {
	if en != nil && en.SDK != "" {
		return append(b, en.SDK...)
	}
	sdk := &p.SDK
	py, node := sdk.Python.Retries, sdk.Node.Retries
	if len(sdk.RetryOn) == 0 && py == 0 && node == 0 {
		return b
	}
	// The provider's name without its gloss: "The Gemini API SDK".
	name, _, _ := strings.Cut(p.Name, " (")
	switch {
	case tried.n == 1:
		return appendWords(b, "This error came from the first attempt (", tried.what, ": 1).")
	case tried.n > 1:
		return appendWords(b, "The request was tried ", timesText(tried.n), " before this error was raised (", tried.what, ")", unfixable(r), ".")
	case py == 0 && node == 0:
		return appendWords(b, "The ", name, " SDK does not retry by default, so this error came from the first attempt.")
	case !sdkRetries(sdk.RetryOn, r.HTTPStatus, r.Category):
		return appendWords(b, "The ", name, " SDK does not retry ", errorsText(r), ", so this one came from the first attempt.")
	}
	sep, opt, how := "", optionName(sdk, r), ""
	if opt != "" {
		sep, how = "; ", " sets how many"
	}
	return appendWords(b, "The ", name, " SDK retried this error ", retriesText(sdk), " before raising it", unfixable(r), sep, opt, how, ".")
}

// optionName is the option that sets the retries, named for an error that retrying can
// fix; "" when none is.
func optionName(sdk *SDK, r *Result) string {
	opt := sdk.Python.Option
	if opt == "" {
		opt = sdk.Node.Option
	}
	if !r.Retryable || opt == "" || strings.ContainsAny(opt, "( ") {
		return ""
	}
	return opt
}

// retriesText is how many times the SDK retries by default, per language when they differ.
func retriesText(sdk *SDK) string {
	py, node := sdk.Python.Retries, sdk.Node.Retries
	if py == node || py == 0 || node == 0 {
		return countText(max(py, node))
	}
	return countText(py) + " in Python and " + countText(node) + " in Node"
}

// unfixable adds, for an error that waiting cannot clear, that more retries will not help.
func unfixable(r *Result) string {
	if r.Retryable || r.Category == Unknown {
		return ""
	}
	return "; more retries cannot fix " + categoryText(r.Category)
}

// errorsText is not inlined: it runs a few times a decode, and its inlined copies cost
// the wasm more than the calls cost.
//
//go:noinline
func errorsText(r *Result) string {
	if r.HTTPStatus == 200 {
		return "an error that arrives inside a stream"
	}
	if r.HTTPStatus != 0 {
		return itoa(r.HTTPStatus) + " errors"
	}
	return "this kind of error"
}

// categoryText names a category in words for a sentence.
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func categoryText(c Category) string {
	switch c {
	case Quota:
		return "a quota or billing error"
	case Authentication:
		return "a key or authentication error"
	case Permission:
		return "a permission error"
	case ContextLength:
		return "a request over the context window"
	case ContentFilter:
		return "a content-filter refusal"
	case NotFound:
		return "a missing model or resource"
	case RateLimit:
		return "a limit this request alone exceeds"
	}
	return "an error in the request"
}

// countText is not inlined: it runs a few times a decode, and its inlined copies cost
// the wasm more than the calls cost.
//
//go:noinline
func countText(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return itoa(n) + " times"
}

// timesText counts attempts ("3 times"): "twice" would read as retries.
func timesText(n int) string {
	if n == 1 {
		return "once"
	}
	return itoa(n) + " times"
}

// sdkRetries reports whether an SDK's retry_on list covers this error. Items are statuses
// ("429"), classes ("5xx", ">=500") or kinds ("connection", "timeout").
func sdkRetries(on []string, status int, cat Category) bool {
	for _, it := range on {
		// A status, most of the items, is read digit by digit (as isNumber would) before
		// the kinds are compared.
		if len(it) == 3 && isDigit(it[0]) && isDigit(it[1]) && isDigit(it[2]) {
			if status != 0 && int(it[0]-'0')*100+int(it[1]-'0')*10+int(it[2]-'0') == status {
				return true
			}
			continue
		}
		switch it {
		case "connection":
			if cat == Connection {
				return true
			}
		case "timeout":
			if cat == Timeout && status == 0 {
				return true
			}
		case "5xx", ">=500":
			if status >= 500 {
				return true
			}
		default:
			if status != 0 && isNumber(it, status) {
				return true
			}
		}
	}
	return false
}
