// errlens front page: the one place the decoder worker (worker.js) is started, and with it
// the download and compilation of errlens.wasm, while the rest of the page is still loading.
//
// It is a module loaded async, first in <head>: it runs as soon as it arrives, and neither
// the parser nor the first paint waits for it, so on a slow connection the page's text and
// input show while the decoder downloads. (As a parser-blocking classic script it ran
// 20-30 ms sooner on a fast connection, but held back the whole page by a round trip on a
// slow one.) app.js imports this same module (a module runs once per page, however many
// times it is imported), so there is exactly one worker and one request for the wasm;
// if boot.js cannot be loaded, app.js's import fails and the page says so.
//
// Messages that arrive before app.js takes the worker over are kept and handed over in order.
performance.mark("errlens:boot");

export const boot = { worker: null, error: null, early: [] };

try {
  boot.worker = new Worker("worker.js");
  performance.mark("errlens:worker-created");
  boot.worker.onmessage = boot.worker.onerror = (e) => { boot.early.push(e); };
} catch (err) {
  boot.error = err;
}
