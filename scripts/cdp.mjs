// A bare DevTools-protocol client over --remote-debugging-pipe, for timing page loads.
//
// Playwright attaches to every worker as it starts and holds it paused until its Node side
// has answered (Target.setAutoAttach with waitForDebuggerOnStart), which adds a round trip
// through Node to the very path being timed: the decoder worker's start. This client
// attaches to nothing by itself; it opens tabs, then reads each page's timeline when done.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARGS } from "./lib.mjs";

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// startChromium runs Chromium headless with a new profile; url, if given, is opened by the
// browser itself at start-up (a first visit, process start-up and all).
export function startChromium(url) {
  const profile = mkdtempSync(join(tmpdir(), "errlens-cdp-"));
  const proc = spawn(CHROMIUM, [...ARGS, "--remote-debugging-pipe", "--user-data-dir=" + profile,
    "--window-size=1200,900", url || "about:blank"], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
  const toBrowser = proc.stdio[3], fromBrowser = proc.stdio[4];
  const pending = new Map();
  const listeners = new Map(); // event method -> callbacks
  let next = 0, buf = "";
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (d) => {
    buf += d;
    for (let i; (i = buf.indexOf("\0")) >= 0; buf = buf.slice(i + 1)) {
      const msg = JSON.parse(buf.slice(0, i));
      const p = pending.get(msg.id);
      if (!p) {
        for (const f of listeners.get(msg.method) || []) f(msg.params, msg.sessionId);
        continue;
      }
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    }
  });
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, { resolve, reject });
    toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
  });
  const close = async () => {
    await send("Browser.close").catch(() => {});
    await new Promise((r) => proc.exitCode !== null ? r() : proc.once("exit", r));
    rmSync(profile, { recursive: true, force: true });
  };
  const on = (method, f) => listeners.set(method, [...(listeners.get(method) || []), f]);
  return { send, on, close };
}

// evaluate runs expression in the page's main world and returns its value.
export async function evaluate(cdp, sessionId, expression) {
  const r = await cdp.send("Runtime.evaluate", { expression, returnByValue: true }, sessionId);
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
  return r.result.value;
}

// waitFor polls expression in the page every 20 ms until it is truthy; returns its value.
export async function waitFor(cdp, sessionId, expression, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await evaluate(cdp, sessionId, expression).catch(() => null); // mid-navigation
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting for " + expression);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// attach returns a session for the tab targetId, or for the first tab whose URL starts with
// prefix once it exists.
export async function attach(cdp, { targetId, prefix }) {
  while (!targetId) {
    const { targetInfos } = await cdp.send("Target.getTargets");
    targetId = targetInfos.find((t) => t.type === "page" && t.url.startsWith(prefix))?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 20));
  }
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: true });
  return { targetId, sessionId };
}
