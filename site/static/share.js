// Share links. Everything rides in the URL fragment (after "#"), which browsers never send
// to a server, so a shared link reveals nothing to the host serving the page.
//
//   #input=<percent-encoded paste>   the paste, secrets masked; decoded again on open
//   #answer&provider=..&code=..      only the answer (no paste): for when the input is private
//
// Masking is the Go package redact, run in the decoder worker (errlensRedact, see
// wasm/main.go): the same rules as `errlens -redact`.

// The answer fields a "without input" link carries: enough to show the verdict and to link
// to the catalog entry, which holds the fix.
const ANSWER_FIELDS = ["provider", "provider_name", "wrapper", "upstream", "http_status", "code", "type",
  "category", "retryable", "retry_after_ms", "verdict", "title", "reference", "generic", "confidence"];

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

// answerLink returns a link carrying only the decoded answer.
export function answerLink(result) {
  const q = new URLSearchParams();
  for (const k of ANSWER_FIELDS) {
    const v = result[k];
    if (v === undefined || v === "" || v === 0 && k !== "http_status" || v === false && k === "generic") continue;
    q.set(k, String(v));
  }
  return base() + "#answer&" + q.toString();
}

// parseFragment reads a share link's fragment: {input} or {answer}, or null for anything
// else (such as "#main" from the skip link).
export function parseFragment(hash) {
  try {
    if (hash.startsWith("#input=")) return { input: decodeURIComponent(hash.slice(7)) };
    if (hash.startsWith("#answer&") || hash === "#answer") {
      const q = new URLSearchParams(hash.slice(8));
      const r = { shared: true, evidence: [] };
      for (const k of ANSWER_FIELDS) if (q.has(k)) r[k] = q.get(k);
      r.http_status = Number(r.http_status) || 0;
      r.retry_after_ms = Number(r.retry_after_ms) || 0;
      r.retryable = r.retryable === "true";
      r.generic = r.generic === "true";
      r.category = r.category || "unknown";
      r.provider = r.provider || "";
      r.code = r.code || "";
      return { answer: r };
    }
  } catch (_) {
    // A malformed fragment is ignored, not an error: the page works as if it had none.
  }
  return null;
}
