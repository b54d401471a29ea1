// Share links in headless Chromium: every secret sample in redact/testdata/samples/ (realistic
// error pastes, each carrying secrets marked ⟦ ⟧) is pasted into the page, the page's own
// Share button makes the link, and no secret may appear in it, encoded or not. The same
// files are the Go tests' (redact/samples_test.go): one implementation, tested on both sides.
import { before, after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, launch, openReady, decode, shareLink } from "./lib.mjs";

const DIR = new URL("../redact/testdata/samples/", import.meta.url).pathname;

// samples reads every paste: its text without marks, and the secrets the marks held.
function samples() {
  const out = [];
  for (const f of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
    const pastes = readFileSync(join(DIR, f), "utf8").replace(/\n$/, "").split("\n=====\n");
    pastes.forEach((p, i) => {
      const secrets = [...p.matchAll(/⟦([^⟧]*)⟧/g)].map((m) => m[1]);
      out.push({ name: f.replace(/\.txt$/, "") + "/" + (i + 1), text: p.replace(/[⟦⟧]/g, ""), secrets });
    });
  }
  return out;
}

let server, browser, page;

describe("share links carry no secret", () => {
  before(async () => {
    server = await startServer();
    browser = await launch();
    page = await browser.ctx.newPage();
    await openReady(page, server.url);
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  test("every secret sample is masked in the link the page makes, and listed", async () => {
    const all = samples();
    assert.ok(all.length >= 150, all.length + " samples");
    for (const s of all) {
      assert.ok(s.secrets.length > 0, s.name + " marks no secret");
      await decode(page, s.text);
      const { link, masked } = await shareLink(page);
      const plain = decodeURIComponent(new URL(link).hash);
      for (const secret of s.secrets) {
        assert.ok(!link.includes(secret) && !plain.includes(secret), s.name + ": " + JSON.stringify(secret) + " in the link");
      }
      assert.ok(masked.length >= s.secrets.length, s.name + ": listed " + masked.length + " of " + s.secrets.length);
    }
  });
});
