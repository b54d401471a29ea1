// The decoder's download, shown while it lasts: on a slow connection the wasm (several MB)
// takes many seconds, and a bare "Loading…" cannot tell waiting from stuck. The worker
// counts the bytes as they arrive (worker.js, "progress"); the page's <progress> has the
// wasm's size, written by the site generator, as its max.
//
// The bar shows only once the download has taken SHOW_AFTER ms since the page was opened:
// on a fast connection the decoder is ready before that, and a bar that flashes for a
// moment tells nothing and moves the page (Lighthouse's speed index counted it: 97 -> 100).
const SHOW_AFTER = 1000;
const box = document.getElementById("loading");
const bar = document.getElementById("wasm-progress");
const text = document.getElementById("wasm-bytes");
const total = Number(bar && bar.getAttribute("max")) || 0;

let done = false;

const mb = (n) => (n / 1e6).toFixed(1);

// progress shows that loaded bytes of the wasm have arrived.
export function progress(loaded) {
  if (!bar) return;
  if (box.hidden && !done && performance.now() >= SHOW_AFTER) box.hidden = false;
  if (total) bar.value = Math.min(loaded, total);
  text.textContent = total ? mb(loaded) + " of " + mb(total) + " MB" : mb(loaded) + " MB";
}

// loaded takes the progress away: the decoder is ready, or could not load (the status says which).
export function loaded() {
  done = true;
  if (box) box.hidden = true;
}
