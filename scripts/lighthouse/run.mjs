// make lighthouse: Lighthouse's four scores (performance, accessibility, best practices,
// SEO) for the front page and a reference page, as a phone (Lighthouse's default: a Moto G
// Power on a throttled 4G, simulated) and on a desktop, in Debian's Chromium with the flags
// of lib.mjs, against the built site on the test server. Everything stays on this machine.
// Exits 1 when any score is under 100, listing the audits that cost points.
import lighthouse from "lighthouse";
import desktop from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import { startServer, waitQuiet, ARGS } from "../lib.mjs";

const PAGES = ["", "providers/gemini/"];
const CONFIGS = [["phone", undefined], ["desktop", desktop]];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ARGS,
});
let failed = false;
try {
  for (const path of PAGES) {
    for (const [form, config] of CONFIGS) {
      const url = server.url + path;
      // Lighthouse scales what it observes to a phone's CPU: another job's burst on this
      // machine shows up as blocking time. Wait for quiet; say so when it never came.
      const quiet = await waitQuiet(60000);
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES }, config);
      const scores = CATEGORIES.map((c) => c + " " + Math.round(lhr.categories[c].score * 100));
      console.log(`${url} (${form}): ${scores.join(", ")}${quiet ? "" : " (the machine was busy throughout)"}`);
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c].auditRefs) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${c}: ${a.id} ${a.score} ${a.displayValue || ""} ${a.title}`);
        }
        if (lhr.categories[c].score < 1) failed = true;
      }
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
process.exit(failed ? 1 : 0);
