package decoder

import "strings"

// Some clients close an error's message with its code in parentheses: VS Code's Copilot
// Chat prints the Copilot API's "Sorry, you've exceeded your 5 hour session limits. Please
// retry after 2733 seconds. (user_global_rate_limited:pro)". The code may carry the
// caller's plan after a colon; the plan narrows who hit the limit, not what the limit is,
// so the code matches its base code (codeBase) and is reported as written.

// MiniMax closes its messages the same way with its numeric business code: "insufficient
// balance (1008)", "invalid params, invalid chat setting (2013)" (its OpenAI- and
// Anthropic-compatible endpoints put base_resp's status_msg and status_code in one message,
// https://platform.minimax.io/docs/api-reference/errorcode). A number of four digits or
// more is read as such a code where the paste carries the words of a provider's entry
// documenting it: a bare "(1008)" may be anything, "insufficient balance (1008)" is MiniMax's 1008.
// Shorter numbers are counts or statuses.

// A log line names the code the same way after the words that describe it, and goes on
// with what the program does next: "model capacity exhausted (MODEL_CAPACITY_EXHAUSTED),
// retrying in 15s", "限流 (RATE_LIMIT_EXCEEDED)，15秒后重试". A named code so placed, its
// clause closed by a comma, semicolon or colon (or their full-width forms), is read as
// well; a business number only where it ends the line, as a bare number mid-line is more
// often a count than a code.

// readParenCodes reads the first "(code)" that ends a line or a quoted message, where the
// code (its base, the part before a plan suffix) is snake_case or a business number, and
// some catalog documents it, or a named code that closes a clause (closesClause): a
// parenthesis closing a line otherwise holds prose ("(see docs)") or a count ("(attempt
// 3/10)").
func (s *signals) readParenCodes(text string, eng *engine) {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ')')
		if j < 0 {
			return
		}
		end := i + j
		i = end + 1
		lineEnd := endsLine(text[i:])
		if !lineEnd && !closesClause(text[i:]) {
			continue
		}
		open := strings.LastIndexByte(text[max(0, end-80):end], '(')
		if open < 0 {
			continue
		}
		o := max(0, end-80) + open
		tok := text[o+1 : end]
		if code, ok := clientStatusCode(text[:o], tok); ok && lineEnd {
			s.addCode(code, rankCode-1, "the code after \"HTTP "+text[o-4:o-1]+"\" as the .NET OpenAI client prints it")
			return
		}
		if lineEnd && isAllDigits(tok) && len(tok) >= 4 && eng.wordedCode(s.hits, tok) || snakeCode(tok) && len(eng.byKey[normCode(tok)]) > 0 {
			how := ") closing the message"
			if !lineEnd {
				how = ") after the words it names"
			}
			s.addCode(tok, rankCode-1, "the code ("+tok+how)
			return
		}
	}
}

// clientStatusCode reads the code the OpenAI and Azure .NET clients put in parentheses
// after the status in their exception's first line: "HTTP 429 (insufficient_quota:
// insufficient_quota)", the error's type and code (openai/openai-dotnet
// src/Custom/OpenAIError.cs, ToExceptionMessage: "HTTP " + status + " (" + kind + ": " +
// code + ")"), or the code alone, "HTTP 401 (PermissionDenied)" (the Azure AI clients'
// ToExceptionMessage, azure-sdk-for-net). before is the text before the parenthesis. A
// reason phrase there ("HTTP 401 (Unauthorized)") or a number is no code.
func clientStatusCode(before, tok string) (string, bool) {
	n := len(before)
	if n < 9 || before[n-1] != ' ' || !isAllDigits(before[n-4:n-1]) || !strings.HasSuffix(before[:n-4], "HTTP ") {
		return "", false
	}
	if i := strings.LastIndex(tok, ": "); i >= 0 {
		tok = tok[i+2:]
	}
	// Azure's API Management answers its rate limit with the status as its code: "HTTP 429
	// (429)" repeats the status.
	if !isIdentifier(tok) || strings.ContainsAny(tok, ":/#") || isAllDigits(tok) {
		return "", false
	}
	for _, p := range reasonPhrases {
		if strings.EqualFold(p, tok) {
			return "", false
		}
	}
	return tok, true
}

// snakeCode reports whether tok has a named code's shape: its base snake_case.
func snakeCode(tok string) bool {
	return strings.IndexByte(codeBase(tok), '_') > 0 && isIdentifier(tok)
}

// wordedCode reports whether one of the paste's catalog phrases is a provider entry's
// whose code is code. The general layers' numbers are printed in their systems' own forms
// ("ERROR 2013 (HY000): Lost connection", "Error 1015"), not closing a message. Not
// inlined: the readers of bracketed and parenthesised codes held a copy each.
//
//go:noinline
func (e *engine) wordedCode(hits []litHit, code string) bool {
	for _, h := range hits {
		if l := &e.info[h.id]; l.entry >= 0 && e.files[l.file].Kind == KindProvider && e.files[l.file].Errors[l.entry].Code == code {
			return true
		}
	}
	return false
}

// closesClause reports whether rest, what follows a closing parenthesis, starts with the
// punctuation that ends a clause: a comma, semicolon or colon, ASCII or full-width (Chinese
// and Japanese logs: "，", "；", "：").
func closesClause(rest string) bool {
	if rest == "" {
		return false
	}
	switch rest[0] {
	case ',', ';', ':':
		return true
	}
	return strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, "；") || strings.HasPrefix(rest, "：")
}

// endsLine reports whether rest, what follows a closing parenthesis, ends its line or the
// quoted message it closes: only a full stop or spaces before the line break, the end or
// a quote.
func endsLine(rest string) bool {
	for k := 0; k < len(rest); k++ {
		switch rest[k] {
		case '\n', '\r', '"', '\'':
			return true
		case '\\': // a line break written as an escape, in a quoted or logged message
			return k+1 < len(rest) && (rest[k+1] == 'n' || rest[k+1] == 'r')
		case '.', ' ', '\t':
		default:
			return false
		}
	}
	return true
}
