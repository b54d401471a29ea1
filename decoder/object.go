package decoder

import (
	"strings"
	"unicode/utf8"
)

// The tolerant object parser reads the structured values people paste: JSON, Python dict
// reprs (single quotes, True/None, b'...'), JavaScript object printouts (bare keys,
// [Object]) and log-escaped JSON. It never fails outright: it returns what it could read
// and how far it got. Work is bounded by a shared step budget and a depth limit, so hostile
// input costs linear time.

type nodeKind uint8

const (
	nullNode nodeKind = iota
	boolNode
	numNode
	strNode
	objNode
	arrNode
	bareNode // an unquoted word or line: JS [Object], "400 Bad Request" after '='
)

type member struct {
	key string
	val *node
}

type node struct {
	kind nodeKind
	str  string // string value, number text, bare text
	b    bool
	obj  []member
	arr  []*node
}

// get returns the member value for key (case-sensitive), or nil. Not inlined: each of its
// callers held a copy of the loop and its string comparison.
//
//go:noinline
func (n *node) get(key string) *node {
	if n == nil || n.kind != objNode {
		return nil
	}
	for i := range n.obj {
		if n.obj[i].key == key {
			return n.obj[i].val
		}
	}
	return nil
}

// text returns the value as text for strings, numbers and bare words.
func (n *node) text() string {
	if n != nil && (n.kind == strNode || n.kind == numNode || n.kind == bareNode) {
		return n.str
	}
	return n.boolText()
}

// boolText is text's rare rest, kept out of its inlined copies (22 of them, about 1.6 KB
// gzipped of wasm): a boolean's word, or "" for a missing node, an object or a list.
//
//go:noinline
func (n *node) boolText() string {
	if n != nil && n.kind == boolNode {
		if n.b {
			return "true"
		}
		return "false"
	}
	return ""
}

// number returns the numeric value of a number node, or of a string holding a number.
func (n *node) number() (float64, bool) {
	if n == nil || (n.kind != numNode && n.kind != strNode) {
		return 0, false
	}
	return parseDecimal(strings.TrimSpace(n.str))
}

const maxDepth = 48

type parser struct {
	a      *arena // where nodes and member lists are carved from
	src    string
	pos    int
	depth  int
	budget *int // shared step budget; parsing stops when it reaches zero
	failed bool
	// tooDeep records that nesting passed maxDepth.
	tooDeep bool
}

// ar returns the parser's arena. Every parser has one: parseObjectAt, the only place that
// makes parsers, is a method of the arena (and parseObjects, its caller, reads the arena's
// objs first). The nil test and lazy arena it once had were copied into its 22 inlined
// calls for nothing (1.5 KB of the gzipped wasm).
func (p *parser) ar() *arena { return p.a }

func (p *parser) fail() *node {
	p.failed = true
	return nil
}

func (p *parser) spend(n int) bool {
	*p.budget -= n
	return *p.budget > 0
}

// skipSpace skips whitespace, including the two-character escapes \n \t \r that log lines
// leave between tokens of escaped JSON.
func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			p.pos++
		case '\\':
			if p.pos+1 < len(p.src) {
				switch p.src[p.pos+1] {
				case 'n', 't', 'r':
					p.pos += 2
					continue
				}
			}
			return
		default:
			return
		}
	}
}

func (p *parser) value() *node {
	if p.failed || !p.spend(1) {
		return p.fail()
	}
	p.skipSpace()
	if p.pos >= len(p.src) {
		return p.fail()
	}
	c := p.src[p.pos]
	switch {
	case c == '{':
		return p.object()
	case c == '%' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '{': // an Elixir map
		p.pos++
		return p.object()
	case c == '[':
		return p.array()
	case c == '"' || c == '\'':
		s, ok := p.quoted(c)
		if !ok {
			return p.fail()
		}
		if p.plusAhead() {
			s = p.joined(s)
		}
		return p.ar().str(strNode, s)
	case (c == 'b' || c == 'u' || c == 'r') && p.pos+1 < len(p.src) && (p.src[p.pos+1] == '\'' || p.src[p.pos+1] == '"'):
		// Python bytes/unicode/raw literal: b'{"error": ...}'.
		p.pos++
		s, ok := p.quoted(p.src[p.pos])
		if !ok {
			return p.fail()
		}
		return p.ar().str(strNode, s)
	case c == '-' || c == '+' || (c >= '0' && c <= '9'):
		return p.number()
	case isWordByte(c):
		return p.word()
	}
	return p.fail()
}

func (p *parser) object() *node {
	if p.depth >= maxDepth {
		p.tooDeep = true
		return p.fail()
	}
	p.depth++
	// The members go on the arena's stack (objects nest) and into the node, copied to a
	// list of their own, when the object closes.
	mark := len(p.ar().stack)
	defer func() { p.depth--; p.ar().stack = p.ar().stack[:mark] }()
	p.pos++ // '{'
	n := p.ar().node(objNode)
	for {
		if !p.spend(1) {
			return p.fail()
		}
		p.skipSpace()
		if p.pos >= len(p.src) {
			return p.fail()
		}
		c := p.src[p.pos]
		switch {
		case c == '}':
			p.pos++
			n.obj = p.ar().members(p.ar().stack[mark:])
			return n
		case c == ',' || c == ';':
			p.pos++
			continue
		case c == '.' && strings.HasPrefix(p.src[p.pos:], "..."):
			// Members left out by whoever pasted the body ({"type":"error",...}).
			p.pos += len("...")
			continue
		case c == '[':
			// JS printouts open with "[Error: message]" or "[stack]" before the
			// properties: skip the bracketed part.
			if !p.skipBracketed() {
				return p.fail()
			}
			continue
		}
		key, ok := p.key()
		if !ok {
			return p.fail()
		}
		p.skipSpace()
		if p.pos >= len(p.src) || (p.src[p.pos] != ':' && p.src[p.pos] != '=') {
			return p.fail()
		}
		p.pos++
		if p.src[p.pos-1] == '=' && p.pos < len(p.src) && p.src[p.pos] == '>' {
			p.pos++ // Ruby's and Elixir's "key" => value
		}
		var v *node
		if p.bareAhead() {
			v = p.restOfLine()
		} else {
			v = p.value()
		}
		if v == nil {
			return p.fail()
		}
		// "400 Bad Request" or "Just The level of ..." after '=': keep the whole line.
		if v.kind == numNode || v.kind == bareNode {
			if rest := p.lineRestAfterValue(); rest != "" {
				v = p.ar().str(bareNode, strings.TrimSpace(v.str+rest))
			}
		}
		p.ar().stack = append(p.ar().stack, member{key: key, val: v})
	}
}

// bareAhead reports whether the value after ':' is unquoted prose rather than a token.
func (p *parser) bareAhead() bool {
	i := p.pos
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	if i >= len(p.src) {
		return false
	}
	c := p.src[i]
	if c == '%' && i+1 < len(p.src) && p.src[i+1] == '{' {
		return false // an Elixir map, %{"key" => value}
	}
	return !(c == '{' || c == '[' || c == '"' || c == '\'' || c == '-' || c == '+' ||
		(c >= '0' && c <= '9') || isWordByte(c) || c == '\\' || c == '\n' || c == '\r')
}

func (p *parser) restOfLine() *node {
	p.skipInline()
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] != '\n' && p.src[p.pos] != ',' && p.src[p.pos] != '}' {
		p.pos++
	}
	p.spend(p.pos - start)
	return p.ar().str(bareNode, strings.TrimSpace(p.src[start:p.pos]))
}

func (p *parser) skipInline() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t') {
		p.pos++
	}
}

// lineRestAfterValue returns the rest of the line when a value is followed by more words
// before the line ends (a "key = value with spaces" printout), consuming it.
func (p *parser) lineRestAfterValue() string {
	i := p.pos
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	if i >= len(p.src) || i == p.pos {
		return ""
	}
	switch p.src[i] {
	case ',', '}', ']', '\n', '\r', ';', '\\':
		return ""
	}
	start := p.pos
	for i < len(p.src) && p.src[i] != '\n' && p.src[i] != '}' {
		i++
	}
	p.pos = i
	p.spend(i - start)
	return p.src[start:i]
}

func (p *parser) skipBracketed() bool {
	depth := 0
	for p.pos < len(p.src) {
		if !p.spend(1) {
			return false
		}
		c := p.src[p.pos]
		p.pos++
		switch c {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return true
			}
		case '\n':
			if depth > 0 && p.pos < len(p.src) && p.src[p.pos] == '\n' {
				return false
			}
		}
	}
	return false
}

func (p *parser) key() (string, bool) {
	if p.pos >= len(p.src) {
		return "", false
	}
	c := p.src[p.pos]
	if (c == 'u' || c == 'b') && p.pos+1 < len(p.src) && p.src[p.pos+1] == '\'' {
		p.pos++ // Python 2's repr of a dict: {u'errors': [...]}
		c = '\''
	}
	if c == '"' || c == '\'' {
		return p.quoted(c)
	}
	start := p.pos
	for p.pos < len(p.src) && (isWordByte(p.src[p.pos]) || p.src[p.pos] == '-' || p.src[p.pos] == '.' || p.src[p.pos] == '@') {
		p.pos++
	}
	if p.pos == start {
		return "", false
	}
	p.spend(p.pos - start)
	return p.src[start:p.pos], true
}

func (p *parser) array() *node {
	if p.depth >= maxDepth {
		p.tooDeep = true
		return p.fail()
	}
	p.depth++
	mark := len(p.ar().items)
	defer func() { p.depth--; p.ar().items = p.ar().items[:mark] }()
	p.pos++ // '['
	n := p.ar().node(arrNode)
	for {
		if !p.spend(1) {
			return p.fail()
		}
		p.skipSpace()
		if p.pos >= len(p.src) {
			return p.fail()
		}
		switch p.src[p.pos] {
		case ']':
			p.pos++
			n.arr = p.ar().nodeList(p.ar().items[mark:])
			return n
		case ',':
			p.pos++
			continue
		}
		v := p.value()
		if v == nil {
			return p.fail()
		}
		p.ar().items = append(p.ar().items, v)
	}
}

func (p *parser) number() *node {
	start := p.pos
	p.pos++
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' || c == '_' {
			p.pos++
			continue
		}
		break
	}
	p.spend(p.pos - start)
	return p.ar().str(numNode, p.src[start:p.pos])
}

func (p *parser) word() *node {
	start := p.pos
	for p.pos < len(p.src) && (isWordByte(p.src[p.pos]) || p.src[p.pos] == '.' || p.src[p.pos] == '-') {
		p.pos++
	}
	p.spend(p.pos - start)
	w := p.src[start:p.pos]
	if w == "Some" && p.pos < len(p.src) && p.src[p.pos] == '(' {
		return p.rustSome()
	}
	kind, b := bareNode, false
	switch w {
	case "true", "True":
		kind, b = boolNode, true
	case "false", "False":
		kind = boolNode
	case "null", "None", "undefined", "nil", "NaN":
		kind = nullNode
	}
	n := p.ar().node(kind)
	n.b = b
	if kind == bareNode {
		n.str = w
	}
	return n
}

// rustSome reads the value inside a Rust Option's Debug print, Some("insufficient_quota")
// (async-openai's ApiError { code: Some("..."), param: None }), as the value itself.
func (p *parser) rustSome() *node {
	p.pos++ // '('
	v := p.value()
	p.skipSpace()
	if v == nil || p.pos >= len(p.src) || p.src[p.pos] != ')' {
		return p.fail()
	}
	p.pos++
	return v
}

// plusAhead reports whether a '+' follows the string just read on its line: the string
// goes on in another piece.
func (p *parser) plusAhead() bool {
	i := p.pos
	for i < len(p.src) && (p.src[i] == ' ' || p.src[i] == '\t') {
		i++
	}
	return i < len(p.src) && p.src[i] == '+'
}

// joined reads the rest of a string Node's util.inspect printed in pieces: a string longer
// than the line, with line breaks, is split after each break and its pieces, each quoted
// ' (or " when it holds a ', or ` when it holds both), joined with " +\n" and the next
// line's indent (nodejs/node lib/internal/util/inspect.js, formatPrimitive and strEscape).
// So console.log of an error prints a response body kept as a string ('{\n' + '  "error":
// {\n' + ...). first is the first piece, read; a piece that does not follow leaves the
// string as read so far.
func (p *parser) joined(first string) string {
	b := []byte(first)
	for p.plusAhead() {
		i := strings.IndexByte(p.src[p.pos:], '+') + p.pos + 1
		for i < len(p.src) && isSpace(p.src[i]) {
			i++
		}
		if i >= len(p.src) || (p.src[i] != '\'' && p.src[i] != '"' && p.src[i] != '`') {
			break
		}
		at := p.pos
		p.pos = i
		piece, ok := p.quoted(p.src[i])
		if !ok {
			p.pos = at
			break
		}
		b = append(b, piece...)
	}
	return string(b)
}

// quoted reads a string delimited by q, decoding JSON and Python escapes. A string cut off
// by the end of input fails.
func (p *parser) quoted(q byte) (string, bool) {
	p.pos++ // opening quote
	start := p.pos
	// Fast path: no escapes before the closing quote (found with IndexByte, which reads
	// many bytes at a time).
	rest := p.src[start:]
	end := strings.IndexByte(rest, q)
	if end < 0 {
		end = len(rest)
	}
	if bs := strings.IndexByte(rest[:end], '\\'); bs >= 0 {
		p.pos = start + bs // an escape comes first: decode from there
	} else if end < len(rest) {
		s := rest[:end]
		p.pos = start + end + 1
		p.spend(len(s))
		return s, true
	} else {
		p.pos = len(p.src) // unterminated
	}
	var b strings.Builder
	b.WriteString(p.src[start:p.pos])
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == q {
			p.pos++
			p.spend(p.pos - start)
			return b.String(), true
		}
		if c != '\\' || p.pos+1 >= len(p.src) {
			b.WriteByte(c)
			p.pos++
			continue
		}
		e := p.src[p.pos+1]
		p.pos += 2
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'b', 'f':
			// dropped: never useful in an error message
		case 'u':
			if r, ok := hex4(p.src, p.pos); ok {
				p.pos += 4
				b.WriteRune(r)
			} else {
				b.WriteString(`\u`)
			}
		case 'x':
			if p.pos+2 <= len(p.src) {
				if v, ok := hexValue(p.src[p.pos : p.pos+2]); ok {
					p.pos += 2
					b.WriteByte(byte(v))
					continue
				}
			}
			b.WriteString(`\x`)
		default:
			b.WriteByte(e) // \" \' \\ \/
		}
	}
	p.spend(p.pos - start)
	return "", false
}

func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	v, ok := hexValue(s[i : i+4])
	if !ok {
		return 0, false
	}
	r := rune(v)
	if !utf8.ValidRune(r) {
		return utf8.RuneError, true
	}
	return r, true
}

// parseObjects finds the objects embedded in text and parses each, the nodes carved from
// a. An object that fails to parse is retried from the next brace inside it, so a broken
// outer envelope still yields the intact body inside. budget bounds the total work.
func (a *arena) parseObjects(text string, budget *int, limit int) []*node {
	// The list goes on the arena's objs: a later call (a body inside a string) appends
	// after it, and may move objs, but never writes where this list is.
	first := len(a.objs)
	out := a.objs[first:first]
	i := 0
	for i < len(text) && len(out) < limit && *budget > 0 {
		j := strings.IndexByte(text[i:], '{')
		if j < 0 {
			break
		}
		start := i + j
		n, end, ok := a.parseObjectAt(text, start, budget)
		if ok {
			if len(n.obj) > 0 {
				out = append(out, n)
			}
		}
		i = end
	}
	a.objs = append(a.objs[:first], out...)
	return out[:len(out):len(out)]
}

// parseObjectAt parses the object starting at text[start] and returns where scanning
// should resume. Log-escaped JSON ({\"a\":1}) is unescaped one level first. After a failure
// scanning resumes just inside the brace, unless nesting ran past the depth limit: then the
// nested braces already read are hopeless and are skipped, which keeps deep input linear.
func (a *arena) parseObjectAt(text string, start int, budget *int) (*node, int, bool) {
	if escapedAhead(text, start+1) {
		region, consumed := unescapeRegion(text[start:], budget)
		p := &parser{a: a, src: region, budget: budget}
		if n := p.object(); n != nil {
			return n, start + consumed, true
		}
		return nil, start + 1, false
	}
	p := &parser{a: a, src: text, pos: start, budget: budget}
	n := p.object()
	if n == nil {
		if p.tooDeep {
			return nil, max(p.pos, start+1), false
		}
		return nil, start + 1, false
	}
	return n, p.pos, true
}

// escapedAhead reports whether an object's first key is written \" (escaped JSON).
func escapedAhead(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if i+1 < len(text) && text[i] == '\\' && text[i+1] == 'n' {
		return escapedAhead(text, i+2)
	}
	return i+1 < len(text) && text[i] == '\\' && text[i+1] == '"'
}

// unescapeRegion decodes one level of JSON string escaping from s, stopping at an unescaped
// double quote (the end of the enclosing string). It returns the decoded text and how many
// bytes of s it consumed.
func unescapeRegion(s string, budget *int) (string, int) {
	var b strings.Builder
	i := 0
	for i < len(s) {
		c := s[i]
		if c == '"' {
			break
		}
		if c == '\\' && i+1 < len(s) {
			e := s[i+1]
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
			case 'u':
				if r, ok := hex4(s, i+2); ok {
					b.WriteRune(r)
					i += 6
					continue
				}
				b.WriteString(`\u`)
			default:
				b.WriteByte(e)
			}
			i += 2
			continue
		}
		b.WriteByte(c)
		i++
	}
	*budget -= i
	return b.String(), i
}

// arena hands out the parser's nodes and member lists from chunks, a few allocations per
// paste instead of one per value, and keeps the stacks on which objects and arrays collect
// their members while they are read. An arena in a decode's scratch is rewound when the
// decode ends (nothing outside a decode points at a node), so its chunks serve the next.
type arena struct {
	nodes        []node   // the rest of the current chunk
	mems         []member // the rest of the current chunk of member lists
	stack        []member // members of the objects being read, innermost last
	items        []*node  // items of the arrays being read, innermost last
	objs         []*node  // the lists parseObjects returned, one after another
	nodeChunks   chunkPool[node]
	memberChunks chunkPool[member]
}

// chunkPool hands out chunks of arenaChunk values and takes them all back at once, zeroed
// so that they hold on to nothing of the paste they served; it keeps maxArenaChunks.
type chunkPool[T any] struct {
	used, free [][]T // handed out since the last release; ready for reuse
}

func (p *chunkPool[T]) take() []T {
	var c []T
	if n := len(p.free); n > 0 {
		c, p.free = p.free[n-1], p.free[:n-1]
	} else {
		c = make([]T, arenaChunk)
	}
	p.used = append(p.used, c)
	return c
}

// release takes the chunks back; left is how many values at the end of the last one were
// never handed out. Those are zero still, so only the others are cleared: a small paste
// uses a few values of a chunk, and clearing all 32 cost more than reading the body.
func (p *chunkPool[T]) release(left int) {
	for i, c := range p.used {
		if i == len(p.used)-1 {
			clear(c[:len(c)-left])
		} else {
			clear(c)
		}
		if len(p.free) < maxArenaChunks {
			p.free = append(p.free, c)
		}
	}
	clear(p.used)
	p.used = p.used[:0]
}

const (
	arenaChunk     = 32
	maxArenaChunks = 16 // kept for reuse; a larger paste's extra chunks go to the GC
)

func (a *arena) node(k nodeKind) *node {
	if len(a.nodes) == 0 {
		a.nodes = a.nodeChunks.take()
	}
	n := &a.nodes[0]
	a.nodes = a.nodes[1:]
	n.kind = k
	return n
}

func (a *arena) str(k nodeKind, s string) *node {
	n := a.node(k)
	n.str = s
	return n
}

// members returns a copy of ms with a backing array of its own length (so an append to
// one object's list can never write into another's).
func (a *arena) members(ms []member) []member {
	if len(ms) == 0 {
		return nil
	}
	if len(ms) > arenaChunk {
		return append([]member(nil), ms...) // a big object: its own list, not kept
	}
	if len(ms) > len(a.mems) {
		a.mems = a.memberChunks.take()
	}
	out := a.mems[:len(ms):len(ms)]
	a.mems = a.mems[len(ms):]
	copy(out, ms)
	return out
}

// rewind makes every chunk handed out free again, zeroed so that it holds on to nothing
// of the paste it served.
func (a *arena) rewind() {
	a.nodeChunks.release(len(a.nodes))
	a.memberChunks.release(len(a.mems))
	clear(a.stack[:cap(a.stack)])
	clear(a.items[:cap(a.items)])
	clear(a.objs[:cap(a.objs)])
	a.objs = a.objs[:0]
	a.nodes, a.mems, a.stack, a.items = nil, nil, a.stack[:0], a.items[:0]
}

// nodeList returns a copy of items.
func (a *arena) nodeList(items []*node) []*node {
	if len(items) == 0 {
		return nil
	}
	return append([]*node(nil), items...)
}
