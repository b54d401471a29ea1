package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, the status field (h-status9): a status the paste does not print, known from
// wording or a code its API documents with that status alone, and none for an error that
// came inside a stream. Each input is written from the documentation or the source cited.

// Wording and codes documented with one status (the catalogs' status_worded entries and
// codes, each entry's source).
var status9WordedCases = []decodeCase{
	// SendGrid's 4XX table: 401 "The provided authorization grant is invalid, expired, or
	// revoked" (https://support.sendgrid.com/hc/en-us/articles/18322114821403).
	{name: "SendGrid's invalid key wording", in: "SendGrid error: The provided authorization grant is invalid, expired, or revoked", status: 401, category: Authentication},
	// python-telegram-bot's RetryAfter (telegram/error.py) and aiogram's TelegramRetryAfter
	// (aiogram/exceptions.py), raised for the Bot API's 429 with retry_after.
	{name: "python-telegram-bot RetryAfter", in: "telegram.error.RetryAfter: Flood control exceeded. Retry in 12 seconds", status: 429, category: RateLimit, retry: true},
	{name: "aiogram TelegramRetryAfter", in: "aiogram.exceptions.TelegramRetryAfter: Telegram server says - Flood control exceeded on method 'SendMessage' in chat 42. Retry in 3 seconds.", status: 429, category: RateLimit, retry: true},
	// Envoy's router.cc: the local reply for an upstream reset before headers is a 503 (a
	// protocol error's, 502, aside).
	// distribution's registry/api/v2/errors.go: MANIFEST_UNKNOWN "manifest unknown", 404.
	// PostgREST's error table: PGRST202, the function not in the schema cache, 404; its
	// message is PostgREST's own ("Could not find the function ...").
	{name: "PostgREST PGRST202 with its code", in: "Error: PGRST202 Could not find the function public.match_documents(filter, match_count, query_embedding) in the schema cache", status: 404, code: "PGRST202", category: NotFound},
	{name: "PostgREST PGRST202's message alone", in: "Could not find the function public.match_documents(filter, match_count, query_embedding) in the schema cache", category: NotFound},
	// Slack's rate-limit docs: 429 with the error ratelimited; @slack/web-api's platform
	// error message "An API error occurred: <error>".
	// The generic rateLimitExceeded stays without a status: Google's APIs send it with 403
	// or 429.
}

func TestStatus9Worded(t *testing.T) { checkDecodes(t, status9WordedCases) }

// A registry code printed after the command that asked the registry (docker pull, docker
// push), where the daemon's own prefix is not shown: the distribution library's
// "<code>: <message>" (registry/api/errcode/errors.go).
func TestStatus9RegistryCodeAfterDockerPull(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "docker pull, then the registry's unauthorized", in: "$ docker pull registry.example.com/team/app:1.2\nunauthorized: authentication required", code: "unauthorized", category: Authentication},
	})
}

// Status forms from a client's source, and a weak label's status at a quoted message's end.
var status9FormCases = []decodeCase{
	// Ollama's server/images.go: makeRequestWithRetry's fmt.Errorf("%d: %s", status, body)
	// inside PullModel's "pull model manifest: %s", the body opening on its own line.
	{name: "Ollama's pull, the registry's status before a body on the next line", in: "Error: pull model manifest: 503:\nservice unavailable", provider: "ollama", status: 503, category: Overloaded, retry: true},
}

func init() { statusFormCases = append(statusFormCases, status9FormCases...) }

func TestStatus9Forms(t *testing.T) {
	checkDecodes(t, status9FormCases)
	checkDecodes(t, []decodeCase{
		{name: "returned, then the quote that closes the message", in: "ERROR relay: message='proxy returned 429'", status: 429, category: RateLimit, retry: true},
	})
}

// An error event that came inside a stream carries no status of its own: its 200 opened
// the stream (shared/corpus/README.md labels it null), whatever status its type is sent
// with outside one.
func TestStatus9StreamEvents(t *testing.T) {
	// https://platform.openai.com/docs/api-reference/responses-streaming/error: every
	// Responses stream event carries sequence_number.
	r := assertDecodes(t, decodeCase{
		in:       `{"type":"error","code":"rate_limit_exceeded","message":"Rate limit reached for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, Used 30000, Requested 500.","param":null,"sequence_number":3}`,
		provider: "openai", code: "rate_limit_exceeded", category: RateLimit, retry: true,
	})
	assert.Zero(t, r.HTTPStatus)
	// LiteLLM's stream iterator raises the provider's exception from chunk_parser for an
	// error chunk (litellm/llms/anthropic/chat/handler.py); the class is LiteLLM's own, no code.
	assertDecodes(t, decodeCase{
		in: `Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/litellm/litellm_core_utils/streaming_handler.py", line 1630, in __next__
    chunk = next(self.completion_stream)
  File "/app/.venv/lib/python3.12/site-packages/litellm/llms/anthropic/chat/handler.py", line 830, in chunk_parser
    raise AnthropicError(
litellm.llms.anthropic.common_utils.AnthropicError: Overloaded`,
		provider: "anthropic", category: Overloaded, retry: true,
	})
}
