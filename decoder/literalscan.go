package decoder

import "strings"

// The literal scan, extraction's first pass over the text: every catalog literal and every
// marker the engine compiled, found in one pass, kept in extraction's buffers.

// scanLiterals finds, in one pass, the first occurrence of every catalog literal and every
// occurrence (up to maxMarkerHits) of the engine's own markers. The lists live in b.
func (e *engine) scanLiterals(text string, b *extractBuffers) ([]litHit, [][]int) {
	seen := b.seenFor(len(e.info))
	marks := b.marksFor(len(markers))
	hits := b.hits[:0]
	bare := 0 // bareFrames(text), read once: 1 yes, -1 no, 0 not yet
	e.lits.scan(text, func(id, start, end int) {
		l := &e.info[id]
		if l.marker >= 0 {
			if n := len(marks[l.marker]); n < maxMarkerHits {
				if n == 0 {
					b.marked = append(b.marked, l.marker)
				}
				marks[l.marker] = append(marks[l.marker], start)
			}
			return
		}
		if seen[id] {
			return
		}
		if l.left && start > 0 && isWordByte(text[start-1]) && !escapeBefore(text, start) {
			return
		}
		if l.right && end < len(text) && isWordByte(text[end]) {
			return
		}
		if !l.scanKind.keeps(e, l, text, start, end, &bare) {
			return
		}
		seen[id] = true
		hits = append(hits, litHit{id, start, end})
	})
	for _, m := range b.marked {
		b.markedSet[uint(m)/64] |= 1 << (uint(m) % 64)
	}
	// Every flag set is a hit's: clearing those leaves the flags ready for the next scan.
	for _, h := range hits {
		seen[h.id] = false
	}
	// A long literal is reported where its prefix ends, before the shorter ones that end
	// inside it; the rest of the decoder reads hits in the order they end. They are nearly
	// in order already, so an insertion sort does a few swaps.
	sortStable(hits, func(a, b litHit) bool { return a.end < b.end })
	b.hits = hits
	return hits, marks
}

// keeps reports whether the match text[start:end] of literal l is the signal its kind
// makes it, by what surrounds it. bare is bareFrames(text), read once: 1 yes, -1 no, 0 not
// yet.
func (k scanKind) keeps(e *engine, l *literal, text string, start, end int, bare *int) bool {
	switch k {
	case scanHost:
		if strings.HasSuffix(l.text, ".") && (end >= len(text) || !isLetter(text[end])) {
			return false // "bedrock." must go on as a host name, not end a sentence
		}
		// A zone ("groq.com") inside a longer host: that host is the signal.
		return !(l.left && start > 1 && text[start-1] == '.' && isWordByte(text[start-2]))
	case scanModule: // "cortex.llamacpp" names a module (the class is LlamaCpp)
		return namesClass(text, end)
	case scanClass:
		return lowerChanges(text[start:end]) || !lowerChanges(l.text)
	case scanPrint: // a tool prints "API Error (" in its case, and no other program's name leads it
		return printedAs(text[start:end], l.text) && !(l.left && namedBefore(text, start))
	case scanTraceback:
		if *bare == 0 {
			*bare = -1
			if bareFrames(text) {
				*bare = 1
			}
		}
		return *bare > 0
	case scanName, scanPackage:
		// "anthropic/claude-3-5-sonnet" is a model id on a router or gateway: it names
		// the model's maker, not the API that answered. A scoped npm package
		// ("@openai/codex/dist/cli.js") is a path, never a model id, and an SDK's install
		// path is the SDK.
		if (k == scanName || l.text[0] != '@') && modelID(text, start, end) && !e.installedSDK(text, start, end, l.file) && !frameMethod(text, start, end) {
			return false
		}
		if k == scanName && afterUpstream(text, start) || pipRequirement(text, start) {
			return false
		}
		return !projectFolder(text, start, end)
	}
	return true
}

// firstCodeWord is the first hit of an entry phrase that spells its entry's code
// (literal.codeWord), as the paste writes it (the scan ignores case), or "".
func (e *engine) firstCodeWord(text string, hits []litHit) string {
	for _, h := range hits {
		if e.info[h.id].codeWord {
			return text[h.pos:h.end]
		}
	}
	return ""
}

// installedSDK reports whether text[start:end] is a whole directory under a package
// directory (a stack frame's "node_modules/@mistralai/mistralai/src/client.js", a
// traceback's "site-packages/groq/_base_client.py") or an R package's (its R/ sources): there the word is the installed SDK,
// not a model id, and it names the API, unless other APIs are called with that SDK too
// (openai's: the catalogs that name it in clients_of).
func (e *engine) installedSDK(text string, start, end, file int) bool {
	head := text[:start]
	// An R package's sources sit in its R/ directory: "gemini.R/R/gemini_chat.R:77:3".
	rSource := strings.HasPrefix(text[end:], "/R/")
	if end >= len(text) || text[end] != '/' || !(rSource || strings.HasSuffix(head, "node_modules/") ||
		strings.HasSuffix(head, "site-packages/") || strings.HasSuffix(head, "dist-packages/")) {
		return false
	}
	for _, f := range e.files {
		if f.SDK.ClientsOf == e.files[file].Slug {
			return false
		}
	}
	return true
}

// modelID reports whether the word at text[start:end] is part of a model id rather than
// a mention of the API: "anthropic/claude-3-5-sonnet" (router), "anthropic.claude-3-7"
// (Bedrock), "mistral-large-latest" (a model served anywhere).
func modelID(text string, start, end int) bool {
	if sourceFile(text, end) {
		return false
	}
	if start > 0 && text[start-1] == '/' {
		return true
	}
	if end+1 < len(text) {
		next, after := text[end], text[end+1]
		switch {
		case next == '/':
			return true
		case next == '.' && after >= 'a' && after <= 'z':
			return true
		case next == '-' && (isLetter(after) || isDigit(after)):
			return true
		}
	}
	return false
}

// sourceFile reports whether the word ending at text[end] is a source file's name in a
// frame, its extension then its line ("lib/llm/providers/openai.rb:33:in", "openai.go:120",
// a Python traceback's `pydantic_ai/models/gemini.py", line 258`): a client's module for
// that API, not a model id.
func sourceFile(text string, end int) bool {
	if end >= len(text) || text[end] != '.' {
		return false
	}
	// The line after the extension first: most dots after a name start a host's next label
	// ("openai.com"), which no extension list needs reading for.
	k := end + 1
	for k < len(text) && k-end <= 4 && isLower(text[k]) {
		k++
	}
	if !(k+1 < len(text) && text[k] == ':' && isDigit(text[k+1])) && !strings.HasPrefix(text[k:], `", line `) {
		return false
	}
	ext := text[end+1 : k]
	for _, e := range sourceExts {
		if ext == e {
			return true
		}
	}
	return false
}

var sourceExts = [...]string{"rb", "py", "go", "php", "java", "kt", "dart", "rs", "cs", "ts", "js"}

// frameMethod reports whether text[start:end] is the class of a JavaScript stack frame's
// method, "    at Replicate.request (/var/task/chunks/205.js:133:19)": the SDK's client
// class, not a model id such as "anthropic.claude-v2".
func frameMethod(text string, start, end int) bool {
	if start < 3 || text[start-3:start] != "at " || end >= len(text) || text[end] != '.' {
		return false
	}
	i := end + 1
	for i < len(text) && isWordByte(text[i]) {
		i++
	}
	return i > end+1 && strings.HasPrefix(text[i:], " (")
}

// namesClass reports whether the dotted path continuing at text[i] ends in a class name
// ("cerebras.cloud.sdk.|RateLimitError"), so a module signal is not taken from a model id
// ("anthropic.|claude-3-sonnet") or a URL. A nested function's qualified name
// ("langchain_google_genai.chat_models._achat_with_retry.<locals>._achat_with_retry", which
// tenacity's "Retrying ... as it raised" log prints) names code of that module as surely.
func namesClass(text string, i int) bool {
	start := i
	for i < len(text) && (isWordByte(text[i]) || text[i] == '.') {
		i++
	}
	if i > start && text[i-1] == '.' && strings.HasPrefix(text[i:], "<locals>.") {
		return true
	}
	path := strings.TrimRight(text[start:i], ".")
	if j := strings.LastIndexByte(path, '.'); j >= 0 {
		path = path[j+1:]
	}
	if i < len(text) && text[i] == '-' {
		return false
	}
	return path != "" && path[0] >= 'A' && path[0] <= 'Z'
}

// seenFor returns the literal-id flags, all false, sized for n literals.
func (b *extractBuffers) seenFor(n int) []bool {
	if len(b.seen) != n {
		b.seen = make([]bool, n)
	}
	return b.seen
}

// marksFor returns one empty position list per marker. Only the lists the last decode
// filled need emptying (marked lists them): a paste shows a few of the markers.
func (b *extractBuffers) marksFor(n int) [][]int {
	if len(b.marks) != n {
		b.marks, b.marked = make([][]int, n), b.marked[:0]
		b.markedSet = make([]uint64, (n+63)/64)
	}
	for _, m := range b.marked {
		b.marks[m] = b.marks[m][:0]
		b.markedSet[uint(m)/64] = 0 // every bit set is a marked marker's
	}
	b.marked = b.marked[:0]
	return b.marks
}

// bareFrames reports whether the text's Python traceback names its files without their
// directories: two frames or more, every one a bare "name.py". The interpreter prints the
// path (absolute for the main script since Python 3.9); a tool that strips them for its
// crash report (aider's, aider/report.py) leaves only the names. Frames of no file
// ("<stdin>", "<frozen runpy>") say nothing either way.
func bareFrames(text string) bool {
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], "File \"")
		if j < 0 {
			return n >= 2
		}
		i += j + len("File \"")
		k := strings.IndexByte(text[i:], '"')
		if k < 0 {
			return n >= 2
		}
		name := text[i : i+k]
		i += k
		switch {
		case strings.HasPrefix(name, "<"):
		case strings.ContainsAny(name, "/\\"):
			return false
		case strings.HasSuffix(name, ".py") && strings.HasPrefix(text[i:], "\", line "):
			n++
		}
	}
}

// pipRequirement reports whether text[start:end], a tool's name or package, names a
// requirement pip's log reports on, not a library that printed the error: after the
// words pip puts before a requirement (from: pypa/pip src/pip/_internal/operations/prepare.py,
// "Collecting %s", "Obtaining dependency information for %s from %s";
// src/pip/_internal/resolution/resolvelib/factory.py, "Could not find a version that
// satisfies the requirement %s", "No matching distribution found for %s"; "Requirement
// already satisfied: %s"). A name in the user's own words ("pip install openai", a
// version list's "openai==1.3.5") still names the SDK in use.
func pipRequirement(text string, start int) bool {
	head := text[max(0, start-40):start]
	for _, w := range pipWords {
		if hasFoldSuffix(head, w) {
			return true
		}
	}
	return false
}

// pipWords are the words pipRequirement reads before a requirement's name.
var pipWords = [...]string{"Collecting ", "Requirement already satisfied: ", "dependency information for ",
	"satisfies the requirement ", "No matching distribution found for "}

// projectFolder reports whether text[start:end] is a folder of a Windows path that is not
// an installed package ("E:\\Work\\CrewAI\\main.py", not "site-packages\\crewai\\agent.py"): the
// user's own project named after a tool, which ran nothing of the tool's by that name.
func projectFolder(text string, start, end int) bool {
	if start == 0 || text[start-1] != '\\' || end >= len(text) || text[end] != '\\' {
		return false
	}
	head := text[:start-1]
	return !hasFoldSuffix(head, "site-packages") && !hasFoldSuffix(head, "dist-packages") && !hasFoldSuffix(head, "node_modules")
}

// namedBefore reports whether a word and one space, or an opening bracket, come right
// before start: a print format that begins with a word ("API Error: 400 ") is then the
// tail of another program's own ("Gemini API Error: 400 ", Gemini CLI's "[API Error: 400
// ...]"), not the tool's line, which starts the line or follows its glyphs ("  ⎿  API
// Error: 400 ") or a sentence's end.
func namedBefore(text string, start int) bool {
	return start >= 1 && text[start-1] == '[' || start >= 2 && text[start-1] == ' ' && isWordByte(text[start-2])
}

// printedAs reports whether got, a literal's match, is written byte for byte as want, the
// tool prints it, but for its whitespace: the scan takes any run of blanks for one space,
// and a paste wraps a long line anywhere ("API Error: 500 \n     {").
func printedAs(got, want string) bool {
	i, j := 0, 0
	for i < len(got) && j < len(want) {
		if isSpace(got[i]) && isSpace(want[j]) {
			for i < len(got) && isSpace(got[i]) {
				i++
			}
			for j < len(want) && isSpace(want[j]) {
				j++
			}
			continue
		}
		if got[i] != want[j] {
			return false
		}
		i, j = i+1, j+1
	}
	return i == len(got) && j == len(want)
}
