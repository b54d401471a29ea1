package decoder

import "strings"

// Logs collected from containers and services put a prefix before every line: docker
// compose's `api-1  | `, kubectl logs --prefix's `[pod/api-7d9f/api] `, journald's
// `Dec 06 10:04:05 host app[123]: `. Inside the prefix a JSON body or a traceback no
// longer parses, so normalize blanks the prefixes (offsets are kept) when most lines carry
// one; a single line is blanked only when its prefix is compose's numbered service name.

// blankLogPrefixes returns s with the log prefix of each line replaced by spaces, when at
// least two lines and most of them (blank lines and markdown fences aside) start with one. A line's indentation is part of its
// prefix, and a log collected twice (compose's `api-1  | ` before pm2's `0|app | `) has its
// prefixes blanked a layer at a time, each layer by the same rule: a log pasted indented, or
// inside another one, reads as the log itself. Not inlined: normalize calls it twice, and
// each copy of its loop was some 290 wasm instructions.
//
//go:noinline
func blankLogPrefixes(s string) string {
	for range 3 {
		t := blankPrefixLayer(s)
		if t == s {
			break
		}
		s = t
	}
	return s
}

// blankPrefixLayer blanks one layer of prefixes: each line's first after its indentation.
func blankPrefixLayer(s string) string {
	if !prefixAhead(s) {
		return s // none of the first lines has one: not a prefixed log (and no pass over s)
	}
	lines, prefixed := 0, 0
	for rest := s; rest != ""; {
		line := lineAt(rest)
		rest = rest[min(len(line)+1, len(rest)):]
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "```") {
			continue // a blank line or a markdown fence is none of the log's
		}
		lines++
		if linePrefixLen(line) > 0 {
			prefixed++
		}
	}
	// One prefixed line is blanked only when its prefix is compose's own `service-1 | `.
	if prefixed*5 < lines*3 || prefixed < 2 && !composeNumbered(lineAt(s)) {
		return s
	}
	b := []byte(s)
	for at := 0; at < len(s); {
		line := lineAt(s[at:])
		for i := range linePrefixLen(line) {
			b[at+i] = ' '
		}
		at += len(line) + 1
	}
	return string(b)
}

// prefixAhead reports whether one of the first three lines that are not blank starts with a
// log prefix: a markdown fence or a line the app logged around the log may come first.
func prefixAhead(s string) bool {
	for n := 0; n < 3 && s != ""; {
		line := lineAt(s)
		s = s[min(len(line)+1, len(s)):]
		if strings.TrimSpace(line) == "" {
			continue
		}
		if linePrefixLen(line) > 0 {
			return true
		}
		n++
	}
	return false
}

// linePrefixLen returns how much of line its log prefix takes with the indentation before
// it; 0 if it has none.
func linePrefixLen(line string) int {
	i := skipSpaces(line, 0)
	if n := logPrefixLen(line[i:]); n > 0 {
		return i + n
	}
	return 0
}

// logPrefixLen returns the length of the log prefix line starts with, 0 if none.
func logPrefixLen(line string) int {
	if n := composePrefix(line); n > 0 {
		return n
	}
	if n := pm2Prefix(line); n > 0 {
		return n
	}
	if n := kubectlPrefix(line); n > 0 {
		return n
	}
	return hclogPrefix(line) // hclogprefix.go
}

// pm2Prefix reads pm2 logs' `0|api  | `: the process id and a bar, then compose's form.
func pm2Prefix(line string) int {
	i := 0
	for i < len(line) && isDigit(line[i]) {
		i++
	}
	if i == 0 || i >= len(line) || line[i] != '|' {
		return 0
	}
	if n := composePrefix(line[i+1:]); n > 0 {
		return i + 1 + n
	}
	return 0
}

// composePrefix reads docker compose's `name-1  | ` (a service name, padding, a bar).
func composePrefix(line string) int {
	i := 0
	for i < len(line) && (isLetter(line[i]) || isDigit(line[i]) || line[i] == '-' || line[i] == '_' || line[i] == '.') {
		i++
	}
	if i == 0 {
		return 0
	}
	j := i
	for j < len(line) && line[j] == ' ' {
		j++
	}
	if j == i || j >= len(line) || line[j] != '|' {
		return 0 // compose pads the name with at least one space before the bar
	}
	j++
	if j < len(line) && line[j] == ' ' {
		j++
	}
	return j
}

// composeNumbered reports whether line starts with compose's `service-N` name before the
// bar, which a line of prose does not.
func composeNumbered(line string) bool {
	line = line[skipSpaces(line, 0):]
	n := composePrefix(line)
	if n == 0 {
		return false
	}
	name, _, _ := strings.Cut(line[:n], " ")
	dash := strings.LastIndexByte(name, '-')
	return dash > 0 && dash < len(name)-1 && isAllDigits(name[dash+1:])
}

// kubectlPrefix reads kubectl logs --prefix's `[pod/name/container] `.
func kubectlPrefix(line string) int {
	if !strings.HasPrefix(line, "[pod/") {
		return 0
	}
	end := strings.IndexByte(line, ']')
	if end < 0 || strings.Count(line[:end], "/") != 2 {
		return 0
	}
	if end+1 < len(line) && line[end+1] == ' ' {
		return end + 2
	}
	return end + 1
}
