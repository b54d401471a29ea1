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
		for _, seg := range strings.Split(h.name, "-") {
			if m := periodMinutes(seg); m > minutes {
				minutes, why = m, h.name+": rejected"
			}
		}
	}
	return minutes, why
}

// periodMinutes reads a header name's period segment, "5h", "7d", "1m", "7d_opus", in
// minutes; 0 when seg is none.
func periodMinutes(seg string) int {
	seg, _, _ = strings.Cut(seg, "_")
	n := 0
	for n < len(seg) && n < 3 && isDigit(seg[n]) {
		n++
	}
	if n == 0 || n != len(seg)-1 {
		return 0
	}
	v, _ := atoi(seg[:n])
	switch seg[n] {
	case 'm':
		return v
	case 'h':
		return v * 60
	case 'd':
		return v * 24 * 60
	case 'w':
		return v * 7 * 24 * 60
	}
	return 0
}
