// The built site (public/) in real headless Chromium, served under /errlens/ as on GitHub
// Pages. `make test-browser` builds the site and runs this with node --test.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { PUBLIC, startServer, openReady, decode, answer, pasteAndWatch, shareLink, useSite, collectErrors } from "./lib.mjs";

const SCREENS = process.env.SCREENS || join(tmpdir(), "errlens-screens");
const ROOT = new URL("..", import.meta.url).pathname;

let server, browser, page;
const requests = []; // every request the browser made, page and worker alike
const dialogs = [];
const errors = []; // console errors and uncaught exceptions

function examples() {
  return JSON.parse(readFileSync(join(ROOT, "content", "examples.json"), "utf8"));
}

describe("errlens in Chromium", () => {
  before(() => mkdirSync(SCREENS, { recursive: true }));
  useSite({ ready: true, watch: ({ browser, page }) => {
    browser.ctx.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    collectErrors(page, errors);
  } }, (s) => ({ server, browser, page } = s));

  test("says it is ready and that nothing leaves the browser", async () => {
    assert.match(await page.textContent('[data-testid="status"]'), /Decoder ready/);
    assert.match(await page.textContent("main"), /Nothing leaves your browser/);
  });

  test("one real sample per provider decodes as the Go decoder says", async () => {
    const want = JSON.parse(execFileSync("go", ["run", "./scripts/expect"], { cwd: ROOT, encoding: "utf8" }));
    assert.ok(want.length >= 22);
    for (const w of want) {
      const got = await decode(page, w.input);
      assert.deepEqual(
        { provider: got.provider, category: got.category, retryable: got.retryable, httpStatus: got.httpStatus },
        { provider: w.provider, category: w.category, retryable: String(w.retryable), httpStatus: w.http_status },
        w.provider);
      assert.ok(got.verdict.startsWith(w.retryable ? "RETRY" : "DO NOT RETRY"), w.provider + ": " + got.verdict);
      if (w.reference) {
        assert.equal(await page.getAttribute('[data-testid="reference"]', "href"), w.reference);
      }
    }
  });

  test("the examples picker: every example decodes to its provider", async () => {
    const ex = examples();
    for (let i = 0; i < ex.length; i++) {
      await page.selectOption('select[data-testid="examples"]', String(i));
      const got = await answer(page);
      assert.equal(got.provider, ex[i].provider, ex[i].label);
      assert.equal(await page.inputValue('textarea[data-testid="input"]'), ex[i].input);
    }
  });

  test("a reference link lands on its catalog row", async () => {
    await decode(page, "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}");
    const href = await page.getAttribute('[data-testid="reference"]', "href");
    assert.equal(href, "providers/openai/#insufficient-quota");
    const ref = await browser.ctx.newPage();
    await ref.goto(new URL(href, server.url).href);
    assert.equal(await ref.locator("tr#insufficient-quota").count(), 1);
    assert.equal(await ref.evaluate(() => document.querySelector(":target")?.id), "insufficient-quota");
    await ref.close();
  });

  test("share link: input in the fragment with keys masked, listed, restored on open", async () => {
    const secret = "Zk7pQ2xV9mL4nR8tW1yB6cD3fG5hJ0sA";
    const text = 'anthropic.AuthenticationError: Error code: 401 - {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}\nx-api-key: sk-ant-api03-' + secret;
    await decode(page, text);
    const { link, masked } = await shareLink(page);
    const url = new URL(link);
    assert.ok(url.href.startsWith(server.url), link);
    assert.ok(url.hash.startsWith("#input="));
    assert.ok(!link.includes(secret), "the key is masked: " + link);
    assert.ok(decodeURIComponent(url.hash).includes("sk-ant-api03-****"));
    assert.deepEqual(masked, ["Anthropic API key sk-ant-api03-…"]);
    // The list is read before anything is copied: focus is on it, and Tab reaches the copy
    // button next.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "masked-list");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "copy-link");

    const other = await browser.ctx.newPage();
    await openReady(other, link);
    const got = await answer(other);
    assert.equal(got.provider, "anthropic");
    assert.equal(got.category, "authentication");
    const restored = await other.inputValue('textarea[data-testid="input"]');
    assert.ok(restored.includes("sk-ant-api03-****") && !restored.includes(secret));
    await other.close();
  });

  test("share without input: only the answer travels", async () => {
    const text = 'HTTP/1.1 429 Too Many Requests\nretry-after: 7\n\n{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}';
    const here = await decode(page, text);
    await page.click('[data-testid="share-answer"]');
    const link = await page.inputValue('input[aria-label="Share link"]');
    assert.ok(!link.includes("Rate%20limit%20reached"), link);
    assert.ok(new URL(link).hash.startsWith("#answer&"));
    const other = await browser.ctx.newPage();
    await openReady(other, link);
    const got = await answer(other);
    const facts = (a) => ({ provider: a.provider, category: a.category, retryable: a.retryable, httpStatus: a.httpStatus });
    assert.deepEqual(facts(got), facts(here));
    assert.ok(got.verdict.startsWith("RETRY"), got.verdict);
    assert.equal(await other.inputValue('textarea[data-testid="input"]'), "");
    assert.match(await other.textContent('[data-testid="result"]'), /Shared without the original input/);
    assert.match(got.verdict, /after 7 s/);
    await other.close();
  });

  test("pasted markup shows as text and runs nothing", async () => {
    for (const evil of ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>",
      '{"error":{"message":"<img src=x onerror=alert(2)>","type":"<script>alert(3)</script>"}}']) {
      await decode(page, evil);
      assert.equal(await page.locator('[data-testid="result"] img, [data-testid="result"] script').count(), 0);
      assert.equal(await page.inputValue('textarea[data-testid="input"]'), evil);
    }
    const other = await browser.ctx.newPage();
    other.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await openReady(other, server.url + "#input=" + encodeURIComponent("<img src=x onerror=alert(4)>"));
    await answer(other);
    await other.close();
    await page.waitForTimeout(200);
    assert.deepEqual(dialogs, []);
  });

  test("a shared answer cannot smuggle a link or markup", async () => {
    const other = await browser.ctx.newPage();
    other.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await openReady(other, server.url + "#answer&provider=openai&provider_name=" + encodeURIComponent("<img src=x onerror=alert(5)>") +
      "&category=quota&retryable=false&reference=" + encodeURIComponent("javascript:alert(6)"));
    await answer(other);
    assert.equal(await other.locator('[data-testid="reference"]').count(), 0);
    assert.equal(await other.locator('[data-testid="result"] img').count(), 0);
    assert.equal(await other.textContent('[data-testid="result"] h2'), "OpenAI");
    assert.doesNotMatch(await other.textContent('[data-testid="result"]'), /<img src=x/);
    await other.close();
    assert.deepEqual(dialogs, []);
  });

  test("a 1 MB paste does not block the page", async () => {
    const gaps = await pasteAndWatch(page, "x".repeat(1 << 20) + '\n{"error":{"message":"Overloaded","type":"overloaded_error"}}', 15000);
    const got = await answer(page);
    assert.ok(got.category);
    console.log(`1 MB paste: input handler ${gaps.handler.toFixed(1)} ms, longest main-thread stall ${gaps.worst.toFixed(1)} ms, answer after ${gaps.total.toFixed(0)} ms`);
    // Timings are printed, not asserted (they depend on the machine). What keeps typing
    // free is structural: the page itself has no decoder; only the worker does.
    assert.equal(await page.evaluate(() => typeof globalThis.errlensDecode), "undefined", "decoding never runs on the page's thread");
  });

  test("keyboard: labelled controls in a sensible tab order", async () => {
    await page.goto(server.url);
    const order = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => {
        const a = document.activeElement;
        return a.dataset.testid || a.id || a.textContent.trim();
      }));
    }
    const input = order.indexOf("input"), picker = order.indexOf("examples");
    assert.ok(input >= 0 && picker > input, order.join(" > "));
    // Focus is visible: the focused control draws an outline.
    await page.focus("body");
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, "none");
    assert.equal(await page.locator('label[for="input"]').count(), 1);
    assert.equal(await page.locator('label[for="examples"]').count(), 1);
    // From the box, typing works and the card's buttons follow in order.
    await page.focus('textarea[data-testid="input"]');
    await page.keyboard.type("anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}");
    const got = await answer(page);
    assert.equal(got.provider, "anthropic");
  });

  test("every request went to the site itself, none after the decoder was ready", async () => {
    const other = await browser.ctx.newPage();
    const mine = [];
    other.on("request", (r) => mine.push(r.url()));
    await openReady(other, server.url);
    const atReady = mine.length;
    const ex = examples();
    for (let i = 0; i < ex.length; i++) {
      await other.selectOption('select[data-testid="examples"]', String(i));
      await answer(other);
    }
    assert.equal(mine.length, atReady, "requests after load: " + mine.slice(atReady).join(", "));
    await other.close();
    const foreign = requests.filter((u) => new URL(u).origin !== server.origin && !u.startsWith("data:"));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((u) => u.endsWith("/errlens/errlens.wasm")), "the wasm came from the site");
    assert.ok(requests.some((u) => u.endsWith("/errlens/wasm_exec.js")));
    assert.deepEqual(errors, []);
  });

  test("if the decoder cannot load, the page says so and the box keeps working", async () => {
    const dir = mkdtempSync(join(tmpdir(), "errlens-nowasm-"));
    cpSync(PUBLIC, dir, { recursive: true });
    rmSync(join(dir, "errlens.wasm"));
    const broken = await startServer(dir);
    const other = await browser.ctx.newPage();
    await other.goto(broken.url);
    await other.waitForSelector("html[data-decoder-failed]", { timeout: 20000 });
    assert.match(await other.textContent('[data-testid="status"]'), /could not load/);
    await other.fill('textarea[data-testid="input"]', "still typing");
    assert.equal(await other.inputValue('textarea[data-testid="input"]'), "still typing");
    await other.close();
    broken.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a missing page gets the 404 page, styled and linked, at any depth", async () => {
    const p = await browser.ctx.newPage();
    const res = await p.goto(server.url + "no/such/page");
    assert.equal(res.status(), 404);
    assert.match(await p.textContent("h1"), /Page not found/);
    const skipHidden = await p.evaluate(() => document.querySelector(".skip").getBoundingClientRect().right < 0);
    assert.ok(skipHidden, "the stylesheet loaded");
    await p.click("text=Providers >> nth=-1");
    assert.equal(new URL(p.url()).pathname, "/errlens/providers/");
    await p.close();
  });

  test("screenshots: light, dark, 360 px", async () => {
    const ex = examples();
    const pick = String(ex.findIndex((e) => e.provider === "openai"));
    const shots = [
      { name: "light.png", scheme: "light", width: 1200 },
      { name: "dark.png", scheme: "dark", width: 1200 },
      { name: "mobile-360.png", scheme: "light", width: 360 },
      { name: "mobile-360-dark.png", scheme: "dark", width: 360 },
    ];
    for (const s of shots) {
      const p = await browser.ctx.newPage();
      await p.setViewportSize({ width: s.width, height: 1400 });
      await p.emulateMedia({ colorScheme: s.scheme });
      await openReady(p, server.url);
      await p.selectOption('select[data-testid="examples"]', pick);
      await answer(p);
      await p.screenshot({ path: join(SCREENS, s.name), fullPage: false });
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, s.name + ": page is " + overflow + " px wider than the screen");
      await p.close();
    }
    for (const [name, path, scheme] of [["provider-openai.png", "providers/openai/#insufficient-quota", "light"],
      ["guide-dark.png", "guide/retries/", "dark"], ["providers-360.png", "providers/", "light"]]) {
      const p = await browser.ctx.newPage();
      await p.setViewportSize({ width: name.includes("360") ? 360 : 1200, height: 1200 });
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(server.url + path);
      await p.screenshot({ path: join(SCREENS, name) });
      await p.close();
    }
    console.log("screenshots in " + SCREENS);
  });
});
