// Issue 18 in Chromium: the verdict in view after a paste on a wide and on a phone screen
// (without taking the focus from the box), one error of a log of two, the neutral state of
// a paste too thin to judge, the summary for an incident channel, and how sure the card is.
import { before, after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openReady, decode } from "./lib.mjs";

const TWO = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.8s.', 'type': 'requests', 'param': None, 'code': 'rate_limit_exceeded'}}
INFO 200 OK
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

let server;

before(async () => { server = await startServer(); });
after(() => server?.stop());

// inView reports where the verdict box is and whether all of it is inside the viewport.
async function inView(page) {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="verdict"]').getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: innerHeight, in: r.top >= 0 && r.bottom <= innerHeight };
  });
}

for (const [width, height] of [[1280, 800], [360, 740]]) {
  describe(`at ${width}×${height}`, () => {
    let browser, page;
    before(async () => {
      browser = await launch({ viewport: { width, height } });
      page = browser.ctx.pages()[0] || await browser.ctx.newPage();
      await openReady(page, server.url);
    });
    after(async () => { await browser?.close(); });

    test("after a paste the verdict is in view and the box keeps the focus", async () => {
      await page.focus('textarea[data-testid="input"]');
      const got = await decode(page, TWO);
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-testid="verdict"]').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, null, { timeout: 5000 }).catch(() => {});
      const v = await inView(page);
      assert.ok(v.in, JSON.stringify(v));
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "input");
      // One error of the two answers, and the card says there is another.
      assert.equal(got.httpStatus, 401);
      assert.equal(got.category, "authentication");
      assert.match(got.verdict, /^DO NOT RETRY/);
      assert.match(await page.textContent('[data-testid="other-errors"]'), /holds 1 other error; showing the last/);
    });

    test("a paste too thin to judge gets the neutral state, not a red or green card", async () => {
      for (const thin of ["a", "openai.RateLimitError:"]) {
        const got = await decode(page, thin);
        assert.equal(got.category, "unknown", thin);
        assert.match(got.verdict, /^PASTE MORE/, thin);
        assert.match(await page.getAttribute('[data-testid="verdict"]', "class"), /\bmaybe\b/, thin);
        assert.doesNotMatch(await page.getAttribute('[data-testid="category"]', "class"), /tone-(yes|no)/, thin);
      }
    });
  });
}

describe("the card's colours and summary", () => {
  let browser, page;
  before(async () => {
    browser = await launch();
    page = browser.ctx.pages()[0] || await browser.ctx.newPage();
    await openReady(page, server.url);
  });
  after(async () => { await browser?.close(); });

  test("the category badge takes the verdict's colour", async () => {
    // A server error the entry calls not retryable would have had a green badge under red.
    for (const [text, tone] of [[TWO, "no"], ["HTTP/1.1 503 Service Unavailable\nretry-after: 20\n\n{\"error\": {\"message\": \"The server is overloaded\", \"type\": \"server_error\"}}", "yes"]]) {
      const got = await decode(page, text);
      assert.equal(got.retryable, tone === "yes" ? "true" : "false");
      assert.match(await page.getAttribute('[data-testid="category"]', "class"), new RegExp("tone-" + tone));
    }
  });

  test("Copy summary gives one paragraph: provider, status, code, verdict, fix, reference", async () => {
    await decode(page, TWO);
    await page.click('[data-testid="copy-summary"]');
    // The note is written once the clipboard answers (a promise), not when the click returns.
    await page.waitForFunction(() => document.querySelector(".share-note").textContent.includes(": "));
    const note = await page.textContent(".share-note");
    const summary = note.replace(/^[^:]*: /, "");
    assert.ok(!summary.includes("\n"), summary);
    for (const part of ["OpenAI", "HTTP 401", "invalid_api_key", "DO NOT RETRY: Fix the API key first", "Fix: ", "providers/openai/#"]) {
      assert.ok(summary.includes(part), part + " in " + summary);
    }
    assert.ok(summary.includes(new URL("providers/openai/", server.url).href), summary);
  });

  test("the card says how sure it is, and what else the paste could be", async () => {
    await decode(page, TWO);
    assert.equal(await page.textContent('[data-testid="confidence"]'), "How sure: documented in OpenAI's reference");
    assert.equal(await page.locator('[data-testid="alternatives"]').count(), 0);
    // OpenAI's token limit with its organization (org-, where Groq's are org_): OpenAI, with
    // Groq, which words its own the same way, as the other reading.
    await decode(page, "Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.8s.");
    assert.equal(await page.textContent('[data-testid="confidence"]'), "How sure: documented in OpenAI's reference");
    let alts = await page.textContent('[data-testid="alternatives"]');
    assert.ok(alts.includes("Groq — rate_limit, retry (Groq words its rate_limit_exceeded error the same way"), alts);
    // The wording alone, with no organization: neither is named.
    await decode(page, "Rate limit reached for model on tokens per min (TPM): Limit 30000, Used 29000, Requested 1500. Please try again in 1.8s.");
    assert.equal(await page.textContent('[data-testid="confidence"]'), "How sure: inferred from general knowledge");
    alts = await page.textContent('[data-testid="alternatives"]');
    assert.match(alts, /^Could also be:/);
    assert.ok(alts.includes("OpenAI — rate_limit, retry"), alts);
    assert.ok(alts.includes("Groq — rate_limit, retry (Groq words its rate_limit_exceeded error the same way"), alts);
    await decode(page, "HTTP/1.1 503 Service Unavailable");
    assert.equal(await page.textContent('[data-testid="confidence"]'), "How sure: a guess");
  });
});
