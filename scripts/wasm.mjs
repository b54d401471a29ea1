// loadWasm runs the built errlens.wasm in Node with Go's wasm_exec.js, as the worker runs it
// in the browser, and returns the globals it installs (see wasm/main.go).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PUBLIC = process.env.PUBLIC || new URL("../public", import.meta.url).pathname;

let loaded = null;

export async function loadWasm(dir = PUBLIC) {
  if (loaded) return loaded;
  // wasm_exec.js is a classic script that defines globalThis.Go: run it in the global scope.
  (0, eval)(readFileSync(join(dir, "wasm_exec.js"), "utf8"));
  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiate(readFileSync(join(dir, "errlens.wasm")), go.importObject);
  go.run(instance); // runs main() until it parks; the globals are set by then
  loaded = { decode: globalThis.errlensDecode, redact: globalThis.errlensRedact };
  return loaded;
}
