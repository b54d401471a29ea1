package decoder

import (
	"strings"
	"time"
)

// The dates a reset sentence writes beside the ones readBareDate reads: an HTTP date in
// prose (crates.io's "Please try again after Thu, 12 Dec 2024 14:24:53 GMT", RFC 9110
// §5.6.7's IMF-fixdate), JavaScript's Date.toString() ("resets at Wed Oct 23 2024
// 23:13:13 GMT+0000 (Coordinated Universal Time)"), and a label's colon ("Limit resets at:
// 2026-09-04 23:54:18 UTC").

// mTryAgainAfter and mRetryAfter open a server's own instant to retry at: the end of a wait,
// not an allowance that resets at a set time.
var mTryAgainAfter, mRetryAfter = mark("try again after "), mark("retry after ")

// pastJoiner is s past what joins a reset phrase to its time: spaces, "at" or "on", a colon.
func pastJoiner(s string) string {
	s = strings.TrimLeft(s, " \t\r\n")
	for _, w := range [...]string{"at", "on"} {
		if len(s) > len(w) && s[:len(w)] == w && (s[len(w)] == ' ' || s[len(w)] == ':') {
			s = s[len(w):]
			break
		}
	}
	return strings.TrimLeft(s, ": \t")
}

// readDate reads a date before a time, past a weekday that opens it ("Thu, ", "Wed "):
// day first as HTTP dates write it ("12 Dec 2024 "), else as readBareDate reads.
func readDate(s string) (int, time.Month, int, int) {
	t := skipWeekday(s)
	if y, mon, day, n := readDayMonthYear(t); n > 0 {
		return y, mon, day, len(s) - len(t) + n
	}
	y, mon, day, n := readBareDate(t)
	if n == 0 {
		return 0, 0, 0, 0 // a weekday alone is no date
	}
	return y, mon, day, len(s) - len(t) + n
}

// skipWeekday is s past a weekday's name and the comma or space after it; s when it opens
// with none.
func skipWeekday(s string) string {
	if len(s) < 4 {
		return s
	}
	if d := strings.ToLower(s[:3]); !strings.Contains(weekdayNames, d) || strings.Contains(d, " ") {
		return s
	}
	i := 3
	for i < len(s) && isLetter(s[i]) { // "Thursday"
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return s
	}
	return s[i+1:]
}

// weekdayNames are the weekdays' first three letters (a string, not a map: a map literal
// is built by code at start-up).
const weekdayNames = "mon tue wed thu fri sat sun"

// readDayMonthYear reads "12 Dec 2024 " or "1 December 2024, " at the start of s; n is 0
// when s opens with no such date.
func readDayMonthYear(s string) (y int, mon time.Month, day, n int) {
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != ' ' {
		return 0, 0, 0, 0
	}
	day, _ = atoi(s[:i])
	rest := s[i+1:]
	if len(rest) < 8 {
		return 0, 0, 0, 0
	}
	m, ok := monthNamed(rest[:1] + strings.ToLower(rest[1:3]))
	j := 3
	for j < len(rest) && isLetter(rest[j]) {
		j++
	}
	if !ok || day < 1 || day > 31 || j+5 > len(rest) || rest[j] != ' ' || !isAllDigits(rest[j+1:j+5]) ||
		j+5 < len(rest) && isDigit(rest[j+5]) {
		return 0, 0, 0, 0
	}
	y, _ = atoi(rest[j+1 : j+5])
	if y < 2000 {
		return 0, 0, 0, 0
	}
	tail := skipAt(rest[j+5:])
	return y, m, day, len(s) - len(tail)
}

// readBareDate reads a date before a time: "2025-07-01 at ", "May 5 at ", "Jan 12, 2026, ".
// It returns year 0 when the date gives none, month 0 when there is no date.
func readBareDate(s string) (int, time.Month, int, int) {
	if len(s) >= 11 && s[4] == '-' && s[7] == '-' && isAllDigits(s[:4]) && isAllDigits(s[5:7]) && isAllDigits(s[8:10]) {
		y, _ := atoi(s[:4])
		mo, _ := atoi(s[5:7])
		d, _ := atoi(s[8:10])
		rest := skipAt(s[10:])
		if y >= 2000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			return y, time.Month(mo), d, len(s) - len(rest)
		}
		return 0, 0, 0, 0
	}
	mon, day, used := readMonthDay(s)
	rest := s[used:]
	if mon != 0 && len(rest) >= 4 && isAllDigits(rest[:4]) && (len(rest) == 4 || !isDigit(rest[4])) {
		y, _ := atoi(rest[:4])
		rest = skipAt(rest[4:])
		return y, mon, day, len(s) - len(rest)
	}
	return 0, mon, day, used
}

// skipAt skips what joins a date to its time: ", ", " at ", a line break where the paste
// wrapped ("on 2025-07-01 at\n    00:00 UTC").
func skipAt(s string) string {
	s = strings.TrimLeft(s, " ,\t\r\n")
	if len(s) > 2 && s[:2] == "at" && (s[2] == ' ' || s[2] == '\n' || s[2] == '\t') {
		s = strings.TrimLeft(s[2:], " \t\r\n")
	}
	return s
}

// readMonthDay reads a date before a time: "May 5 at ", "Jan 12, ". It returns month 0
// when there is none.
func readMonthDay(s string) (time.Month, int, int) {
	if len(s) < 5 {
		return 0, 0, 0
	}
	mon, ok := monthNamed(s[:1] + strings.ToLower(s[1:3]))
	if !ok {
		return 0, 0, 0
	}
	i := 3
	for i < len(s) && isLetter(s[i]) { // "September"
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return 0, 0, 0
	}
	j := i + 1
	for j < len(s) && j < i+3 && isDigit(s[j]) {
		j++
	}
	day, ok := atoi(s[i+1 : j])
	if !ok || day < 1 || day > 31 {
		return 0, 0, 0
	}
	if o := strings.ToLower(s[j:min(len(s), j+2)]); o == "st" || o == "nd" || o == "rd" || o == "th" {
		j += 2 // Codex's "try again at May 11th, 2026 1:36 PM"
	}
	rest := strings.TrimLeft(s[j:], ",")
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "at ")
	return mon, day, len(s) - len(rest)
}
