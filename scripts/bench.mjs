// In-browser benchmark of the front page and the WebAssembly decoder in headless Chromium,
// on the same inputs as the Go benchmarks (decoder/testdata/bench):
//   1. navigation -> decoder ready, median of N runs each, in three settings:
//        first visit:     a new browser with a new profile per run (process start-up, empty
//                         cache: what a first visitor's fresh tab pays, and a bit more);
//        empty cache:     a new tab per run in a browser already running, its HTTP cache
//                         cleared: the browser's own start-up taken out of the first visit;
//        returning visit: N navigations, each in a new tab, in one browser whose HTTP cache
//                         holds the site from a visit before (V8 may reuse the compiled wasm;
//                         the site's server says no-cache, so each file is revalidated, as
//                         on GitHub Pages once its max-age=600 has run out);
//      and for each the phases, from the page's performance timeline: the errlens:* marks
//      app.js and the worker record (see bootMarks in app.js) and the navigation timing;
//   2. errlensDecode per input, in the page, median of many calls;
//   3. keystroke -> updated result card with a 10 KB paste in the box (median of N keys),
//      split into its steps.
// Prints tables; `make bench` runs it after the Go benchmarks.
//   node scripts/bench.mjs [runs] [parts]     parts: ready,decode,keys (default: all three)
import { readFileSync } from "node:fs";
import { startServer, launch, openReady, waitQuiet } from "./lib.mjs";
import { startChromium, attach, waitFor } from "./cdp.mjs";

const runs = Number(process.argv[2] || 10);
const parts = new Set((process.argv[3] || "ready,decode,keys").split(","));
const dir = new URL("../decoder/testdata/bench/", import.meta.url);
const inputs = ["json-400B", "traceback-3KB", "log-1MB"].map((name) => ({ name, text: readFileSync(new URL(name + ".txt", dir), "utf8") }));
const median = (xs) => xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN;

// The start-up steps in order, as ms since navigation start (the page's time origin).
const STEPS = [
  ["responseStart", "HTML: first byte"],
  ["responseEnd", "HTML: last byte"],
  ["worker-created", "worker created (boot.js)"],
  ["app", "app.js running"],
  ["domContentLoaded", "DOMContentLoaded"],
  ["worker-script", "worker script running"],
  ["wasm-response", "wasm response headers"],
  ["wasm-exec-loaded", "wasm_exec.js loaded"],
  ["wasm-fetched", "wasm fetched (last byte)"],
  ["wasm-compiled", "wasm compiled and instantiated"],
  ["go-main", "Go runtime started (main)"],
  ["catalog-read", "catalog read, first Decode done"],
  ["go-started", "Go parked, go.run returned"],
  ["ready", "ready on the page"],
];

// TIMELINE reads, in the page, where its navigation's time went.
const TIMELINE = `(() => {
  const ready = document.documentElement.dataset.decoderReady;
  if (!ready) return null;
  const n = performance.getEntriesByType("navigation")[0];
  const out = { responseStart: n.responseStart, responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventStart };
  for (const m of performance.getEntriesByType("mark")) if (m.name.startsWith("errlens:")) out[m.name.slice(8)] = m.startTime;
  out.readyAttr = Number(ready);
  return out;
})()`;

// visit opens url in a new tab, waits for the decoder and returns the page's timeline,
// closing the tab.
async function visit(cdp, url) {
  const { targetId } = await cdp.send("Target.createTarget", { url });
  const { sessionId } = await attach(cdp, { targetId });
  const t = await waitFor(cdp, sessionId, TIMELINE);
  await cdp.send("Target.closeTarget", { targetId });
  return t;
}

const server = await startServer();
try {
  // 1. Ready time, without Playwright (see cdp.mjs: it would hold the worker at its start).
  if (parts.has("ready")) await readyTimes();
  const b = await launch();
  const rows = [];
  if (parts.has("decode")) rows.push(...await decodeTimes(b));
  if (parts.has("keys")) rows.push(...await keyTimes(b));
  await b.close();
  if (rows.length) {
    console.log("| in headless Chromium | measured |\n|---|---:|");
    for (const [k, v] of rows) console.log("| " + k + " | " + v + " |");
  }
} finally {
  server.stop();
}

async function readyTimes() {
  const settings = { "first visit": [], "empty cache": [], "returning visit": [] };
  // Each run waits until the machine is quiet (another job's burst would be measured too).
  let noisy = 0;
  const quiet = async () => { if (!(await waitQuiet())) noisy++; };
  for (let i = 0; i < runs; i++) {
    await quiet();
    const cdp = startChromium(server.url);
    const { sessionId } = await attach(cdp, { prefix: server.url });
    settings["first visit"].push(await waitFor(cdp, sessionId, TIMELINE));
    await cdp.close();
  }
  // The other two in one browser, in its own profile (an incognito-like context would keep
  // no code cache and would start a set of browser-UI pages of its own).
  const cdp = startChromium();
  const blank = await attach(cdp, { prefix: "about:blank" });
  for (let i = 0; i < runs; i++) {
    await cdp.send("Network.clearBrowserCache", {}, blank.sessionId);
    await quiet();
    settings["empty cache"].push(await visit(cdp, server.url));
  }
  await visit(cdp, server.url);
  // A visit lasts a while: V8 stores the compiled wasm in its code cache meanwhile.
  await new Promise((r) => setTimeout(r, 3000));
  for (let i = 0; i < runs; i++) {
    await quiet();
    settings["returning visit"].push(await visit(cdp, server.url));
  }
  await cdp.close();

  console.log("navigation -> decoder ready, headless Chromium, loopback: median of " + runs + " (ms since navigation start)\n");
  const names = Object.keys(settings);
  console.log("| step | " + names.join(" | ") + " |\n|---|" + names.map(() => "---:").join("|") + "|");
  for (const [key, label] of STEPS) {
    console.log("| " + label + " | " + names.map((s) => ms(median(settings[s].map((t) => t[key]).filter((x) => x > 0)))).join(" | ") + " |");
  }
  console.log("| **ready (data-decoder-ready)** | " + names.map((s) => "**" + ms(median(settings[s].map((t) => t.readyAttr))) + "**").join(" | ") + " |");
  if (noisy) console.log("(" + noisy + " runs started while the machine was busy: waited 20 s for it to quieten)");
  console.log("ready per run (ms): " + names.map((s) => s + ": " + settings[s].map((t) => t.readyAttr).join(" ")).join("; ") + "\n");
}

async function decodeTimes(b) {
  const page = await b.ctx.newPage();
  await openReady(page, server.url);

  // 2. errlensDecode in the page itself (the worker runs the same wasm): load a second copy
  // of the decoder on the main thread, then time calls.
  await page.addScriptTag({ url: "wasm_exec.js" });
  await page.evaluate(async () => {
    const go = new Go();
    const { instance } = await WebAssembly.instantiateStreaming(fetch("errlens.wasm"), go.importObject);
    go.run(instance);
  });
  const perDecode = {};
  for (const { name, text } of inputs) {
    // The page's clock ticks in 0.1 ms steps, so each sample times a batch of calls.
    perDecode[name] = await page.evaluate(({ text, batch, samples }) => {
      // Warm up until V8 has moved the hot code from its baseline tier to the optimising one.
      const warm = performance.now();
      while (performance.now() - warm < 1500) globalThis.errlensDecode(text);
      const times = [];
      for (let s = 0; s < samples; s++) {
        const t0 = performance.now();
        for (let i = 0; i < batch; i++) globalThis.errlensDecode(text);
        times.push((performance.now() - t0) / batch);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(times.length / 2)], n: samples * batch };
    }, name === "log-1MB" ? { text, batch: 1, samples: 21 } : { text, batch: 200, samples: 11 });
  }
  await page.close();
  return inputs.map(({ name }) => ["errlensDecode " + name + " (median of " + perDecode[name].n + ")", fmt(perDecode[name].median)]);
}

async function keyTimes(b) {
  // 3. Keystroke -> updated result, 10 KB in the box. Each step is timed from outside the
  // page's code: the keydown event's timestamp; a capturing input listener; the worker's
  // postMessage and message event (Worker is wrapped before the page's scripts run); the
  // result card's data-category coming back (a MutationObserver, after the page's handler
  // has finished); then a forced style and layout, the work left before the frame can show it.
  const kpage = await b.ctx.newPage();
  await kpage.addInitScript(() => {
    const W = globalThis.Worker;
    globalThis.__k = { post: 0, msg: 0 };
    globalThis.Worker = class extends W {
      constructor(...a) {
        super(...a);
        this.addEventListener("message", () => { if (!globalThis.__k.msg) globalThis.__k.msg = performance.now(); });
      }
      postMessage(...a) {
        if (!globalThis.__k.post) globalThis.__k.post = performance.now();
        return super.postMessage(...a);
      }
    };
  });
  await openReady(kpage, server.url);
  const box = 'textarea[data-testid="input"]';
  const base = readFileSync(new URL("traceback-3KB.txt", dir), "utf8");
  let text = "";
  while (text.length < 10 * 1024) text += base;
  await kpage.fill(box, text);
  await kpage.waitForSelector('[data-testid="result"][data-category]');
  await kpage.evaluate(() => {
    const card = document.querySelector('[data-testid="result"]');
    const area = document.querySelector('textarea[data-testid="input"]');
    globalThis.__keys = [];
    document.addEventListener("keydown", (e) => { globalThis.__k = { down: e.timeStamp, handler: performance.now(), post: 0, msg: 0 }; }, true);
    document.addEventListener("input", () => { globalThis.__k.input = performance.now(); }, true);
    new MutationObserver(() => {
      const k = globalThis.__k;
      if (!card.hasAttribute("data-category") || !k.down) return;
      k.dom = performance.now();
      void card.getBoundingClientRect().height; // style and layout, which the frame needs
      void area.getBoundingClientRect().height;
      k.layout = performance.now();
      globalThis.__keys.push({ ...k });
      k.down = 0;
    }).observe(card, { attributes: true, attributeFilter: ["data-category"] });
  });
  // Two series: keys typed after the end of the paste, which leave the answer as it was
  // (the usual case while a long paste is edited), then keys typed into the error's message,
  // which change the answer, so the card is drawn anew each time.
  const keyRuns = Math.max(15, runs * 3);
  const series = async (caret) => {
    await kpage.focus(box);
    await kpage.evaluate((at) => {
      const a = document.querySelector('textarea[data-testid="input"]');
      const i = at === "end" ? a.value.length : a.value.indexOf(at); // the first copy is the one read
      a.setSelectionRange(i, i);
      globalThis.__keys = [];
    }, caret);
    for (let i = 0; i < keyRuns; i++) {
      await kpage.keyboard.type(i % 2 ? "x" : "y");
      await kpage.waitForFunction((n) => globalThis.__keys.length >= n, i + 1, { timeout: 10000 });
      await kpage.waitForTimeout(50); // keys a human types apart, not a burst
    }
    return kpage.evaluate(() => globalThis.__keys);
  };
  const keys = await series("end");
  const changing = await series(" sent.");
  await kpage.close();
  return [
    ["**keystroke -> updated result, 10 KB input (median of " + keys.length + ")**", "**" + median(keys.map((k) => k.dom - k.down)).toFixed(1) + " ms**"],
    ["  the same from the keydown handler's start (as measured before 2026-11-22)", median(keys.map((k) => k.dom - k.handler)).toFixed(1) + " ms"],
    ["  keydown -> input event (the text area's own edit)", median(keys.map((k) => k.input - k.down)).toFixed(1) + " ms"],
    ["  input event -> postMessage to the worker", median(keys.map((k) => k.post - k.input)).toFixed(1) + " ms"],
    ["  postMessage -> answer back (decode in the worker)", median(keys.map((k) => k.msg - k.post)).toFixed(1) + " ms"],
    ["  answer -> card in the DOM", median(keys.map((k) => k.dom - k.msg)).toFixed(1) + " ms"],
    ["  then style and layout", median(keys.map((k) => k.layout - k.dom)).toFixed(1) + " ms"],
    ["keystroke -> result laid out (median)", median(keys.map((k) => k.layout - k.down)).toFixed(1) + " ms"],
    ["**keystroke -> updated result, keys that change the answer (median of " + changing.length + ")**", "**" + median(changing.map((k) => k.dom - k.down)).toFixed(1) + " ms**"],
    ["  answer -> card in the DOM", median(changing.map((k) => k.dom - k.msg)).toFixed(1) + " ms"],
    ["  then style and layout", median(changing.map((k) => k.layout - k.dom)).toFixed(1) + " ms"],
    ["keystroke -> result laid out, keys that change the answer (median)", median(changing.map((k) => k.layout - k.down)).toFixed(1) + " ms"],
  ];
}

function ms(x) {
  return Number.isFinite(x) ? x.toFixed(0) : "–";
}

function fmt(ms) {
  return ms < 1 ? (ms * 1000).toFixed(0) + " µs" : ms.toFixed(2) + " ms";
}
