// Reference pages on any screen, and every page reachable and styled, in headless Chromium.
// Screenshots go to SCREENS (the phone page, a wide table, the 404 page at depth).
import { before, after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startServer, launch } from "./lib.mjs";

const SCREENS = process.env.SCREENS || join(tmpdir(), "errlens-screens");

let server;

async function withPage(viewport, fn) {
  const b = await launch({ viewport });
  try {
    const page = b.ctx.pages()[0] || await b.ctx.newPage();
    await fn(page);
  } finally {
    await b.close();
  }
}

// sideways is how many CSS pixels the page is wider than the screen.
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("reference pages and the 404 page", () => {
  before(async () => {
    server = await startServer();
  });

  after(() => server?.stop());

  test("on a 360 px phone the linked row reads whole, with no sideways scrolling", async () => {
    await withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(server.url + "providers/gemini/#resource-exhausted");
      const row = page.locator("tr:target");
      assert.equal(await row.count(), 1);
      assert.equal(await sideways(page), 0);
      const box = await row.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
      for (const cell of await row.locator("td").all()) {
        const b = await cell.boundingBox();
        assert.ok(b.x >= 0 && b.x + b.width <= 360 + 0.5, "a cell past the screen: " + JSON.stringify(b));
      }
      const text = await row.textContent();
      for (const want of ["RESOURCE_EXHAUSTED", "429"]) assert.ok(text.includes(want), want);
      const labels = await row.locator("td").evaluateAll((tds) => tds.map((td) => getComputedStyle(td, "::before").content));
      for (const want of ["Status", "Code", "Verdict", "Source"]) assert.ok(labels.includes(`"${want}: "`), want + " label in " + labels.join(" "));
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENS, "phone-reference.png") });
    });
  });

  test("rows that share a status and code say what tells them apart, from the catalog, readable at 360 px", async () => {
    const catalog = JSON.parse(readFileSync(new URL("../decoder/catalog/gemini.json", import.meta.url), "utf8"));
    const shared = catalog.errors.filter((e) => e.status === 429 && e.code === "RESOURCE_EXHAUSTED");
    assert.ok(shared.length >= 4, "Gemini's 429 RESOURCE_EXHAUSTED rows");
    await withPage({ width: 360, height: 740 }, async (page) => {
      await page.goto(server.url + "providers/gemini/#quota-per-day");
      const says = [];
      for (const e of shared) {
        const apart = page.locator(`tr[id="${e.id}"] [data-testid="apart"]`);
        assert.equal(await apart.count(), 1, e.id);
        const text = (await apart.textContent()).replace(/\s+/g, " ");
        assert.match(text, /4 other rows share 429 RESOURCE_EXHAUSTED|none of the cues of the 4 other rows/, e.id);
        // The cue shown is the catalog's own: its first phrase, or, with none, the fallback.
        if (e.phrases?.length) assert.ok(text.includes(e.phrases[0]), e.id + ": " + text);
        else assert.match(text, /none of the cues/, e.id);
        says.push(text);
      }
      assert.equal(new Set(says).size, says.length, "each row says something different");
      assert.equal(await sideways(page), 0);
      await page.locator("tr:target").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENS, "phone-reference-apart.png") });
    });
  });

  test("at 1280 px no errors table is wider than its column", async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      for (const slug of ["gemini", "vertex-ai", "bedrock", "openai", "grpc"]) {
        await page.goto(server.url + "providers/" + slug + "/");
        const over = await page.evaluate(() => [...document.querySelectorAll(".table-wrap")]
          .map((w) => w.scrollWidth - w.clientWidth).filter((d) => d > 1));
        assert.deepEqual(over, [], slug + ": tables wider than the column");
        assert.equal(await sideways(page), 0, slug);
        if (slug === "vertex-ai") {
          await page.evaluate(() => document.getElementById("errors").scrollIntoView());
          await page.screenshot({ path: join(SCREENS, "wide-vertex-ai.png") });
        }
      }
    });
  });

  test("provider introductions show no literal markdown", async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      for (const slug of ["grpc", "gemini", "openai", "langchain"]) {
        await page.goto(server.url + "providers/" + slug + "/");
        const prose = await page.locator("main .prose").allTextContents();
        assert.ok(!prose.join("\n").includes("`"), slug + ": a backtick in " + prose.join("\n").slice(0, 300));
      }
      await page.goto(server.url + "providers/");
      assert.ok(!(await page.textContent("main ul.cards")).includes("`"), "providers index");
    });
  });

  test("the front page links to the Go and CLI page", async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      await page.goto(server.url);
      await page.click('nav a[href$="go-and-cli/"]');
      await page.waitForURL(/\/go-and-cli\/$/);
      assert.match(await page.textContent("h1"), /command line|CLI|Go/i);
    });
  });

  test("the 404 page is styled at any depth and its links work", async () => {
    await withPage({ width: 360, height: 740 }, async (page) => {
      const res = await page.goto(server.url + "providers/nope/deeper/still/");
      assert.equal(res.status(), 404);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("header.site nav")).display), "flex", "style.css applied");
      const links = await page.locator("main a, header a:not(.skip)").evaluateAll((as) => as.map((a) => a.href));
      assert.ok(links.length >= 5);
      for (const href of links) {
        const status = await page.evaluate((u) => fetch(u).then((r) => r.status), href);
        assert.equal(status, 200, href);
      }
      await page.screenshot({ path: join(SCREENS, "404-deep.png") });
    });
  });
});
