// Offline use (the service worker, sw.js) in headless Chromium: nothing is kept until the
// visitor asks (the page makes no request after load); once kept, the front page reloads and
// decodes with no network and the server gone; a new deploy (a new
// sw.js version) replaces the cached files as a whole.
import { before, after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PUBLIC, startServer, launch, openReady, decode } from "./lib.mjs";

const QUOTA = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}";

let dir, server, browser, page;

// controlled waits until a service worker controls page and has activated cache version v
// (any version when v is undefined); resolves to the cache names.
async function controlled(p, v) {
  const end = Date.now() + 30000;
  for (;;) {
    const state = await p.evaluate(async () => ({ on: !!navigator.serviceWorker.controller, keys: await caches.keys() }));
    if (state.on && state.keys.length === 1 && (!v || state.keys[0] === "errlens-" + v)) return state.keys;
    if (Date.now() > end) return state.keys;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const version = () => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dir, "sw.js"), "utf8"))[1];

describe("offline", () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "errlens-offline-"));
    cpSync(PUBLIC, dir, { recursive: true });
    server = await startServer(dir);
    browser = await launch({ serviceWorkers: "allow" });
    page = browser.ctx.pages()[0] || await browser.ctx.newPage();
  });

  after(async () => {
    await browser?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("nothing is kept unasked; asked, the service worker keeps every file of one version", async () => {
    await openReady(page, server.url);
    const late = [];
    const seen = (r) => late.push(r.url());
    browser.ctx.on("request", seen); // the page's requests and any a service worker makes
    await page.waitForTimeout(1500);
    browser.ctx.off("request", seen);
    assert.deepEqual(late, [], "no request once the page is ready, service workers allowed");
    assert.deepEqual(await page.evaluate(async () => ({ on: !!navigator.serviceWorker.controller, keys: await caches.keys() })),
      { on: false, keys: [] }, "no service worker and no cache before the visitor asks");
    await page.click('[data-testid="offline"]');
    await page.waitForSelector('[data-testid="offline-status"]:has-text("Kept for offline use")', { timeout: 30000 });
    assert.deepEqual(await controlled(page, version()), ["errlens-" + version()]);
    const cached = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => new URL(r.url).pathname));
    for (const f of ["/errlens/", "/errlens/errlens.wasm", "/errlens/wasm_exec.js", "/errlens/worker.js", "/errlens/app.js",
      "/errlens/boot.js", "/errlens/session.js", "/errlens/loading.js", "/errlens/marks.js", "/errlens/search-index.json", "/errlens/providers/gemini/", "/errlens/404.html"]) {
      assert.ok(cached.includes(f), f + " cached");
    }
  });

  test("a new deploy replaces the cache: the next load shows the new version", async () => {
    const old = version();
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(old, "0123456789abcdef");
    const home = readFileSync(join(dir, "index.html"), "utf8").replace("Paste an error</label>", "Paste an error (new deploy)</label>");
    writeFileSync(join(dir, "index.html"), home);
    writeFileSync(join(dir, "sw.js"), sw);
    await page.reload(); // served by the old version; the browser checks sw.js meanwhile
    assert.deepEqual(await controlled(page, "0123456789abcdef"), ["errlens-0123456789abcdef"]);
    await openReady(page, server.url);
    assert.match(await page.textContent("label[for=input]"), /new deploy/);
  });

  test("with no network and no server, a reload shows the page and decodes", async () => {
    server.stop();
    await browser.ctx.setOffline(true);
    await page.reload();
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    const got = await decode(page, QUOTA);
    assert.equal(got.provider, "openai");
    assert.equal(got.category, "quota");
    await page.goto(server.url + "providers/gemini/");
    assert.match(await page.textContent("h1"), /Gemini/);
    await page.goto(server.url + "no/such/page/");
    assert.match(await page.textContent("h1"), /not found/i);
    await browser.ctx.setOffline(false);
  });
});
