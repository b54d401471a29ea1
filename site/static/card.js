// The result card. Every value shown comes from pasted text or from a decoded result, so
// every value goes in with textContent (through el()), never innerHTML.

// The JSON field order of decoder.Result, so "Copy as JSON" prints what the Go package does.
const FIELDS = ["provider", "provider_name", "upstream", "wrapper", "http_status", "code", "type", "message",
  "category", "retryable", "retry_after_ms", "verdict", "title", "fix", "sdk_exceptions", "sdk_behavior",
  "sdk_waits", "entry",
  "reference", "source", "generic", "context_used", "context_limit", "details", "evidence", "spans", "confidence",
  "alternatives", "truncated", "thin", "limit_window", "reset_at", "attempts", "other_errors"];

export function resultJSON(r) {
  const out = {};
  for (const k of FIELDS) if (k in r) out[k] = r[k];
  return JSON.stringify(out, null, 2);
}

// el builds an element; string children become text nodes.
export function el(tag, props, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("data-") || k.startsWith("aria-") || k === "role" || k === "href" || k === "rel" || k === "id" || k === "type") e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

// seconds renders a wait in milliseconds as seconds: "0.2 s", "7 s", "90 s (1.5 min)".
export function seconds(ms) {
  const s = ms / 1000;
  let t = s >= 10 ? String(Math.round(s)) : String(Math.round(s * 10) / 10 || 0.1);
  t += " s";
  if (s >= 90) t += " (" + Math.round(s / 6) / 10 + " min)";
  return t;
}

// spanText writes a time left in words: "40 s", "3 min 5 s", "5 h 12 min", "5 d 2 h".
function spanText(ms) {
  const s = Math.ceil(ms / 1000);
  const two = (a, ua, b, ub) => a + " " + ua + (b ? " " + b + " " + ub : "");
  if (s < 60) return s + " s";
  if (s < 3600) return two(Math.floor(s / 60), "min", s % 60, "s");
  if (s < 48 * 3600) return two(Math.floor(s / 3600), "h", Math.floor((s % 3600) / 60), "min");
  return two(Math.floor(s / 86400), "d", Math.floor((s % 86400) / 3600), "h");
}

// limitText says the limit's window and when it resets, counted from now (ms since 1970):
// "per day, resets at 00:00 UTC (in 5 h 12 min)". "" when the result says neither.
export function limitText(r, now) {
  const parts = [];
  if (r.limit_window) parts.push("per " + r.limit_window);
  const at = r.reset_at ? Date.parse(r.reset_at) : NaN;
  if (!isNaN(at)) {
    const d = new Date(at);
    const pad = (n) => String(n).padStart(2, "0");
    let t = "resets at " + pad(d.getUTCHours()) + ":" + pad(d.getUTCMinutes()) + (d.getUTCSeconds() ? ":" + pad(d.getUTCSeconds()) : "") + " UTC";
    if (at - now >= 24 * 3600 * 1000 || at < now) t += " on " + r.reset_at.slice(0, 10);
    if (at > now) t += " (in " + spanText(at - now) + ")";
    parts.push(t);
  }
  return parts.join(", ");
}

// attemptText names one attempt by its status, else its code.
function attemptText(a) {
  return a.http_status ? String(a.http_status) : a.code || "no status";
}

// attemptsText says what the log shows was tried: "This log shows 6 attempts: 529, 529, …".
export function attemptsText(r) {
  const as = r.attempts || [];
  if (!as.length) return "";
  const shown = as.slice(0, 8).map(attemptText).join(", ") + (as.length > 8 ? ", …" : ".");
  return "This log shows " + (as.length === 1 ? "1 attempt" : as.length + " attempts") + ": " + shown;
}

// attemptsList draws the attempts in order, as a timeline: when, what came back, the wait
// the server asked for, and the wait the client took before the next.
function attemptsList(r) {
  return el("ol", { class: "attempts", "data-testid": "attempts" }, ...(r.attempts || []).map((a) => {
    const bits = [];
    if (a.time) bits.push(a.time);
    bits.push(attemptText(a) + (a.http_status && a.code ? " " + a.code : ""));
    if (a.wait_asked_ms) bits.push("asked to wait " + seconds(a.wait_asked_ms));
    if (a.wait_taken_ms) bits.push("the client waited " + seconds(a.wait_taken_ms));
    return el("li", { text: bits.join(" · ") });
  }));
}

const REFERENCE = /^providers\/[a-z0-9-]+\/#[A-Za-z0-9_.-]+$/;

// tone is the verdict's colour, which everything coloured on the card follows: yes (retry),
// no (do not), maybe (the paste is too thin to judge).
export function tone(r) {
  return r.thin ? "maybe" : r.retryable ? "yes" : "no";
}

// verdictWord is the verdict's headline.
export function verdictWord(r) {
  return { maybe: "PASTE MORE", yes: "RETRY", no: "DO NOT RETRY" }[tone(r)];
}

// verdictSentence is the decoder's sentence that says when; an answer shared by an older
// link may lack it.
function verdictSentence(r) {
  if (r.verdict) return r.verdict;
  if (r.retryable) {
    return r.retry_after_ms > 0 ? "Retry after " + seconds(r.retry_after_ms) + "." : "Retry with backoff: the error states no wait.";
  }
  return r.category === "unknown" ? "Not recognised: do not retry blindly; read the evidence." : "Fix the cause first: the same request will fail again.";
}

function verdict(r) {
  return el("div", { class: "verdict " + tone(r), "data-testid": "verdict", "data-field": "retry_after_ms" }, verdictWord(r),
    el("small", { "data-testid": "verdict-sentence", text: verdictSentence(r) }));
}

// summaryText is one paragraph for an incident channel: provider, status, code, the verdict
// with its clock, the fix, and the link to the reference entry.
export function summaryText(r, names, baseURI) {
  const name = r.provider_name || names[r.provider] || r.provider || "An unrecognised provider";
  const parts = [name + (r.http_status ? " returned HTTP " + r.http_status : " returned an error")];
  if (r.code) parts[0] += " (" + r.code + ")";
  parts[0] += ".";
  parts.push(verdictWord(r) + ": " + verdictSentence(r));
  if (r.fix) parts.push("Fix: " + r.fix);
  if (r.reference && REFERENCE.test(r.reference)) parts.push("Reference: " + new URL(r.reference, baseURI).href);
  return parts.join(" ");
}

// sureText says in words how sure the answer is; "" for an answer that does not say (an
// older share link).
export function sureText(r, names) {
  const name = r.provider_name || names[r.provider] || r.provider;
  switch (r.confidence) {
    case "documented": return "documented in " + (name ? name + "'s" : "the provider's") + " reference";
    case "inferred": return "inferred from general knowledge";
    case "guess": return "a guess";
  }
  return "";
}

// alternativeText is one other reading in words: "Groq — rate_limit, retry".
export function alternativeText(a, names) {
  const name = a.provider_name || names[a.provider] || a.provider;
  return (name ? name + " — " : "") + a.category + ", " + (a.retryable ? "retry" : "don't retry");
}

// sureness is the card's line on how sure it is, and the readings that came close, each
// with why.
function sureness(r, names) {
  const out = [];
  const sure = sureText(r, names);
  if (sure) out.push(el("p", { class: "sure", "data-testid": "confidence", text: "How sure: " + sure }));
  const alts = Array.isArray(r.alternatives) ? r.alternatives : [];
  if (alts.length) {
    out.push(el("div", { class: "alternatives", "data-testid": "alternatives" }, "Could also be:",
      el("ul", {}, ...alts.map((a) => el("li", {}, alternativeText(a, names),
        a.evidence ? el("small", { text: " (" + a.evidence + ")" }) : null)))));
  }
  return out;
}

// fact adds a row; field names the Result field it shows, for the marks of the paste
// (marks.js).
function fact(dl, name, value, field) {
  if (value === undefined || value === null || value === "") return;
  dl.append(el("dt", { text: name }), el("dd", field ? { "data-field": field } : {}, value));
}

function section(title, ...body) {
  return [el("h3", { text: title }), ...body];
}

// renderCard fills box with the card for r. names maps catalog slugs to display names.
export function renderCard(box, r, names) {
  const name = r.provider_name || names[r.provider] || r.provider;
  const parts = [];
  parts.push(el("h2", { text: name ? name : "Provider not recognised", "data-field": "provider" }));
  const who = [];
  if (r.wrapper) who.push("re-printed by " + (names[r.wrapper] || r.wrapper));
  if (r.upstream) who.push("relaying " + (names[r.upstream] || r.upstream));
  if (who.length) parts.push(el("p", { class: "who", text: who.join(" · "), "data-field": "wrapper" }));
  if (r.shared) parts.push(el("p", { class: "notice", text: "Shared without the original input: this is the answer someone decoded, not your paste. Paste your own error above to decode it." }));
  if (r.error) parts.push(el("p", { class: "notice", text: r.error }));
  if (r.other_errors > 0) {
    const n = r.other_errors === 1 ? "1 other error" : r.other_errors + " other errors";
    parts.push(el("p", { class: "notice", "data-testid": "other-errors", text: "This paste holds " + n + "; showing the last." }));
  }
  parts.push(verdict(r));
  if (r.generic) {
    parts.push(el("p", { class: "notice", "data-testid": "generic" },
      "General answer: ", el("span", { text: name
        ? "no entry of " + name + "'s own catalog fits, so this rests on the HTTP status and general knowledge."
        : "the provider is not recognised, so this rests on the HTTP status and general knowledge." })));
  }
  parts.push(...sureness(r, names));

  const dl = el("dl", { class: "facts" });
  fact(dl, "HTTP status", r.http_status ? String(r.http_status) : "not in the input", "http_status");
  fact(dl, "Code", r.code ? el("code", { text: r.code }) : "none", "code");
  fact(dl, "Type", r.type ? el("code", { text: r.type }) : "");
  fact(dl, "Category", el("span", { class: "badge cat-" + r.category + " tone-" + tone(r), "data-testid": "category", text: r.category }), "category");
  fact(dl, "Error", r.title || "");
  const limit = limitText(r, Date.now());
  if (limit) fact(dl, "Limit", el("span", { "data-testid": "limit", text: limit[0].toUpperCase() + limit.slice(1) }));
  parts.push(dl);
  if (r.attempts && r.attempts.length) {
    parts.push(...section("What was already tried", el("p", { "data-testid": "attempts-summary", text: attemptsText(r) }), attemptsList(r)));
  }

  if (r.fix) parts.push(...section("How to fix it", el("p", { class: "fix", text: r.fix })));
  const exc = Object.entries(r.sdk_exceptions || {}).sort();
  if (exc.length) {
    parts.push(...section(exc.length > 1 ? "SDK exception classes" : "SDK exception class",
      el("ul", {}, ...exc.map(([lang, cls]) => el("li", {}, lang + ": ", el("code", { text: cls }))))));
  }
  if (r.sdk_behavior) parts.push(...section("What the SDK already does", el("p", { text: r.sdk_behavior })));
  if (r.sdk_waits && r.sdk_waits.length) {
    parts.push(...section("What each SDK will do with this wait",
      el("ul", { "data-testid": "sdk-waits" }, ...r.sdk_waits.map((w) => el("li", { class: "sdk-" + w.action, text: w.says })))));
  }
  if (r.context_used || r.context_limit) {
    const n = (x) => Number(x).toLocaleString("en");
    const txt = r.context_used && r.context_limit
      ? n(r.context_used) + " tokens requested, the model's limit is " + n(r.context_limit) + " (over by " + n(r.context_used - r.context_limit) + ")."
      : r.context_limit ? "The model's limit is " + n(r.context_limit) + " tokens." : n(r.context_used) + " tokens requested.";
    parts.push(...section("Context window", el("p", { text: txt })));
  }
  const details = Object.entries(r.details || {}).sort();
  if (details.length) {
    const d = el("dl", { class: "facts" });
    for (const [k, v] of details) fact(d, k, el("span", { class: "mono", text: v }));
    parts.push(...section("Details", d));
  }
  if (r.message) parts.push(...section("Message", el("pre", { class: "message", text: r.message, "data-field": "message" })));
  if (r.evidence && r.evidence.length) {
    parts.push(...section("Why we think so", el("ul", { class: "evidence", "data-testid": "evidence" }, ...r.evidence.map((e, i) => el("li", { text: e, "data-evidence": String(i) })))));
  }
  if (r.truncated) parts.push(el("p", { class: "notice", text: "The paste is longer than the decoder examines (1 MiB); it read the start and the end." }));

  const links = el("p", { class: "links" });
  if (r.reference && REFERENCE.test(r.reference)) {
    links.append(el("a", { href: r.reference, "data-testid": "reference", text: (r.title ? "“" + r.title + "”" : "This error") + " in the reference" }));
  }
  if (r.source && /^https:\/\//.test(r.source)) {
    if (links.childNodes.length) links.append(" · ");
    links.append(el("a", { href: r.source, rel: "noopener noreferrer", text: r.generic && !r.provider ? "the document this comes from" : "the provider's documentation" }));
  }
  if (links.childNodes.length) parts.push(links);
  box.replaceChildren(...parts);
}
