package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// module is what wasmsyms reads of a wasm file: the size of each section, and each
// function's body with the name the name section gives it (absent with -ldflags=-s).
type module struct {
	sections []section
	funcs    []function
	data     []segment
}

type section struct {
	id   byte
	name string // custom sections only
	size int
}

type function struct {
	name string
	body []byte
}

type segment struct {
	offset uint64 // address in linear memory (Go's data starts at 4096)
	bytes  []byte
}

// reader walks the LEB128-encoded wasm binary format.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.err = errors.New("truncated")
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) uleb() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = errors.New("bad LEB128")
		return 0
	}
	r.off += n
	return v
}

// sleb reads a signed LEB128 (i32.const/i64.const in a data segment's offset).
func (r *reader) sleb() int64 {
	var v int64
	var shift uint
	for {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if r.err != nil {
			return 0
		}
	}
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || r.off+n > len(r.b) {
		r.err = errors.New("truncated")
		return nil
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p
}

func (r *reader) name() string { return string(r.bytes(int(r.uleb()))) }

func parse(b []byte) (*module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm module")
	}
	m := &module{}
	r := &reader{b: b, off: 8}
	imported := 0
	var bodies [][]byte
	names := map[int]string{}
	for r.off < len(b) && r.err == nil {
		id := r.byte()
		size := int(r.uleb())
		payload := &reader{b: r.bytes(size)}
		s := section{id: id, size: size}
		switch id {
		case 0:
			s.name = payload.name()
			if s.name == "name" {
				readNames(payload, names)
			}
		case 2:
			imported = countFuncImports(payload)
		case 10:
			for n := payload.uleb(); n > 0 && payload.err == nil; n-- {
				bodies = append(bodies, payload.bytes(int(payload.uleb())))
			}
		case 11:
			m.data = readData(payload)
		}
		if payload.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, payload.err)
		}
		m.sections = append(m.sections, s)
	}
	for i, body := range bodies {
		m.funcs = append(m.funcs, function{name: names[imported+i], body: body})
	}
	return m, r.err
}

// countFuncImports counts imported functions: they come first in the function index space
// the name section numbers.
func countFuncImports(r *reader) int {
	funcs := 0
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch r.byte() {
		case 0:
			r.uleb()
			funcs++
		case 1:
			r.byte()
			readLimits(r)
		case 2:
			readLimits(r)
		case 3:
			r.byte()
			r.byte()
		}
	}
	return funcs
}

func readLimits(r *reader) {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

func readNames(r *reader, names map[int]string) {
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		sub := &reader{b: r.bytes(int(r.uleb()))}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			idx := int(sub.uleb())
			names[idx] = sub.name()
		}
	}
}

// readData reads active data segments: flags 0, an i32.const offset expression, the bytes.
func readData(r *reader) []segment {
	var segs []segment
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		if r.uleb() != 0 {
			r.err = errors.New("unsupported data segment kind")
			return nil
		}
		var off int64
		for op := r.byte(); op != 0x0b && r.err == nil; op = r.byte() {
			if op == 0x41 || op == 0x42 {
				off = r.sleb()
			}
		}
		segs = append(segs, segment{offset: uint64(off), bytes: r.bytes(int(r.uleb()))})
	}
	return segs
}
