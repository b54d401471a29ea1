// Time from navigation to decoder-ready on the front page in headless Chromium: each run a
// fresh browser profile (no cache), served from localhost by the site's own server. The page
// records performance.now() when the worker reports the decoder ready.
//   node scripts/measure.mjs [runs]
import { startServer, launch } from "./lib.mjs";

const runs = Number(process.argv[2] || 7);
const server = await startServer();
const times = [];
for (let i = 0; i < runs; i++) {
  const b = await launch();
  const page = b.ctx.pages()[0] || await b.ctx.newPage();
  await page.goto(server.url);
  await page.waitForSelector("html[data-decoder-ready]", { timeout: 30000 });
  times.push(Number(await page.getAttribute("html", "data-decoder-ready")));
  await b.close();
}
server.stop();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`navigation to decoder-ready, ${runs} runs (ms): ${times.join(" ")}`);
console.log(`median: ${median} ms`);
