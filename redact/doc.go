// Package redact masks secrets and personal data in a pasted error, so the paste can be
// posted where others read it: a share link, an issue tracker, a chat.
//
//	masked, items := redact.Text(paste)
//
// Every masked value becomes "****". What the decoder reads as evidence stays: a key's known
// prefix (sk-proj-, csk-, AIza), hosts, paths, statuses, error codes, model names and request
// ids. Each Item says what was masked in words for the user ("AWS secret key", "password in
// URL"), shows its first, harmless characters ("sk-proj-…") and where it was in the input.
//
// The rules are data (rules.go), read by one engine; each carries examples that must be
// masked and examples that must be left alone, and a test checks every rule against its
// own. Four families of rules:
//
//   - known formats: a prefix and a character set (provider keys, GitHub and GitLab tokens,
//     AWS, Google, Stripe, Slack), and shapes that need a few lines of code (JWTs, PEM
//     private keys, Zhipu's id.secret keys, webhook URLs);
//   - by place: whatever value follows a name that says secret (OPENAI_API_KEY=, "password":,
//     Authorization:, Cookie:, curl -u, user:pass@host) in the syntaxes people paste;
//   - by shape: a long, high-entropy token right after a secret-sounding word;
//   - personal data: email addresses.
//
// The package uses no regular expressions: the matchers are a few small scanners, which keep
// the WebAssembly build small and every match linear in the input.
package redact
