package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Issue 13, errors of no AI provider: the non-AI APIs beside AI apps, their clients and
// the tools around them (h-rules48, the *-xf* tune rows). Each input is written from the
// service's documentation or the printing library's source, not copied from the corpus;
// each case failed before the change its comment names.

// answerCase is a decode checked on provider, wrapper, code, category and verdict, not on
// its status (which these changes do not decide).
type answerCase struct {
	name     string
	in       string
	wrapper  string
	code     string
	category Category
	retry    bool
}

func checkAnswers(t *testing.T, cases []answerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Decode(tc.in)
			assert.Equal(t, "", r.Provider, "provider; evidence: %v", r.Evidence)
			assert.Equal(t, tc.wrapper, r.Wrapper, "wrapper; evidence: %v", r.Evidence)
			assert.Equal(t, tc.code, r.Code, "code; evidence: %v", r.Evidence)
			assert.Equal(t, tc.category, r.Category, "category; evidence: %v", r.Evidence)
			assert.Equal(t, tc.retry, r.Retryable, "retryable; evidence: %v", r.Evidence)
		})
	}
}

// TestMilvusPrintedCode: pymilvus prints "<MilvusException: (code=N, message=...)>"
// (pymilvus/exceptions.py, MilvusException.__str__); the number is the code beside the
// entry its message finds (unkeyedcodes.go), the proxy's "can't find collection[...]"
// and 2.2's "can't find collection: x" are Milvus's collection-not-found, and
// ConnectionConfigException ("Illegal uri: [...]") is a setting pymilvus refused before
// sending (milvus.json).
func TestMilvusPrintedCode(t *testing.T) {
	checkAnswers(t, []answerCase{
		{name: "the proxy's reason for a missing collection, Milvus 2.4",
			in:   "pymilvus.exceptions.MilvusException: <MilvusException: (code=100, message=can't find collection[database=default][collection=rag_chunks])>",
			code: "100", category: NotFound},
		{name: "Milvus 2.2's rootcoord wording",
			in:   "<MilvusException: (code=4, message=can't find collection: articles)>",
			code: "4", category: NotFound},
		{name: "a URI without its scheme, refused by pymilvus",
			in:   "pymilvus.exceptions.ConnectionConfigException: <ConnectionConfigException: (code=1, message=Illegal uri: [milvus.internal:19530], expected form 'https://user:pwd@example.com:12345')>",
			code: "1", category: InvalidRequest},
	})
}

// TestDiscordPyErrorCode: discord.py prints "<status> <reason> (error code: <code>):
// <text>" (discord/errors.py, HTTPException); the JSON error code is the answer's code
// beside the entry the text finds (unkeyedcodes.go). A number in "(Error Code: 5)" after
// other words is no such code.
func TestDiscordPyErrorCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a message over Discord's length limit",
			in:     "discord.errors.HTTPException: 400 Bad Request (error code: 50035): Invalid Form Body\nIn content: Must be 2000 or fewer in length.",
			status: 400, code: "50035", category: InvalidRequest},
		{name: "a direct message refused",
			in:     "discord.errors.Forbidden: 403 Forbidden (error code: 50007): Cannot send messages to this user",
			status: 403, code: "50007", category: Permission},
	})
	for _, before := range []string{"403 Forbidden ", "429 Too Many Requests ", "x: 404 Not Found "} {
		assert.True(t, afterStatusReason(before), before)
	}
	for _, before := range []string{"Failed to convert 'a.tga' to PVR format", "Access is denied. ", "1403 Forbidden ", "403 "} {
		assert.False(t, afterStatusReason(before), before)
	}
}

// TestTelegramFloodControl: python-telegram-bot's RetryAfter ("Flood control exceeded.
// Retry in N seconds", telegram/error.py) and aiogram's TelegramRetryAfter ("Flood control
// exceeded on method ...", aiogram/exceptions.py) are the Bot API's 429 with retry_after
// (telegram.json).
func TestTelegramFloodControl(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "python-telegram-bot",
			in:     "telegram.error.RetryAfter: Flood control exceeded. Retry in 17.0 seconds",
			status: 429, category: RateLimit, retry: true},
		{name: "aiogram 3",
			in:     "aiogram.exceptions.TelegramRetryAfter: Telegram server says - Flood control exceeded on method 'SendMessage' in chat 4242. Retry in 21 seconds.",
			status: 429, category: RateLimit, retry: true},
	})
}

// TestRegistryCodeAfterTheCommand: the docker command pasted above its output shows a
// registry request, and a distribution error code alone on its line is the code
// (registrycode.go).
func TestRegistryCodeAfterTheCommand(t *testing.T) {
	checkAnswers(t, []answerCase{
		{name: "a tag whose manifest is gone",
			in:   "docker pull ghcr.io/acme/widget:2.1\n2.1: Pulling from acme/widget\nmanifest unknown",
			code: "manifest unknown", category: NotFound},
		{name: "a push without login",
			in:   "$ docker push registry.example.com/team/app:latest\nThe push refers to repository [registry.example.com/team/app]\nunauthorized: authentication required",
			code: "unauthorized", category: Authentication},
	})
}

// TestGoogleStatusReasonIsCode: a Google JSON API's errors[] reason that names the status
// ("forbidden": https://cloud.google.com/storage/docs/json_api/v1/status-codes,
// https://developers.google.com/youtube/v3/docs/commentThreads/list#errors)
// is the code, not the status number beside it (body.go).
func TestGoogleStatusReasonIsCode(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "Cloud Storage refusing a service account",
			in:     `{"error": {"code": 403, "message": "robot@proj.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.", "errors": [{"message": "robot@proj.iam.gserviceaccount.com does not have storage.objects.get access to the Google Cloud Storage object.", "domain": "global", "reason": "forbidden"}]}}`,
			status: 403, code: "forbidden", category: Permission},
		{name: "YouTube Data API refusing a comment thread",
			in:     `{"error": {"code": 403, "message": "The request is not properly authorized to retrieve the specified comment thread.", "errors": [{"message": "The request is not properly authorized to retrieve the specified comment thread.", "domain": "youtube.commentThread", "reason": "forbidden"}]}}`,
			status: 403, code: "forbidden", category: Permission},
	})
}

// TestPostgRESTForwardedSQLSTATE: PostgREST forwards PostgreSQL's SQLSTATE in its error
// object and maps it to a status (https://docs.postgrest.org/en/stable/references/errors.html);
// the codes a client must act on are postgrest.json's, matched by the code only, so a
// program's own driver printing the same words stays unplaced. PGRST202's documented
// message names it in prose too.
func TestPostgRESTForwardedSQLSTATE(t *testing.T) {
	checkAnswers(t, []answerCase{
		{name: "a row-level security policy refusing an update",
			in:   `{"code":"42501","details":null,"hint":null,"message":"new row violates row-level security policy (USING expression) for table \"notes\""}`,
			code: "42501", category: Permission},
		{name: "a foreign key to a missing row",
			in:   `{"code":"23503","details":"Key (user_id)=(9) is not present in table \"users\".","hint":null,"message":"insert or update on table \"orders\" violates foreign key constraint \"orders_user_id_fkey\""}`,
			code: "23503", category: Conflict},
		{name: "a column the request names wrongly",
			in:   `{"code":"42703","details":null,"hint":"Perhaps you meant to reference the column \"profiles.fullname\".","message":"column profiles.full_name does not exist"}`,
			code: "42703", category: InvalidRequest},
		{name: "an RPC function missing, in prose",
			in:   "PostgrestError: PGRST202 Could not find the function public.match_documents(filter, match_count, query_embedding) in the schema cache",
			code: "PGRST202", category: NotFound},
	})
}

// TestPipRequirementIsNoWrapper: a tool's name as the requirement pip installs
// ("Collecting crewai==0.28.8", "No matching distribution found for langchain") is a
// package, not the tool printing the error (literalscan.go pipRequirement).
func TestPipRequirementIsNoWrapper(t *testing.T) {
	checkAnswers(t, []answerCase{
		{name: "a pinned requirement pip cannot find",
			in:       "Collecting crewai==0.1.0 (from -r requirements.txt (line 3))\nERROR: Could not find a version that satisfies the requirement crewai==0.1.0 (from versions: 0.28.8)\nERROR: No matching distribution found for crewai==0.1.0",
			category: NotFound},
		{name: "an unpinned one on an interpreter it does not support",
			in:       "ERROR: Could not find a version that satisfies the requirement llama-index (from versions: none)\nERROR: No matching distribution found for llama-index",
			category: NotFound},
	})
}

// TestDriverUniqueViolationIsNoPostgREST: psycopg's own unique violation is the program's
// query, not PostgREST's forwarded 23505: no status, no entry; the category is at most the
// fallback's guess (its words' lean moves as tune grows).
func TestDriverUniqueViolationIsNoPostgREST(t *testing.T) {
	r := Decode("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"orders_pkey\"\nDETAIL:  Key (id)=(7) already exists.")
	assert.Equal(t, "UniqueViolation", r.Code)
	assert.Zero(t, r.HTTPStatus)
	assert.Contains(t, []Category{Unknown, Conflict}, r.Category)
	assert.False(t, r.Retryable)
	assert.Equal(t, Guess, r.Confidence)
}
