// Issue 15 on the page, in Chromium: a log of several failures drawn as a timeline (one
// list item per attempt, in order), and what each SDK will do with the wait an error asks
// for. `make test-browser` builds the site and runs this with node --test.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decode, useSite } from "./lib.mjs";

const ROOT = new URL("..", import.meta.url).pathname;

let server, browser, page;

describe("timing on the card", () => {
  useSite({ ready: true }, (s) => ({ server, browser, page } = s));

  test("a log's attempts are drawn as a timeline, in order", async () => {
    const log = readFileSync(ROOT + "cmd/errlens/testdata/input/openai-retry-log.txt", "utf8");
    await decode(page, log);
    const items = await page.locator('[data-testid="attempts"] li').allTextContents();
    assert.equal(items.length, 3);
    assert.match(items[0], /^2024-05-14 09:12:31\.402 · 429 · the client waited 0\.5 s$/);
    assert.equal(items[2], "2024-05-14 09:12:33.020 · 429 rate_limit_exceeded · asked to wait 0.1 s");
  });

  test("each SDK's answer to the wait asked", async () => {
    const paste = readFileSync(ROOT + "decoder/testdata/golden/sdkwaits-openai-retry-after-171.txt", "utf8");
    await decode(page, paste);
    const items = await page.locator('[data-testid="sdk-waits"] li').allTextContents();
    assert.deepEqual(items, [
      "openai-python gives up at once: it waits out at most 120 s, and this asks for 171 s",
      "openai-node retries after about 0.5 s by its own backoff, before the limit resets (up to 2 times)",
      "openai-go retries after 8 s, before the limit resets (up to 2 times)",
      "openai-java waits 171 s and retries (up to 2 times)",
      "openai-dotnet waits 171 s and retries (up to 3 times)",
    ]);
  });
});
