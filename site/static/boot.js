// errlens front page, first script: starts the decoder worker (worker.js), and with it the
// download and compilation of errlens.wasm, while the rest of the page is still loading.
// It is a classic script loaded async from <head>: it waits for neither the stylesheet nor
// the parser nor app.js's modules, and blocks none of them.
//
// app.js takes the worker over with takeWorker() below. Messages that arrive before it does
// are kept and handed over in order. Whichever of the two scripts runs first creates the
// worker, so there is only ever one (and one request for the wasm).
"use strict";
(() => {
  performance.mark("errlens:boot");
  if (globalThis.errlensBoot) return; // app.js ran first and started the worker itself
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
