// In-browser benchmark of the WebAssembly decoder in headless Chromium, on the same inputs
// as the Go benchmarks (decoder/testdata/bench):
//   - navigation -> decoder ready on the front page (fresh profile, median of N runs);
//   - errlensDecode per input, in the page, median of many calls;
//   - keystroke -> updated result card with a 10 KB paste in the box (median of 15 keys).
// Prints one table; `make bench` runs it after the Go benchmarks.
//   node scripts/bench.mjs [runs]
import { readFileSync } from "node:fs";
import { startServer, launch, openReady } from "./lib.mjs";

const runs = Number(process.argv[2] || 10);
const dir = new URL("../decoder/testdata/bench/", import.meta.url);
const inputs = ["json-400B", "traceback-3KB", "log-1MB"].map((name) => ({ name, text: readFileSync(new URL(name + ".txt", dir), "utf8") }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
try {
  // 1. Ready time.
  const ready = [];
  const boots = []; // where the worker's start-up went: Go's loader, fetch + compile, Go start
  for (let i = 0; i < runs; i++) {
    const b = await launch();
    const page = b.ctx.pages()[0] || await b.ctx.newPage();
    await openReady(page, server.url);
    ready.push(Number(await page.getAttribute("html", "data-decoder-ready")));
    boots.push(JSON.parse(await page.getAttribute("html", "data-decoder-boot") || "{}"));
    await b.close();
  }

  const b = await launch();
  const page = b.ctx.pages()[0] || await b.ctx.newPage();
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

  // 3. Keystroke -> updated result, 10 KB in the box: the time from keydown to the card's
  // data attributes changing.
  const box = 'textarea[data-testid="input"]';
  const base = readFileSync(new URL("traceback-3KB.txt", dir), "utf8");
  let text = "";
  while (text.length < 10 * 1024) text += base;
  await page.fill(box, text);
  await page.waitForSelector('[data-testid="result"][data-category]');
  await page.evaluate(() => {
    const card = document.querySelector('[data-testid="result"]');
    globalThis.__keys = [];
    document.querySelector('textarea[data-testid="input"]').addEventListener("keydown", () => { globalThis.__down = performance.now(); });
    new MutationObserver(() => {
      if (card.hasAttribute("data-category") && globalThis.__down) {
        globalThis.__keys.push(performance.now() - globalThis.__down);
        globalThis.__down = 0;
      }
    }).observe(card, { attributes: true, attributeFilter: ["data-category"] });
  });
  await page.focus(box);
  await page.keyboard.press("End");
  for (let i = 0; i < 15; i++) {
    await page.keyboard.type(i % 2 ? "x" : "y");
    await page.waitForFunction((n) => globalThis.__keys.length >= n, i + 1, { timeout: 10000 });
  }
  const keys = await page.evaluate(() => globalThis.__keys);
  await b.close();

  const rows = [
    ["navigation -> decoder ready (median of " + runs + ")", median(ready).toFixed(0) + " ms"],
    ["  of which in the worker: fetch + compile / Go start incl. catalog", median(boots.map((b) => b.compiled - b.loader)).toFixed(0) + " / " + median(boots.map((b) => b.started - b.compiled)).toFixed(0) + " ms"],
    ...inputs.map(({ name }) => ["errlensDecode " + name + " (median of " + perDecode[name].n + ")", fmt(perDecode[name].median)]),
    ["keystroke -> updated result, 10 KB input (median of " + keys.length + ")", median(keys).toFixed(1) + " ms"],
  ];
  console.log("| in headless Chromium | measured |\n|---|---:|");
  for (const [k, v] of rows) console.log("| " + k + " | " + v + " |");
} finally {
  server.stop();
}

function fmt(ms) {
  return ms < 1 ? (ms * 1000).toFixed(0) + " µs" : ms.toFixed(2) + " ms";
}
