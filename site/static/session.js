// The paste survives a reload of the tab. It is kept in sessionStorage, which belongs to
// this tab alone and is dropped when the tab closes: never localStorage (it would outlive
// the tab and reach every other one), never a cookie or a request (nothing is sent).
//
// Writing a long paste on every keystroke would cost the typing; the text is written once
// typing pauses, and at once when the page goes away (pagehide also fires on a reload).
const KEY = "errlens:paste";
const PAUSE = 250; // ms of no typing before the paste is written

let pending = null; // text not yet written, or null
let timer = 0;

// keep notes text as the paste to restore; blank text removes the kept copy.
export function keep(text) {
  pending = text;
  clearTimeout(timer);
  timer = setTimeout(flush, PAUSE);
}

function flush() {
  clearTimeout(timer);
  if (pending === null) return;
  const text = pending;
  pending = null;
  try {
    if (/\S/.test(text)) sessionStorage.setItem(KEY, text);
    else sessionStorage.removeItem(KEY);
  } catch (_) {
    // Storage full (a paste of several MB) or switched off: the paste is simply not kept.
    // A stale shorter copy must not come back in its place.
    try { sessionStorage.removeItem(KEY); } catch (_) { /* storage is off */ }
  }
}

// kept returns the paste kept in this tab, or "".
export function kept() {
  try {
    return sessionStorage.getItem(KEY) || "";
  } catch (_) {
    return "";
  }
}

// forget drops the kept paste and any write still waiting.
export function forget() {
  pending = null;
  clearTimeout(timer);
  try { sessionStorage.removeItem(KEY); } catch (_) { /* storage is off */ }
}

addEventListener("pagehide", flush);
