package main

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/errlens/errlens/decoder"
)

// -explain: the evidence lines numbered, then the lines of the paste that decided the
// answer with the deciding characters underlined, as a compiler points at code:
//
//	  1 | HTTP/1.1 429 Too Many Requests
//	    |          ^^^ http_status (evidence 0)
//
// A long line (a one-line JSON body) is shown in windows around its spans, "…" where
// text is left out, so carets stay under their characters within a screen's width.

const (
	explainCols = width - 8 // room for the line number and the bar
	windowPad   = 16        // bytes of context either side of a span in a long line
)

// mark is one span's part on one line: bytes start to end of the line, and the label shown
// under it on the line where the span starts ("" on the lines it continues onto).
type mark struct {
	start, end int
	label      string
}

// writeAnswer writes the human answer, and with explain its evidence numbered and the
// deciding lines (in place of the plain evidence list).
func writeAnswer(w io.Writer, in string, r decoder.Result, color, explain bool) error {
	if !explain {
		return writeHuman(w, r, color)
	}
	h := r
	h.Evidence = nil // written numbered below
	if err := writeHuman(w, h, color); err != nil {
		return err
	}
	return writeExplain(w, in, r, color)
}

// writeExplain writes the numbered evidence and the paste's deciding lines with carets.
func writeExplain(w io.Writer, in string, r decoder.Result, color bool) error {
	p := &printer{color: color}
	items := make([]string, len(r.Evidence))
	for i, e := range r.Evidence {
		items[i] = strconv.Itoa(i) + "  " + e
	}
	p.list("evidence", items)
	if len(r.Spans) == 0 {
		p.field("where", "nothing in the paste can be pointed at for these answers", "")
	} else {
		p.b.WriteString(p.paint(sgrDim, "where") + "\n")
		explainLines(p, in, r.Spans)
	}
	_, err := io.WriteString(w, p.b.String())
	return err
}

// explainLines writes each line that holds a span, in order, "..." between lines apart.
func explainLines(p *printer, in string, spans []decoder.Span) {
	starts := lineStarts(in)
	byLine := map[int][]mark{}
	for _, sp := range spans {
		label := sp.Field
		if sp.Evidence >= 0 {
			label += " (evidence " + strconv.Itoa(sp.Evidence) + ")"
		}
		for n := lineOf(starts, sp.Start); n < len(starts) && starts[n] < sp.End; n++ {
			ls, le := starts[n], lineEnd(in, starts[n])
			m := mark{max(sp.Start, ls) - ls, min(sp.End, le) - ls, ""}
			if sp.Start >= ls {
				m.label = label
			}
			if m.end > m.start {
				byLine[n] = append(byLine[n], m)
			}
		}
	}
	lines := make([]int, 0, len(byLine))
	for n := range byLine {
		lines = append(lines, n)
	}
	sort.Ints(lines)
	numWidth := len(strconv.Itoa(lines[len(lines)-1] + 1))
	for i, n := range lines {
		if i > 0 && n > lines[i-1]+1 {
			p.b.WriteString(strings.Repeat(" ", numWidth+1) + p.paint(sgrDim, "...") + "\n")
		}
		ms := byLine[n]
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].start < ms[b].start })
		line := in[starts[n]:lineEnd(in, starts[n])]
		for _, win := range windows(line, ms) {
			explainWindow(p, line, win, ms, n+1, numWidth)
		}
	}
}

// window is the part of a line shown in one row: all of a short line, or the text around
// a few neighbouring spans of a long one.
type window struct{ start, end int }

// windows cuts a line into the rows that show its marks: all of a short line; of a long
// one, from a little before a mark to at most a screen's width on, each mark starting in
// the row that shows it.
func windows(line string, ms []mark) []window {
	if utf8.RuneCountInString(line) <= explainCols {
		return []window{{0, len(line)}}
	}
	var ws []window
	for _, m := range ms {
		if n := len(ws); n > 0 && m.start < ws[n-1].limit(line) {
			ws[n-1].end = max(ws[n-1].end, min(m.end+windowPad, ws[n-1].limit(line)))
			continue
		}
		w := window{start: runeStart(line, max(0, m.start-windowPad))}
		if n := len(ws); n > 0 {
			w.start = max(w.start, ws[n-1].end)
		}
		w.end = min(runeStart(line, min(len(line), m.end+windowPad)), w.limit(line))
		ws = append(ws, w)
	}
	return ws
}

// limit is where a row starting at w.start must end: a screen's width of characters on.
func (w window) limit(line string) int {
	i, n := w.start, 0
	for i < len(line) && n < explainCols {
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
		n++
	}
	return i
}

// explainWindow writes one row of a line and one row of carets per mark starting in it
// (marks of the same characters share a row).
func explainWindow(p *printer, line string, win window, ms []mark, num, numWidth int) {
	text, cols := display(line[win.start:win.end])
	pre, post := "", ""
	if win.start > 0 {
		pre = "… "
	}
	if win.end < len(line) {
		post = " …"
	}
	lead := utf8.RuneCountInString(pre)
	numText := strconv.Itoa(num)
	p.b.WriteString(strings.Repeat(" ", numWidth-len(numText)) + p.paint(sgrDim, numText+" | ") + pre + text + post + "\n")
	for i, m := range ms {
		if m.start < win.start || m.start >= win.end || i > 0 && ms[i-1].start == m.start && ms[i-1].end == m.end {
			continue // another row's, or written with the one before
		}
		label := m.label
		for _, o := range ms[i+1:] {
			if o.start == m.start && o.end == m.end && o.label != "" {
				label = strings.TrimPrefix(label+", "+o.label, ", ")
			}
		}
		from := colOf(cols, m.start-win.start)
		to := colOf(cols, min(m.end, win.end)-win.start)
		carets := strings.Repeat("^", max(1, to-from))
		if label != "" {
			carets += " " + label
		}
		p.b.WriteString(strings.Repeat(" ", numWidth) + p.paint(sgrDim, " | ") + strings.Repeat(" ", lead+from) + p.paint(sgrYellow, carets) + "\n")
	}
}

// display is text as one terminal row: tabs and control characters as spaces, invalid
// bytes as U+FFFD, and for each byte of text the column its character starts at (wide
// characters are counted as one column: the carets may drift under them).
func display(text string) (string, []int) {
	var b strings.Builder
	cols := make([]int, 0, len(text))
	col := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r < 0x20 || r == 0x7f:
			r = ' '
		case r == utf8.RuneError && size == 1:
			r = '\uFFFD'
		}
		b.WriteRune(r)
		for range size {
			cols = append(cols, col)
		}
		col++
		i += size
	}
	return b.String(), cols
}

// colOf is the column of byte i of a displayed text (its end for i past the last byte).
func colOf(cols []int, i int) int {
	if i < len(cols) {
		return cols[i]
	}
	if len(cols) == 0 {
		return 0
	}
	return cols[len(cols)-1] + 1
}

// lineStarts returns where each line of in starts.
func lineStarts(in string) []int {
	starts := []int{0}
	for i := 0; i < len(in); i++ {
		if in[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf returns the index of the line holding byte off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
}

// lineEnd returns where the line starting at start ends, before its newline (and the CR
// of a CRLF).
func lineEnd(in string, start int) int {
	end := len(in)
	if i := strings.IndexByte(in[start:], '\n'); i >= 0 {
		end = start + i
	}
	if end > start && in[end-1] == '\r' {
		end--
	}
	return end
}

// runeStart moves i back to the start of the character it is in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
