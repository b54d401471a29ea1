// Sample secrets for the masking tests, taken from the decoder's catalog: every signal of
// kind "key" (a provider's key prefix) becomes a realistic key, so a provider added to
// decoder/catalog/ has its key format tested by share-link masking without a line here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const CATALOG = new URL("../decoder/catalog/", import.meta.url).pathname;

// The body of every sample: long, mixed case and digits, and a marker the tests look for.
export const BODY = "Zq7SECRETx9Lm2Np4Qr6St8Uv0Wy1Ab3Cd5";

// Key formats whose real keys are longer than BODY: the masking rule for them asks for a real
// key's length (GitHub's fine-grained token is github_pat_, 22 characters, _, 59 characters).
const LENGTH = { "github_pat_": 82 };

// sampleKey is prefix, BODY, and letters and digits to the format's length.
function sampleKey(prefix) {
  let body = BODY;
  for (let i = 0; body.length < (LENGTH[prefix] || 0); i++) body += "Ab3".charAt(i % 3) + (i % 10);
  return prefix + body.slice(0, Math.max(BODY.length, LENGTH[prefix] || 0));
}

// catalogKeys lists {provider, prefix, key} for every key signal in the catalog.
export function catalogKeys() {
  const out = [];
  for (const f of readdirSync(CATALOG).filter((f) => f.endsWith(".json")).sort()) {
    const c = JSON.parse(readFileSync(join(CATALOG, f), "utf8"));
    for (const s of c.signals || []) {
      if (s.kind === "key") out.push({ provider: c.slug, prefix: s.text, key: sampleKey(s.text) });
    }
  }
  return out;
}

// Secrets that are not a prefix in the catalog: AWS ids, tokens and keys by their place.
export const OTHER_SECRETS = [
  { name: "AWS access key id", text: "AKIA" + "Z7SECRETQ2LM4NP6", secret: "Z7SECRETQ2LM4NP6" },
  { name: "AWS temporary key id", text: "ASIA" + "Z7SECRETQ2LM4NP6", secret: "Z7SECRETQ2LM4NP6" },
  { name: "Bearer token", text: "Authorization: Bearer eyJSECRETbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", secret: "eyJSECRET" },
  { name: "x-api-key header", text: "x-api-key: 0f3SECRETa9b8c7d6e5", secret: "0f3SECRET" },
  { name: "api-key header (Azure)", text: "api-key: 0f3SECRETa9b8c7d6e5", secret: "0f3SECRET" },
  { name: "x-goog-api-key header", text: "x-goog-api-key: 0f3SECRETa9b8c7d6e5", secret: "0f3SECRET" },
  { name: "api_key= query parameter", text: "POST /v1/chat?api_key=0f3SECRETa9b8c7d6e5&stream=true", secret: "0f3SECRET" },
  { name: "key= query parameter", text: "GET https://example.invalid/v1beta/models?key=0f3SECRETa9b8c7d6e5", secret: "0f3SECRET" },
  { name: "api_key in a dict repr", text: "{'api_key': '0f3SECRETa9b8c7d6e5'}", secret: "0f3SECRET" },
];
