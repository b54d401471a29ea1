// Command wasmsyms says where a GOOS=js wasm's bytes are: each section, and the code by
// package and by function, raw and gzip -9, so a size change can be traced to the code
// that made it. Build the wasm without -ldflags=-s (the name section names the functions):
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/errlens.wasm ./wasm
//	go run ./scripts/wasmsyms /tmp/errlens.wasm             # where the bytes are
//	go run ./scripts/wasmsyms old.wasm new.wasm             # what changed between two builds
//
// `go tool nm` does not read wasm, hence this. A function's gzipped figure is its body
// compressed alone (an upper bound: in the file it shares a window with its neighbours);
// a package's is what the whole code section's gzip loses without it (its marginal cost).
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	top := flag.Int("n", 40, "rows of each table")
	marginal := flag.Bool("marginal", true, "measure each listed package's marginal gzipped bytes (slower)")
	flag.Parse()
	mods := make([]*module, flag.NArg())
	for i, path := range flag.Args() {
		b, err := os.ReadFile(path)
		if err == nil {
			mods[i], err = parse(b)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "wasmsyms: %s: %v\n", path, err)
			os.Exit(1)
		}
	}
	switch len(mods) {
	case 1:
		report(mods[0], *top, *marginal)
	case 2:
		compare(mods[0], mods[1], *top, *marginal)
	default:
		fmt.Fprintln(os.Stderr, "usage: wasmsyms [-n rows] [-marginal=false] file.wasm [new.wasm]")
		os.Exit(2)
	}
}

// pkgOf names the package a function belongs to. The wasm linker writes a path's slashes as
// underscores ("internal_runtime_maps.newarray", "github.com_errlens_errlens_decoder.init"),
// so the package is what comes before the first dot, after a leading host name's dot.
func pkgOf(name string) string {
	start := 0
	if strings.HasPrefix(name, "github.com_") || strings.HasPrefix(name, "golang.org_") {
		start = strings.Index(name, "_")
	}
	if i := strings.Index(name[start:], "."); i >= 0 {
		return name[:start+i]
	}
	return name
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

type total struct {
	name      string
	raw, n    int
	gz        int // alone (function) or marginal (package)
	oldRaw    int
	oldGz     int
	oldN      int
	hasMargin bool
}

func byPackage(m *module) map[string]*total {
	t := map[string]*total{}
	for _, f := range m.funcs {
		p := pkgOf(f.name)
		if t[p] == nil {
			t[p] = &total{name: p}
		}
		t[p].raw += len(f.body)
		t[p].n++
	}
	return t
}

// codeWithout is the code section's bodies, in order, leaving out one package's.
func codeWithout(m *module, pkg string) []byte {
	var b []byte
	for _, f := range m.funcs {
		if pkg == "" || pkgOf(f.name) != pkg {
			b = append(b, f.body...)
		}
	}
	return b
}

func sectionTable(m *module) {
	names := map[byte]string{1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
		6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
	code, data := codeWithout(m, ""), []byte{}
	for _, s := range m.data {
		data = append(data, s.bytes...)
	}
	fmt.Printf("%-12s %10s %10s\n", "section", "raw", "gzip-9")
	for _, s := range m.sections {
		n := names[s.id]
		if s.id == 0 {
			n = "custom:" + s.name
		}
		g := ""
		switch s.id {
		case 10:
			g = fmt.Sprint(gz(code))
		case 11:
			g = fmt.Sprint(gz(data))
		}
		fmt.Printf("%-12s %10d %10s\n", n, s.size, g)
	}
	fmt.Printf("%d functions, %d data segments\n\n", len(m.funcs), len(m.data))
}

func report(m *module, top int, marginal bool) {
	sectionTable(m)
	pkgs := sorted(byPackage(m), func(t *total) int { return t.raw })
	if marginal {
		all := gz(codeWithout(m, ""))
		for _, t := range pkgs[:min(top, len(pkgs))] {
			t.gz, t.hasMargin = all-gz(codeWithout(m, t.name)), true
		}
	}
	fmt.Printf("%-52s %6s %10s %10s\n", "package", "funcs", "raw", "gzip")
	for _, t := range pkgs[:min(top, len(pkgs))] {
		fmt.Printf("%-52s %6d %10d %10s\n", t.name, t.n, t.raw, opt(t.hasMargin, t.gz))
	}
	fmt.Println()
	funcs := append([]function(nil), m.funcs...)
	sort.Slice(funcs, func(i, j int) bool { return len(funcs[i].body) > len(funcs[j].body) })
	fmt.Printf("%-70s %10s %10s\n", "function", "raw", "gzip alone")
	for _, f := range funcs[:min(top, len(funcs))] {
		fmt.Printf("%-70s %10d %10d\n", trim(f.name, 70), len(f.body), gz(f.body))
	}
}

func compare(old, cur *module, top int, marginal bool) {
	fmt.Println("old:")
	sectionTable(old)
	fmt.Println("new:")
	sectionTable(cur)
	pk := byPackage(cur)
	for name, o := range byPackage(old) {
		if pk[name] == nil {
			pk[name] = &total{name: name}
		}
		pk[name].oldRaw, pk[name].oldN = o.raw, o.n
	}
	pkgs := sorted(pk, func(t *total) int { return abs(t.raw - t.oldRaw) })
	rows := pkgs[:min(top, len(pkgs))]
	if marginal {
		allOld, allNew := gz(codeWithout(old, "")), gz(codeWithout(cur, ""))
		for _, t := range rows {
			t.oldGz = allOld - gz(codeWithout(old, t.name))
			t.gz = allNew - gz(codeWithout(cur, t.name))
			t.hasMargin = true
		}
	}
	fmt.Printf("%-48s %11s %9s %9s %9s %9s\n", "package", "funcs", "raw old", "raw new", "raw +/-", "gzip +/-")
	for _, t := range rows {
		fmt.Printf("%-48s %5d>%5d %9d %9d %+9d %9s\n", trim(t.name, 48), t.oldN, t.n, t.oldRaw, t.raw,
			t.raw-t.oldRaw, optSigned(t.hasMargin, t.gz-t.oldGz))
	}
	fmt.Println()
	fns := map[string]*total{}
	add := func(m *module, isOld bool) {
		for _, f := range m.funcs {
			t := fns[f.name]
			if t == nil {
				t = &total{name: f.name}
				fns[f.name] = t
			}
			if isOld {
				t.oldRaw, t.oldGz = len(f.body), gz(f.body)
			} else {
				t.raw, t.gz = len(f.body), gz(f.body)
			}
		}
	}
	add(old, true)
	add(cur, false)
	list := sorted(fns, func(t *total) int { return abs(t.raw - t.oldRaw) })
	fmt.Printf("%-76s %8s %8s %8s\n", "function", "raw old", "raw new", "gz +/-")
	for _, t := range list[:min(top, len(list))] {
		fmt.Printf("%-76s %8d %8d %+8d\n", trim(t.name, 76), t.oldRaw, t.raw, t.gz-t.oldGz)
	}
}

func sorted(m map[string]*total, key func(*total) int) []*total {
	var l []*total
	for _, t := range m {
		l = append(l, t)
	}
	sort.Slice(l, func(i, j int) bool {
		if key(l[i]) != key(l[j]) {
			return key(l[i]) > key(l[j])
		}
		return l[i].name < l[j].name
	})
	return l
}

func opt(ok bool, v int) string {
	if !ok {
		return "-"
	}
	return fmt.Sprint(v)
}

func optSigned(ok bool, v int) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%+d", v)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}
