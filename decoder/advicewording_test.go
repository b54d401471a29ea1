package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The compiler marks, per catalog file, exactly the entry phrases the file lists under two or
// more categories: checked here against the files themselves, independently of how the
// engine computes it, with the cases the catalog has today named.
func TestSharedWordingIsComputedFromTheCatalog(t *testing.T) {
	eng := load().eng
	require.NotNil(t, eng)
	cats := map[[2]string]map[Category]bool{} // slug, lower-cased phrase -> categories
	for _, f := range eng.files {
		for _, en := range f.Errors {
			for _, ph := range en.Phrases {
				k := [2]string{f.Slug, strings.ToLower(ph)}
				if cats[k] == nil {
					cats[k] = map[Category]bool{}
				}
				cats[k][en.Category] = true
			}
		}
	}
	shared := map[[2]string]bool{}
	for _, l := range eng.info {
		if l.file < 0 || l.entry < 0 {
			assert.False(t, l.shared, "only entry phrases are marked: %q", l.text)
			continue
		}
		k := [2]string{eng.files[l.file].Slug, strings.ToLower(l.text)}
		assert.Equal(t, len(cats[k]) > 1, l.shared, "%s %q listed under %v", k[0], l.text, cats[k])
		if l.shared {
			shared[k] = true
		}
	}
	for _, k := range [][2]string{{"generic", "try again later"}, {"generic", "retry later"}, {"generic", "请稍后再试"}, {"generic", "请稍后重试"}} {
		assert.True(t, shared[k], "advice to wait is shared: %v", k)
	}
	for _, k := range [][2]string{{"generic", "quota exceeded"}, {"generic", "insufficient balance"}, {"generic", "rate limit exceeded"}} {
		assert.False(t, shared[k], "a failure's own words are not: %v", k)
	}
}

// Advice to wait next to the words that name the failure, in either order, English and
// Chinese: the failure's words decide. The shapes are the ones APIs write ("<failure>. Please
// try again later.", "<失败>，请稍后再试"); the quota, balance and context-length ones, and
// "Error 429: You exceeded your current quota...", read as overloaded or rate_limit before
// the advice was weighed as advice (the later wording, or the 429 the rate limit's entry
// carries, decided).
func TestAdviceToWaitDoesNotDecideTheCategory(t *testing.T) {
	checkFamily(t, []familyCase{
		// quota: never retryable, whatever the advice says.
		{"quota then advice", "Quota exceeded. Please try again later.", Quota},
		{"advice then quota", "Please try again later. Quota exceeded.", Quota},
		{"current quota under 429 then advice", "Error 429: You exceeded your current quota. Please try again later.", Quota},
		{"daily quota then advice", "You have exceeded your daily quota. Please try again later.", Quota},
		{"balance then advice", "Insufficient balance. Please try again later.", Quota},
		{"Chinese balance then advice", "余额不足，请稍后再试", Quota},
		{"Chinese quota used up then advice", "额度已用尽，请稍后再试", Quota},
		{"Chinese quota then retry advice", "配额已用完，请稍后重试", Quota},
		// rate_limit
		{"rate limit then advice", "Rate limit exceeded. Please try again later.", RateLimit},
		{"advice then rate limit", "Please try again later: rate limit exceeded", RateLimit},
		{"too many requests then advice", "Too many requests, please try again later.", RateLimit},
		{"GitLab requested too many times", "429 {message: {error: This endpoint has been requested too many times. Try again later.}}", RateLimit},
		{"Chinese rate limit then advice", "请求过于频繁，请稍后再试", RateLimit},
		// overloaded
		{"overloaded then advice", "The server is overloaded, please try again later.", Overloaded},
		{"advice then overloaded", "Please try again later, the model is overloaded", Overloaded},
		{"Gemini's 503 message", "The model is overloaded. Please try again later.", Overloaded},
		{"Chinese busy then advice", "服务器繁忙，请稍后再试。", Overloaded},
		// server
		{"server error then advice", "Internal server error. Please try again later.", Server},
		{"advice then server error", "Please try again later. Internal server error", Server},
		{"Chinese internal error then advice", "服务器内部错误，请稍后重试", Server},
		{"Chinese system error then advice", "系统错误，请稍后再试", Server},
		// context_length
		{"context then advice", "Context length exceeded. Please try again later.", ContextLength},
		{"advice then context", "Please try again later. Context length exceeded.", ContextLength},
		{"maximum context then advice", "This model's maximum context length is 8192 tokens. Please try again later.", ContextLength},
		{"Chinese context then advice", "上下文长度超过限制，请稍后再试", ContextLength},
		// timeout, connection, authentication
		{"timed out then advice", "Request timed out. Please try again later.", Timeout},
		{"connection lost then advice", "Connection lost. Please retry later.", Connection},
		{"bad key then advice", "Invalid API key. Please try again later.", Authentication},
		// The general layers are one tier: another general catalog's words for the failure
		// (gRPC's status in a trailer, Discord's 50001) decide over generic.json's advice too.
		{"gRPC trailer, advice as its message", "grpc-status: 7\ngrpc-message: Please try again later.", Permission},
		{"gRPC exhausted, advice as its message", "grpc-status: 8\ngrpc-message: Please try again later.", RateLimit},
		{"Discord missing access then advice", `{"message": "Missing Access", "code": 50001} Please try again later.`, Permission},
		// Nothing names the failure: the advice alone still reads as capacity.
		{"advice alone", "Please try again later.", Overloaded},
		{"Chinese advice alone", "请稍后再试", Overloaded},
		{"vague failure then advice", "Something went wrong. Please try again later.", Overloaded},
		// httpx's HTTPStatusError is worded in the general catalog, as unknown: it names no
		// failure, so it does not silence the advice either.
		{"a class that names no failure", "httpx.HTTPStatusError: Please try again later.", Overloaded},
	})
}

// The same with a status and a body. The general rate limit lists the advice and carries 429,
// so a quota sent as 429 with the advice read as a retryable rate limit before; with nothing
// but the advice worded, the status still chooses among the readings the advice supports.
func TestAdviceToWaitBesideAStatus(t *testing.T) {
	checkFamily(t, []familyCase{
		{"quota sent as 429", `HTTP 429 {"message":"Quota exceeded for this API key. Please try again later."}`, Quota},
		{"Chinese balance sent as 429", `{"code":429,"message":"账户余额不足，请稍后再试"}`, Quota},
		{"overload sent as 503", `503 {"error":"The service is temporarily overloaded. Please try again later."}`, Overloaded},
		{"Chinese internal error sent as 500", `{"code":500,"msg":"服务器内部错误，请稍后再试"}`, Server},
		{"Chinese context overflow sent as 400", `400 {"error":{"message":"上下文长度超过模型限制，请稍后再试"}}`, ContextLength},
		{"too many requests sent as 429", `Error code: 429 - {'error': {'message': 'Too many requests. Please try again later.'}}`, RateLimit},
		{"advice alone under 503", "HTTP/1.1 503 Service Unavailable\n\n{\"error\":\"Please try again later.\"}", Overloaded},
		{"advice alone under 500", "HTTP/1.1 500 Internal Server Error\n\n{\"error\":\"Please try again later.\"}", Server},
		{"advice alone under 429", "HTTP/1.1 429 Too Many Requests\n\n{\"error\":\"Please try again later.\"}", RateLimit},
	})
}
