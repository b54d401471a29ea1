package decoder

import (
	"slices"
	"strings"
)

// engine is the catalog compiled for decoding: every literal of every file in one
// literalSet, and indexes from codes and exception classes to the files that define them.
type engine struct {
	files []*Provider
	// oneStatusCodes: the entries whose code no entry of their file gives another status
	// (markOneStatusCodes).
	oneStatusCodes map[*Entry]bool
	lits           *literalSet
	info           []literal
	owners         map[string][]int     // normCode(code/alias/type) -> provider and general files with such an entry
	exact          map[string][]int     // the same, keyed by the code exactly as written
	classes        map[string]classInfo // lower-case class name -> what it implies
	fieldSig       []fieldSignal
	generics       []int        // the general layers (generic catalogs: HTTP, network, gRPC ...), in file order
	norm           [][]normKeys // per file, per entry: its code, aliases and type, normalised
	// fieldKeys holds what the field signals look at: key paths ("error.metadata.raw") and,
	// for key=value signals, the key ("finish_reason").
	fieldKeys map[string]bool
	// wants is what the field signals ask about (fieldKeys, and their key=value texts).
	wants fieldWants
	// Indexes from what a paste can show to the entries that could match it, so matching
	// scores a handful of candidates instead of every entry.
	byKey    map[string][]ref // normalised code, alias or type
	byClass  map[string][]ref // lower-cased exception class
	byStatus map[int][]ref    // entries with a status and nothing else to match
	spotLit  map[string]int   // a catalog code or alias, a field signal's key -> its rareByte (spotlits.go)
	fallback *fallbackTable   // the learned fallback's table (fallback.go, fallbacktable.go)
}

// ref names one entry of one catalog file.
type ref struct{ file, entry int }

// normKeys is an entry's code (then its aliases) and type, put through normCode once.
type normKeys struct {
	codes []string
	typ   string
}

// literal is one pattern of the literal set.
type literal struct {
	file   int // -1 for the engine's own markers
	entry  int // -1 for a file signal; else the index of the entry whose phrase this is
	marker int // index into markers for the engine's own markers, else -1
	kind   string
	// scanKind is kind as the literal scan's checks read it (setScanKinds).
	scanKind scanKind
	weight   int
	text     string
	left     bool // needs a word boundary before
	right    bool // needs a word boundary after
	// shared marks an entry phrase its file lists under two or more categories: advice, not
	// a diagnosis (sharedwording.go).
	shared bool
	// codeWord marks an entry phrase that is the entry's code, its words joined (undici's
	// UND_ERR_SOCKET, context_length_exceeded): the paste writes a code (codeWritten).
	codeWord bool
}

// scanKind is a literal's kind as the scan's checks read it (literal.kind compared as a
// string cost each visit a dozen comparisons), set for every literal when the engine is
// built (engine.finish).
type scanKind uint8

const (
	scanOther scanKind = iota
	scanHost
	scanModule
	scanClass
	scanPrint
	scanTraceback
	scanName
	scanPackage
	scanModel
	scanCloud
	scanRelay // no check: requestElsewhere looks for it
)

// scanKindNames are the literal kinds that have a scanKind, by scanKind (a list is data,
// where a map literal was built in the package's init).
var scanKindNames = [...]string{scanHost: "host", scanModule: "module", scanClass: "class",
	scanPrint: "print", scanTraceback: "traceback", scanName: "name", scanPackage: "package",
	scanModel: "model", scanCloud: "cloud", scanRelay: "relay"}

// setScanKinds gives every literal its scanKind.
func (e *engine) setScanKinds() {
	for i := range e.info {
		e.info[i].scanKind = scanOther
		if k := indexOf(e.info[i].kind, scanKindNames[:]); k > 0 {
			e.info[i].scanKind = scanKind(k)
		}
	}
}

type fieldSignal struct {
	file   int
	text   string
	weight int
}

type classInfo struct {
	status int
	// statusClass marks classes an SDK picks from the HTTP status alone (RateLimitError):
	// they are never the error's code.
	statusClass bool
	// noResponse marks classes every catalog names for a failure with no response at all
	// (an SDK's APITimeoutError and APIConnectionError, its "timeout" and "connection"
	// classes): their message is the client's own words, never a response's status text.
	noResponse bool
}

// Default signal weights: how surely each kind of literal names its provider.
var defaultWeights = map[string]int{
	"host": 10, "module": 10, "package": 10, "label": 9, "field": 6, "class": 6,
	"header": 6, "key": 6, "request_id": 6, "name": 5, "phrase": 4, "print": 4,
	// A model family ("claude-", "gpt-4", "grok-") names the model's maker, which is not
	// the API when a cloud or a router serves the model (Bedrock's "anthropic.claude-",
	// OpenRouter's "anthropic/claude-"): weak evidence, below every other kind and half
	// of minProviderScore, so it names no provider alone and loses to any address, SDK or
	// body-shape signal; it only tips a choice that other weak signals leave open.
	"model": 2,
	// A cloud's own wording, which every service of that cloud answers with (AWS's "The
	// security token included in the request is invalid", Google Cloud's "Could not load
	// the default credentials"): the request went to that cloud, not which of its
	// services. It names no provider (identify skips it); only a tool that calls one API
	// of that cloud reads it (also_calls, identify_default.go).
	"cloud": 1,
}

func newEngine(files []*Provider) *engine {
	e := &engine{files: files, fieldKeys: map[string]bool{}, byKey: map[string][]ref{}, byClass: map[string][]ref{}, byStatus: map[int][]ref{}, owners: map[string][]int{}, exact: map[string][]int{}, classes: map[string]classInfo{}}
	for fi, f := range files {
		if f.Kind == KindGeneric {
			e.generics = append(e.generics, fi)
		}
		e.addSignals(fi, f)
		e.norm = append(e.norm, make([]normKeys, len(f.Errors)))
		for ei := range f.Errors {
			e.addEntry(fi, f, ei)
		}
		e.addSDKClasses(f)
	}
	e.fallback = parseFallback(fallbackTableText)
	e.finish()
	e.weighEntryPhrases()
	e.markSharedWording()
	return e
}

// addSignals compiles a file's signals: field signals into the field list, the rest into
// the literal set, each with its weight (a kind's default when the file gives none).
func (e *engine) addSignals(fi int, f *Provider) {
	for _, s := range f.Signals {
		w := s.Weight
		if w == 0 {
			w = defaultWeights[s.Kind]
			if s.Kind == "package" && isIdentifier(s.Text) && !strings.ContainsAny(s.Text, "-_./@") {
				// A package called just "openai" reads like the provider's name.
				w = defaultWeights["name"]
			}
		}
		if s.Kind == "field" {
			text := strings.ToLower(s.Text)
			e.fieldSig = append(e.fieldSig, fieldSignal{fi, text, w})
			key, _, _ := strings.Cut(text, "=")
			e.fieldKeys[key] = true
			continue
		}
		e.addLiteral(literal{file: fi, entry: -1, marker: -1, kind: s.Kind, weight: w, text: s.Text})
	}
}

// addEntry indexes one entry: its normalised code, aliases and type, the keys and classes
// match finds it by, its phrases as literals, the codes it makes its file an owner of, and
// the statuses its SDK classes imply.
func (e *engine) addEntry(fi int, f *Provider, ei int) {
	en := &f.Errors[ei]
	nk := &e.norm[fi][ei]
	nk.typ = normCode(en.Type)
	for _, c := range append([]string{en.Code}, en.Aliases...) {
		nk.codes = append(nk.codes, normCode(c))
	}
	r := ref{fi, ei}
	for _, k := range append([]string{nk.typ}, nk.codes...) {
		if k != "" && (len(e.byKey[k]) == 0 || e.byKey[k][len(e.byKey[k])-1] != r) {
			e.byKey[k] = append(e.byKey[k], r)
		}
	}
	for _, lang := range sortedKeys(en.Class) {
		k := strings.ToLower(scopeAsDots(en.Class[lang]))
		e.byClass[k] = append(e.byClass[k], r)
	}
	if en.Code == "" && en.Type == "" && len(en.Phrases) == 0 && len(en.Class) == 0 && en.Status != 0 {
		e.byStatus[en.Status] = append(e.byStatus[en.Status], r)
	}
	for _, ph := range en.Phrases {
		e.addLiteral(literal{file: fi, entry: ei, marker: -1, kind: "entry", text: ph})
	}
	if f.Kind != KindWrapper {
		e.addOwner(fi, f, en)
	}
	for _, lang := range sortedKeys(en.Class) {
		// An entry for a failure with no response (no status; a connection or timeout)
		// names classes raised without one, as the "connection" and "timeout" SDK classes.
		noResponse := en.Status == 0 && (en.Category == Connection || en.Category == Timeout)
		e.addClass(scopeAsDots(en.Class[lang]), en.Status, f.Kind != KindGeneric || en.Code == "", noResponse)
	}
}

// markCodeWords marks the entry phrases that spell their entry's code (literal.codeWord).
// Derived at load, as the literals' ends are: catalog.bin does not hold it.
func (e *engine) markCodeWords() {
	for i := range e.info {
		if l := &e.info[i]; l.file >= 0 && l.entry >= 0 {
			l.codeWord = spellsCode(l.text, e.files[l.file].Errors[l.entry].Code)
		}
	}
}

// spellsCode reports whether phrase is code, its words joined (context_length_exceeded),
// or a system error name (ECONNRESET): a bare UNKNOWN or ABORTED is as likely prose as a
// code.
func spellsCode(phrase, code string) bool {
	return isIdentifier(code) && (strings.Contains(code, "_") || errnoName(code)) && strings.EqualFold(phrase, code)
}

// addOwner counts file fi among the owners of the entry's codes. A code the general layers
// know (rate_limit, invalid_grant) is everyone's: they count among its owners, so it names
// no provider on its own. Nor does a type that is one plain word: Bedrock's "client" and
// "server" are the smithy fault every AWS service and many backends write (Cursor's
// {"type":"client","reason":"ssrf_blocked"}).
func (e *engine) addOwner(fi int, f *Provider, en *Entry) {
	seen := map[string]bool{}
	typ := en.Type
	if isPlainWord(typ) {
		typ = ""
	}
	for _, c := range append([]string{en.Code, typ}, en.Aliases...) {
		if n := normCode(c); n != "" && !seen[n] && !isAllDigits(n) {
			seen[n] = true
			e.owners[n] = appendUnique(e.owners[n], fi)
			if f.Kind == KindProvider {
				e.exact[c] = appendUnique(e.exact[c], fi)
			}
		}
	}
}

// addSDKClasses records the classes the file's SDK raises, and those its earlier versions
// raised (SDK.FormerClasses), with the status each is raised for when its key is one
// ("429"); "connection" and "timeout" imply none.
func (e *engine) addSDKClasses(f *Provider) {
	for _, classes := range [...]map[string]map[string]string{f.SDK.Classes, f.SDK.FormerClasses} {
		for _, key := range sortedKeys(classes) {
			byLang := classes[key]
			st, none := 0, key == "connection" || key == "timeout"
			if len(key) == 3 && isAllDigits(key) {
				st = int(key[0]-'0')*100 + int(key[1]-'0')*10 + int(key[2]-'0')
			}
			for _, lang := range sortedKeys(byLang) {
				// A language's own class (Python's TimeoutError, JavaScript's TypeError for a
				// failed fetch) is raised by every library for every cause: it tells no
				// response apart.
				e.addClass(byLang[lang], st, true, none && !isOneOf(byLang[lang], builtinClasses))
			}
		}
	}
}

// builtinClasses are the languages' own exception classes that SDK catalogs name for a
// failed connection or a timeout (Python's ConnectionError and TimeoutError, JavaScript's
// TypeError from fetch): any code raises them, so they imply nothing of their own. A list,
// not a map literal, which the package's init built entry by entry.
var builtinClasses = []string{"ConnectionError", "TimeoutError", "TypeError", "Error", ""}

// finish derives what is cheaper to rebuild at load than to store in a compiled catalog:
// the engine's own markers after the catalog's literals, the automaton over all of them,
// and what a body is read for.
func (e *engine) finish() {
	e.oneStatusCodes = markOneStatusCodes(e.files)
	e.markCodeWords()
	e.addMarkers()
	e.addSpotLiterals()
	e.lits = newLiteralSet(literalTexts(e.info))
	e.setScanKinds()
	e.wants = e.fieldWants()
}

// fieldWants gathers what a body is read for (see fieldWants): the field signals' key paths
// and key=value facts, and the keys Details may copy.
func (e *engine) fieldWants() fieldWants {
	facts := map[string]bool{}
	for _, fs := range e.fieldSig {
		if strings.Contains(fs.text, "=") {
			facts[fs.text] = true
		}
	}
	details := map[string]bool{}
	for _, k := range detailKeys {
		details[k] = true
	}
	for _, f := range e.files {
		for i := range f.Errors {
			for _, k := range f.Errors[i].Fields {
				details[strings.ToLower(k)] = true
			}
		}
	}
	return fieldWants{keys: newKeySet(e.fieldKeys), details: newKeySet(details), facts: facts, worded: wordedCodes(e.files)}
}

// addLiteral adds one pattern to the literal set, noting which of its ends must fall on a
// word boundary. (Not inlined: it runs when the catalog loads, where a call costs nothing.)
//
//go:noinline
func (e *engine) addLiteral(l literal) {
	if l.text == "" {
		return
	}
	l.left, l.right = literalEnds(l.kind, l.text)
	e.info = append(e.info, l)
}

// literalEnds says which ends of a literal of kind and text must fall on a word boundary:
// one that is a word character, but the end of a key, module or header, which goes on,
// a start written with an underscore, which ends a name ("_API_KEY is not set" in
// "NVIDIA_NIM_API_KEY is not set"), and an end written with one, which starts a name (the
// id in "Can't add messages to thread_abc123", the check in "SAFETY_CHECK_TYPE_CSAM").
// (Not inlined: it runs when the catalog loads, where a call costs nothing.)
//
//go:noinline
func literalEnds(kind, text string) (left, right bool) {
	left = isWordByte(text[0]) && text[0] != '_'
	switch kind {
	case "key", "module", "header", "request_id", "relay", "model": // prefixes: what follows is the rest of a name (or id)
	default:
		right = isWordByte(text[len(text)-1]) && text[len(text)-1] != '_'
	}
	return left, right
}

// addMarkers adds the engine's own markers after the catalog's literals. Their ids are
// assigned as the package initialises, so they are never part of a compiled catalog.
func (e *engine) addMarkers() {
	for i, m := range markers {
		e.addLiteral(literal{file: -1, entry: -1, marker: i, kind: "marker", text: m})
	}
}

func literalTexts(info []literal) []string {
	texts := make([]string, len(info))
	for i := range info {
		texts[i] = info[i].text
	}
	return texts
}

// sortedKeys returns m's keys in order, so compiling the same catalog always builds the
// same engine.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// weighEntryPhrases lets an entry's wording identify its provider when no other provider's
// catalog uses the same words: a long phrase counts like a signal phrase, a short one less.
func (e *engine) weighEntryPhrases() {
	// Wording is unique to a provider when no other provider's phrase contains it or is
	// contained in it ("maximum context length is" is OpenAI's and DeepSeek's alike).
	// Scanning each phrase with the literal set itself finds every phrase it contains.
	isPhrase := func(l *literal) bool { return l.file >= 0 && (l.entry >= 0 || l.kind == "phrase" || l.kind == "print") }
	within := make([][]int, len(e.info))  // phrase id -> phrase ids it contains
	holders := make([][]int, len(e.info)) // phrase id -> phrase ids containing it
	for i := range e.info {
		if !isPhrase(&e.info[i]) {
			continue
		}
		e.lits.scan(e.info[i].text, func(j, _, _ int) {
			if j != i && isPhrase(&e.info[j]) {
				within[i] = append(within[i], j)
				holders[j] = append(holders[j], i)
			}
		})
	}
	reasons := newLiteralSet(func() []string {
		var ps []string
		for _, p := range reasonPhrases {
			ps = append(ps, p)
		}
		return ps
	}())
	general := func(l *literal) bool { return e.files[l.file].Kind != KindProvider }
	shared := func(i int) bool {
		l := &e.info[i]
		for _, j := range holders[i] { // a phrase elsewhere contains this one
			if e.info[j].file != l.file {
				return true
			}
		}
		for _, j := range within[i] { // this phrase contains another's
			o := &e.info[j]
			if o.file == l.file {
				continue
			}
			// General wording (the generic catalog, wrappers) takes away a provider
			// phrase only when it covers most of it: "temporarily unavailable" in
			// "Service Temporarily Unavailable", not "input is too long" in "Input is too
			// long for requested model". Another provider's wording takes it away when it
			// is a third of it or more: not Anthropic's one-word "Overloaded" inside Gemini's
			// "The model is overloaded. Please try again later.".
			if len(o.text)*5 >= len(l.text)*3 || (!general(o) && len(o.text)*3 >= len(l.text)) {
				return true
			}
		}
		// HTTP's own reason phrases belong to no provider.
		for _, p := range reasonPhrases {
			if strings.Contains(strings.ToLower(p), strings.ToLower(l.text)) {
				return true
			}
		}
		covered := false
		reasons.scan(l.text, func(j, _, _ int) { covered = covered || reasons.pats[j].n*5 >= len(l.text)*3 })
		return covered
	}
	for i := range e.info {
		l := &e.info[i]
		if l.file < 0 || l.entry < 0 || e.files[l.file].Kind != KindProvider || shared(i) {
			continue
		}
		l.weight = 2
		if len(l.text) >= 24 {
			l.weight = defaultWeights["phrase"]
		}
	}
}

// addClass indexes an exception class by its full and its short name. A short name that
// two files give different statuses is kept without a status.
func (e *engine) addClass(cls string, status int, statusClass, noResponse bool) {
	for _, name := range []string{cls, shortClass(cls)} {
		k := strings.ToLower(name)
		if old, ok := e.classes[k]; ok {
			if old.status != status {
				old.status = 0
			}
			old.statusClass = old.statusClass || statusClass
			old.noResponse = old.noResponse && noResponse
			e.classes[k] = old
			continue
		}
		e.classes[k] = classInfo{status: status, statusClass: statusClass, noResponse: noResponse}
	}
}

// shortClass is not inlined: it runs a few times a decode, and its inlined copies cost
// the wasm more than the calls cost.
//
//go:noinline
func shortClass(cls string) string {
	if i := strings.LastIndexByte(cls, '.'); i >= 0 {
		return cls[i+1:]
	}
	return cls
}

func appendUnique(xs []int, x int) []int {
	for _, v := range xs {
		if v == x {
			return xs
		}
	}
	return append(xs, x)
}

func (e *engine) lookupClass(ex exception) (classInfo, bool) {
	if ci, ok := e.classes[strings.ToLower(ex.full())]; ok {
		return ci, true
	}
	ci, ok := e.classes[strings.ToLower(ex.name)]
	return ci, ok
}

// fieldWants is what the catalogs ask of a body, so that only that is recorded: key paths
// ("error.metadata.raw") and the keys of key=value signals in keys, the key=value facts
// themselves ("finish_reason=safety") in facts, and the keys whose values Details may
// copy (detailKeys and every entry's fields, lower-cased) in details.
type fieldWants struct {
	keys, details keySet
	facts         map[string]bool
	worded        map[string]bool // codes written as words (wordedcodes.go), normalised
}

// keySet is a set of keys with three masks: of their lengths (bit n is set when some key is
// n bytes long, 63 for longer), of their lengths with their last bytes (endBit) and with
// their first (startBit). Most keys of a body are turned away by the masks alone, without
// hashing them ("message" and "code" passed the first two, and cost a map look-up each).
type keySet struct {
	keys               map[string]bool
	lens, ends, starts uint64
}

func newKeySet(keys map[string]bool) keySet {
	s := keySet{keys: keys}
	for k := range keys {
		s.lens |= lenBit(len(k))
		if k != "" {
			s.ends |= endBit(len(k), k[len(k)-1])
			s.starts |= startBit(len(k), k[0])
		}
	}
	return s
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

// endBit is a key's bit in keySet.ends: of the set's few dozen keys, one of a few shares it.
func endBit(n int, last byte) uint64 { return 1 << ((uint(n)*7 + uint(last)) & 63) }

// startBit is endBit for keySet.starts, of the first byte, on another stride.
func startBit(n int, first byte) uint64 { return 1 << ((uint(n)*5 + uint(first)) & 63) }

// mayHold reports whether a key n bytes long, from first to last, may be in s, so a key
// path not yet joined can be turned away before it is built.
func (s *keySet) mayHold(n int, first, last byte) bool {
	return s.lens&lenBit(n) != 0 && s.ends&endBit(n, last) != 0 && s.starts&startBit(n, first) != 0
}

// has reports whether k is in s. (Not inlined: its copies cost the wasm more than the calls
// cost a decode.)
//
//go:noinline
func (s *keySet) has(k string) bool {
	if k == "" {
		return s.keys[k]
	}
	return s.mayHold(len(k), k[0], k[len(k)-1]) && s.keys[k]
}

// markOneStatusCodes returns the entries whose code and aliases no entry of their file gives
// another status (in any case): oneStatus of the entry's own code, worked out once. The
// advice asks it of the matched entry on every decode that implies a status; a scan of the
// file's entries there cost about 11,000 instructions a decode.
func markOneStatusCodes(files []*Provider) map[*Entry]bool {
	one := map[*Entry]bool{}
	for _, f := range files {
		statusOf := map[string]int{} // a lower-cased code -> its one status, or -1 for several
		for i := range f.Errors {
			if en := &f.Errors[i]; en.Status != 0 {
				eachCode(en, func(k string) {
					if s, ok := statusOf[k]; !ok {
						statusOf[k] = en.Status
					} else if s != en.Status {
						statusOf[k] = -1
					}
				})
			}
		}
		for i := range f.Errors {
			en := &f.Errors[i]
			ok := en.Status != 0 && (en.Code != "" || len(en.Aliases) > 0)
			eachCode(en, func(k string) { ok = ok && statusOf[k] == en.Status })
			if ok {
				one[en] = true
			}
		}
	}
	return one
}

// eachCode calls do with the entry's code and each alias, lower-cased, skipping empty ones.
func eachCode(en *Entry, do func(string)) {
	if en.Code != "" {
		do(strings.ToLower(en.Code))
	}
	for _, a := range en.Aliases {
		if a != "" {
			do(strings.ToLower(a))
		}
	}
}
