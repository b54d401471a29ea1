// Keeps this site for offline use, when the visitor asks: the button at the foot of every
// page registers the service worker (sw.js, written by the site generator: site/offline.go),
// which copies the site's files into a cache of its version. Until then the page makes no
// request after it has loaded (DESIGN.md), so the copy is never made unasked. Once kept,
// the site works with no network, and a new deploy replaces the copy as a whole.
// Its scope is the directory sw.js is in: the site's root, wherever the site is served.
"use strict";
(() => {
  const button = document.querySelector('[data-testid="offline"]');
  const status = document.querySelector('[data-testid="offline-status"]');
  if (!button || !status || !("serviceWorker" in navigator) || !document.currentScript) return;
  const url = new URL("sw.js", document.currentScript.src);
  const kept = () => { button.hidden = true; status.textContent = "Kept for offline use: this site works with no network."; };
  navigator.serviceWorker.getRegistration(url).then((reg) => {
    if (reg) return kept();
    button.hidden = false;
    button.addEventListener("click", () => {
      button.disabled = true;
      status.textContent = "Keeping a copy…";
      navigator.serviceWorker.register(url)
        .then(() => navigator.serviceWorker.ready)
        .then(kept)
        .catch((err) => { button.disabled = false; status.textContent = "No offline copy: " + err.message; });
    });
  });
})();
