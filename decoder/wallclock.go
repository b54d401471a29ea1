package decoder

import "time"

// A reset time printed with no zone ("Your limit will reset at 2026-09-04 19:01:25") is
// read in extraction on the clock's zone, before anyone knows who printed it. Some
// providers print their own local time (Z.ai/Zhipu: Beijing time, UTC+8), which their
// catalog states (Limits.ClockZone); the reset stage then reads the same wall clock again
// on that zone. wallClock is what extraction hands on for that: the figures as printed.

// wallClock is a date and time of day as printed, with no zone.
type wallClock struct {
	y        int // 0 when the date gives no year
	mon      time.Month
	day      int // with mon, 0 when there is no date
	h, m, s  int
	zoneless bool // the paste named no zone: the figures may be read on another
}

// on is the instant the wall clock names on zone z, counted from ref: a date with its year
// is that instant (statedInstant bounds it); one without is the next time the calendar
// reads it; a time of day alone, the next time the clock does.
func (w wallClock) on(z zone, ref time.Time, fromDate bool) (time.Time, bool) {
	sec := time.Duration(w.s) * time.Second
	switch {
	case w.y != 0:
		at := z.onDate(w.y, w.mon, w.day, w.h, w.m).Add(sec)
		return at, statedInstant(at, ref, fromDate)
	case w.mon != 0:
		return z.nextDate(ref, w.mon, w.day, w.h, w.m).Add(sec), true
	}
	return z.nextLocal(ref, w.h, w.m).Add(sec), true
}

// readSeconds reads the seconds after a time of day, ":25", and how many bytes they take.
func readSeconds(s string) (int, int) {
	if len(s) >= 3 && s[0] == ':' && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3])) {
		if v := int(s[1]-'0')*10 + int(s[2]-'0'); v < 60 {
			return v, 3
		}
	}
	return 0, 0
}

// inProviderZone reads a zoneless reset again on the zone the provider prints its times
// in, when its catalog states one; otherwise the reset stands as extraction read it. A
// dated reset that, so read, falls before the paste's own Date is none. Only a time with
// its full date is the API's (Z.ai's {next_flush_time} is "2026-09-04 19:01:25"): a time
// of day alone is a tool's notice in the user's own zone ("resets 9pm"), which a tool
// pointed at Z.ai prints too.
func inProviderZone(rs reset, p *Provider, ref time.Time, fromDate bool) (reset, bool) {
	if !rs.wall.zoneless || rs.wall.y == 0 || p == nil || p.Limits.ClockZone == "" {
		return rs, true
	}
	z, ok := zoneNamed(p.Limits.ClockZone)
	if !ok {
		return rs, true
	}
	at, ok := rs.wall.on(z, ref, fromDate)
	if !ok {
		return reset{}, false
	}
	rs.at = at
	rs.what += ", read on " + p.Limits.ClockZone + ", the zone " + p.Name + " prints its times in"
	return rs, true
}
