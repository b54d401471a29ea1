// errlens front page: the text area, the decoder worker, the result card, share links.
//
// Typing never waits for the decoder: input is debounced, decoding happens in a Web Worker
// (worker.js), at most one decode is in flight, and only the answer for the text now in the
// box is shown. The result container's data-provider, data-category, data-retryable and
// data-http-status attributes are removed on every edit and set again once the decoder
// has answered for the current text; tests and other tools wait on them.
import { renderCard, resultJSON, summaryText, verdictWord, el } from "./card.js";
import { inputLink, answerLink, parseFragment, resolveAnswer } from "./share.js";
import { keep, kept, forget } from "./session.js";
import { progress, loaded } from "./loading.js";
import { showMarks, hideMarks } from "./marks.js";

performance.mark("errlens:app");

const input = document.getElementById("input");
const picker = document.getElementById("examples");
const clear = document.getElementById("clear");
const status = document.getElementById("status");
const box = document.getElementById("result");
const marksView = document.getElementById("marks");
const examples = JSON.parse(document.getElementById("examples-data").textContent || "null") || [];
const names = JSON.parse(document.getElementById("names-data").textContent || "null") || {};

let worker = null;
let ready = false;
let failed = false;
let seq = 0; // bumps on every change of the text
let inflight = false;
let timer = 0;
let current = null; // the result on show
let shownKey = null; // what the card on show was rendered from (see show)
let bring = false; // a paste or an example: bring its verdict into view once it is shown
let sent = ""; // the text last sent to the decoder: what the answer on show is marked in

function say(text, isError) {
  if (status.textContent !== text) status.textContent = text; // a live region: say it once

  status.classList.toggle("error", !!isError);
}

const ATTRS = ["data-provider", "data-category", "data-retryable", "data-http-status"];

function clearAnswer() {
  for (const a of ATTRS) box.removeAttribute(a);
}

function setAnswer(r) {
  box.setAttribute("data-provider", r.provider || "");
  box.setAttribute("data-category", r.category || "unknown");
  box.setAttribute("data-retryable", r.retryable ? "true" : "false");
  box.setAttribute("data-http-status", String(r.http_status || 0));
}

// A paste of up to 20 KB decodes in well under a frame, so it is sent at once (a decode
// already in flight holds the next one back, so a burst of keys costs no queue). Longer
// pastes wait a little, so a burst of keystrokes costs one decode.
function delayFor(n) {
  return n > 200000 ? 200 : n > 20000 ? 60 : 0;
}

// blank: nothing but white space (what trim() removes), found without copying the text.
const blank = (text) => !/\S/.test(text);

// later sends the text in the box to the worker after delayFor its length. (Sending from the
// input handler itself, before the frame that shows the keystroke, measured no faster: the
// answer waits for that frame either way.)
function later(text = input.value) {
  clearTimeout(timer);
  timer = setTimeout(send, delayFor(text.length));
}

function changed(immediate) {
  seq++;
  clearAnswer();
  clearTimeout(timer);
  const text = input.value; // read once: each read of a long text area's value costs
  keep(text);
  if (blank(text)) {
    current = null;
    shownKey = null;
    box.hidden = true;
    box.replaceChildren();
    hideMarks();
    if (ready) say("Decoder ready. Paste an error above — it is decoded here, in this tab.");
    return;
  }
  if (immediate) send(text);
  else later(text);
}

function send(text = input.value) {
  if (!ready || inflight) return; // "ready" and each answer call send() again
  if (blank(text)) return;
  inflight = true;
  sent = text;
  worker.postMessage({ id: seq, text });
}

function onAnswer(id, r) {
  inflight = false;
  if (id !== seq) { // the text changed meanwhile: decode the text as it is now
    later();
    return;
  }
  show(r);
}

// show puts r's card on the page. Most keystrokes in a long paste leave the answer as it
// was; then the card on show is kept as it is (no new nodes, no new layout), unless a share
// or copy button has written into it since.
function show(r) {
  current = r;
  // Spans move with every key typed before the error; the card does not (marks.js).
  const key = (r.shared ? "shared " : "") + resultJSON({ ...r, spans: undefined });
  if (key !== shownKey || box.hidden) {
    renderCard(box, r, names);
    box.append(actions(r));
    shownKey = key;
  }
  box.hidden = false;
  showMarks(marksView, r.shared ? "" : sent, r, box);
  setAnswer(r);
  say("Decoded: " + (r.provider_name || names[r.provider] || "provider not recognised") + ", " + r.category + ", " + verdictWord(r).toLowerCase() + ".");
  if (bring) {
    bring = false;
    bringVerdict();
  }
}

// bringVerdict scrolls the verdict into view when a paste left it below the fold (a phone:
// on a wide screen it sits beside the box). Scrolling moves no focus: typing goes on.
function bringVerdict() {
  const v = box.querySelector('[data-testid="verdict"]');
  if (!v) return;
  const r = v.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= window.innerHeight) return;
  const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
  v.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
}

// actions: copy as JSON, share with the input (masked), share without it.
function actions(r) {
  const out = el("div", { class: "share-area" });
  const note = el("p", { class: "share-note", role: "status" });
  const link = el("input", { type: "text", readOnly: true, "aria-label": "Share link", hidden: true });
  const masked = el("div", { class: "masked", "data-testid": "masked", hidden: true });
  const offer = (url, text) => {
    shownKey = null; // the next answer draws a fresh card, without this link
    masked.hidden = true;
    link.value = url;
    link.hidden = false;
    note.textContent = text;
    link.focus();
    link.select();
    copy(url).then((ok) => { if (ok) note.textContent = text + " Copied to the clipboard."; });
  };
  // offerMasked shows what was masked, then the link, before anything is copied: the user
  // reads the list (kind and first characters), and copies only when it is complete.
  const offerMasked = (s) => {
    shownKey = null;
    const long = s.url.length > 8000 ? " This link is " + Math.round(s.url.length / 1024) + " KB long; some apps cut long links, so trim the text or share without it." : "";
    const list = el("ul", { "data-testid": "masked-list", "aria-label": "Masked in this link", tabIndex: 0 },
      ...s.masked.map((m) => el("li", {}, el("span", { class: "masked-kind", text: m.kind }), " ", el("code", { text: m.preview }))));
    masked.replaceChildren(
      el("p", { text: s.masked.length ? s.masked.length + (s.masked.length === 1 ? " value is" : " values are") + " masked (****) in this link:"
        : "Nothing to mask was found: read the text before you send the link." }),
      s.masked.length ? list : null,
      el("button", { type: "button", "data-testid": "copy-link", text: "Copy link", onclick: () => {
        copy(s.url).then((ok) => { note.textContent = ok ? "Link copied to the clipboard." : "Could not reach the clipboard; copy the link from the box above."; });
      } }));
    masked.hidden = false;
    link.value = s.url;
    link.hidden = false;
    note.textContent = "The text rides in the #fragment, which browsers never send to a server." + long;
    (s.masked.length ? list : link).focus();
  };
  const row = el("div", { class: "actions" },
    el("button", { type: "button", "data-testid": "copy-summary", text: "Copy summary", onclick: () => {
      shownKey = null;
      const text = summaryText(r, names, document.baseURI);
      copy(text).then((ok) => { note.textContent = ok ? "Summary copied: " + text : "Could not reach the clipboard. The summary: " + text; });
    } }),
    el("button", { type: "button", "data-testid": "copy-json", text: "Copy result as JSON", onclick: () => {
      shownKey = null;
      copy(resultJSON(r)).then((ok) => { note.textContent = ok ? "Result copied as JSON." : "Could not reach the clipboard; the JSON is under “Result as JSON” below."; });
    } }),
    r.shared ? null : el("button", { type: "button", "data-testid": "share-input", text: "Share link", onclick: () => {
      redactInWorker(input.value).then((m) => {
        const s = inputLink(m);
        if (!s) {
          shownKey = null;
          note.textContent = "Could not mask this text (" + (m && m.error || "no answer") + "), so no link was made. Share without the input instead.";
          return;
        }
        offerMasked(s);
      });
    } }),
    el("button", { type: "button", "data-testid": "share-answer", text: "Share without the input", onclick: () => {
      offer(answerLink(r), "This link carries only the answer (provider, status, code, verdict, reference), none of your text.");
    } }),
  );
  out.append(row, el("div", { class: "share" }, masked, link, note),
    el("details", {}, el("summary", { text: "Result as JSON" }), el("pre", { class: "json", "data-testid": "json", text: resultJSON(r) })));
  return out;
}

// Masking runs in the worker too (errlensRedact): one implementation with errlens -redact.
let redactSeq = 0;
const redactWaits = new Map();

function redactInWorker(text) {
  if (!ready) return Promise.resolve({ error: "the decoder is not ready" });
  const id = ++redactSeq;
  return new Promise((resolve) => {
    redactWaits.set(id, resolve);
    worker.postMessage({ id, redact: text });
  });
}

function redacted(id, result) {
  const resolve = redactWaits.get(id);
  redactWaits.delete(id);
  if (resolve) resolve(result);
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    return false;
  }
}

// restore puts back what the tab had: a share link in the address wins over the paste kept
// in this tab (session.js), which comes back, decoded, on a reload.
function restore() {
  if (parseFragment(location.hash)) return restoreFromFragment();
  const text = kept();
  if (!text) return;
  input.value = text;
  lastLength = text.length;
  changed(true);
}

function restoreFromFragment() {
  const f = parseFragment(location.hash);
  if (!f) return;
  if (f.input !== undefined) {
    input.value = f.input;
    changed(true);
  } else if (f.answer) {
    input.value = "";
    changed(true);
    const at = seq;
    resolveAnswer(f.answer, names, entries).then((r) => { if (at === seq) show(r); });
  }
}

// entries resolves to the catalog's entries by id (providers/<slug>/entries.json, written
// by the site generator from the decoder's catalog), which an answer link's entry is read
// from. slug is one of the catalog slugs in names (resolveAnswer checks).
function entries(slug) {
  return fetch("providers/" + slug + "/entries.json").then((res) => {
    if (!res.ok) throw new Error("HTTP " + res.status);
    return res.json();
  });
}

// startWorker takes over the decoder worker boot.js started as the page began to load (the
// one place it is started), with the messages it has sent so far.
async function startWorker() {
  let boot;
  try {
    ({ boot } = await import("./boot.js"));
    if (boot.error) throw boot.error;
  } catch (err) {
    return fail(String(err && err.message || err));
  }
  worker = boot.worker;
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.type === "result") onAnswer(m.id, m.result);
    else if (m.type === "redacted") redacted(m.id, m.result);
    else if (m.type === "progress") progress(m.loaded);
    else if (m.type === "ready") {
      ready = true;
      loaded();
      document.documentElement.dataset.decoderReady = String(Math.round(performance.now()));
      bootMarks(m.marks);
      say("Decoder ready. Paste an error above — it is decoded here, in this tab.");
      send();
    } else if (m.type === "error") fail(m.message);
  };
  worker.onerror = (e) => fail(e.message || "the decoder worker failed");
  for (const e of boot.early.splice(0)) (e.type === "error" ? worker.onerror : worker.onmessage)(e);
}

// bootMarks puts the worker's start-up steps on the page's performance timeline (where
// DevTools shows them) as errlens:* marks, and in data-decoder-boot as ms since navigation
// for make bench.
function bootMarks(marks) {
  for (const [name, t] of Object.entries(marks || {})) {
    performance.mark("errlens:" + name, { startTime: t - performance.timeOrigin });
  }
  performance.mark("errlens:ready");
  const boot = {};
  for (const m of performance.getEntriesByType("mark")) {
    if (m.name.startsWith("errlens:")) boot[m.name.slice(8)] = Math.round(m.startTime * 10) / 10;
  }
  document.documentElement.dataset.decoderBoot = JSON.stringify(boot);
}

function fail(why) {
  if (failed) return;
  failed = true;
  ready = false;
  loaded();
  document.documentElement.dataset.decoderFailed = "true";
  say("The decoder could not load (" + why + "). Your text stays in the box; reload the page to try again. The provider reference pages work without it.", true);
}

let lastLength = 0;
input.addEventListener("input", (e) => {
  if (picker.value) picker.value = "";
  // A paste (or a drop): many characters at once, not one typed key.
  const n = input.value.length;
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" || Math.abs(n - lastLength) > 40) bring = true;
  lastLength = n;
  changed(false);
});
picker.addEventListener("change", () => {
  const ex = examples[Number(picker.value)];
  if (!picker.value || !ex) return;
  input.value = ex.input;
  lastLength = ex.input.length;
  bring = true;
  changed(true);
});
window.addEventListener("hashchange", restoreFromFragment);
// Clear empties the box, the answer and the copy kept in the tab, and drops a share link's
// fragment, which a reload would otherwise bring back.
clear.addEventListener("click", () => {
  input.value = "";
  picker.value = "";
  lastLength = 0;
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  changed(true);
  forget();
  input.focus();
});

say("Loading the decoder…");
startWorker();
restore();
