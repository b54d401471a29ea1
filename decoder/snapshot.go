package decoder

import (
	"errors"
	"runtime"
	"strings"
)

// The compiled catalog ("snapshot") is what the decoder loads at start-up: every catalog
// file and everything the engine derives from them (weights, indexes), written at build
// time by the catalog compiler (`make catalog`) into catalog.bin. Reading it costs a few
// milliseconds instead of parsing 600 KB of JSON and re-deriving the indexes, which matters
// most in the browser, where the decoder must be ready before the user has pasted.
//
// Layout: the magic, a table of every distinct string (their count, then each ended by a
// NUL byte), then the body, whose numbers are varints and whose strings are 0 for the next
// string of the table, read for the first time, or 1 + the index of one read before. Both
// choices are for gzip, which the wasm is served with: text ended by a NUL compresses like
// the JSON it came from, where a length before each string breaks it up, and the first use
// of most strings (titles, fixes, phrases) is the same byte every time, where its index was
// a number no other place repeats (2026-12-07: the catalog 195,540 -> 172,240 B gzipped).
// One function per type describes
// the layout for both directions (see coder), so writer and reader cannot disagree.
// Only the literal automaton is not stored: it is rebuilt from the literals' text, which is
// faster than reading a table of its size.

const snapshotMagic = "errlens catalog v7\n"

// coder walks a value field by field, either writing it (snapWriter) or filling it in
// (snapReader).
type coder interface {
	str(*string)
	int(*int)
	bool(*bool)
	// length codes a slice's or map's length; nil is kept apart from empty, so a snapshot
	// reads back exactly what the JSON loader built.
	length(n int, isNil bool) (int, bool)
	reading() bool
}

func codeSlice[T any](c coder, s *[]T, each func(*T)) {
	n, isNil := c.length(len(*s), *s == nil)
	if c.reading() {
		*s = nil
		if !isNil {
			*s = make([]T, n)
		}
	}
	for i := range *s {
		each(&(*s)[i])
	}
}

// codeMap writes a map's keys in sorted order, so the same catalog always compiles to the
// same bytes.
func codeMap[K int | string, V any](c coder, m *map[K]V, key func(*K), val func(*V)) {
	if c.reading() {
		n, isNil := c.length(0, false)
		*m = nil
		if isNil {
			return
		}
		*m = make(map[K]V, n)
		for range n {
			var k K
			var v V
			key(&k)
			val(&v)
			(*m)[k] = v
		}
		return
	}
	if !compilesCatalogs {
		return // not reached: encodeSnapshot refuses first
	}
	var keys []K
	for k := range *m {
		keys = append(keys, k)
	}
	sortStable(keys, func(a, b K) bool { return a < b }) // slices.Sort would add 15 KB of wasm
	c.length(len(keys), *m == nil)
	for _, k := range keys {
		v := (*m)[k]
		key(&k)
		val(&v)
	}
}

// compilesCatalogs is false in WebAssembly, where catalogs are only read: the page and the
// wasm tests load catalog.bin, and `make catalog` compiles it on the host. There
// encodeSnapshot refuses, so the writer and codeMap's sorted writing, one copy of it for
// each map type the catalog holds (19 KB raw, 2.5 KB of the gzipped wasm), are not linked.
const compilesCatalogs = runtime.GOOS != "js"

// codeStrs, codeInts and codeStrMap are not inlined: they run while the catalog is read,
// once, and inlined the generic loops were copied into every record's coder.
//
//go:noinline
func codeStrs(c coder, s *[]string) { codeSlice(c, s, c.str) }

//go:noinline
func codeInts(c coder, s *[]int) { codeSlice(c, s, c.int) }

//go:noinline
func codeStrMap(c coder, m *map[string]string) {
	codeMap(c, m, c.str, c.str)
}

func codeProvider(c coder, p *Provider) {
	c.str(&p.Slug)
	c.str(&p.Kind)
	c.str(&p.Name)
	c.str(&p.Docs)
	c.str(&p.About)
	c.str(&p.DefaultProvider)
	codeStrs(c, &p.AlsoCalls)
	c.bool(&p.OwnAPI)
	c.bool(&p.App)
	c.bool(&p.StatusNeedsSignal)
	c.bool(&p.SelfHosted)
	c.bool(&p.CodeIsStatus)
	codeSlice(c, &p.OperationStatuses, func(o *OperationStatus) {
		c.str(&o.Code)
		c.int(&o.Status)
		codeStrs(c, &o.Operations)
	})
	// A signal's and an operation status's Source are for the one checking the JSON file
	// against the tool or the service: no answer quotes them, so catalog.bin leaves them
	// out (2,000 B of the gzipped wasm).
	codeSlice(c, &p.Signals, func(s *Signal) {
		c.str(&s.Kind)
		c.str(&s.Text)
		c.int(&s.Weight)
	})
	sdk := &p.SDK
	for _, cl := range []*SDKClient{&sdk.Python, &sdk.Node} {
		c.str(&cl.Package)
		c.str(&cl.Option)
		c.int(&cl.Retries)
		c.int(&cl.TimeoutS)
		c.str(&cl.Note)
	}
	codeStrs(c, &sdk.RetryOn)
	c.str(&sdk.Backoff)
	c.str(&sdk.Source)
	c.str(&sdk.Notes)
	codeMap(c, &sdk.Classes, c.str, func(m *map[string]string) { codeStrMap(c, m) })
	codeMap(c, &sdk.FormerClasses, c.str, func(m *map[string]string) { codeStrMap(c, m) })
	c.str(&sdk.PostRetry)
	codeSlice(c, &sdk.Clients, func(r *SDKRetrier) { codeRetrier(c, r) })
	c.str(&sdk.ClientsOf)
	codeRetrier(c, &sdk.RetryDefault)
	c.bool(&p.Limits.DailyResetPacificMidnight)
	c.str(&p.Limits.ClockZone)
	codeStrMap(c, &p.Limits.HeaderWindows)
	c.int(&p.Limits.LongestRetriedWaitS)
	c.bool(&p.Limits.WaitRepeats)
	codeSlice(c, &p.Errors, func(e *Entry) {
		c.str(&e.ID)
		c.int(&e.Status)
		c.str(&e.Code)
		c.str(&e.Type)
		codeStrs(c, &e.Aliases)
		codeStrs(c, &e.Phrases)
		cat := string(e.Category)
		c.str(&cat)
		e.Category = Category(cat)
		c.bool(&e.Retryable)
		c.str(&e.Title)
		c.str(&e.Fix)
		c.str(&e.Source)
		codeStrMap(c, &e.Class)
		codeStrs(c, &e.Fields)
		c.str(&e.SDK)
		c.str(&e.Window)
		c.bool(&e.Unsent)
		c.bool(&e.StatusWorded)
	})
}

// codeEngine codes everything newEngine derives from the catalog but what engine.finish
// rebuilds at load (the markers, the automaton, the retries sentences).
func codeEngine(c coder, e *engine) {
	info := e.info
	if !c.reading() {
		info = catalogLiterals(info)
	}
	// A literal's file and entry are stored as the difference from the literal before (0
	// or 1 mostly, which gzip reads as a pattern); its ends are derived from its kind and
	// text (literalEnds), as addLiteral does.
	var prev literal
	codeSlice(c, &info, func(l *literal) {
		df, de := l.file-prev.file, l.entry-prev.entry
		c.int(&df)
		c.int(&de)
		l.file, l.entry = prev.file+df, prev.entry+de
		c.int(&l.marker)
		c.str(&l.kind)
		c.int(&l.weight)
		c.str(&l.text)
		c.bool(&l.shared)
		if c.reading() && l.text != "" {
			l.left, l.right = literalEnds(l.kind, l.text)
		}
		prev = *l
	})
	if c.reading() {
		e.info = info
	}
	refs := func(rs *[]ref) {
		codeSlice(c, rs, func(r *ref) {
			c.int(&r.file)
			c.int(&r.entry)
		})
	}
	ints := func(s *[]int) { codeInts(c, s) }
	codeMap(c, &e.owners, c.str, ints)
	codeMap(c, &e.exact, c.str, ints)
	codeMap(c, &e.classes, c.str, func(ci *classInfo) {
		c.int(&ci.status)
		c.bool(&ci.statusClass)
		c.bool(&ci.noResponse)
	})
	codeSlice(c, &e.fieldSig, func(f *fieldSignal) {
		c.int(&f.file)
		c.str(&f.text)
		c.int(&f.weight)
	})
	codeInts(c, &e.generics)
	codeSlice(c, &e.norm, func(keys *[]normKeys) {
		codeSlice(c, keys, func(k *normKeys) {
			codeStrs(c, &k.codes)
			c.str(&k.typ)
		})
	})
	codeMap(c, &e.fieldKeys, c.str, c.bool)
	codeMap(c, &e.byKey, c.str, refs)
	codeMap(c, &e.byClass, c.str, refs)
	codeMap(c, &e.byStatus, c.int, refs)
}

// codeCatalog codes the files, then the engine built from them.
func codeCatalog(c coder, files *[]*Provider, e *engine) {
	codeSlice(c, files, func(p **Provider) {
		if c.reading() {
			*p = &Provider{}
		}
		codeProvider(c, *p)
	})
	codeEngine(c, e)
	codeFallback(c, &e.fallback)
}

// codeFallback codes the learned fallback's table (fallback.go): the rule, the categories, the counts and
// zeros, then the words and their rows of lifts. The word index (rows) is not stored but
// rebuilt from the words. No table (an engine built without one) is stored as an empty
// one, which never answers.
func codeFallback(c coder, tp **fallbackTable) {
	if *tp == nil {
		*tp = &fallbackTable{}
	}
	t := *tp
	c.int(&t.minWords)
	c.int(&t.margin)
	codeSlice(c, &t.cats, func(k *Category) {
		s := string(*k)
		c.str(&s)
		*k = Category(s)
	})
	codeInts(c, &t.pastes)
	codeInts(c, &t.entries)
	codeInts(c, &t.zero)
	codeStrs(c, &t.names)
	codeSlice(c, &t.lifts, func(row *[]int) { codeInts(c, row) })
	if c.reading() {
		t.rows = make(map[string]int, len(t.names))
		for i, w := range t.names {
			t.rows[w] = i
		}
	}
}

// markerEngine is the engine of an empty catalog, the decoder's own markers only: what
// Decode runs on if the compiled catalog cannot be read. (newEngine(nil) would do the same,
// but would bring the whole catalog compiler into the WebAssembly build.)
func markerEngine() *engine {
	e := &engine{}
	e.finish()
	return e
}

// catalogLiterals is info without the markers, which addMarkers puts last.
func catalogLiterals(info []literal) []literal {
	n := len(info)
	for n > 0 && info[n-1].file < 0 {
		n--
	}
	return info[:n]
}

// encodeSnapshot compiles files and their engine into the snapshot format. A string that
// holds a NUL byte cannot be stored. In WebAssembly it refuses (compilesCatalogs).
func encodeSnapshot(files []*Provider, e *engine) ([]byte, error) {
	if !compilesCatalogs {
		return nil, errWasmCompiles
	}
	w := &snapWriter{index: map[string]int{}}
	codeCatalog(w, &files, e)
	out := []byte(snapshotMagic)
	out = appendUvarint(out, uint64(len(w.table)))
	for _, s := range w.table {
		if strings.IndexByte(s, 0) >= 0 {
			return nil, errors.New("a catalog string holds a NUL byte: " + s[:min(len(s), 60)])
		}
		out = append(append(out, s...), 0)
	}
	return append(out, w.body...), nil
}

var errWasmCompiles = errors.New("catalogs are compiled on the host (make catalog), not in WebAssembly")

// decodeSnapshot reads a snapshot back into catalog files and a ready engine. Its strings
// share the snapshot's memory.
func decodeSnapshot(data string) (files []*Provider, e *engine, err error) {
	if len(data) < len(snapshotMagic) || data[:len(snapshotMagic)] != snapshotMagic {
		return nil, nil, errors.New("compiled catalog: not a snapshot of this version; run make catalog")
	}
	r := &snapReader{data: data, pos: len(snapshotMagic)}
	n := r.uvarint()
	if n > uint64(len(data)) {
		r.fail()
	}
	r.table = make([]string, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		l := strings.IndexByte(data[r.pos:], 0)
		if l < 0 {
			r.fail()
			break
		}
		r.table = append(r.table, data[r.pos:r.pos+l])
		r.pos += l + 1
	}
	e = &engine{}
	codeCatalog(r, &files, e)
	if r.err == nil && r.pos != len(data) {
		r.fail()
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	e.files = files
	e.finish()
	return files, e, nil
}

// snapWriter appends to body, interning strings in table.
type snapWriter struct {
	table []string
	index map[string]int
	body  []byte
}

func (w *snapWriter) reading() bool { return false }
func (w *snapWriter) str(s *string) {
	i, ok := w.index[*s]
	if !ok {
		w.index[*s] = len(w.table)
		w.table = append(w.table, *s)
		w.body = append(w.body, 0) // the next string of the table
		return
	}
	w.body = appendUvarint(w.body, uint64(i)+1)
}
func (w *snapWriter) int(v *int) {
	// Zig-zag, so the -1s (no entry, no marker) take one byte.
	w.body = appendUvarint(w.body, uint64(*v<<1)^uint64(*v>>63))
}
func (w *snapWriter) bool(v *bool) {
	b := byte(0)
	if *v {
		b = 1
	}
	w.body = append(w.body, b)
}
func (w *snapWriter) length(n int, isNil bool) (int, bool) {
	if isNil {
		w.body = appendUvarint(w.body, 0)
	} else {
		w.body = appendUvarint(w.body, uint64(n)+1)
	}
	return n, isNil
}

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// snapReader reads a snapshot; after the first inconsistency it only returns zero values,
// so a damaged snapshot is an error, never a panic.
type snapReader struct {
	data  string
	pos   int
	table []string
	next  int // how many strings of table the body has read so far
	err   error
}

var errSnapshot = errors.New("compiled catalog: damaged; run make catalog")

// fail records that the snapshot is damaged. Not inlined: it runs only on a damaged
// snapshot, and its copies sat in every reader method.
//
//go:noinline
func (r *snapReader) fail() {
	if r.err == nil {
		r.err = errSnapshot
	}
}

func (r *snapReader) reading() bool { return true }

func (r *snapReader) uvarint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.err != nil || r.pos >= len(r.data) {
			r.fail()
			return 0
		}
		b := r.data[r.pos]
		r.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	r.fail()
	return 0
}

func (r *snapReader) str(s *string) {
	i := r.uvarint()
	if i == 0 && r.next < len(r.table) { // the next string of the table, read for the first time
		r.next++
		i = uint64(r.next)
	}
	if i == 0 || i > uint64(r.next) {
		r.fail()
		*s = ""
		return
	}
	*s = r.table[i-1]
}

func (r *snapReader) int(v *int) {
	u := r.uvarint()
	*v = int(u>>1) ^ -int(u&1)
}

func (r *snapReader) bool(v *bool) {
	if r.err != nil || r.pos >= len(r.data) || r.data[r.pos] > 1 {
		r.fail()
		*v = false
		return
	}
	*v = r.data[r.pos] == 1
	r.pos++
}

func (r *snapReader) length(int, bool) (int, bool) {
	u := r.uvarint()
	// Every element takes at least one byte, which bounds a damaged length.
	if u > uint64(len(r.data)-r.pos)+1 {
		r.fail()
		return 0, true
	}
	if u == 0 {
		return 0, true
	}
	return int(u - 1), false
}

func codeRetrier(c coder, r *SDKRetrier) {
	c.str(&r.Name)
	c.str(&r.Language)
	c.int(&r.Retries)
	codeStrs(c, &r.RetryOn)
	codeStrs(c, &r.Reads)
	c.int(&r.WaitMaxS)
	c.str(&r.OverMax)
	c.int(&r.BackoffBaseMS)
	c.int(&r.BackoffMaxMS)
	c.int(&r.JitterLowPct)
	c.int(&r.JitterHighPct)
	c.str(&r.Policy)
	c.str(&r.Source)
}
