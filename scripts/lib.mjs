// Shared helpers for the browser tests: the site's own Go server on a random port under
// /errlens/, and Debian's Chromium driven by playwright-core (which downloads no browser).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const PUBLIC = process.env.PUBLIC || new URL("../public", import.meta.url).pathname;
const SERVE = process.env.SERVE || new URL("../bin/serve", import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// startServer serves dir under /errlens/ on 127.0.0.1:<free port>; resolves to {url, stop}.
export function startServer(dir = PUBLIC) {
  const proc = spawn(SERVE, ["-dir", dir, "-port", "0", "-prefix", "/errlens/"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    proc.on("error", reject);
    proc.stdout.on("data", (d) => {
      const m = /serving (\S+)/.exec(String(d));
      if (m) resolve({ url: m[1], origin: new URL(m[1]).origin, stop: () => proc.kill() });
    });
  });
}

// ARGS: headless, and no traffic of the browser's own (updates, sync, field trials).
export const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

// launch starts Chromium headless with a fresh profile that talks to nothing but the page.
// Service workers are blocked unless options says { serviceWorkers: "allow" }: every page
// is then a first visit, fetched from the server (where page.route can hold or rewrite
// it), and the service worker's own download of the site is not counted as the page's.
// offline.test.mjs tests the service worker.
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "errlens-chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    serviceWorkers: "block",
    ...options,
  });
  const close = async () => {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { ctx, close };
}

// useSite is a test file's setup: before its tests, the site's server and a browser; with
// watch or ready, a page too, handed to watch (to listen to it) before, with ready, the front
// page is opened and its decoder awaited; after the tests, both stopped. set receives
// {server, browser, page} once they exist.
export function useSite({ ready = false, watch } = {}, set) {
  const site = {};
  before(async () => {
    site.server = await startServer();
    site.browser = await launch();
    if (ready || watch) {
      site.page = site.browser.ctx.pages()[0] || await site.browser.ctx.newPage();
      watch?.(site);
    }
    if (ready) await openReady(site.page, site.server.url);
    set(site);
  });
  after(async () => {
    await site.browser?.close();
    site.server?.stop();
  });
}

// collectErrors pushes the page's console errors and uncaught exceptions onto errors.
export function collectErrors(page, errors) {
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
}

// ready opens url in page and waits until the decoder answers.
export async function openReady(page, url) {
  await page.goto(url);
  await page.waitForSelector("html[data-decoder-ready]", { timeout: 20000 });
}

// decode types text into the box and waits for the decoder's answer for it.
export async function decode(page, text) {
  await page.fill('textarea[data-testid="input"]', text);
  return answer(page);
}

export async function answer(page) {
  const box = page.locator('[data-testid="result"][data-category]');
  await box.waitFor({ timeout: 20000 });
  return {
    provider: await box.getAttribute("data-provider"),
    category: await box.getAttribute("data-category"),
    retryable: await box.getAttribute("data-retryable"),
    httpStatus: Number(await box.getAttribute("data-http-status")),
    verdict: (await page.locator('[data-testid="verdict"]').textContent()).trim(),
  };
}

// pasteAndWatch puts text in the box, fires one input event and waits for the answer,
// recording the page's own cost: how long the input handler ran and the longest gap
// between 5 ms ticks on the page's thread. The browser's layout of the text happens for any
// paste and is let settle first. Timings are for printing; they depend on the machine.
export function pasteAndWatch(page, text, limitMs = 30000) {
  return page.evaluate(async ({ text, limitMs }) => {
    const box = document.querySelector('textarea[data-testid="input"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    box.value = text;
    await frame();
    await frame();
    let last = performance.now(), worst = 0;
    const tick = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; }, 5);
    const t0 = performance.now();
    box.dispatchEvent(new Event("input", { bubbles: true }));
    const handler = performance.now() - t0;
    while (!document.querySelector('[data-testid="result"][data-category]') && performance.now() - t0 < limitMs) {
      await new Promise((r) => setTimeout(r, 5));
    }
    await frame();
    clearInterval(tick);
    return { length: box.value.length, handler, worst, total: performance.now() - t0 };
  }, { text, limitMs });
}

// waitQuiet waits (up to maxMs) until the machine's CPUs are at least 85 % idle over 250 ms,
// so that a timing run does not share the CPUs with another job's burst (a build, a test,
// a benchmark). Resolves to true if it got quiet, false if it gave up. Linux only; elsewhere
// it resolves to true at once.
export async function waitQuiet(maxMs = 20000) {
  const sample = () => {
    try {
      const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
    } catch (_) {
      return null;
    }
  };
  const end = Date.now() + maxMs;
  for (;;) {
    const a = sample();
    if (!a) return true;
    await new Promise((r) => setTimeout(r, 250));
    const b = sample();
    if ((b.idle - a.idle) / Math.max(1, b.total - a.total) >= 0.85) return true;
    if (Date.now() > end) return false;
  }
}

// shareLink clicks "Share link" and waits for the link the page offers once the worker has
// masked the text; resolves to {link, masked: [text of each listed masked item]}.
export async function shareLink(page) {
  await page.click('[data-testid="share-input"]');
  const box = page.locator('input[aria-label="Share link"]:not([hidden])');
  await box.waitFor({ timeout: 20000 });
  const link = await box.inputValue();
  const masked = await page.locator('[data-testid="masked-list"] li').allTextContents();
  return { link, masked };
}
