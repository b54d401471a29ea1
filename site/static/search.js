// Search every catalog: one box (front page, providers index) that filters search-index.json,
// which the site generator writes from the decoder's own catalog. The index is fetched once,
// as the page loads (the page makes no request after it has loaded), and is then filtered
// in this tab: no request per query, and it works offline once cached.
//
// A query's words must all appear in a row (code, status, type, exception classes, title,
// the message phrases the decoder knows, the provider's name). Rows whose code or status is
// exactly a word of the query come first. Every hit is built from text nodes (no HTML), and
// links to its entry's anchor on the reference page.
//
// Keyboard: Down from the box moves to the first hit, Up/Down move between hits, Escape
// goes back to the box (a second Escape empties it), Enter in the box opens the first hit.

const MAX = 40; // hits listed; the count says how many more matched

const root = document.querySelector('[data-testid="search-box"]');
if (root) start(root);

function start(root) {
  const q = root.querySelector("input");
  const count = root.querySelector('[data-testid="search-count"]');
  const list = root.querySelector('[data-testid="search-results"]');
  const base = root.getAttribute("data-root") || "./";
  let index = null;
  let loading = null;

  const load = () => loading || (loading = fetch(base + "search-index.json")
    .then((r) => { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .then((ix) => { index = prepare(ix); run(); })
    .catch((err) => { loading = null; count.textContent = "The search index could not load (" + err.message + ")."; }));

  const run = () => {
    const words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) {
      list.replaceChildren();
      list.hidden = true;
      count.textContent = "";
      return;
    }
    if (!index) {
      count.textContent = "Loading the index…";
      load();
      return;
    }
    const hits = find(index, words);
    list.replaceChildren(...hits.slice(0, MAX).map((h) => item(h, base)));
    list.hidden = hits.length === 0;
    count.textContent = hits.length === 0 ? "No error matches “" + q.value.trim() + "”."
      : hits.length + (hits.length === 1 ? " error matches" : " errors match") + (hits.length > MAX ? "; the first " + MAX + " are listed." : ".");
  };

  load();
  q.addEventListener("input", run);
  q.addEventListener("keydown", (e) => {
    const first = list.querySelector("a");
    if (e.key === "ArrowDown" && first) { e.preventDefault(); first.focus(); }
    else if (e.key === "Enter" && first) { e.preventDefault(); first.click(); }
    else if (e.key === "Escape" && q.value) { q.value = ""; run(); }
  });
  list.addEventListener("keydown", (e) => {
    const links = [...list.querySelectorAll("a")];
    const i = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : q).focus(); }
    else if (e.key === "Escape") { e.preventDefault(); q.focus(); }
  });
  if (q.value) run(); // the browser restored the box's text on a back navigation
}

// prepare turns the index's rows into objects with one lower-case text to match against.
function prepare(ix) {
  const at = Object.fromEntries(ix.fields.map((f, i) => [f, i]));
  const rows = ix.rows.map((r) => {
    const o = {};
    for (const f of ix.fields) o[f] = r[at[f]];
    o.name = ix.names[o.slug] || o.slug;
    o.text = [o.name, o.slug, o.id, o.status || "", o.code, o.type, o.category, o.title, o.words].join(" ").toLowerCase();
    o.exact = new Set([String(o.code).toLowerCase(), String(o.type).toLowerCase(), o.status ? String(o.status) : ""].filter(Boolean));
    return o;
  });
  return { rows };
}

// find returns the rows holding every word, exact code/type/status matches first, then in
// the reference's order (providers, then libraries, then the general layers).
function find(index, words) {
  const hits = [];
  for (const r of index.rows) {
    if (!words.every((w) => r.text.includes(w))) continue;
    hits.push({ r, score: words.filter((w) => r.exact.has(w)).length });
  }
  return hits.sort((a, b) => b.score - a.score).map((h) => h.r); // sort is stable
}

function item(r, base) {
  const a = document.createElement("a");
  a.href = base + "providers/" + r.slug + "/#" + r.id;
  a.setAttribute("data-testid", "search-hit");
  a.append(document.createTextNode(r.name + ": " + r.title));
  const facts = [r.status ? "HTTP " + r.status : "", r.code, r.category, r.retryable ? "retry" : "do not retry"].filter(Boolean);
  const small = document.createElement("span");
  small.className = "muted";
  small.textContent = facts.join(" · ");
  const li = document.createElement("li");
  li.append(a, " ", small);
  return li;
}
