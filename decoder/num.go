package decoder

import "strconv"

// Small numeric helpers. The decoder reads and writes only short decimals (waits, sizes),
// and strconv's float parsing and formatting (exact, table-driven) would cost more
// WebAssembly than the whole rest of the number handling.

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// wholeMS is a wait of ms milliseconds in whole milliseconds, a fraction rounded up (as the
// corpus labels stated waits): a client that waits the rounded-down value asks too early.
// The slack absorbs binary noise, such as 1.2 s times 1000 landing just above 1200.
func wholeMS(ms float64) int64 {
	n := int64(ms)
	if float64(n) < ms-1e-6 {
		n++
	}
	return n
}

// parseDecimal reads "42", "-1.5", "20.0", "45.578569677", "2.5e3". It is exact to about
// 15 significant digits, which is all a wait or a count needs.
func parseDecimal(s string) (float64, bool) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	var mant uint64
	digits, scale, seen := 0, 0, false
	// digit takes one more digit: kept while it fits, else only its scale counts.
	digit := func(c byte, fraction bool) {
		seen = true
		switch {
		case digits < 18:
			mant = mant*10 + uint64(c-'0')
			if mant != 0 {
				digits++
			}
			if fraction {
				scale--
			}
		case !fraction:
			scale++
		}
	}
	for ; i < len(s) && isDigit(s[i]); i++ {
		digit(s[i], false)
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isDigit(s[i]); i++ {
			digit(s[i], true)
		}
	}
	if !seen {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e, ok := atoi(s[i+1:])
		if !ok {
			return 0, false
		}
		scale += e
		i = len(s)
	}
	if i != len(s) || scale > 18 || scale < -18 {
		return 0, false
	}
	f := float64(mant)
	if scale >= 0 {
		f *= pow10[scale]
	} else {
		f /= pow10[-scale]
	}
	if neg {
		f = -f
	}
	return f, true
}

// formatDecimal writes f with at most prec decimals, dropping trailing zeros: 7.66, 0.5, 3.
func formatDecimal(f float64, prec int) string {
	neg := f < 0
	if neg {
		f = -f
	}
	scaled := uint64(f*pow10[prec] + 0.5)
	whole, frac := scaled/uint64(pow10[prec]), scaled%uint64(pow10[prec])
	s := strconv.FormatUint(whole, 10)
	if frac != 0 {
		fs := strconv.FormatUint(frac+uint64(pow10[prec]), 10)[1:] // keep leading zeros
		for fs[len(fs)-1] == '0' {
			fs = fs[:len(fs)-1]
		}
		s += "." + fs
	}
	if neg {
		s = "-" + s
	}
	return s
}

// atoi is strconv.Atoi for the short decimals the decoder reads (statuses, dates, exponents):
// an optional sign and at most 18 digits. strconv's error values quote their input, and that
// quoting (with its Unicode tables) would be 20 KB of WebAssembly for a "false".
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

// hexValue reads s, all hex digits (at most 15 of them), as strconv.ParseUint(s, 16, 64).
func hexValue(s string) (uint64, bool) {
	if s == "" || len(s) > 15 {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := lower(s[i])
		switch {
		case isDigit(c):
			v = v<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	return v, true
}

// sortStable sorts xs by less with an insertion sort: the decoder's lists hold a handful of
// items, and sort's generic and reflective machinery would outweigh them in WebAssembly.
func sortStable[T any](xs []T, less func(a, b T) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
