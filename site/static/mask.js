// Secret masking for share links. A pasted error often carries the key that made the call;
// a link that carries the paste must not carry the key. Masking keeps each key's prefix
// (csk-, sk-ant-, AIza...) because the prefix is evidence the decoder uses, and replaces the
// rest with "****".

const MASK = "****";

// Key formats by prefix, most specific first so "sk-ant-api03-" wins over "sk-". The body
// lengths are lower bounds that skip ordinary words ("sk-learn") but catch short test keys.
const KEY_PREFIXES = [
  ["sk-ant-api\\d\\d-", 4], ["sk-ant-admin\\d\\d-", 4], ["sk-ant-", 4],
  ["sk-proj-", 4], ["sk-svcacct-", 4], ["sk-admin-", 4], ["sk-gapk-", 4], ["sk-or-v1-", 4], ["sk-or-", 4], ["sk-op-", 4],
  ["sk_live_", 4], ["sk_test_", 4], ["pk_live_", 4], ["rk_live_", 4],
  ["csk-", 4], ["gsk_", 4], ["xai-", 8], ["pplx-", 4], ["fw_", 8], ["hf_", 8], ["r8_", 8],
  ["tgp_v1_", 4], ["AIza", 8], ["sk-", 8],
];

// A secret ends where its character set ends; "(?!...)" stops a match from backing off to
// a shorter one, and skips values already redacted with "*" (OpenAI prints sk-abc1****wxyz).
// A full stop ends a secret only when text does not go on after it: "key: csk-abc." is the
// end of a sentence.
const END = "(?![A-Za-z0-9_~+/=:*-]|\\.[A-Za-z0-9_~+/=:*-])";

const RULES = [
  // API keys by prefix.
  new RegExp("(?<![A-Za-z0-9_-])(" + KEY_PREFIXES.map(([p, n]) => p + "(?=[A-Za-z0-9_-]{" + n + ",})").join("|") + ")[A-Za-z0-9_-]+" + END, "g"),
  // Bedrock API keys: base64 after the prefix, so + / = belong to the key.
  new RegExp("(?<![A-Za-z0-9_-])(ABSK|bedrock-api-key-)(?=[A-Za-z0-9+/=_-]{8,})[A-Za-z0-9+/=_-]+" + END, "g"),
  // AWS access key ids.
  /\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g,
  // Bearer tokens, and other Authorization schemes.
  new RegExp("\\b(Bearer\\s+|Authorization[\"']?\\s*[:=]\\s*[\"']?(?:Basic|Token)\\s+)[A-Za-z0-9._~+/=:-]{4,}" + END, "gi"),
  // Key headers: x-api-key, api-key (Azure), x-goog-api-key, Ocp-Apim-Subscription-Key.
  new RegExp("\\b((?:x-api-key|api-key|x-goog-api-key|ocp-apim-subscription-key|x-amz-security-token)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;}*]{4,}" + END, "gi"),
  // Query strings and key=value log fields.
  new RegExp("((?:\\b(?:api[_-]?key|apikey|access[_-]?token|secret[_-]?key|aws_secret_access_key)|[?&]key)\\s*=\\s*[\"']?)[^\\s&\"',;}*]{4,}" + END, "gi"),
  // JSON and dict fields that hold keys.
  /(["'](?:api[_-]?key|apiKey|access[_-]?token|secret|authorization)["']\s*:\s*["'])[^"'*]{4,}(?=["'])/gi,
];

// maskSecrets returns text with every recognised secret masked, and how many were masked.
export function maskSecrets(text) {
  let count = 0;
  for (const re of RULES) {
    text = text.replace(re, (whole, keep) => {
      if (whole.slice(keep.length).includes("*")) return whole; // masked already
      count++;
      return keep + MASK;
    });
  }
  return { text, count };
}
