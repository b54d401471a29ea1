// On a slow connection (Chromium's network emulation at DevTools' "Slow 3G": 2 s round
// trips, 50 KB/s) the front page's text and input show while the decoder is still
// downloading, and the download's progress moves. Screenshot of the loading state:
// $SCREENS/slow-3g-loading.png. Nothing here is timed against a limit: each check is an
// order of events (visible before ready, progress before ready, progress growing).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { useSite } from "./lib.mjs";

const SCREENS = process.env.SCREENS || tmpdir();

// SLOW_3G is DevTools' preset: 400 ms latency and 500 kbps, each scaled as DevTools does.
const SLOW_3G = { offline: false, latency: 400 * 5, downloadThroughput: (500 * 1000 / 8) * 0.8, uploadThroughput: (500 * 1000 / 8) * 0.8 };

let server, browser;

describe("on a slow network", () => {
  useSite({}, (s) => ({ server, browser } = s));

  test("the text and the input show before the decoder has loaded, and its download progress moves", async () => {
    const page = await browser.ctx.newPage();
    const cdp = await browser.ctx.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    // What the first paint with content showed: whether the input was on the page then
    // (parsed, with the stylesheet in: a paint waits for both) and the decoder not ready.
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntriesByName("first-contentful-paint")) {
          globalThis.__fcp = { at: Math.round(e.startTime), input: !!document.getElementById("input"),
            ready: document.documentElement.hasAttribute("data-decoder-ready") };
        }
      }).observe({ type: "paint", buffered: true });
    });
    page.goto(server.url, { timeout: 120000 }).catch(() => {}); // the load event comes late: not awaited

    await page.waitForFunction(() => globalThis.__fcp, null, { timeout: 60000, polling: 100 });
    const first = await page.evaluate(() => ({ ...globalThis.__fcp,
      html: Math.round(performance.getEntriesByType("navigation")[0]?.responseStart || 0) }));
    assert.equal(first.ready, false, "the first paint comes before the decoder is ready");
    assert.equal(first.input, true, "the first paint has the input");
    // Nothing the page asks for holds the first paint back: it comes before boot.js, the
    // first file the page requests, has arrived (a round trip after the page).
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/boot.js") && r.responseEnd > 0), null, { timeout: 60000 });
    first.boot = await page.evaluate(() => Math.round(performance.getEntriesByType("resource").find((r) => r.name.endsWith("/boot.js")).responseEnd));
    assert.ok(first.at < first.boot, `first paint at ${first.at} ms, before boot.js arrived at ${first.boot} ms`);
    await page.locator('[data-testid="input"]').waitFor({ state: "visible", timeout: 60000 });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-decoder-ready")), false,
      "the input is visible before the decoder is ready");

    const bar = page.locator('[data-testid="wasm-progress"]');
    const value = () => bar.evaluate((b) => b.position >= 0 ? b.value : -1);
    await page.waitForFunction(() => document.getElementById("wasm-progress").value > 0, null, { timeout: 60000 });
    const v1 = await value();
    await page.waitForFunction((v) => document.getElementById("wasm-progress").value > v, v1, { timeout: 60000 });
    const v2 = await value();
    const max = Number(await bar.getAttribute("max"));
    const shown = await page.locator('[data-testid="wasm-bytes"]').textContent();
    assert.ok(v2 > v1 && v1 > 0, `progress moves: ${v1} then ${v2}`);
    assert.ok(v2 < max, "still downloading");
    assert.equal(await page.locator('[data-testid="loading"]').isVisible(), true, "the progress is shown");
    assert.equal(await page.getByRole("progressbar", { name: "Decoder download" }).count(), 1, "an accessible progress bar");
    assert.match(shown, /^\d+\.\d of \d+\.\d MB$/);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute("data-decoder-ready")), false);
    assert.equal(await page.locator('[data-testid="status"]').textContent(), "Loading the decoder…");
    await page.screenshot({ path: join(SCREENS, "slow-3g-loading.png") });
    console.log(`slow 3G: HTML first bytes at ${first.html} ms, first paint at ${first.at} ms, boot.js in at ${first.boot} ms; progress ${v1} then ${v2} of ${max} B ("${shown}")`);
    await page.close();
  });

  test("once the decoder is ready the progress bar is gone", async () => {
    const page = await browser.ctx.newPage();
    await page.goto(server.url);
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(await page.locator('[data-testid="loading"]').isHidden(), true);
    await page.close();
  });
});
