// Unit tests for share-link masking (site/static/mask.js), run by Node directly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { maskSecrets } from "../site/static/mask.js";

const cases = [
  ["sk-ant-api03-XXXX", "sk-ant-api03-****"],
  ["Authorization: Bearer sk-ant-api03-abcdEFGH", "Authorization: Bearer sk-ant-api03-****"],
  ["key=sk-proj-abc123DEF and sk-abcdefghijklmnop", "key=sk-proj-**** and sk-****"],
  ["csk-abcd1234efgh", "csk-****"],
  ["?key=AIzaSyAbc123456789", "?key=AIza****"],
  ["sk-or-v1-0123456789abcdef", "sk-or-v1-****"],
  ["gsk_abcd1234 hf_abcdefghijk r8_abcdefghijk xai-abcdefghijk pplx-abcd fw_abcdefghijk sk-op-abcd pk_live_abcd",
    "gsk_**** hf_**** r8_**** xai-**** pplx-**** fw_**** sk-op-**** pk_live_****"],
  ["AKIAIOSFODNN7EXAMPLE ASIAIOSFODNN7EXAMPL", "AKIA**** ASIA****"],
  ["Authorization: Bearer eyJhbGciOi.J9.abc", "Authorization: Bearer ****"],
  ["x-api-key: 0123456789abcdef", "x-api-key: ****"],
  ["api-key: 0123456789abcdef", "api-key: ****"],
  ["api_key=abcdef123&x=1", "api_key=****&x=1"],
  ["{'api_key': 'secret123'}", "{'api_key': '****'}"],
];

test("masks every key format the share link must not carry", () => {
  for (const [input, want] of cases) assert.equal(maskSecrets(input).text, want, input);
});

test("counts masked secrets once each", () => {
  assert.equal(maskSecrets("Bearer sk-ant-api03-XXXX and csk-abcdefgh").count, 2);
  assert.equal(maskSecrets("no secrets here").count, 0);
});

test("leaves ordinary words and already-redacted keys alone", () => {
  for (const s of ["task-manager", "sk-learn", "risk-free", "Incorrect API key provided: sk-abc123*************wxyz."]) {
    assert.equal(maskSecrets(s).text, s);
  }
});
