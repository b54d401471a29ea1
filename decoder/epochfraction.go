package decoder

import "time"

// fractionalEpoch reads epoch seconds with a fraction, "1470173023.123": Discord documents
// X-RateLimit-Reset as "epoch time (seconds since 00:00:00 UTC on January 1, 1970) at which
// the rate limit resets", with decimals for millisecond precision
// (https://discord.com/developers/docs/topics/rate-limits#header-format). Ten digits of
// seconds, as epochTime reads them whole, and at most nine of fraction (nanoseconds).
func fractionalEpoch(v string) (time.Time, bool) {
	if len(v) < 12 || len(v) > 20 || v[10] != '.' || !isAllDigits(v[:10]) || !isAllDigits(v[11:]) {
		return time.Time{}, false
	}
	sec, ok := atoi(v[:10])
	if !ok {
		return time.Time{}, false
	}
	ns := 0
	for i := 11; i < 20; i++ {
		ns *= 10
		if i < len(v) {
			ns += int(v[i] - '0')
		}
	}
	return time.Unix(int64(sec), int64(ns)).UTC(), true
}
