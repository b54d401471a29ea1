// Hostile input and privacy, in real headless Chromium against the built site: nothing
// pasted or shared can run (scripts/xss-payloads.json), huge and broken pastes get an answer
// without freezing the page, share links carry no key the catalog knows, no request leaves
// after load, and a decoder that cannot load or that fails says so and keeps the text.
import { before, after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launch, openReady, decode, answer, pasteAndWatch, shareLink, useSite } from "./lib.mjs";
import { catalogKeys, OTHER_SECRETS, BODY } from "./keys.mjs";

const PAYLOADS = JSON.parse(readFileSync(new URL("./xss-payloads.json", import.meta.url), "utf8")).payloads;
const INPUT = 'textarea[data-testid="input"]';
const RESULT = '[data-testid="result"]';

// Elements the card never makes: any of them inside it means pasted markup was parsed.
const FOREIGN = "img, script, iframe, svg, math, object, embed, style, link, video, audio, source, form, base, meta, body, noscript, template, b, frame";

let server, browser, page;
const requests = []; // every request of the context, page and worker alike
const pageRequests = []; // the main page's own (its worker's included)
const dialogs = [];
const consoleMessages = [];

// watch records what a page must never do: open a dialog, log to the console (a CSP
// violation report is a console error, and would mean markup got as far as being parsed),
// or throw.
function watch(p) {
  p.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  // Playwright's own warning for the service worker it blocks (lib.mjs launch) is not the page's.
  p.on("console", (m) => { if (!/Service Worker registration blocked by Playwright/.test(m.text())) consoleMessages.push(m.type() + ": " + m.text()); });
  p.on("pageerror", (e) => consoleMessages.push("pageerror: " + e));
}

// pwnedCheck: the flag no payload may set, handler attributes and foreign elements in the
// card, scripts anywhere in the document beyond the page's own.
async function assertNothingRan(p, what) {
  const state = await p.evaluate(({ FOREIGN, RESULT }) => {
    const box = document.querySelector(RESULT);
    const handlers = [...box.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith("on"));
    return {
      pwned: window.__pwned,
      foreign: [...box.querySelectorAll(FOREIGN)].map((e) => e.outerHTML.slice(0, 80)),
      handlers,
      scripts: document.scripts.length,
      frames: window.frames.length,
    };
  }, { FOREIGN, RESULT });
  assert.equal(state.pwned, undefined, what + ": a payload ran");
  assert.deepEqual(state.foreign, [], what + ": markup became elements");
  assert.deepEqual(state.handlers, [], what + ": event handler attributes in the card");
  assert.equal(state.frames, 0, what + ": a frame appeared");
  return state;
}

// resultShown: the result as the page prints it ("Result as JSON"), and the card's text.
async function resultShown(p) {
  return {
    r: JSON.parse(await p.textContent('[data-testid="json"]')),
    card: await p.textContent(RESULT),
  };
}

// The displayed fields of a result that carry the payload must show it verbatim as text.
function assertShownAsText(r, card, payload, what) {
  const shown = [r.message, r.code, r.type, r.title, r.provider_name, ...(r.evidence || []), ...Object.values(r.details || {})];
  for (const s of shown) {
    if (typeof s === "string" && s.includes(payload)) assert.ok(card.includes(s), what + ": not shown as text: " + s);
  }
}

// clear empties the box, which removes the answer's attributes, so the next answer() waits
// for the next decode. Done as a script: Playwright's fill() selects and deletes through
// Chromium's editing commands, which take minutes on a 10 MB text area.
async function clear(p) {
  await p.evaluate((sel) => {
    const box = document.querySelector(sel);
    box.value = "";
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, INPUT);
}

describe("hostile input in Chromium", () => {
  let scriptsAtLoad, requestsAtLoad;

  useSite({ ready: true, watch: ({ browser, page }) => {
    browser.ctx.on("request", (r) => requests.push(r.url()));
    watch(page);
    page.on("request", (r) => pageRequests.push(r.url()));
  } }, (s) => ({ server, browser, page } = s));

  before(async () => {
    scriptsAtLoad = await page.evaluate(() => document.scripts.length);
    requestsAtLoad = pageRequests.length;
  });

  test("the payload list is a real suite", () => {
    assert.ok(PAYLOADS.length >= 20, PAYLOADS.length + " payloads");
    assert.equal(new Set(PAYLOADS.map((p) => p.text)).size, PAYLOADS.length, "no duplicates");
  });

  test("pasted payloads run nothing and show as text: bare, in JSON fields, in a status line", async () => {
    for (const { name, text } of PAYLOADS) {
      const forms = {
        bare: text,
        "JSON error body": "HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n" +
          JSON.stringify({ error: { message: text, type: text, code: text, param: text } }),
        "provider message": "anthropic.BadRequestError: Error code: 400 - " +
          JSON.stringify({ type: "error", error: { type: "invalid_request_error", message: text } }),
        "status line": "HTTP/1.1 503 " + text + "\nretry-after: 2\n\n" + text,
      };
      for (const [form, paste] of Object.entries(forms)) {
        const what = name + " (" + form + ")";
        await decode(page, paste);
        await assertNothingRan(page, what);
        assert.equal(await page.inputValue(INPUT), paste, what + ": the box keeps the text");
        const { r, card } = await resultShown(page);
        assertShownAsText(r, card, text, what);
        // A payload that carries an error body of its own ({"message": ...}, or an SDK line
        // with a dict) has that body's message read instead; it still shows only as text,
        // which is checked above.
        const isBody = /\{\s*["'][\w-]+["']\s*:/.test(text);
        if ((form === "JSON error body" || form === "provider message") && !isBody) {
          assert.equal(r.message, text, what + ": the message field is read");
          assert.equal(await page.textContent("pre.message"), text, what + ": the message shows verbatim");
        }
      }
    }
    assert.equal(await page.evaluate(() => document.scripts.length), scriptsAtLoad);
  });

  test("share links carrying payloads run nothing: input links and answer links", async () => {
    for (const { name, text } of PAYLOADS) {
      await clear(page);
      await page.evaluate((h) => { location.hash = h; }, "#input=" + encodeURIComponent(text));
      await answer(page);
      await assertNothingRan(page, name + " (input link)");
      assert.equal(await page.inputValue(INPUT), text, name + ": restored as text");

      // An answer link's text fields are never shown (share.js): each field takes the payload.
      await clear(page);
      const q = new URLSearchParams({ provider: "openai", provider_name: text, title: text, code: text, type: text,
        wrapper: text, upstream: text, category: text, reference: text, http_status: text, retryable: "true" });
      await page.evaluate((h) => { location.hash = h; }, "#answer&" + q.toString());
      await answer(page);
      await assertNothingRan(page, name + " (answer link)");
      assert.equal(await page.locator('[data-testid="reference"]').count(), 0, name + ": no link from a shared reference");
      const card = await page.textContent(RESULT);
      assert.ok(!card.includes(text), name + ": no text from the link is shown");

      // The fragment as a browser leaves it when a link is typed or pasted unencoded.
      await clear(page);
      await page.evaluate((h) => { location.hash = h; }, "#input=" + text);
      await page.waitForTimeout(30);
      await assertNothingRan(page, name + " (raw fragment)");
    }
    await page.evaluate(() => { history.replaceState(null, "", location.pathname); });
  });

  test("a share link opened in a new tab runs nothing", async () => {
    for (const { name, text } of PAYLOADS.slice(0, 6)) {
      const other = await browser.ctx.newPage();
      watch(other);
      await openReady(other, server.url + "#input=" + encodeURIComponent(text));
      await answer(other);
      await assertNothingRan(other, name + " (new tab)");
      await other.close();
    }
  });

  test("huge and broken pastes: the page stays responsive and answers", async () => {
    // Built inside the page (no 10 MB over the wire to the browser), pasted as a user
    // would: the box's value changes and an input event fires. "Invalid UTF-8" in a JS
    // string is a lone surrogate, which reaches Go as U+FFFD.
    // Each paste is head + unit repeated count times + tail.
    const cases = [
      { name: "10 MB of log", unit: "INFO all good here, nothing to see\n", count: 300000, category: "unknown", truncated: true },
      { name: "1,000,000 nested brackets", unit: "[", count: 1000000, category: "unknown" },
      { name: "1,000,000 nested objects", unit: '{"a":', count: 1000000, category: "unknown", truncated: true },
      { name: "a million-line traceback", head: "Traceback (most recent call last):\n", unit: '  File "a.py", line 1, in f\n', count: 1000000,
        tail: "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}",
        category: "rate_limit", status: 429, provider: "openai", truncated: true },
      { name: "a 5 MB escape sequence in a JSON string", head: '{"error": {"message": "', unit: "\\u00e9\\n", count: 5 * 1024 * 1024 / 8, tail: '"}}',
        category: "unknown", truncated: true },
      { name: "lone surrogates (invalid UTF-16/UTF-8)", unit: "HTTP/1.1 500 \uD800\uDFFF\uD800 Internal Server Error", count: 1, category: "server", status: 500 },
      { name: "NUL bytes", unit: 'HTTP/1.1 429 Too\u0000Many Requests\u0000\nretry-after: 5\n\n{"error":{"code":"rate_limit_exceeded"}}', count: 1,
        category: "rate_limit", status: 429 },
      { name: "a megabyte of NUL bytes", unit: "\u0000", count: 1 << 20, category: "unknown" },
    ];
    for (const c of cases) {
      await clear(page);
      const m = await pasteAndWatch(page, (c.head || "") + c.unit.repeat(c.count) + (c.tail || ""));
      const got = await answer(page);
      const { r, card } = await resultShown(page);
      console.log(`${c.name}: ${m.length} chars, handler ${m.handler.toFixed(1)} ms, longest stall ${m.worst.toFixed(0)} ms, answer after ${m.total.toFixed(0)} ms`);
      assert.equal(got.category, c.category, c.name);
      if (c.status) assert.equal(got.httpStatus, c.status, c.name);
      if (c.provider) assert.equal(got.provider, c.provider, c.name);
      assert.ok(r.evidence.length > 0, c.name + ": evidence");
      // The stall and handler times are printed above, not asserted: they depend on the
      // machine. Decoding stays off the page's thread, which is what keeps it responsive.
      assert.equal(await page.evaluate(() => typeof globalThis.errlensDecode), "undefined", c.name + ": no decoder on the page's thread");
      assert.equal(!!r.truncated, !!c.truncated, c.name + ": truncated");
      if (c.truncated) {
        assert.match(card, /longer than the decoder examines \(1 MiB\)/, c.name + ": the page says it was cut");
        assert.match(card, /only the first 256 KB and the last 768 KB were examined/, c.name);
      }
      assert.equal(await page.evaluate((sel) => document.querySelector(sel).value.length, INPUT), m.length, c.name + ": the box keeps the paste");
    }
    // Still responsive: an ordinary paste after all that gets its answer.
    await clear(page);
    const got = await decode(page, "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}");
    assert.equal(got.category, "overloaded");
  });

  test("share button: no key of any catalog provider survives in the link, and the page says it masked", async () => {
    const keys = catalogKeys();
    assert.ok(keys.length >= 15);
    const cases = [
      ...keys.map((k) => ({ name: k.provider + " " + k.prefix, text: "Error code: 401 - {'error': {'message': 'Incorrect API key provided: " + k.key + ".', 'code': 'invalid_api_key'}}", secret: BODY })),
      ...OTHER_SECRETS.map((s) => ({ name: s.name, text: "HTTP/1.1 401 Unauthorized\n" + s.text + "\n\n{\"error\":{\"message\":\"invalid key\"}}", secret: s.secret })),
    ];
    for (const c of cases) {
      await decode(page, c.text);
      const { link, masked } = await shareLink(page);
      assert.ok(!link.includes(c.secret) && !decodeURIComponent(link).includes(c.secret), c.name + ": key in the link " + link);
      assert.ok(decodeURIComponent(link).includes("****"), c.name);
      assert.equal(masked.length, 1, c.name + ": the page lists what it masked: " + masked);
    }
    // All of them in one paste: one link, each masked, each listed.
    const all = cases.map((c) => c.text).join("\n");
    await decode(page, all);
    const { link, masked } = await shareLink(page);
    for (const c of cases) assert.ok(!decodeURIComponent(link).includes(c.secret), c.name + " in the combined link");
    assert.equal(masked.length, cases.length, masked.join("; "));
  });

  test("no request left the page after load, and none ever went elsewhere", async () => {
    const after = pageRequests.slice(requestsAtLoad).filter((u) => !u.startsWith("data:"));
    assert.deepEqual(after, [], "requests after the decoder was ready (payloads, share links, huge pastes)");
    const foreign = requests.filter((u) => new URL(u).origin !== server.origin && !u.startsWith("data:"));
    assert.deepEqual(foreign, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(consoleMessages, []);
  });
});

// The decoder failing on purpose: its wasm missing or corrupt (page.route, local server),
// and the decode call failing inside the worker.
describe("a failing decoder in Chromium", () => {
  let srv, b;
  before(async () => {
    srv = await startServer();
    b = await launch();
  });
  after(async () => {
    await b?.close();
    srv?.stop();
  });

  // broken opens the page with the wasm answered by fulfil, after text was typed.
  async function broken(fulfil) {
    const p = await b.ctx.newPage();
    let release;
    const typed = new Promise((r) => { release = r; });
    await p.route("**/errlens.wasm", async (route) => { await typed; await route.fulfill(fulfil); });
    await p.goto(srv.url);
    await p.fill(INPUT, "my error text, typed before the decoder failed");
    release();
    await p.waitForSelector("html[data-decoder-failed]", { timeout: 20000 });
    const status = await p.textContent('[data-testid="status"]');
    assert.match(status, /The decoder could not load \(.+\)\. Your text stays in the box/);
    assert.ok(await p.locator('[data-testid="status"].error').isVisible());
    assert.equal(await p.inputValue(INPUT), "my error text, typed before the decoder failed");
    await p.fill(INPUT, "still typing");
    assert.equal(await p.inputValue(INPUT), "still typing");
    await p.route("**/errlens.wasm", (route) => route.abort()); // nothing else is fetched
    await p.close();
    return status;
  }

  test("wasm answered 404: the page says so and keeps the text", async () => {
    const status = await broken({ status: 404, body: "not found" });
    assert.match(status, /HTTP 404/);
  });

  test("wasm answered with corrupt bytes: the page says so and keeps the text", async () => {
    await broken({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm\x01\0\0\0garbage that is not a module") });
  });

  // A host that sends the wasm as application/octet-stream: streaming compilation refuses
  // it, and the worker compiles the bytes instead.
  test("wasm sent with another MIME type: the decoder still starts and answers", async () => {
    const p = await b.ctx.newPage();
    let served = 0;
    await p.route("**/errlens.wasm", async (route) => {
      const res = await route.fetch();
      served++;
      await route.fulfill({ response: res, headers: { ...res.headers(), "content-type": "application/octet-stream" } });
    });
    await openReady(p, srv.url);
    const got = await decode(p, "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}");
    assert.equal(served, 1);
    assert.equal(got.category, "rate_limit");
    assert.match(got.verdict, /^RETRY/);
    await p.close();
  });

  // worker.js is served with its decode call replaced, once by a throw (the Go runtime
  // dying: the worker's own catch) and once by a non-string call (the adapter's failure
  // result, the same object its recover() returns for a Go panic).
  for (const [what, call, shows] of [
    ["the decode call throws", '(() => { throw new Error("simulated crash"); })()', /the decoder stopped \(simulated crash\); reload the page/],
    ["the adapter returns its failure result", "globalThis.errlensDecode(42)", /errlensDecode expects one string argument/],
  ]) {
    test("decoder failure (" + what + "): the card shows the error and the box keeps its text", async () => {
      const p = await b.ctx.newPage();
      const errs = [];
      p.on("pageerror", (e) => errs.push(String(e)));
      await p.route("**/worker.js", async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace("globalThis.errlensDecode(msg.text)", call);
        assert.ok(body.includes(call), "worker.js still has the call this test replaces");
        await route.fulfill({ response: res, body });
      });
      await openReady(p, srv.url);
      const text = "openai.RateLimitError: Error code: 429 - {'error': {'code': 'rate_limit_exceeded'}}";
      const got = await decode(p, text);
      assert.equal(got.category, "unknown");
      assert.match(got.verdict, /^DO NOT RETRY/);
      assert.match(await p.textContent(RESULT), shows);
      assert.equal(await p.inputValue(INPUT), text);
      // And it keeps answering: the next edit gets an answer too.
      const again = await decode(p, text + "\nmore");
      assert.equal(again.category, "unknown");
      assert.equal(await p.inputValue(INPUT), text + "\nmore");
      assert.deepEqual(errs, []);
      await p.close();
    });
  }
});
