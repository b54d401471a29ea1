package decoder

// readTimedelta reads a wait written as Python prints a datetime.timedelta of less than a
// day, "0:00:59.473329": PyGithub's retry logs the wait to the rate limit's reset so ("Reset
// occurs in 0:00:59.473329 (1678352742 / 2023-03-09 09:05:42)"), as any Python tool that
// prints str(delta) does. The wait is rounded up to the millisecond: retrying early fails.
// It returns the wait, the bytes read, and whether s starts with one.
func readTimedelta(s string) (int64, int, bool) {
	if days, n := timeSpanDays(s); n > 0 {
		if ms, used, ok := readTimedelta(s[n:]); ok && ms < 24*3600*1000 {
			return int64(days)*24*3600*1000 + ms, n + used, true
		}
	}
	if len(s) < 7 || s[1] != ':' && s[2] != ':' { // most amounts: "20s", "2 minutes"
		return 0, 0, false
	}
	h, m, used, ok := readClock(s) // "0:00", its minutes two digits
	sec, n := readSeconds(s[used:])
	if !ok || n == 0 || used > 5 {
		return 0, 0, false
	}
	used += n
	ms := int64(h*3600+m*60+sec) * 1000
	if f := digitsAt(s[min(used+1, len(s)):], 7); f > 0 && f <= 6 && s[used] == '.' {
		micro, _ := atoi(s[used+1 : used+1+f])
		for k := f; k < 6; k++ {
			micro *= 10
		}
		ms += int64(micro+999) / 1000
		used += 1 + f
	}
	if used < len(s) && (s[used] == ':' || isDigit(s[used])) { // "1:02:03:04" is none
		return 0, 0, false
	}
	return ms, used, true
}

// timeSpanDays reads the days that open a .NET TimeSpan of a day or more, "22." in
// "22.14:18:12" (its constant format, [-][d.]hh:mm:ss[.fffffff], from:
// https://learn.microsoft.com/en-us/dotnet/standard/base-types/standard-timespan-format-strings),
// as Azure API Management's quota policy writes the wait ("Quota will be replenished in
// 22.14:18:12"), and the bytes they take; 0 when s opens with none.
func timeSpanDays(s string) (int, int) {
	n := digitsAt(s, 6)
	if n == 0 || n+6 > len(s) || s[n] != '.' || !isDigit(s[n+1]) || !isDigit(s[n+2]) || s[n+3] != ':' {
		return 0, 0
	}
	d, ok := atoi(s[:n])
	if !ok || d > 366 {
		return 0, 0
	}
	return d, n + 1
}
