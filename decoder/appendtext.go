package decoder

import "strconv"

// Append forms of the words.go and sdk.go helpers, for text written on every decode (each
// SDK's sentence in SDKWait.words, the reset time in rfc3339): built in one buffer and made
// a string once, where joining the helpers' strings allocated each piece and then the
// whole. They write exactly what the helpers return.

// appendSeconds appends secondsText(ms).
func appendSeconds(b []byte, ms int64) []byte {
	if ms%1000 == 0 {
		b = strconv.AppendInt(b, ms/1000, 10)
	} else {
		b = append(b, formatDecimal(float64(ms)/1000, 3)...)
	}
	return append(b, " s"...)
}

// appendTimes appends timesText(n).
func appendTimes(b []byte, n int) []byte {
	if n == 1 {
		return append(b, "once"...)
	}
	return append(strconv.AppendInt(b, int64(n), 10), " times"...)
}

// appendUpTo appends " (up to " + timesText(n) + ")".
func appendUpTo(b []byte, n int) []byte {
	return append(appendTimes(append(b, " (up to "...), n), ')')
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
