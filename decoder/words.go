package decoder

import "strconv"

// How numbers, sizes, waits and quoted text are written in the sentences the decoder
// writes (evidence, the verdict, the fix). Every stage that words something uses these,
// so they live apart from any stage.

// sizeText renders a byte count for evidence ("1.5 MB").
func sizeText(n int) string {
	switch {
	case n >= 1<<20:
		return formatDecimal(float64(n)/(1<<20), 1) + " MB"
	case n >= 1<<10:
		return itoa(n>>10) + " KB"
	}
	return itoa(n) + " bytes"
}

func secondsText(ms int64) string {
	if ms%1000 == 0 {
		return strconv.FormatInt(ms/1000, 10) + " s"
	}
	return formatDecimal(float64(ms)/1000, 3) + " s"
}

// durationText writes a wait for a sentence: "19 s", "1.8 s", "9 min 38 s", "5 h 12 min".
func durationText(ms int64) string {
	s := (ms + 999) / 1000 // whole seconds round up: retrying early fails again
	switch {
	case ms < 10000:
		return secondsText(max(100, (ms+99)/100*100))
	case s < 60:
		return itoa(int(s)) + " s"
	case s < 3600:
		return joinUnits(s/60, "min", s%60, "s")
	case s >= 48*3600:
		return joinUnits(s/86400, "d", s%86400/3600, "h")
	}
	return joinUnits(s/3600, "h", s%3600/60, "min")
}

func joinUnits(a int64, ua string, b int64, ub string) string {
	out := itoa(int(a)) + " " + ua
	if b > 0 {
		out += " " + itoa(int(b)) + " " + ub
	}
	return out
}

// groupDigits writes n with thousands separators: 3872 -> "3,872".
func groupDigits(n int) string {
	s := itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// clip cuts s to at most n bytes on a rune boundary, marking the cut with "…". Not
// inlined: it runs on evidence text, a few times a decode.
//
//go:noinline
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// secondsNumber is secondsText without its unit: strconv writes numbers below 100 without
// allocating.
func secondsNumber(ms int64) string {
	if ms%1000 == 0 {
		return strconv.FormatInt(ms/1000, 10)
	}
	return formatDecimal(float64(ms)/1000, 3)
}

// timesWords is timesText(n) in two pieces, the count and the rest: "once", "" or "2",
// " times)". The rest closes the parenthesis SDKWait.words opens.
func timesWords(n int) (string, string) {
	if n == 1 {
		return "once", ")"
	}
	return itoa(n), " times)"
}

// appendWords appends parts to b: the sentences of SDKWait.words, whose numbers are
// pieces of their own.
//
//go:noinline
func appendWords(b []byte, parts ...string) []byte {
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// appendPadded appends itoa(n) with zeros put in front up to w bytes (a minus sign
// counted among them, as rfc3339 always wrote it).
func appendPadded(b []byte, n, w int) []byte {
	start := len(b)
	b = strconv.AppendInt(b, int64(n), 10)
	for len(b)-start < w {
		b = append(b, 0)
		copy(b[start+1:], b[start:])
		b[start] = '0'
	}
	return b
}
