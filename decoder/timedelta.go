package decoder

import "strings"

// readTimedelta reads a wait written as Python prints a datetime.timedelta, "0:00:59.473329"
// or "1 day, 2:03:04": PyGithub's retry logs the wait to the rate limit's reset so ("Reset
// occurs in 0:00:59.473329 (1678352742 / 2023-03-09 09:05:42)"), as any Python tool that
// prints str(delta) does. The wait is rounded up to the millisecond: retrying early fails.
// It returns the wait, the bytes read, and whether s starts with one.
func readTimedelta(s string) (int64, int, bool) {
	var ms int64
	used := 0
	if n := leadingDigits(s, 3); n > 0 && strings.HasPrefix(s[n:], " day") {
		d, _ := atoi(s[:n])
		j := n + len(" day")
		if j < len(s) && s[j] == 's' {
			j++
		}
		if !strings.HasPrefix(s[j:], ", ") {
			return 0, 0, false
		}
		ms, used = int64(d)*86400000, j+2
	}
	rest := s[used:]
	h := leadingDigits(rest, 3)
	if h == 0 || h > 2 || len(rest) < h+6 || rest[h] != ':' || rest[h+3] != ':' ||
		leadingDigits(rest[h+1:h+3], 2) != 2 || leadingDigits(rest[h+4:h+6], 2) != 2 {
		return 0, 0, false
	}
	hh, _ := atoi(rest[:h])
	mm, _ := atoi(rest[h+1 : h+3])
	ss, _ := atoi(rest[h+4 : h+6])
	if mm > 59 || ss > 59 {
		return 0, 0, false
	}
	ms += int64(hh)*3600000 + int64(mm)*60000 + int64(ss)*1000
	used += h + 6
	if tail := rest[h+6:]; len(tail) > 1 && tail[0] == '.' {
		if f := leadingDigits(tail[1:], 7); f > 0 && f <= 6 { // microseconds, as Python prints them
			micro, _ := atoi(tail[1 : 1+f])
			for k := f; k < 6; k++ {
				micro *= 10
			}
			ms += int64(micro+999) / 1000
			used += 1 + f
		}
	}
	if used < len(s) && (isDigit(s[used]) || s[used] == ':') {
		return 0, 0, false // "12:30:45:10" is no timedelta
	}
	return ms, used, true
}
