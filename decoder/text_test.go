package decoder

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The allocation-free helpers must answer exactly as the strings calls they replace.
var textCases = []string{
	"", " ", "a", "rate_limit_exceeded", "RATE_LIMIT_EXCEEDED", " ThrottlingException ",
	"com.amazon.coral.validate#ThrottlingException", "exception", "Exception", "xException",
	"EXCEPTION", "a.b-c d_e", "two  spaces", "tab\there", "line\nbreak", " lead", "trail ",
	"ünïcode Error", "K\u212a", "İstanbul", "\u00a0nbsp\u00a0", "a\u0085b", "\xff\xfe", "x\vy\fz",
	"Number of request tokens", "#", "#Exception", "a#b#c", "HTTP/1.1", "HTTP/1.1 \t", "Error Code:",
	"API ERROR CODE:", "\u212aerror code:", "x\u212a", "HTTP/2\u00a0x",
}

func textInputs() []string {
	in := append([]string(nil), textCases...)
	for _, f := range load().eng.files {
		for _, en := range f.Errors {
			in = append(in, en.Code, en.Type, en.ID)
			in = append(in, en.Aliases...)
			in = append(in, en.Phrases...)
		}
	}
	return in
}

func TestTextHelpersMatchStrings(t *testing.T) {
	for _, s := range textInputs() {
		if got, want := string(appendNorm(nil, s)), normCode(s); got != want {
			t.Errorf("appendNorm(%q) = %q, normCode gives %q", s, got, want)
		}
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
		if got, want := lowerChanges(s), strings.ToLower(s) != s; got != want {
			t.Errorf("lowerChanges(%q) = %v, want %v", s, got, want)
		}
		for _, tail := range []string{"", " :=", "\t'\"`[(*", "x:", "\u00e9 ("} {
			if got, want := trimLabelEnd(s+tail), strings.TrimRight(s+tail, " :=\t'\"`[(*"); got != want {
				t.Errorf("trimLabelEnd(%q) = %q, want %q", s+tail, got, want)
			}
		}
		if got, want := oneField(s), len(strings.Fields(s)) == 1; got != want {
			t.Errorf("oneField(%q) = %v, want %v", s, got, want)
		}
		for _, suffix := range []string{"error code:", "exception", "s", ""} {
			if got, want := hasLowerSuffix(s, suffix), strings.HasSuffix(strings.ToLower(s), suffix); got != want {
				t.Errorf("hasLowerSuffix(%q, %q) = %v, want %v", s, suffix, got, want)
			}
		}
		for _, other := range []string{strings.ToLower(s), strings.ToUpper(s), "x", ""} {
			if got, want := sameLower(s, other), strings.ToLower(s) == strings.ToLower(other); got != want {
				t.Errorf("sameLower(%q, %q) = %v, want %v", s, other, got, want)
			}
		}
		for _, low := range []string{strings.ToLower(s), s, "x"} {
			if got, want := lowerIs(s, low), strings.ToLower(s) == low; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", s, low, got, want)
			}
		}
	}
	all := textInputs()
	norms := appendNormEach(nil, len(all), func(i int) string { return all[i] })
	for i, s := range all {
		if norms[i] != normCode(s) {
			t.Errorf("appendNormEach: %q gives %q, normCode %q", s, norms[i], normCode(s))
		}
	}
	lows := lowerEach(len(all), func(i int) (string, string) { return all[(i+1)%len(all)], all[i] })
	for i, s := range all {
		full := s
		if m := all[(i+1)%len(all)]; m != "" {
			full = m + "." + s
		}
		if lows[i] != strings.ToLower(full) {
			t.Errorf("lowerEach: %q gives %q, want %q", full, lows[i], strings.ToLower(full))
		}
	}
}

func TestDigitsValueMatchesAtoi(t *testing.T) {
	for _, s := range []string{"", ",", "0", "42", "1,000", "12,345,678", ",1,", "9223372036854775807", "9223372036854775808", "99999999999999999999", "00012"} {
		want, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		got, ok := digitsValue(s)
		if ok != (err == nil) || (ok && got != want) {
			t.Errorf("digitsValue(%q) = %d, %v; Atoi gives %d, %v", s, got, ok, want, err)
		}
	}
}

func TestReadAmountAtMatchesReadAmount(t *testing.T) {
	var in []string
	for _, n := range []string{"4", "4.5", "20", "7.66", "1", "0", ".5", "4.", "1e3", "12.5.6"} {
		for _, u := range []string{"s", "S", "ms", "MS", "Ms", "m0s", "M0S", "h", "H", "", ".", "s.", " seconds", " Seconds", " SECONDS", "  minutes",
			" min", " Min.", " hours", " Hour", " millis", " milliseconds", "second", "sec", " x", "mhs", "sm"} {
			for _, tail := range []string{"", ". Visit https://x", " and try", "\u00e9t\u00e9", "Z"} {
				in = append(in, n+u+tail)
			}
		}
	}
	in = append(in, "", " 4s", "abc", "\u212a4s", "4\u212a")
	for _, s := range in {
		ms, used, ok := readAmountAt(s)
		wms, wused, wok := readAmount(strings.ToLower(s))
		if ms != wms || used != wused || ok != wok {
			t.Errorf("readAmountAt(%q) = %d, %d, %v; readAmount gives %d, %d, %v", s, ms, used, ok, wms, wused, wok)
		}
	}
}

// readAmount is how amounts were read before readAmountAt, from lower-cased text, kept as
// its specification.
func readAmount(s string) (int64, int, bool) {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' || s[i] == 'm' || s[i] == 's' || s[i] == 'h') {
		i++
	}
	tok := strings.TrimRight(s[:i], ".")
	i = len(tok)
	if tok == "" || !isDigit(tok[0]) {
		return 0, 0, false
	}
	// "7.66s", "20ms", "6m0s"
	if ms, ok := parseDuration(tok); ok && !isAllNumber(tok) {
		return ms, i, true
	}
	num := strings.TrimRight(tok, "mhs")
	f, ok := parseDecimal(num)
	if !ok || f < 0 || f > 1e7 {
		return 0, 0, false
	}
	rest := strings.TrimLeft(s[len(num):], " ")
	for _, u := range waitUnits {
		if strings.HasPrefix(rest, u.word) {
			end := len(s) - len(rest) + len(u.word)
			return wholeMS(f * u.ms), end, true
		}
	}
	return 0, 0, false
}

// The two passes inspect replaces, kept as its specification.

// looksBinary reports whether the start of s is mostly not text.
func looksBinary(s string) bool {
	n := min(len(s), 4096)
	if n == 0 {
		return false
	}
	bad := 0
	for i := 0; i < n; {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1b) {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:n])
		if r == utf8.RuneError && size == 1 && n-i >= utf8.UTFMax {
			bad++ // a byte that starts no character (a rune cut by the 4 KB window is fine)
		}
		i += size
	}
	return bad*10 > n
}

// needsCleaning reports whether s holds a byte normalize removes or replaces.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b || c == '\r' || c == 0 || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

func TestInspectMatchesTwoPasses(t *testing.T) {
	var in []string
	for _, s := range textInputs() {
		in = append(in, s, s+"\r\n", "\x1b[31m"+s, s+"\x00", strings.Repeat(s+"\x01\x02", 300), strings.Repeat("é", 2100)+s)
	}
	in = append(in, strings.Repeat("a", 5000)+"\r", strings.Repeat("\xff", 5000), strings.Repeat("a\xff", 3000), "")
	for _, s := range in {
		b, d := inspect(s)
		if b != looksBinary(s) || d != needsCleaning(s) {
			t.Errorf("inspect(%.40q) = %v, %v; want %v, %v", s, b, d, looksBinary(s), needsCleaning(s))
		}
	}
}

func TestPrintable8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := c >= 0x20 && c < 0x80
			if got := printable8(word8(string(b), 0)); got != want {
				t.Fatalf("printable8 with byte %#x at %d = %v", c, pos, got)
			}
		}
	}
	if !printable8(word8("  ~~\x7f\x7f  ", 0)) || printable8(word8("\x1f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", 0)) {
		t.Fatal("printable8 edges")
	}
}

func TestLowDigit8(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{'a', '9', '6', ' ', 0xff, 0x80} {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[pos] = byte(c)
				want := c >= '0' && c <= '5'
				if got := lowDigit8(word8(string(b), 0)) != 0; got != want {
					t.Fatalf("lowDigit8(%q) = %v", b, got)
				}
			}
		}
	}
}

// Evidence lines come out valid UTF-8, as sanitize made them one by one before.
func TestEvidenceLinesValid(t *testing.T) {
	for _, lines := range [][]string{
		{"plain", "lines"},
		{"x\xe2\x82", "\xac y"}, // a character cut across two lines: valid together only
		{"bad \xff byte", "fine"},
		{"", "\xe2\x82\xac", ""},
		{"\xc3", "\xa9", "\xc3\xa9"},
	} {
		var ev evidence
		for _, l := range lines {
			ev.add(l)
		}
		got := ev.lines()
		for i, l := range lines {
			want := l
			if !utf8.ValidString(want) {
				want = strings.ToValidUTF8(want, "\uFFFD")
			}
			if got[i] != want {
				t.Errorf("%q: line %d = %q, want %q", lines, i, got[i], want)
			}
		}
	}
}

// The byte classes keep their meaning behind their one-comparison fast paths.
func TestSpaceBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if c < utf8.RuneSelf && asciiSpace(b) != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace(%#x) = %v", c, asciiSpace(b))
		}
		if want := b == ' ' || b == '\n' || b == '\t' || b == '\r'; isSpace(b) != want {
			t.Errorf("isSpace(%#x) = %v", c, isSpace(b))
		}
	}
}
