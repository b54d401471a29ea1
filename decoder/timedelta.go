package decoder

// readTimedelta reads a wait written as Python prints a datetime.timedelta of less than a
// day, "0:00:59.473329": PyGithub's retry logs the wait to the rate limit's reset so ("Reset
// occurs in 0:00:59.473329 (1678352742 / 2023-03-09 09:05:42)"), as any Python tool that
// prints str(delta) does. The wait is rounded up to the millisecond: retrying early fails.
// It returns the wait, the bytes read, and whether s starts with one.
func readTimedelta(s string) (int64, int, bool) {
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
