// Issue 15 on the card: the limit's window and reset, and the attempts a log shows, in the
// words the card prints. The functions are pure, so they run under node without a browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { limitText, attemptsText, resultJSON } from "../site/static/card.js";

const NOW = Date.parse("2026-01-01T18:48:00Z");

test("a window and a reset later today", () => {
  assert.equal(limitText({ limit_window: "day", reset_at: "2026-01-02T00:00:00Z" }, NOW), "per day, resets at 00:00 UTC (in 5 h 12 min)");
});

test("a reset days away names its date", () => {
  assert.equal(limitText({ reset_at: "2026-01-06T02:00:00Z" }, NOW), "resets at 02:00 UTC on 2026-01-06 (in 4 d 7 h)");
});

test("a reset already past says when it was, and no time left", () => {
  assert.equal(limitText({ limit_window: "minute", reset_at: "2026-01-01T18:47:10Z" }, NOW), "per minute, resets at 18:47:10 UTC on 2026-01-01");
});

test("neither", () => {
  assert.equal(limitText({}, NOW), "");
});

test("attempts by status, else code", () => {
  const r = { attempts: [529, 529, 529, 529, 529, 529].map((s) => ({ http_status: s })) };
  assert.equal(attemptsText(r), "This log shows 6 attempts: 529, 529, 529, 529, 529, 529.");
  r.attempts.push({ http_status: 0 }, { http_status: 0, code: "overloaded_error" }, { http_status: 429 });
  assert.equal(attemptsText(r), "This log shows 9 attempts: 529, 529, 529, 529, 529, 529, no status, overloaded_error, …");
  assert.equal(attemptsText({}), "");
});

test("Copy as JSON keeps the new fields in the Go order", () => {
  const out = JSON.parse(resultJSON({ other_errors: 1, attempts: [{ offset: 0, http_status: 429 }], reset_at: "x", limit_window: "day", provider: "" }));
  assert.deepEqual(Object.keys(out), ["provider", "limit_window", "reset_at", "attempts", "other_errors"]);
});
