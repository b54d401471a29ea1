// Every key format the catalog knows is masked in share links: the page masks with the wasm's
// errlensRedact (Go package redact), run here in Node from the built public/errlens.wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { catalogKeys, OTHER_SECRETS, BODY } from "./keys.mjs";
import { loadWasm } from "./wasm.mjs";

const { redact } = await loadWasm();

test("the catalog lists key prefixes for many providers", () => {
  const keys = catalogKeys();
  assert.ok(keys.length >= 15, keys.length + " key signals");
});

// Each key in the places people paste it: bare, in the SDK's error wording, in a header,
// in JSON, and at the end of a line. The prefix stays (the decoder uses it), the rest goes.
test("every catalog key signal is masked wherever the key appears", () => {
  for (const { provider, prefix, key } of catalogKeys()) {
    for (const text of [key, "Incorrect API key provided: " + key + ".", "Authorization: Bearer " + key,
      '{"api_key":"' + key + '"}', "export KEY=" + key + "\n"]) {
      const m = redact(text);
      assert.ok(!m.text.includes(BODY.slice(0, 8)), provider + " " + prefix + ": not masked in " + JSON.stringify(m.text));
      assert.equal(m.masked.length, 1, provider + ": one item");
      assert.ok(m.masked[0].preview.startsWith(prefix), provider + ": preview " + m.masked[0].preview);
    }
    assert.equal(redact(key).text, prefix + "****", provider + ": the prefix stays");
  }
});

test("AWS ids, tokens, key headers and key parameters are masked", () => {
  for (const s of OTHER_SECRETS) {
    const m = redact(s.text);
    assert.ok(!m.text.includes(s.secret), s.name + ": " + m.text);
    assert.equal(m.masked.length, 1, s.name);
  }
});

// Bedrock API keys are base64 after their prefix: + / = must not stop the mask half-way.
test("base64 key bodies are masked whole", () => {
  assert.equal(redact("ABSKQmVkcm9ja0FQSUtleS1+Zm9vYmFy/YmF6cXV4=").text, "ABSK****");
});

// Start and end are JS string indices of the input, across characters outside the BMP.
test("positions are JS string indices", () => {
  const text = "🙂 é\nDB_PASSWORD=Tr0ub4dor&3 🙂";
  const m = redact(text);
  assert.equal(m.masked.length, 1);
  assert.equal(text.slice(m.masked[0].start, m.masked[0].end), "Tr0ub4dor&3");
  assert.equal(m.masked[0].kind, "password");
});
