// Answer-only share links cannot lie (share.js): the page shows only what errlens knows (its
// catalogs, the link's checked numbers), never text written into the link.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { openReady, decode, answer, useSite } from "./lib.mjs";

const LIE = "Your key leaked — rotate it at errlens-security.example";
const RESULT = '[data-testid="result"]';

let server, browser, page;

async function open(fragment) {
  const p = await browser.ctx.newPage();
  await openReady(p, server.url + fragment);
  const got = await answer(p);
  return { p, got, card: await p.textContent(RESULT) };
}

describe("answer-only links", () => {
  useSite({ ready: true }, (s) => ({ server, browser, page } = s));

  test("a forged link's title, fix, verdict and reference are never shown", async () => {
    const q = new URLSearchParams({ provider: "openai", title: LIE, fix: LIE, verdict: LIE, code: LIE, type: LIE,
      provider_name: LIE, reference: "https://errlens-security.example/", category: "rate_limit", retryable: "true", http_status: "429" });
    const { p, got, card } = await open("#answer&" + q.toString());
    assert.ok(!card.includes("rotate it"), card);
    assert.ok(!card.includes("errlens-security"), card);
    assert.equal(await p.textContent(RESULT + " h2"), "OpenAI");
    assert.deepEqual({ provider: got.provider, category: got.category, httpStatus: got.httpStatus }, { provider: "openai", category: "rate_limit", httpStatus: 429 });
    await p.close();
  });

  test("unknown slugs, entries, categories and numbers out of range are dropped", async () => {
    const q = new URLSearchParams({ provider: "evil-corp", entry: "openai/no-such-entry", category: LIE, http_status: "99999", retry_after_ms: "-5" });
    const { p, got, card } = await open("#answer&" + q.toString());
    assert.deepEqual(got.provider, "");
    assert.equal(got.category, "unknown");
    assert.equal(got.httpStatus, 0);
    assert.ok(!card.includes("evil-corp") && !card.includes("rotate"), card);
    assert.equal(await p.locator('[data-testid="reference"]').count(), 0);
    await p.close();
  });

  test("a real answer's link shows the catalog entry: title, fix and reference from errlens", async () => {
    const text = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}";
    const here = await decode(page, text);
    await page.click('[data-testid="share-answer"]');
    const link = await page.inputValue('input[aria-label="Share link"]');
    const hash = new URL(link).hash;
    assert.equal(hash, "#answer&provider=openai&entry=openai%2Finsufficient-quota&http_status=429");
    const { p, got, card } = await open(hash);
    // The verdict's word is the same; its sentence is the page's own for a category (the
    // decoder's may name a clock time, which a link does not carry).
    assert.deepEqual({ ...got, verdict: got.verdict.split(/(?<=RETRY)/)[0] }, { ...here, verdict: here.verdict.split(/(?<=RETRY)/)[0] });
    assert.equal(await p.getAttribute('[data-testid="reference"]', "href"), "providers/openai/#insufficient-quota");
    assert.match(card, /billing/i);
    await p.close();
  });
});
