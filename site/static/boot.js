// errlens front page, first script: starts the decoder worker (worker.js), and with it the
// download and compilation of errlens.wasm, while the rest of the page is still loading.
// It is a classic, parser-blocking script, first in <head>, before the stylesheet: it is a
// few hundred bytes, so the parser waits for it no longer than the page waits for the
// stylesheet anyway, and it runs as soon as it arrives. Loaded async it ran only once the
// parser had worked through most of the page: the worker's script started 20-30 ms later,
// and a returning visit was ready about 15 ms later (pooled medians of 70 paired runs; the
// empty-cache median did not change beyond noise, as the 2 cores are busy either way).
//
// app.js, a module and so run after this script, takes the worker over (its takeWorker).
// Messages that arrive before it does are kept and handed over in order. If boot.js could
// not be loaded, app.js creates the worker itself, so there is always exactly one (and one
// request for the wasm).
"use strict";
(() => {
  performance.mark("errlens:boot");
  const boot = { worker: null, error: null, early: [] };
  globalThis.errlensBoot = boot;
  try {
    boot.worker = new Worker("worker.js");
  } catch (err) {
    boot.error = err;
    return;
  }
  performance.mark("errlens:worker-created");
  boot.worker.onmessage = boot.worker.onerror = (e) => { boot.early.push(e); };
})();
