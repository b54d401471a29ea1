// The paste survives a reload of the tab (site/static/session.js): kept in the tab's
// sessionStorage only, restored and decoded again; "Clear" empties the box, the answer and
// the kept copy; a share link in the address wins over the kept paste; nothing is written to
// localStorage and no request carries the text or follows typing.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openReady, decode, answer, useSite } from "./lib.mjs";

const PASTE = "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit'}}";
const OTHER = "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}";

let server, browser;

describe("the paste survives a reload", () => {
  useSite({}, (s) => ({ server, browser } = s));

  // watched opens the front page and records every request the tab makes from then on.
  async function watched() {
    const page = await browser.ctx.newPage();
    const requests = [];
    page.on("request", (r) => requests.push({ url: r.url(), body: r.postData() || "" }));
    await openReady(page, server.url);
    return { page, requests };
  }

  const stored = (page) => page.evaluate(() => ({
    session: Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
    local: localStorage.length,
  }));

  test("typed, reloaded: the paste is back and decoded; nothing in localStorage; no request carries it", async () => {
    const { page, requests } = await watched();
    const before = requests.length;
    assert.equal((await decode(page, PASTE)).provider, "anthropic");
    assert.equal(requests.length, before, "typing and decoding make no request");
    await page.reload();
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(await page.inputValue('[data-testid="input"]'), PASTE);
    const r = await answer(page);
    assert.equal(r.provider, "anthropic");
    assert.equal(r.category, "rate_limit");
    const s = await stored(page);
    assert.deepEqual(s.session, [PASTE]);
    assert.equal(s.local, 0, "nothing in localStorage");
    for (const q of requests) {
      assert.ok(!q.url.includes("RateLimitError") && !q.body.includes("RateLimitError"), "a request carried the paste: " + q.url);
    }
    await page.close();
  });

  test("Clear empties the box, the answer and the kept copy; a reload stays empty", async () => {
    const { page } = await watched();
    await decode(page, PASTE);
    await page.click('[data-testid="clear"]');
    assert.equal(await page.inputValue('[data-testid="input"]'), "");
    assert.equal(await page.locator('[data-testid="result"]').isHidden(), true);
    assert.deepEqual((await stored(page)).session, []);
    await page.reload();
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(await page.inputValue('[data-testid="input"]'), "");
    assert.equal(await page.locator('[data-testid="result"]').isHidden(), true);
    await page.close();
  });

  test("Clear drops a share link's text, which a reload would otherwise bring back", async () => {
    const page = await browser.ctx.newPage();
    await openReady(page, server.url + "#input=" + encodeURIComponent(OTHER));
    assert.equal((await answer(page)).provider, "openai");
    await page.click('[data-testid="clear"]');
    assert.equal(new URL(page.url()).hash, "");
    await page.reload();
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(await page.inputValue('[data-testid="input"]'), "");
    await page.close();
  });

  test("a share link opened in the tab wins over the kept paste", async () => {
    const { page } = await watched();
    await decode(page, PASTE);
    await page.goto("about:blank"); // the same tab: its sessionStorage keeps PASTE
    await openReady(page, server.url + "#input=" + encodeURIComponent(OTHER));
    assert.equal(await page.inputValue('[data-testid="input"]'), OTHER);
    assert.equal((await answer(page)).provider, "openai");
    await page.close();
  });

  test("a new tab starts empty: the paste is kept for its own tab only", async () => {
    const { page } = await watched();
    await decode(page, PASTE);
    const other = await browser.ctx.newPage();
    await openReady(other, server.url);
    assert.equal(await other.inputValue('[data-testid="input"]'), "");
    await other.close();
    await page.close();
  });
});
