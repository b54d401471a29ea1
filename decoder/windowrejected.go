package decoder

import "strings"

// rejectedPeriodMinutes is the length, in minutes, of a limit whose status header names
// its period and reads "rejected", and that header: the Claude subscription's unified
// limits report each window so, anthropic-ratelimit-unified-5h-status and -7d-status
// ("allowed", "allowed_warning", "rejected"), the 5-hour session and the weekly limit of
// the plan (https://support.claude.com/en/articles/11145838). The period is the name's own
// segment, a count and a unit ("5h", "7d", "7d_opus"); of several rejected, the longest is
// the one waiting must outlast.
func rejectedPeriodMinutes(hs []header) (minutes int, why string) {
	for _, h := range hs {
		if !strings.HasSuffix(h.name, "-status") || !strings.HasPrefix(strings.TrimSpace(h.value), "rejected") {
			continue
		}
		for rest := h.name; rest != ""; {
			seg, tail, _ := strings.Cut(rest, "-")
			if m := periodMinutes(seg); m > minutes {
				minutes, why = m, h.name+": rejected"
			}
			rest = tail
		}
	}
	return minutes, why
}

// periodMinutes reads a header name's period segment, "5h", "7d", "1m", "7d_opus", in
// minutes; 0 when seg is none.
func periodMinutes(seg string) int {
	n := 0
	for n < len(seg) && n < 3 && isDigit(seg[n]) {
		n++
	}
	if n == 0 || n >= len(seg) || n+1 < len(seg) && seg[n+1] != '_' {
		return 0
	}
	v, _ := atoi(seg[:n])
	return v * unitMinutes[seg[n]]
}

// unitMinutes are the minutes of each period unit a header name writes.
var unitMinutes = [256]int{'m': 1, 'h': 60, 'd': 24 * 60, 'w': 7 * 24 * 60}
