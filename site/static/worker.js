// errlens decoder worker: runs the Go decoder (errlens.wasm) off the page's main thread, so
// typing never waits for a decode, even of a 1 MB paste.
//
// Messages in:  {id: number, text: string}             decode text
//               {id: number, redact: string}           mask the secrets in a paste
// Messages out: {type: "ready", marks: {name: ms}}     once the decoder can answer; marks
//                                                      are when each start-up step ended, as
//                                                      timeOrigin + now (the page's clock)
//               {type: "error", message: string}       if it cannot be loaded
//               {type: "progress", loaded: number}     bytes of the wasm received so far
//               {type: "result", id: number, result}   errlensDecode(text), see wasm/main.go
//               {type: "redacted", id: number, result} errlensRedact(text): {text, masked}
"use strict";

// at is now on a clock the page shares: each side's timeOrigin + now().
const at = () => performance.timeOrigin + performance.now();
const marks = { "worker-script": at() };

let ready = false;
const queue = [];

function answer(msg) {
  if (msg.redact !== undefined) return redact(msg);
  let result;
  try {
    result = globalThis.errlensDecode(msg.text);
  } catch (err) {
    // errlensDecode recovers Go panics itself; this is the runtime dying (out of memory, or
    // the Go program already exited). Answer anyway, so the page never waits forever.
    const why = "the decoder stopped (" + String(err && err.message || err) + "); reload the page";
    result = { provider: "", http_status: 0, code: "", category: "unknown", retryable: false,
      retry_after_ms: 0, fix: "", evidence: [why], error: why };
  }
  postMessage({ type: "result", id: msg.id, result });
}

// redact masks a paste for a share link. When masking cannot run, the answer carries an
// error and no text, and the page offers no link: an unmasked paste never leaves.
function redact(msg) {
  let result;
  try {
    result = globalThis.errlensRedact(msg.redact);
  } catch (err) {
    result = { error: "masking stopped (" + String(err && err.message || err) + "); reload the page" };
  }
  postMessage({ type: "redacted", id: msg.id, result });
}

onmessage = (e) => {
  if (ready) answer(e.data);
  else queue.push(e.data);
};

// PROGRESS_STEP: bytes between two progress messages, about 60 for the whole wasm.
const PROGRESS_STEP = 64 << 10;

// counted passes the response's body on unchanged, posting how many bytes have arrived, so
// the page can show the download on a slow connection. The bytes are counted as the body
// is read, after any gzip is undone: the page's total is the wasm's own size.
function counted(res) {
  if (!res.body) return res;
  const reader = res.body.getReader();
  let loaded = 0;
  let told = 0;
  const body = new ReadableStream({
    async pull(c) {
      const { done, value } = await reader.read();
      if (done) {
        postMessage({ type: "progress", loaded });
        c.close();
        return;
      }
      loaded += value.byteLength;
      if (loaded - told >= PROGRESS_STEP) {
        told = loaded;
        postMessage({ type: "progress", loaded });
      }
      c.enqueue(value);
    },
    cancel(why) { return reader.cancel(why); },
  });
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

// The wasm is requested and compiled before anything else happens here: compiling needs no
// Go, so wasm_exec.js loads meanwhile. Streaming compiles while the bytes arrive; a host
// that sends another MIME type than application/wasm gets the plain, buffered compile.
const url = "errlens.wasm";
const compiled = fetch(url).then((got) => {
  marks["wasm-response"] = at();
  if (!got.ok) throw new Error(url + ": HTTP " + got.status);
  const res = counted(got);
  if ((res.headers.get("Content-Type") || "").split(";")[0].trim() === "application/wasm") {
    return WebAssembly.compileStreaming(res);
  }
  return res.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
});
compiled.catch(() => {}); // reported below, once wasm_exec.js has run

(async () => {
  importScripts("wasm_exec.js"); // Go's own loader, copied from the Go that built the wasm
  marks["wasm-exec-loaded"] = at();
  const go = new Go();
  // Go's collector first runs at a 4 MB heap, and reading the catalog allocates about that
  // much: with the default it collects, then sweeps before go.run returns, 30 ms of the
  // start-up in Chromium (measured with the marks below). GOGC=400 lets the heap grow to 5x
  // what is live (about 20 MB here) before collecting.
  go.env = Object.assign({}, go.env, { GOGC: "400" });
  let instance;
  try {
    instance = await WebAssembly.instantiate(await compiled, go.importObject);
  } catch (err) {
    postMessage({ type: "error", message: String(err && err.message || err) });
    return;
  }
  marks["wasm-compiled"] = at();
  const fetched = performance.getEntriesByType("resource").find((r) => r.name.endsWith("/" + url));
  if (fetched) marks["wasm-fetched"] = performance.timeOrigin + fetched.responseEnd;
  go.run(instance); // runs main() until it parks in select{}; errlensDecode is now set
  marks["go-started"] = at();
  for (const name of ["go-main", "catalog-read"]) { // set by wasm/main.go
    const e = performance.getEntriesByName("errlens:" + name)[0];
    if (e) marks[name] = performance.timeOrigin + e.startTime;
  }
  if (typeof globalThis.errlensDecode !== "function") {
    postMessage({ type: "error", message: "the decoder did not start" });
    return;
  }
  ready = true;
  postMessage({ type: "ready", marks });
  while (queue.length) answer(queue.shift());
})().catch((err) => postMessage({ type: "error", message: String(err && err.message || err) }));
