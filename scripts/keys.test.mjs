// Every key format the catalog knows is masked in share links (site/static/mask.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { maskSecrets } from "../site/static/mask.js";
import { catalogKeys, OTHER_SECRETS, BODY } from "./keys.mjs";

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
      const m = maskSecrets(text);
      assert.ok(!m.text.includes(BODY.slice(0, 8)), provider + " " + prefix + ": not masked in " + JSON.stringify(m.text));
      assert.ok(m.count >= 1, provider + ": count");
    }
    assert.equal(maskSecrets(key).text, prefix + "****", provider + ": the prefix stays");
  }
});

test("AWS ids, tokens, key headers and key parameters are masked", () => {
  for (const s of OTHER_SECRETS) {
    const m = maskSecrets(s.text);
    assert.ok(!m.text.includes(s.secret), s.name + ": " + m.text);
    assert.equal(m.count, 1, s.name);
  }
});

// Bedrock API keys are base64 after their prefix: + / = must not stop the mask half-way.
test("base64 key bodies are masked whole", () => {
  const m = maskSecrets("ABSKQmVkcm9ja0FQSUtleS1+Zm9vYmFy/YmF6cXV4=");
  assert.equal(m.text, "ABSK****");
});
