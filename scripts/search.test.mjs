// Search across every catalog (search.js over search-index.json), in headless Chromium.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { useSite, collectErrors } from "./lib.mjs";

const SCREENS = process.env.SCREENS || join(tmpdir(), "errlens-screens");

let server, browser, page;
const errors = [];

async function search(p, text) {
  await p.fill('[data-testid="search"]', text);
  await p.waitForFunction(() => /match/.test(document.querySelector('[data-testid="search-count"]').textContent));
  return p.locator('[data-testid="search-hit"]').evaluateAll((as) => as.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
}

describe("search", () => {
  useSite({ watch: ({ page }) => collectErrors(page, errors) }, (s) => ({ server, browser, page } = s));

  test("RESOURCE_EXHAUSTED lists Gemini, Vertex AI and the gRPC layer", async () => {
    await page.goto(server.url);
    const hits = await search(page, "RESOURCE_EXHAUSTED");
    const slugs = new Set(hits.map((h) => h.href.split("/")[2]));
    for (const s of ["gemini", "vertex-ai", "grpc"]) assert.ok(slugs.has(s), s + " in " + [...slugs].join(", "));
    for (const h of hits) assert.match(h.href, /^\.\/providers\/[a-z0-9-]+\/#[A-Za-z0-9_.-]+$/);
    await page.locator('[data-testid="search-box"]').screenshot({ path: join(SCREENS, "search.png") });
  });

  test("a hit's link lands on its anchored row", async () => {
    const hits = await search(page, "grpc RESOURCE_EXHAUSTED");
    const grpc = hits.find((h) => h.href.includes("/grpc/"));
    assert.ok(grpc, JSON.stringify(hits));
    await page.click(`[data-testid="search-hit"][href="${grpc.href}"]`);
    await page.waitForURL(/\/providers\/grpc\/#/);
    const id = grpc.href.split("#")[1];
    assert.equal(await page.evaluate(() => document.querySelector(":target")?.id), id);
    assert.match(await page.textContent(":target"), /RESOURCE_EXHAUSTED/);
  });

  test("status, exception class and message words all find entries; nonsense finds none", async () => {
    await page.goto(server.url + "providers/");
    assert.ok((await search(page, "529")).some((h) => h.href.includes("anthropic/")), "529");
    assert.ok((await search(page, "RateLimitError")).some((h) => h.href.includes("openai/")), "RateLimitError");
    assert.ok((await search(page, "insufficient_quota")).some((h) => h.href.includes("#insufficient-quota")), "insufficient_quota");
    assert.deepEqual(await search(page, "zzqx-not-an-error"), []);
  });

  test("keyboard: Down reaches the hits, Enter in the box opens the first", async () => {
    await page.goto(server.url);
    const hits = await search(page, "context_length_exceeded");
    assert.ok(hits.length > 0);
    await page.focus('[data-testid="search"]');
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), hits[0].href);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), hits[0].href);
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate(() => document.activeElement.id), "search");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#/);
    assert.equal(await page.evaluate(() => document.querySelector(":target")?.id), hits[0].href.split("#")[1]);
  });

  test("a hit is text: markup in a query or a title is never parsed", async () => {
    await page.goto(server.url);
    await search(page, "<img src=x onerror=alert(1)>");
    assert.equal(await page.locator('[data-testid="search-results"] img').count(), 0);
    assert.deepEqual(errors, []);
  });
});
