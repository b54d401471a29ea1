// Command statussplit scores the status field on the tune split cut in two by id: the rows
// whose id's last part starts with a letter before -from (the studied part, whose misses
// status rules are written from) and the rest (held out: read by no rule's author, so its
// figure says how status reading generalises). It never reads eval.
//
//	go run ./scripts/statussplit [-from v] [-misses]
//
// -misses lists the studied part's status misses, -dump every studied row's labelled and
// decoded status (to diff two builds), and -forms every studied row's labelled status with
// the line of its paste that holds the number (the print families).
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/errlens/errlens/decoder"
	"github.com/errlens/errlens/internal/corpus"
)

func main() {
	dir := flag.String("dir", "decoder/testdata/corpus", "the corpus directory")
	from := flag.String("from", "v", "the first letter of the held-out part")
	misses := flag.Bool("misses", false, "list the studied part's status misses")
	forms := flag.Bool("forms", false, "print the studied rows' status lines")
	dump := flag.Bool("dump", false, "print every studied row's labelled and decoded status")
	flag.Parse()
	cases, err := corpus.Load(*dir, "tune")
	if err != nil {
		fmt.Fprintln(os.Stderr, "statussplit:", err)
		os.Exit(1)
	}
	d := decoder.New()
	var tally [2]struct{ right, of, none, extra int }
	for _, c := range cases {
		part := 0
		if heldOut(c.ID, *from) {
			part = 1
		}
		at := c.At()
		r := d.With(decoder.WithClock(func() time.Time { return at })).Decode(c.Input)
		t := &tally[part]
		t.of++
		switch {
		case r.HTTPStatus == c.Status():
			t.right++
		case r.HTTPStatus == 0:
			t.none++
		case c.Status() == 0:
			t.extra++
		}
		if part == 1 {
			continue
		}
		if *dump {
			fmt.Printf("row %s want %d got %d\n", c.ID, c.Status(), r.HTTPStatus)
		}
		if *misses && r.HTTPStatus != c.Status() {
			fmt.Printf("miss %s: want %d got %d\n", c.ID, c.Status(), r.HTTPStatus)
		}
		if *forms && c.Status() != 0 {
			fmt.Printf("%d %s\t%s\n", c.Status(), c.ID, lineWith(c.Input, c.Status()))
		}
	}
	for p, name := range []string{"studied", "held-out"} {
		t := tally[p]
		fmt.Printf("status %s rows=%d right=%d (%.1f%%) given-none=%d none-given=%d other=%d\n",
			name, t.of, t.right, 100*float64(t.right)/float64(t.of), t.none, t.extra, t.of-t.right-t.none-t.extra)
	}
}

// heldOut reports whether id's last part starts with a letter from from on.
func heldOut(id, from string) bool {
	suffix := id[strings.LastIndexByte(id, '-')+1:]
	return suffix != "" && suffix[:1] >= from && suffix[0] >= 'a'
}

// lineWith is the first line of in that holds the status's digits, cut to 160 bytes.
func lineWith(in string, status int) string {
	s := strconv.Itoa(status)
	for _, l := range strings.Split(in, "\n") {
		if strings.Contains(l, s) {
			return cut(l, s)
		}
	}
	return "(not printed) " + cut(strings.SplitN(in, "\n", 2)[0], "")
}

func cut(l, s string) string {
	i := max(0, strings.Index(l, s)-80)
	return l[i:min(len(l), i+160)]
}
