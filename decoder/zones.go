package decoder

import (
	"strings"
	"time"
)

// Time zones a reset time may name ("Your limit will reset at 2pm (Europe/Berlin)"), with
// their standard offset and daylight-saving rule, kept as data: the time-zone database would
// double the size of the WebAssembly build. A zone not listed gives no reset time.

type zoneRule uint8

const (
	noDST zoneRule = iota
	dstUS          // second Sunday of March to first Sunday of November, 02:00 local
	dstEU          // last Sunday of March to last Sunday of October, 01:00 UTC
	dstAU          // first Sunday of October to first Sunday of April, 02:00 standard time
	dstCL          // Chile: first Sunday from the 2nd of September (04:00 UTC) to that of April (03:00 UTC)
	dstNZ          // New Zealand: last Sunday of September to first Sunday of April, 02:00 standard time
)

type zone struct {
	stdMin int // standard offset east of UTC, in minutes
	rule   zoneRule
}

// zones is a table, not a map: a map literal compiles to code that builds it at start-up,
// which costs the WebAssembly build more than the table's data.
var zones = []struct {
	name string
	zone
}{
	{"utc", zone{0, noDST}}, {"gmt", zone{0, noDST}}, {"etc/utc", zone{0, noDST}},
	{"z", zone{0, noDST}}, {"europe/london", zone{0, dstEU}}, {"europe/dublin", zone{0, dstEU}},
	{"europe/lisbon", zone{0, dstEU}}, {"europe/berlin", zone{60, dstEU}},
	{"europe/paris", zone{60, dstEU}}, {"europe/madrid", zone{60, dstEU}},
	{"europe/rome", zone{60, dstEU}}, {"europe/amsterdam", zone{60, dstEU}},
	{"europe/brussels", zone{60, dstEU}}, {"europe/vienna", zone{60, dstEU}},
	{"europe/zurich", zone{60, dstEU}}, {"europe/stockholm", zone{60, dstEU}},
	{"europe/oslo", zone{60, dstEU}}, {"europe/copenhagen", zone{60, dstEU}},
	{"europe/warsaw", zone{60, dstEU}}, {"europe/prague", zone{60, dstEU}},
	{"europe/budapest", zone{60, dstEU}}, {"cet", zone{60, dstEU}},
	{"europe/athens", zone{120, dstEU}}, {"europe/helsinki", zone{120, dstEU}},
	{"europe/kyiv", zone{120, dstEU}}, {"europe/kiev", zone{120, dstEU}},
	{"europe/bucharest", zone{120, dstEU}}, {"europe/istanbul", zone{180, noDST}},
	{"america/new_york", zone{-300, dstUS}}, {"america/toronto", zone{-300, dstUS}},
	{"et", zone{-300, dstUS}}, {"america/chicago", zone{-360, dstUS}}, {"ct", zone{-360, dstUS}},
	{"america/mexico_city", zone{-360, noDST}}, {"america/denver", zone{-420, dstUS}},
	{"mt", zone{-420, dstUS}}, {"america/phoenix", zone{-420, noDST}},
	{"america/los_angeles", zone{-480, dstUS}}, {"america/vancouver", zone{-480, dstUS}},
	{"pt", zone{-480, dstUS}}, {"america/anchorage", zone{-540, dstUS}},
	{"pacific/honolulu", zone{-600, noDST}}, {"america/sao_paulo", zone{-180, noDST}},
	{"america/argentina/buenos_aires", zone{-180, noDST}}, {"asia/dubai", zone{240, noDST}},
	{"asia/kolkata", zone{330, noDST}}, {"asia/calcutta", zone{330, noDST}},
	{"asia/bangkok", zone{420, noDST}}, {"asia/jakarta", zone{420, noDST}},
	{"asia/ho_chi_minh", zone{420, noDST}}, {"asia/shanghai", zone{480, noDST}},
	{"asia/hong_kong", zone{480, noDST}}, {"asia/taipei", zone{480, noDST}},
	{"asia/singapore", zone{480, noDST}}, {"asia/manila", zone{480, noDST}},
	{"australia/perth", zone{480, noDST}}, {"asia/tokyo", zone{540, noDST}},
	{"asia/seoul", zone{540, noDST}}, {"jst", zone{540, noDST}}, {"kst", zone{540, noDST}},
	{"australia/sydney", zone{600, dstAU}}, {"australia/melbourne", zone{600, dstAU}},
	{"australia/brisbane", zone{600, noDST}}, {"asia/dhaka", zone{360, noDST}}, {"asia/karachi", zone{300, noDST}},
	{"asia/kathmandu", zone{345, noDST}}, {"asia/riyadh", zone{180, noDST}},
	{"asia/kuala_lumpur", zone{480, noDST}}, {"asia/saigon", zone{420, noDST}},
	{"asia/tashkent", zone{300, noDST}}, {"asia/yerevan", zone{240, noDST}},
	{"asia/yangon", zone{390, noDST}}, {"asia/tehran", zone{210, noDST}},
	{"europe/minsk", zone{180, noDST}}, {"africa/lagos", zone{60, noDST}},
	{"africa/johannesburg", zone{120, noDST}}, {"africa/nairobi", zone{180, noDST}},
	{"america/bogota", zone{-300, noDST}}, {"america/lima", zone{-300, noDST}},
	{"america/halifax", zone{-240, dstUS}}, {"america/edmonton", zone{-420, dstUS}},
	{"america/winnipeg", zone{-360, dstUS}}, {"america/santiago", zone{-240, dstCL}},
	{"pacific/auckland", zone{720, dstNZ}},
	// More of the IANA database's zones, at their offsets and rules as of its 2025 releases
	// (from: https://data.iana.org/time-zones/tzdb/, files northamerica, southamerica,
	// europe, asia, africa, australasia): Brazil keeps no daylight saving since 2019,
	// Mexico since 2022, Jordan stays on +03 since 2022, Kazakhstan on +05 since 2024.
	{"america/recife", zone{-180, noDST}}, {"america/fortaleza", zone{-180, noDST}},
	{"america/belem", zone{-180, noDST}}, {"america/bahia", zone{-180, noDST}},
	{"america/maceio", zone{-180, noDST}}, {"america/montevideo", zone{-180, noDST}},
	{"america/manaus", zone{-240, noDST}}, {"america/cuiaba", zone{-240, noDST}},
	{"america/caracas", zone{-240, noDST}}, {"america/la_paz", zone{-240, noDST}},
	{"america/puerto_rico", zone{-240, noDST}}, {"america/santo_domingo", zone{-240, noDST}},
	{"america/guayaquil", zone{-300, noDST}}, {"america/panama", zone{-300, noDST}},
	{"america/cancun", zone{-300, noDST}}, {"america/guatemala", zone{-360, noDST}},
	{"america/costa_rica", zone{-360, noDST}}, {"america/el_salvador", zone{-360, noDST}},
	{"america/tegucigalpa", zone{-360, noDST}}, {"america/managua", zone{-360, noDST}},
	{"america/monterrey", zone{-360, noDST}}, {"america/regina", zone{-360, noDST}},
	{"america/st_johns", zone{-210, dstUS}}, {"america/detroit", zone{-300, dstUS}},
	{"america/montreal", zone{-300, dstUS}}, {"america/indiana/indianapolis", zone{-300, dstUS}},
	{"america/boise", zone{-420, dstUS}}, {"america/tijuana", zone{-480, dstUS}},
	{"atlantic/reykjavik", zone{0, noDST}}, {"atlantic/canary", zone{0, dstEU}},
	{"europe/belgrade", zone{60, dstEU}}, {"europe/zagreb", zone{60, dstEU}},
	{"europe/ljubljana", zone{60, dstEU}}, {"europe/bratislava", zone{60, dstEU}},
	{"europe/luxembourg", zone{60, dstEU}}, {"europe/malta", zone{60, dstEU}},
	{"europe/sarajevo", zone{60, dstEU}}, {"europe/skopje", zone{60, dstEU}},
	{"europe/tirane", zone{60, dstEU}}, {"europe/sofia", zone{120, dstEU}},
	{"europe/riga", zone{120, dstEU}}, {"europe/vilnius", zone{120, dstEU}},
	{"europe/tallinn", zone{120, dstEU}}, {"europe/moscow", zone{180, noDST}},
	{"asia/baghdad", zone{180, noDST}}, {"asia/qatar", zone{180, noDST}},
	{"asia/kuwait", zone{180, noDST}}, {"asia/bahrain", zone{180, noDST}},
	{"asia/amman", zone{180, noDST}}, {"asia/baku", zone{240, noDST}},
	{"asia/tbilisi", zone{240, noDST}}, {"asia/muscat", zone{240, noDST}},
	{"asia/kabul", zone{270, noDST}}, {"asia/almaty", zone{300, noDST}},
	{"asia/yekaterinburg", zone{300, noDST}}, {"asia/colombo", zone{330, noDST}},
	{"asia/bishkek", zone{360, noDST}}, {"asia/thimphu", zone{360, noDST}},
	{"asia/novosibirsk", zone{420, noDST}}, {"asia/phnom_penh", zone{420, noDST}},
	{"asia/vientiane", zone{420, noDST}}, {"asia/macau", zone{480, noDST}},
	{"asia/chongqing", zone{480, noDST}}, {"asia/makassar", zone{480, noDST}},
	{"asia/brunei", zone{480, noDST}}, {"asia/ulaanbaatar", zone{480, noDST}},
	{"asia/pyongyang", zone{540, noDST}}, {"asia/jayapura", zone{540, noDST}},
	{"asia/vladivostok", zone{600, noDST}}, {"africa/accra", zone{0, noDST}},
	{"africa/abidjan", zone{0, noDST}}, {"africa/dakar", zone{0, noDST}},
	{"africa/algiers", zone{60, noDST}}, {"africa/tunis", zone{60, noDST}},
	{"africa/kinshasa", zone{60, noDST}}, {"africa/luanda", zone{60, noDST}},
	{"africa/harare", zone{120, noDST}}, {"africa/maputo", zone{120, noDST}},
	{"africa/kigali", zone{120, noDST}}, {"africa/khartoum", zone{120, noDST}},
	{"africa/addis_ababa", zone{180, noDST}}, {"africa/dar_es_salaam", zone{180, noDST}},
	{"africa/kampala", zone{180, noDST}}, {"australia/adelaide", zone{570, dstAU}},
	{"australia/darwin", zone{570, noDST}}, {"australia/hobart", zone{600, dstAU}},
	{"australia/canberra", zone{600, dstAU}}, {"pacific/guam", zone{600, noDST}},
	{"pacific/fiji", zone{720, noDST}},
}

// zoneNamed finds a zone by name ("Europe/Berlin", "UTC") or by offset ("UTC+2",
// "GMT-05:00").
func zoneNamed(name string) (zone, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, z := range zones {
		if z.name == name {
			return z.zone, true
		}
	}
	if rest, ok := strings.CutPrefix(name, "etc/gmt"); ok && rest != "" {
		// POSIX's sign: Etc/GMT+5 is five hours behind UTC.
		if m, ok := offsetMinutes(rest); ok {
			return zone{-m, noDST}, true
		}
	}
	for _, p := range [...]string{"utc", "gmt"} {
		if strings.HasPrefix(name, p) && len(name) > len(p) {
			if m, ok := offsetMinutes(name[len(p):]); ok {
				return zone{m, noDST}, true
			}
		}
	}
	return zone{}, false
}

// offsetMinutes reads "+8", "-05:00", "+0530".
func offsetMinutes(s string) (int, bool) {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	digits := strings.ReplaceAll(s[1:], ":", "")
	h, m := digits, ""
	if len(digits) > 2 {
		h, m = digits[:len(digits)-2], digits[len(digits)-2:]
	}
	hv, ok1 := atoi(h)
	mv, ok2 := 0, true
	if m != "" {
		mv, ok2 = atoi(m)
	}
	if !ok1 || !ok2 || hv > 14 || mv > 59 {
		return 0, false
	}
	off := hv*60 + mv
	if s[0] == '-' {
		off = -off
	}
	return off, true
}

// offsetAt is the zone's offset from UTC at instant u.
func (z zone) offsetAt(u time.Time) time.Duration {
	std := time.Duration(z.stdMin) * time.Minute
	if z.inDST(u.UTC(), std) {
		return std + time.Hour
	}
	return std
}

func (z zone) inDST(u time.Time, std time.Duration) bool {
	if int(z.rule) >= len(dstRules) || z.rule == noDST {
		return false
	}
	r := &dstRules[z.rule]
	y := u.Year()
	start, end := r.start.in(y, std), r.end.in(y, std)
	if start.Before(end) { // the northern hemisphere's summer
		return !u.Before(start) && u.Before(end)
	}
	return u.Before(end) || !u.Before(start)
}

// dstRules says when each rule's summer time starts and ends (the zoneRule constants):
// as data, where a case for each rule wrote its four dates out in code (3 KB of wasm).
var dstRules = [...]struct{ start, end dstChange }{
	dstUS: {dstChange{time.March, 8, 2, true}, dstChange{time.November, 1, 1, true}},
	dstEU: {dstChange{time.March, lastWeek, 1, false}, dstChange{time.October, lastWeek, 1, false}},
	dstAU: {dstChange{time.October, 1, 2, true}, dstChange{time.April, 1, 2, true}},
	dstCL: {dstChange{time.September, 2, 4, false}, dstChange{time.April, 2, 3, false}},
	dstNZ: {dstChange{time.September, lastWeek, 2, true}, dstChange{time.April, 1, 2, true}},
}

// dstChange is a change of clocks: on the first Sunday on or after day from of month
// (lastWeek: the month's last Sunday), at hour o'clock, UTC, or standard time when local.
type dstChange struct {
	month time.Month
	from  int
	hour  time.Duration
	local bool
}

const lastWeek = 0

func (c dstChange) in(year int, std time.Duration) time.Time {
	var d time.Time
	if c.from == lastWeek {
		d = lastSunday(year, c.month)
	} else {
		d = sundayFrom(year, c.month, c.from)
	}
	d = d.Add(c.hour * time.Hour)
	if c.local {
		d = d.Add(-std)
	}
	return d
}

// lastSunday is 00:00 UTC on the last Sunday of a month.
func lastSunday(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// nextLocal is the first instant after ref at which the zone's clock reads h:m.
func (z zone) nextLocal(ref time.Time, h, m int) time.Time {
	ref = ref.UTC()
	local := ref.Add(z.offsetAt(ref))
	for day := 0; day < 3; day++ {
		wall := time.Date(local.Year(), local.Month(), local.Day()+day, h, m, 0, 0, time.UTC)
		at := wall.Add(-z.offsetAt(wall.Add(-time.Duration(z.stdMin) * time.Minute)))
		if at.After(ref) {
			return at
		}
	}
	return ref
}

// nextDate is the first instant after ref at which the zone's calendar and clock read the
// given month, day and time (this year's, else next year's).
func (z zone) nextDate(ref time.Time, mon time.Month, day, h, m int) time.Time {
	ref = ref.UTC()
	for y := ref.Year(); y <= ref.Year()+1; y++ {
		wall := time.Date(y, mon, day, h, m, 0, 0, time.UTC)
		at := wall.Add(-z.offsetAt(wall.Add(-time.Duration(z.stdMin) * time.Minute)))
		if at.After(ref) {
			return at
		}
	}
	return ref
}

// onDate is the instant at which the zone's calendar and clock read the given date and time.
func (z zone) onDate(y int, mon time.Month, day, h, m int) time.Time {
	wall := time.Date(y, mon, day, h, m, 0, 0, time.UTC)
	return wall.Add(-z.offsetAt(wall.Add(-time.Duration(z.stdMin) * time.Minute)))
}

// sundayFrom is 00:00 UTC on the first Sunday on or after the given day of a month.
func sundayFrom(year int, month time.Month, day int) time.Time {
	d := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, (7-int(d.Weekday()))%7)
}

// untilPacificMidnight is the time from now to the next 00:00 in US Pacific time, without the
// time-zone database (which would double the size of the WebAssembly build): PDT (UTC-7)
// from the second Sunday of March to the first Sunday of November, else PST (UTC-8).
func untilPacificMidnight(now time.Time) time.Duration {
	u := now.UTC()
	local := u.Add(pacificOffset(u))
	next := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, time.UTC)
	// Midnight comes before the 02:00 change, so the offset at 07:00 UTC that day is its own.
	at := next.Add(-pacificOffset(next.Add(7 * time.Hour)))
	return at.Sub(u)
}

func pacificOffset(u time.Time) time.Duration {
	return zone{-480, dstUS}.offsetAt(u) // America/Los_Angeles
}
