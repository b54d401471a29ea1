// The paste, marked (marks.js): the view under the text area marks what decided each
// answer, answer rows and evidence lines lead to their marks and marks back, by pointer and
// by keyboard, a 1 MB paste shows only the regions around its marks, a share link reopens
// with the same marks, and nothing pasted becomes markup. Screenshots go to SCREENS.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openReady, decode, shareLink, useSite, collectErrors } from "./lib.mjs";

const SCREENS = process.env.SCREENS || join(tmpdir(), "errlens-screens");

const TRACEBACK = `Traceback (most recent call last):
  File "/app/main.py", line 12, in <module>
    reply = client.messages.create(model="claude-sonnet-4-5", max_tokens=1024, messages=msgs)
  File "/usr/lib/python3.12/site-packages/anthropic/_base_client.py", line 1041, in _request
    raise self._make_status_error_from_response(err.response) from None
anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'Number of request tokens has exceeded your per-minute rate limit (https://docs.anthropic.com/en/api/rate-limits); see the response headers for current usage.'}}`;

const CURL = `HTTP/2 429
date: Sat, 22 Nov 2025 04:09:00 GMT
content-type: application/json
retry-after: 20
x-ratelimit-limit-tokens: 30000
x-ratelimit-remaining-tokens: 0
x-request-id: req_7f3a9c

{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 30000, Requested 812. Please try again in 20s.","type":"tokens","param":null,"code":"rate_limit_exceeded"}}`;

let server, browser, page;
const errors = [];

// marks lists the marks on show: their text and the fields they stand for.
function marks(p = page) {
  return p.$$eval('[data-testid="marked"] mark', (ms) => ms.map((m) => ({ text: m.textContent, fields: m.dataset.fields })));
}

// markedFor is the text of the marks standing for field, in order.
async function markedFor(field, p = page) {
  return (await marks(p)).filter((m) => m.fields.split(" ").includes(field)).map((m) => m.text);
}

describe("the paste, marked", () => {
  before(() => mkdirSync(SCREENS, { recursive: true }));
  useSite({ ready: true, watch: ({ page }) => collectErrors(page, errors) }, (s) => ({ server, browser, page } = s));

  test("a traceback: its status, code, provider and message are marked", async () => {
    await decode(page, TRACEBACK);
    await page.waitForSelector('[data-testid="marks"]:not([hidden]) mark');
    assert.deepEqual(await markedFor("http_status"), ["429"]);
    assert.deepEqual(await markedFor("code"), ["rate_limit_error"]);
    assert.ok((await markedFor("provider")).includes("anthropic."), JSON.stringify(await marks()));
    assert.match((await markedFor("message")).join(""), /^Number of request tokens has exceeded/);
    // Each mark is told apart by more than colour: an underline of its field's style.
    const look = await page.$eval('[data-testid="marked"] mark.f-code', (m) => {
      const s = getComputedStyle(m);
      return { line: s.textDecorationLine, style: s.textDecorationStyle, bg: s.backgroundColor };
    });
    assert.equal(look.line, "underline");
    assert.notEqual(look.bg, "rgba(0, 0, 0, 0)");
  });

  test("a curl -i dump: status line, wait header and body code are marked", async () => {
    await decode(page, CURL);
    await page.waitForSelector('[data-testid="marks"]:not([hidden]) mark');
    assert.deepEqual(await markedFor("http_status"), ["429"]);
    assert.deepEqual(await markedFor("retry_after_ms"), ["20"]);
    assert.deepEqual(await markedFor("code"), ["rate_limit_exceeded"]);
    // The marks sit on those characters of the paste: the view's text is the paste's.
    assert.equal(await page.textContent('[data-testid="marked"]'), CURL);
  });

  test("an answer row lights its marks, and a mark leads back to its row", async () => {
    await decode(page, CURL);
    await page.waitForSelector('[data-testid="marked"] mark');
    const code = page.locator('[data-testid="result"] dd[data-field="code"]');
    await code.hover();
    assert.deepEqual(await page.$$eval('[data-testid="marked"] mark.lit', (ms) => ms.map((m) => m.textContent)), ["rate_limit_exceeded"]);
    // An evidence line lights the marks it names.
    const line = page.locator('[data-testid="evidence"] li.linked', { hasText: "asks to wait" });
    await line.click();
    assert.deepEqual(await page.$$eval('[data-testid="marked"] mark.lit', (ms) => ms.map((m) => m.textContent)), ["20"]);
    // A mark back to its answer: the status row gets the focus.
    await page.click('[data-testid="marked"] mark.f-http_status');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), "http_status");
    assert.equal(errors.length, 0, errors.join("\n"));
  });

  test("by keyboard: a focused row lights its marks, Enter on a mark goes to its row", async () => {
    await decode(page, TRACEBACK);
    await page.waitForSelector('[data-testid="marked"] mark');
    // Tab from the text area reaches the marks before the card.
    await page.focus('textarea[data-testid="input"]');
    let found = null;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(() => document.activeElement.matches('[data-testid="marked"] mark.f-code') ? document.activeElement.textContent : null);
    }
    assert.equal(found, "rate_limit_error");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), "code");
    // The row, focused, lights its mark; Tab to the next row moves the light.
    assert.deepEqual(await page.$$eval('[data-testid="marked"] mark.lit', (ms) => ms.map((m) => m.textContent)), ["rate_limit_error"]);
    await page.focus('[data-testid="result"] dd[data-field="http_status"]');
    assert.deepEqual(await page.$$eval('[data-testid="marked"] mark.lit', (ms) => ms.map((m) => m.textContent)), ["429"]);
  });

  test("a 1 MB paste shows the regions around its marks, not the megabyte", async () => {
    const filler = "2025-11-22T04:09:00Z INFO request handled path=/v1/health in 3ms\n".repeat(7600);
    const text = filler + CURL + "\n" + filler; // just under the 1 MiB the decoder reads
    await page.evaluate((t) => {
      const box = document.querySelector('textarea[data-testid="input"]');
      box.value = t;
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }, text);
    await page.waitForSelector('[data-testid="result"][data-category]', { timeout: 30000 });
    await page.waitForSelector('[data-testid="marked"] mark');
    assert.deepEqual(await markedFor("code"), ["rate_limit_exceeded"]);
    const shown = await page.$eval('[data-testid="marked"]', (p) => ({ chars: p.textContent.length, nodes: p.childNodes.length }));
    assert.ok(shown.chars < 5000, "shows " + shown.chars + " characters");
    assert.ok(shown.nodes < 200, shown.nodes + " nodes");
    const gaps = await page.$$eval('[data-testid="gap"]', (g) => g.map((x) => x.textContent.trim()));
    assert.deepEqual(gaps, ["… 7,597 lines …", "… 7,597 lines …"]);
    // Back to an empty box without typing a megabyte away (fill would select and delete it).
    await page.evaluate(() => {
      const box = document.querySelector('textarea[data-testid="input"]');
      box.value = "";
      box.dispatchEvent(new Event("input", { bubbles: true }));
    });
    assert.equal(await page.getAttribute('[data-testid="marks"]', "hidden"), "");
  });

  test("typing at 10 KB: the marks redraw within a frame", async () => {
    const text = "x".repeat(200) + "\n" + "2025-11-22T04:09:00Z INFO ok\n".repeat(330) + CURL;
    assert.ok(text.length > 10000 && text.length < 11000);
    await decode(page, text);
    await page.waitForSelector('[data-testid="marked"] mark');
    await page.evaluate(() => performance.clearMeasures("errlens:marks"));
    // Type at the start, so every key moves every mark.
    const per = [];
    await page.focus('textarea[data-testid="input"]');
    await page.keyboard.press("Home");
    await page.evaluate(() => document.querySelector('textarea[data-testid="input"]').setSelectionRange(0, 0));
    for (let i = 0; i < 20; i++) {
      // From the key's input event to the frame after the answer (card and marks) is shown.
      await page.evaluate(() => {
        const box = document.querySelector('[data-testid="result"]');
        const area = document.querySelector('textarea[data-testid="input"]');
        window.__keyToFrame = new Promise((resolve) => {
          let t0 = 0;
          area.addEventListener("input", () => { t0 = performance.now(); }, { once: true });
          const seen = new MutationObserver(() => {
            if (t0 && box.hasAttribute("data-category")) {
              seen.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }
          });
          seen.observe(box, { attributes: true });
        });
      });
      await page.keyboard.type("y");
      per.push(await page.evaluate(() => window.__keyToFrame));
    }
    const measures = await page.evaluate(() => performance.getEntriesByName("errlens:marks").map((m) => m.duration));
    assert.ok(measures.length >= 10, "the marks were redrawn on most keys: " + measures.length);
    const sorted = [...measures].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted[sorted.length - 1];
    const keys = [...per].sort((a, b) => a - b);
    console.log(`at ${text.length} chars: marks redraw median ${median.toFixed(2)} ms, worst ${worst.toFixed(2)} ms (${measures.length} redraws); ` +
      `key to the frame showing its answer: median ${keys[10].toFixed(1)} ms, worst ${keys[19].toFixed(1)} ms`);
    // Every key moved the marks; they are still on their characters.
    assert.deepEqual(await markedFor("code"), ["rate_limit_exceeded"]);
    assert.deepEqual(await markedFor("retry_after_ms"), ["20"]);
  });

  test("a share link reopens with the same marks, keys masked", async () => {
    const key = "sk-proj-Zk7pQ2xV9mL4nR8tW1yB6cD3fG5hJ0sAq1w2e3r4";
    const text = "POST /v1/chat/completions\nAuthorization: Bearer " + key + "\n\n" + CURL;
    await decode(page, text);
    await page.waitForSelector('[data-testid="marked"] mark');
    const before = {};
    for (const f of ["http_status", "retry_after_ms", "code"]) before[f] = await markedFor(f);
    const { link } = await shareLink(page);
    assert.ok(!link.includes(key.slice(8)), "the key is masked in the link");
    const other = await browser.ctx.newPage();
    await openReady(other, link);
    await other.waitForSelector('[data-testid="marked"] mark');
    for (const f of Object.keys(before)) assert.deepEqual(await markedFor(f, other), before[f], f);
    const shown = await other.textContent('[data-testid="marked"]');
    assert.ok(!shown.includes(key.slice(8)) && shown.includes("sk-proj-"), "the view shows the masked text");
    await other.close();
  });

  test("nothing pasted becomes markup", async () => {
    const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\n` + CURL.replace("rate_limit_exceeded", "rate_limit_exceeded<b>x</b>");
    await decode(page, evil);
    await page.waitForSelector('[data-testid="marked"] mark');
    const got = await page.evaluate(() => ({
      pwned: window.__pwned,
      elements: [...document.querySelectorAll('[data-testid="marks"] *')].map((e) => e.tagName.toLowerCase()),
    }));
    assert.equal(got.pwned, undefined);
    // Only the view's own elements; the paste's tags are text.
    for (const tag of got.elements) assert.ok(["h2", "p", "ul", "li", "pre", "mark", "span"].includes(tag), tag);
    assert.match(await page.textContent('[data-testid="marked"]'), /<img src=x onerror=/);
  });

  test("screenshots: a traceback and a curl -i dump, light, dark and 360 px", async () => {
    for (const s of [
      { name: "marks-traceback-light.png", text: TRACEBACK, scheme: "light", width: 1200 },
      { name: "marks-curl-light.png", text: CURL, scheme: "light", width: 1200 },
      { name: "marks-curl-dark.png", text: CURL, scheme: "dark", width: 1200 },
      { name: "marks-traceback-360.png", text: TRACEBACK, scheme: "light", width: 360 },
      { name: "marks-curl-360-dark.png", text: CURL, scheme: "dark", width: 360 },
    ]) {
      const b = await launch({ viewport: { width: s.width, height: 900 } });
      const p = b.ctx.pages()[0] || await b.ctx.newPage();
      await p.emulateMedia({ colorScheme: s.scheme });
      await openReady(p, server.url);
      await decode(p, s.text);
      await p.waitForSelector('[data-testid="marked"] mark');
      await p.focus('[data-testid="result"] dd[data-field="code"]'); // lights the code's marks
      const wide = await p.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= s.width, s.name + ": the page is " + wide + " px wide");
      await p.locator('[data-testid="marks"]').scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(SCREENS, s.name) });
      await b.close();
    }
    console.log("screenshots in " + SCREENS);
  });
});
