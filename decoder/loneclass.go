package decoder

import "strings"

// loneClass reads an exception class printed alone on its line, its message on the lines
// after it: PHP's collision renderer (Laravel, Pest) writes
//
//	OpenAI\Exceptions\RateLimitException
//
//	Request rate limit has been exceeded.
//
// and a Java or .NET log often prints the class on a line of its own before its message.
// Only a word that is a class by its own form counts (an exception suffix, or a lowercase
// module path), so a line holding one word of prose is not taken for one; a PHP namespace's
// backslashes separate the module as dots do.
func loneClass(line string, base int) (exception, bool) {
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	tok := strings.TrimRight(line[lead:], " \t\r")
	if len(tok) < 8 || strings.ContainsAny(tok, " \t:()[]{}\"'`<>,;=/") {
		return exception{}, false
	}
	tok = strings.TrimPrefix(tok, `\`)
	if strings.Contains(tok, `\`) {
		tok = strings.ReplaceAll(tok, `\`, ".")
	}
	e, ok := splitClass(scopeAsDots(tok))
	if !ok || genericExceptionNames[e.name] {
		return exception{}, false
	}
	e.pos = base + lead
	return e, true
}

// loneOr returns found, or when the line at off holds none, the class it holds alone with
// the message below it. Only a line that opens the paste or a block counts: a class alone
// after a line of text is that line's wrapped tail (PowerShell's "...,\nWebException").
func loneOr(found []exception, text, line string, off int) []exception {
	if len(found) > 0 || !opensBlock(text, off) {
		return found
	}
	e, ok := loneClass(line, off)
	if !ok {
		return found
	}
	e.message = messageBelow(text, off+len(line))
	return append(found, e)
}

// opensBlock reports whether the line at off is the text's first or follows a blank one.
func opensBlock(text string, off int) bool {
	if off == 0 {
		return true
	}
	prev := strings.LastIndexByte(text[:off-1], '\n')
	return strings.TrimSpace(text[prev+1:off-1]) == ""
}

// messageBelow returns the first line after text[end] that holds words, the message a
// class printed alone on its line (at end) is followed by; "" when a frame or another
// class comes first.
func messageBelow(text string, end int) string {
	for end < len(text) {
		next := strings.IndexByte(text[end+1:], '\n')
		stop := len(text)
		if next >= 0 {
			stop = end + 1 + next
		}
		line := strings.TrimSpace(text[min(end+1, len(text)):stop])
		end = stop
		if line == "" {
			continue
		}
		if isFrameLine(line) {
			return ""
		}
		if _, ok := loneClass(line, 0); ok {
			return ""
		}
		return cleanMessage(line)
	}
	return ""
}
