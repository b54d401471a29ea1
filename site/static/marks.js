// The paste, marked: under the text area, a read-only view of the paste with the characters
// that decided each answer marked (Result.spans, which the wasm adapter gives in JS string
// indices). Answer rows and evidence lines of the card (data-field, data-evidence) are
// linked to their marks: hovering, focusing or clicking one lights its marks and scrolls the
// first into view; a mark leads back to its answer row (click, Enter or Space).
//
// Everything pasted goes in as text nodes (createTextNode, textContent): no part of a paste
// ever becomes markup. A long paste shows only the regions around its marks, a few lines
// either side, with "… N lines …" between them, so a 1 MB paste costs a few hundred nodes.
import { el } from "./card.js";

const CONTEXT_LINES = 3; // lines shown either side of a mark
const MAX_REACH = 400; // characters shown either side of a mark within one long line
// Which field a mark covering several answers is coloured as: the most specific first.
const ORDER = ["code", "http_status", "retry_after_ms", "provider", "wrapper", "category", "message"];
const WORDS = { provider: "provider", wrapper: "wrapper", http_status: "HTTP status", code: "code",
  category: "category", retry_after_ms: "wait", message: "message" };

let spans = []; // the spans on show
let shown = ""; // what the view was built from: the text's length and the spans
let view = null;
let pre = null;
let legend = null;
let card = null;

// showMarks marks text (the paste r answers for) in into, and links card's rows to it.
export function showMarks(into, text, r, box) {
  if (!view) init(into, box);
  const all = Array.isArray(r.spans) ? r.spans : [];
  const valid = all.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length);
  linkCard(valid);
  if (!valid.length || r.shared) return hideMarks();
  const key = text.length + " " + JSON.stringify(valid);
  if (key === shown && !view.hidden) return; // typing after the error: the same marks
  performance.mark("errlens:marks-start");
  spans = valid;
  shown = key;
  const nodes = regions(text, valid).flatMap((g) => g.gap ? [gapNode(g.gap)] : pieces(text, g.start, g.end));
  // The key names the colours on show (a category's marks may all be its code's too).
  const used = new Set(nodes.filter((n) => n.nodeName === "MARK").map((m) => m.dataset.fields.split(" ")[0]));
  legend.replaceChildren(...ORDER.filter((f) => used.has(f)).map((f) => el("li", {}, el("mark", { class: "span f-" + f, text: WORDS[f] }))));
  pre.replaceChildren(...nodes);
  view.hidden = false;
  performance.measure("errlens:marks", "errlens:marks-start");
}

// hideMarks empties the view: no paste, or an answer with nothing to point at.
export function hideMarks() {
  if (!view) return;
  spans = [];
  shown = "";
  view.hidden = true;
  pre.replaceChildren();
}

function init(into, box) {
  view = into;
  card = box;
  pre = el("pre", { class: "marked", "data-testid": "marked" });
  legend = el("ul", { class: "legend", "aria-label": "What the marks stand for" });
  view.replaceChildren(
    el("h2", { class: "marks-title", text: "Where the answer came from" }),
    el("p", { class: "marks-help", text: "Marked: what decided each answer. Point at an answer or an evidence line to light its marks; choose a mark to go to its answer." }),
    legend, pre);
  pre.addEventListener("click", (e) => toAnswer(e.target.closest("mark")));
  pre.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      const m = e.target.closest("mark");
      if (m) {
        e.preventDefault();
        toAnswer(m);
      }
    }
  });
  // The card is redrawn often; its rows are found at the time of each event.
  const row = (e) => e.target.closest && e.target.closest(".linked");
  card.addEventListener("mouseover", (e) => { const r = row(e); if (r) light(r, false); });
  card.addEventListener("mouseout", (e) => { const r = row(e); if (r && !r.contains(e.relatedTarget)) light(null); });
  card.addEventListener("focusin", (e) => { const r = row(e); if (r) light(r, false); });
  card.addEventListener("focusout", () => light(null));
  card.addEventListener("click", (e) => { const r = row(e); if (r) light(r, true); });
  card.addEventListener("keydown", (e) => {
    const r = row(e);
    if (r && e.target === r && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      light(r, true);
    }
  });
}

// regions are the parts of text to show: around each span, CONTEXT_LINES lines either side
// (at most MAX_REACH characters), merged where they meet, with the gaps between.
function regions(text, list) {
  const rs = list.map((s) => {
    let a = s.start === 0 ? 0 : text.lastIndexOf("\n", s.start - 1) + 1; // the span's line
    for (let i = 0; i < CONTEXT_LINES && a > 0; i++) a = a < 2 ? 0 : text.lastIndexOf("\n", a - 2) + 1;
    let b = text.indexOf("\n", s.end);
    if (b < 0) b = text.length;
    for (let i = 0; i < CONTEXT_LINES && b < text.length; i++) {
      const n = text.indexOf("\n", b + 1);
      b = n < 0 ? text.length : n;
    }
    return { start: Math.max(a, s.start - MAX_REACH), end: Math.min(b, s.end + MAX_REACH) };
  }).sort((x, y) => x.start - y.start);
  const merged = [];
  for (const r of rs) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out = [];
  let at = 0;
  for (const r of merged) {
    const start = safe(text, r.start);
    const end = safe(text, r.end);
    if (start > at) out.push({ gap: text.slice(at, start) });
    out.push({ start, end });
    at = end;
  }
  if (at < text.length) out.push({ gap: text.slice(at) });
  return out;
}

// safe moves i off the second half of a surrogate pair, so no character is cut in two.
function safe(text, i) {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

// gapNode stands for text left out: "… 1,204 lines …", or "… 380 characters …" of a long
// line. The gap keeps the line breaks at its ends, so the lines around it stay lines.
function gapNode(gap) {
  const lines = gap.split("\n");
  const before = gap.startsWith("\n");
  const after = gap.length > 1 && gap.endsWith("\n");
  const hidden = lines.length - (before ? 1 : 0) - (after ? 1 : 0);
  const n = (x) => x.toLocaleString("en");
  const words = lines.length === 1 ? n(gap.length) + " characters" : hidden === 1 ? "1 line" : n(hidden) + " lines";
  return el("span", { class: "gap", "data-testid": "gap", text: (before ? "\n" : "") + "… " + words + " …" + (after ? "\n" : "") });
}

// pieces returns text[start:end] as text nodes and marks, one mark per run of characters the
// same spans cover.
function pieces(text, start, end) {
  const cuts = new Set([start, end]);
  for (const s of spans) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const at = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < at.length; i++) {
    const a = at[i];
    const b = at[i + 1];
    const part = text.slice(a, b);
    const over = [];
    spans.forEach((s, k) => { if (s.start <= a && s.end >= b) over.push(k); });
    if (!over.length) {
      out.push(document.createTextNode(part));
      continue;
    }
    const fields = [...new Set(over.map((k) => spans[k].field))].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y));
    const m = el("mark", { class: "span f-" + fields[0], tabIndex: 0, "data-spans": over.join(" "), "data-fields": fields.join(" "),
      "aria-label": fields.map((f) => WORDS[f] || f).join(", ") + ": " + clip(part) + " (go to the answer)" });
    m.textContent = part;
    out.push(m);
  }
  return out;
}

function clip(s) {
  return s.length > 60 ? s.slice(0, 60) + "…" : s;
}

// linkCard makes the card's rows for answers with spans (data-field) and evidence lines
// with spans (data-evidence) focusable links to their marks.
function linkCard(list) {
  if (!card) return;
  const fields = new Set(list.map((s) => s.field));
  const lines = new Set(list.map((s) => s.evidence));
  for (const r of card.querySelectorAll("[data-field], [data-evidence]")) {
    const on = r.dataset.field ? fields.has(r.dataset.field) : lines.has(Number(r.dataset.evidence));
    r.classList.toggle("linked", on);
    if (on) {
      r.tabIndex = 0;
      r.title = "Show where in the paste";
    } else {
      r.removeAttribute("tabindex");
      r.removeAttribute("title");
    }
  }
}

// light marks the spans of a card row as lit (none for null) and scrolls the first into
// view inside the paste's view; a click also brings the view itself into the window.
function light(row, clicked) {
  if (!pre) return;
  const want = new Set();
  if (row) {
    spans.forEach((s, k) => {
      if (row.dataset.field ? s.field === row.dataset.field : s.evidence === Number(row.dataset.evidence)) want.add(k);
    });
  }
  let first = null;
  for (const m of pre.querySelectorAll("mark")) {
    const on = m.dataset.spans.split(" ").some((k) => want.has(Number(k)));
    m.classList.toggle("lit", on);
    if (on && !first) first = m;
  }
  for (const r of card.querySelectorAll(".linked.lit")) r.classList.remove("lit");
  if (row) row.classList.add("lit");
  if (!first) return;
  const top = first.offsetTop; // the view is positioned: offsets are within it
  if (top < pre.scrollTop || top + first.offsetHeight > pre.scrollTop + pre.clientHeight) {
    pre.scrollTop = Math.max(0, top - pre.clientHeight / 3);
  }
  if (clicked) first.scrollIntoView({ block: "nearest", behavior: still() ? "auto" : "smooth" });
}

// toAnswer takes a mark to the answer row it supports, and lights that row's marks.
function toAnswer(m) {
  if (!m || !card) return;
  const fields = m.dataset.fields.split(" ");
  let row = null;
  for (const f of fields) {
    row = card.querySelector('.linked[data-field="' + f + '"]');
    if (row) break;
  }
  if (!row) {
    const k = Number(m.dataset.spans.split(" ")[0]);
    row = card.querySelector('.linked[data-evidence="' + spans[k].evidence + '"]');
  }
  if (!row) return;
  row.scrollIntoView({ block: "center", behavior: still() ? "auto" : "smooth" });
  row.focus({ preventScroll: true });
  light(row, false);
}

function still() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}
