// Share links. Everything rides in the URL fragment (after "#"), which browsers never send
// to a server, so a shared link reveals nothing to the host serving the page.
//
//   #input=<percent-encoded paste>   the paste, secrets masked; decoded again on open
//   #answer&provider=..&entry=..     only the answer (no paste): for when the input is private
//
// Masking is the Go package redact, run in the decoder worker (errlensRedact, see
// wasm/main.go): the same rules as `errlens -redact`.

// An answer-only link carries no text at all, only what errlens can check against what it
// knows, so that nobody can write a link that makes errlens say something it did not:
//
//   provider, wrapper, upstream  catalog slugs; a slug errlens does not know is dropped
//   entry                        "<catalog slug>/<entry id>"; the title, fix, source, code,
//                                category and verdict are read from that catalog
//                                (providers/<slug>/entries.json), never from the link
//   http_status, retry_after_ms  numbers, in range
//   category, retryable          only when there is no entry: one of CATEGORIES, a boolean
//
// Anything else in the fragment (a title, a fix, a link, an older link's fields) is ignored.
export const CATEGORIES = ["authentication", "permission", "not_found", "invalid_request", "context_length",
  "content_filter", "conflict", "rate_limit", "quota", "overloaded", "server", "timeout", "connection", "unknown"];

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ID = /^[A-Za-z0-9_.-]{1,100}$/;
const REFERENCE = /^providers\/([a-z0-9][a-z0-9-]{0,39})\/#([A-Za-z0-9_.-]{1,100})$/;

function base() {
  const u = new URL(location.href);
  u.hash = "";
  return u.href;
}

// inputLink returns a link carrying a paste that errlensRedact has masked ({text, masked}),
// or null when masking failed: then there is no masked text, and no link.
export function inputLink(redacted) {
  if (!redacted || typeof redacted.text !== "string" || redacted.error) return null;
  return { url: base() + "#input=" + encodeURIComponent(redacted.text), masked: redacted.masked || [] };
}

// answerLink returns a link carrying only the decoded answer, as checkable fields.
export function answerLink(result) {
  const q = new URLSearchParams();
  for (const k of ["provider", "wrapper", "upstream"]) if (result[k]) q.set(k, result[k]);
  const ref = REFERENCE.exec(result.reference || "");
  if (ref) q.set("entry", ref[1] + "/" + ref[2]);
  if (result.http_status) q.set("http_status", String(result.http_status));
  if (result.retry_after_ms > 0) q.set("retry_after_ms", String(Math.round(result.retry_after_ms)));
  if (!ref) {
    q.set("category", result.category || "unknown");
    q.set("retryable", result.retryable ? "true" : "false");
  }
  return base() + "#answer&" + q.toString();
}

// parseFragment reads a share link's fragment: {input}, or {answer} with the fields an
// answer link may carry, each checked for its form (resolveAnswer checks them against the
// catalogs), or null for anything else (such as "#main" from the skip link).
export function parseFragment(hash) {
  try {
    if (hash.startsWith("#input=")) return { input: decodeURIComponent(hash.slice(7)) };
    if (hash.startsWith("#answer&") || hash === "#answer") {
      const q = new URLSearchParams(hash.slice(8));
      const slug = (k) => SLUG.test(q.get(k) || "") ? q.get(k) : "";
      const int = (k, lo, hi) => {
        const n = Number(q.get(k));
        return Number.isInteger(n) && n >= lo && n <= hi ? n : 0;
      };
      const a = { provider: slug("provider"), wrapper: slug("wrapper"), upstream: slug("upstream"), entry: null,
        http_status: int("http_status", 100, 599), retry_after_ms: int("retry_after_ms", 1, 7 * 24 * 3600 * 1000),
        category: CATEGORIES.includes(q.get("category")) ? q.get("category") : "unknown", retryable: q.get("retryable") === "true" };
      const [cat, id, more] = (q.get("entry") || "").split("/");
      if (SLUG.test(cat || "") && ID.test(id || "") && more === undefined) a.entry = { slug: cat, id };
      return { answer: a };
    }
  } catch (_) {
    // A malformed fragment is ignored, not an error: the page works as if it had none.
  }
  return null;
}

// resolveAnswer turns an answer link's fields into the result the card shows: slugs errlens
// does not know are dropped, and the entry is looked up in its catalog with entries(slug),
// which resolves to that catalog's entries by id (or null). What the card shows comes from
// errlens' own catalogs and the link's numbers, never from the link's text.
export async function resolveAnswer(a, names, entries) {
  const known = (s) => (s && Object.prototype.hasOwnProperty.call(names, s) ? s : "");
  const r = { shared: true, evidence: [], provider: known(a.provider), wrapper: known(a.wrapper), upstream: known(a.upstream),
    http_status: a.http_status, retry_after_ms: a.retry_after_ms, code: "", category: a.category, retryable: a.retryable };
  if (r.provider) r.provider_name = names[r.provider];
  const slug = a.entry && known(a.entry.slug);
  const all = slug ? await entries(slug).catch(() => null) : null;
  const e = all && Object.prototype.hasOwnProperty.call(all, a.entry.id) ? all[a.entry.id] : null;
  if (e) {
    Object.assign(r, { code: e.code, type: e.type, category: e.category, retryable: e.retryable, title: e.title, fix: e.fix,
      source: e.source, entry: a.entry.id, reference: "providers/" + slug + "/#" + a.entry.id });
    if (!r.http_status) r.http_status = e.status;
    r.generic = slug !== r.provider;
  } else if (a.entry) {
    r.category = "unknown";
    r.retryable = false;
    r.evidence = ["The link names an entry errlens does not know; only what errlens could check is shown."];
  }
  if (!CATEGORIES.includes(r.category)) r.category = "unknown";
  if (!r.retryable) r.retry_after_ms = 0;
  return r;
}
