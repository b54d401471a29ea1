// Registers the service worker (sw.js, written by the site generator: site/offline.go) that
// keeps this site working with no network after a first visit. It is registered once the
// page has loaded, so its downloads never compete with the page's own (the decoder first).
// Its scope is the directory sw.js is in: the site's root, wherever the site is served.
"use strict";
(() => {
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  const url = new URL("sw.js", document.currentScript.src);
  const register = () => navigator.serviceWorker.register(url).catch(() => {
    // No service worker (a private window, file://, a browser setting): the site works as
    // before, online only.
  });
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
})();
