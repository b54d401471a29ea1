// The decoder starts early: boot.js creates the worker without waiting for the stylesheet or
// app.js's modules; there is only ever one worker and one request for the wasm, made by the
// worker, and boot.js is the only place that starts it; messages the worker
// sends before app.js has run are not lost. Every check holds a response back at the server
// side of the browser (Playwright's routing) and looks at what happened meanwhile, so none
// depends on how fast the machine is.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { answer, useSite } from "./lib.mjs";

let server, browser;

// held opens a page whose requests for the files in names are held back until release().
async function held(names) {
  const page = await browser.ctx.newPage();
  const requests = [];
  page.context().on("request", (r) => requests.push(r.url()));
  const waiting = [];
  let open = false;
  const release = () => { open = true; for (const f of waiting.splice(0)) f(); };
  await page.route((url) => names.some((n) => url.pathname.endsWith("/" + n)), async (route) => {
    if (!open) await new Promise((r) => waiting.push(r));
    await route.continue();
  });
  await page.addInitScript(() => {
    globalThis.__dcl = false;
    document.addEventListener("DOMContentLoaded", () => { globalThis.__dcl = true; });
  });
  const count = (name) => requests.filter((u) => new URL(u).pathname.endsWith("/" + name)).length;
  return { page, release, count };
}

describe("the decoder starts early", () => {
  useSite({}, (s) => ({ server, browser } = s));

  test("with app.js and the stylesheet held back, the worker already asks for the wasm, before DOMContentLoaded", async () => {
    const { page, release, count } = await held(["app.js", "style.css"]);
    const nav = page.goto(server.url);
    await page.waitForRequest((r) => r.url().endsWith("/errlens.wasm"), { timeout: 20000 });
    assert.equal(await page.evaluate(() => globalThis.__dcl), false, "DOMContentLoaded waits for app.js, which is held");
    assert.equal(await page.evaluate(() => performance.getEntriesByName("errlens:worker-created").length), 1);
    assert.equal(await page.evaluate(() => performance.getEntriesByName("errlens:app").length), 0, "app.js has not run");
    release();
    await nav;
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(count("worker.js"), 1);
    assert.equal(count("errlens.wasm"), 1);
    await page.close();
  });

  test("the wasm is requested once, by the worker, not by the page", async () => {
    const { page, count } = await held([]);
    await page.goto(server.url);
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    assert.equal(count("errlens.wasm"), 1);
    assert.equal(count("wasm_exec.js"), 1);
    assert.equal(count("worker.js"), 1);
    // The page's own resource timeline lists what the page fetched; the worker's is its own.
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType("resource")
      .map((r) => r.name).filter((n) => /errlens\.wasm|wasm_exec\.js/.test(n))), []);
    await page.close();
  });

  test("the worker is ready before app.js runs: its early messages are kept, the page becomes ready and decodes", async () => {
    const { page, release, count } = await held(["app.js"]);
    const nav = page.goto(server.url);
    const worker = await page.waitForEvent("worker", { timeout: 20000 });
    await worker.evaluate(async () => { // until Go has started (the worker posts "ready" then)
      while (typeof globalThis.errlensDecode !== "function") await new Promise((r) => setTimeout(r, 10));
    });
    release();
    await nav;
    await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
    await page.fill('textarea[data-testid="input"]', "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}");
    assert.equal((await answer(page)).provider, "anthropic");
    assert.equal(count("worker.js"), 1);
    await page.close();
  });

  test("boot.js fails to load: no worker anywhere, and the page says the decoder could not load", async () => {
    // boot.js is the one place the worker is started; app.js imports it and reports a
    // failed import instead of starting a second copy of the worker.
    const page = await browser.ctx.newPage();
    const requests = [];
    page.context().on("request", (r) => requests.push(r.url()));
    const count = (name) => requests.filter((u) => new URL(u).pathname.endsWith("/" + name)).length;
    await page.route((url) => url.pathname.endsWith("/boot.js"), (route) => route.abort());
    await page.goto(server.url);
    await page.waitForSelector("html[data-decoder-failed]", { timeout: 20000 });
    assert.match(await page.locator('[data-testid="status"]').textContent(), /could not load/);
    assert.equal(await page.locator('[data-testid="loading"]').isHidden(), true, "no progress bar left spinning");
    assert.equal(count("worker.js"), 0);
    assert.equal(count("errlens.wasm"), 0);
    await page.close();
  });
});
