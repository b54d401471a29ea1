package decoder

import "strings"

// The window a limit counts over (Result.LimitWindow). Gemini sends the same message for
// its per-minute and per-day limits; only the quota id (GenerateRequestsPerDayPerProject
// PerModel against ...PerMinute...) tells them apart, so the words are looked for anywhere
// in the paste: quota ids, codes (free-models-per-day) and prose (TPM, "per day") alike.
// Where the paste names no window, the header of the limit that ran out may (groq's
// request limit is per day, its token limit per minute).

// windowWords map wording to a window. The table is data: add a provider's wording here,
// in windowWordRows: a line a window's run of phrases, the window, ':', then the phrases
// separated by '|' (spaces kept: "per min " ends in one), in the rows' order (of two phrases
// a paste shows for one window, the first row's is quoted). One string split once at load:
// a literal of ~200 two-string rows held 6 KB of string headers in the wasm.
var windowWords = splitWindowWords(windowWordRows)

func splitWindowWords(rows string) (words []struct{ text, window string }) {
	for rows != "" {
		line, rest, _ := strings.Cut(rows, "\n")
		window, phrases, _ := strings.Cut(line, ":")
		for phrases != "" {
			text, more, _ := strings.Cut(phrases, "|")
			words = append(words, struct{ text, window string }{text, window})
			phrases = more
		}
		rows = rest
	}
	return words
}

const windowWordRows = "" +
	"second:PerSecond|per second|per_second|(RPS)\n" +
	"minute:PerMinute|per minute|per_minute|per-minute\n" +
	"minute:per min |per min.| / min\n" + // OpenAI's older "Limit: 10000 / min."
	// The same unit before the punctuation that ends it: OpenAI's "on input-images per min:
	// Limit 10, Used 10", "on requests per min, ...", "(tokens per min)".
	"minute:per min:|per min,|per min)\n" +
	"minute:(TPM)|(RPM)|(ITPM)|(OTPM)\n" +
	"minute: RPM:| TPM:\nday: RPD:| TPD:\n" + // "max RPM: 3"
	"minute:TPM rate limit|RPM rate limit\nday:TPD rate limit\n" + // Moonshot's "reached organization TPM rate limit"
	"hour:PerHour|per hour|per_hour|hourly limit|5-hour limit\n" +
	"hour:hour session limit\n" + // Copilot's "exceeded your 5 hour session limits"
	"day:PerDay|per day|per_day|per-day|(TPD)|(RPD)\n" +
	"day:per calendar day\nmonth:per calendar month\n" +
	"day:daily limit|daily quota|your daily\n" +
	"day:for today\n" + // "the limit for advanced AI requests available in your plan for today"
	// The day's allowance named by its possessive: "You have used all of today's free
	// usage", "today's quota" (the typographic apostrophe too).
	"day:today's|today’s\n" +
	"week:PerWeek|per week|weekly limit\n" +
	"month:PerMonth|per month|monthly limit|monthly quota\n" +
	"month:your monthly\n" + // Copilot Free's "reached your monthly chat messages limit"
	"month:monthly spend\n" + // xAI's "reached its monthly spending limit"
	// Huawei Cloud API Gateway's throttling policy: "policy ip over ratelimit,limit:5,time:1 minute".
	"second:time:1 second\nminute:time:1 minute\nhour:time:1 hour\nday:time:1 day\n" +
	// A Google API quota limit's id written with its duration, which google.api.QuotaLimit
	// allows to be only "100s" or "1d" (from: https://github.com/googleapis/googleapis/blob/master/google/api/quota.proto):
	// "Quota exceeded for quota group 'AnalyticsDefaultGroup' and limit 'CLIENT_PROJECT-1d'
	// of service ...". The 100 seconds are none of the six windows.
	"day:-1d' of service\n" +
	// Azure OpenAI's 429 header policy-id: the deployment's token limit, documented as TPM.
	"minute:DeploymentRatelimit-Token\n" +
	// The rate acronyms with the limit they name, as providers word them bare: "TPM limit
	// reached" (SiliconFlow), DashScope's THROTTLING.userQPSLimit, "RPD exceeded".
	"minute:TPM limit|RPM limit|IPM limit\nday:TPD limit|RPD limit\n" +
	"minute:TPM exceeded|RPM exceeded\nday:TPD exceeded|RPD exceeded\n" +
	// Baidu Qianfan's codes and messages for its per-minute limits: rpm_rate_limit_exceeded
	// "Rate limit reached for RPM", tpm_rate_limit_exceeded "Rate limit reached for TPM"
	// (from: https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf); the acronym named as
	// the limit reached, in a code or after "for", as other APIs word the same limits.
	"minute:rpm_rate_limit|tpm_rate_limit\nday:rpd_rate_limit|tpd_rate_limit\n" +
	"minute:reached for RPM|reached for TPM\nday:reached for RPD|reached for TPD\n" +
	"minute:(IPM)\nsecond:(QPS)|QPSLimit|QPS limit|QPS exceeded\n" +
	"second:QPS超限|超过QPS\n" +
	// A day's allowance said by the day it runs to: "too many requests today. Please try
	// again tomorrow".
	"day:requests today|again tomorrow|back tomorrow\n" +
	// The same windows in the other languages errors are written in (Chinese, Polish,
	// German, Spanish and Portuguese, French).
	"second:每秒\nminute:每分钟\nhour:每小时\nday:每天|每日\nweek:每周\nmonth:每月\n" +
	// Only letters ASCII folds: the scan matches other letters in their own case, so a
	// phrase with a cased one would miss its capitals ("NA GODZINĘ"); Polish's "na godzinę"
	// is found by its stem, and Russian's phrases are left out (its single words are below).
	"second:na sekund\nminute:na minut\nhour:na godzin\nday:dziennie\n" +
	"second:pro Sekunde\nminute:pro Minute\nhour:pro Stunde\nday:pro Tag\nmonth:pro Monat\n" +
	"second:por segundo\nminute:por minuto\nhour:por hora\nday:por dia\nmonth:por mes\n" +
	"second:par seconde\nminute:par minute\nhour:par heure\nday:par jour\nmonth:par mois\n" +
	// The hyphenated English units the rows above miss ("per-hour limit"), and the same
	// windows in more of the languages APIs answer in, as each language says "per <unit>"
	// or names a daily or monthly limit: Italian, Dutch, Indonesian, Turkish, Japanese,
	// Korean, Russian's adjectives of period ("суточный лимит"; not "в минуту": a phrase with a
	// cased letter beyond ASCII misses its capitals, see above), and
	// the adjectives and compounds of Spanish, Portuguese, French and German ("límite
	// diario", "Tageslimit").
	"second:per-second\nhour:per-hour\nweek:per-week\nmonth:per-month\n" +
	// A unit hyphenated short, as OpenRouter's limit ids write it: free-models-per-min
	// for the free models' requests-per-minute limit, beside free-models-per-day (limits
	// from: https://openrouter.ai/docs/api-reference/limits).
	"minute:-per-min\n" +
	// A window written as its length in seconds, exactly one of the six: GitHub Models'
	// "Rate limit of 15 per 60s exceeded for UserByModelByMinute" and "... per 86400s
	// exceeded for UserByModelByDay" (from: https://docs.github.com/en/github-models/use-github-models/prototyping-with-ai-models#rate-limits),
	// "30 requests per 60 seconds"; and a day as 24 hours. "per 100 seconds" names none.
	"second:per 1s \nminute:per 60s |per 60 seconds\nhour:per 3600s |per 3600 seconds\n" +
	"day:per 86400s |per 86400 seconds|per 24 hours|in 24 hours|24-hour limit\n" +
	"second:al secondo\nminute:al minuto\nhour:all'ora\nday:al giorno\nmonth:al mese\n" +
	"day:giornalier\nmonth:mensile\n" +
	"second:per seconde\nminute:per minuut\nhour:per uur\nday:per dag\nmonth:per maand\n" +
	"day:dagelijks\nmonth:maandelijks\n" +
	"second:per detik\nminute:per menit\nhour:per jam\nday:per hari\nmonth:per bulan\n" +
	"second:секундн\nminute:минутн\nhour:ежечасн\nday:суточн|дневн\n" +
	"day:ежедневн\nweek:недельн\nmonth:месячн\n" +
	"second:saniyede\nminute:dakikada\nhour:saatte\nday:günlük\nmonth:aylık\n" +
	"second:1秒あたり|毎秒\nminute:1分あたり|1分間|毎分\n" +
	"hour:1時間あたり\nday:1日あたり|1日の上限|日次\nmonth:1か月|月間\n" +
	"second:초당\nminute:분당\nhour:시간당\nday:일일|하루\nweek:주간\nmonth:월간\n" +
	"day:日限额|日配额|今日|当日\nmonth:本月|月度\n" +
	"day:diario|diaria|diário|diária\n" +
	"week:semanal\nmonth:mensual|mensal\n" +
	"day:quotidien|journalier\nweek:hebdomadaire\nmonth:mensuel\n" +
	"day:Tageslimit|Tageskontingent|täglich\nweek:Wochenlimit|wöchentlich\n" +
	"month:Monatslimit|monatlich\nweek:pro Woche\n"

// headerWindows give the window of a limit by the header that reports it run out, for APIs
// whose headers do not say it themselves; the first row that fits wins. A provider whose
// limit counts otherwise says so in its catalog (limits.header_windows), which comes first.
var headerWindows = []struct{ prefix, window string }{
	{"x-ratelimit-remaining-requests", "minute"},
	{"x-ratelimit-remaining-tokens", "minute"},
	{"anthropic-ratelimit-", "minute"},
}

var windowMarks = func() []int {
	ids := make([]int, len(windowWords))
	for i, w := range windowWords {
		ids[i] = mark(w.text)
	}
	return ids
}()

// longWindowMarks are the markers of the rows naming a day or more: picked once here, not
// by two look-ups of windowOrder per row on every decode. Stored by index, not appended:
// each append wrote growslice's call out in the package's init.
var longWindowMarks = func() []int {
	long, n := make([]int, len(windowWords)), 0
	for i, rank := range windowMarkRanks {
		if rank >= windowOrder("day") {
			long[n], n = windowMarks[i], n+1
		}
	}
	return long[:n]
}()

// namesLongWindow reports whether the paste names a window of a day or more anywhere (a
// quota id, a code, prose): read from the markers the scan found, not the text again.
func (s *signals) namesLongWindow() bool { return s.showsAny(longWindowSet) }

var longWindowSet = setOf(longWindowMarks)

// limitWindow reads the window of the limit the error names, and why: from the wording
// first (quoted: the words to quote), else from the exhausted limit's header.
func (s *signals) limitWindow(p *Provider) (window, why string, quoted bool) {
	if s.said.window != "" {
		return s.said.window, s.said.windowWhy, true
	}
	window, why = headerWindow(s.headers, p)
	return window, why, false
}

// headerWindow is the window of the limit whose remaining-count header reads 0: the
// provider's own word for that header first, then the general rows; else the length a
// used-up limit's header states (x-codex-primary-window-minutes: 10080, a week).
func headerWindow(hs []header, p *Provider) (string, string) {
	m, name := usedUpWindowMinutes(hs)
	if m == 0 {
		m, name = rejectedPeriodMinutes(hs)
	}
	if m > 0 {
		return windowOfMinutes(m), name
	}
	if w, why := policyWindow(hs); w != "" { // RateLimit-Policy: 20;w=60 (windowpolicy.go)
		return w, why
	}
	best, why := "", ""
	for _, h := range hs {
		if !strings.Contains(h.name, "remaining") || strings.TrimSpace(h.value) != "0" {
			continue
		}
		if w := windowOfHeader(h.name, p); windowOrder(w) > windowOrder(best) {
			best, why = w, h.name+": 0"
		}
	}
	return best, why
}

// windowOfMinutes names a window of m minutes by its unit, as the corpus labels them: 300
// minutes (a 5-hour plan limit) is "hour", 10080 a week.
func windowOfMinutes(m int) string {
	if m >= 28*24*60 {
		return "month"
	}
	for _, w := range [...]string{"week", "day", "hour"} {
		if int64(m)*60000 >= windowSpanMS(w) {
			return w
		}
	}
	return "minute"
}

// windowSpanMS is how long window w lasts; 0 for a month, whose length varies. (Not
// inlined: its string switch, copied into three callers, cost more than the calls.)
//
//go:noinline
func windowSpanMS(w string) int64 {
	switch w {
	case "second":
		return 1000
	case "minute":
		return 60000
	case "hour":
		return 3600000
	case "day":
		return 86400000
	case "week":
		return weekMS
	}
	return 0
}

// reportedWindow is the window of the limits the paste's rate-limit headers report when none
// reads 0 (the request needed more than was left: Azure's "remaining-tokens: 1014" beside
// a 429): only when every reported limit counts over the same window and the wait asked
// ends within it, so that a longer limit the headers do not report (a TPD) is not the one.
func reportedWindow(hs []header, p *Provider, waitMS int64) (string, string) {
	w, name := "", ""
	for _, h := range hs {
		if !strings.Contains(h.name, "remaining") {
			continue
		}
		hw := windowOfHeader(h.name, p)
		if hw == "" || w != "" && hw != w {
			return "", ""
		}
		w, name = hw, h.name
	}
	if w == "" || waitMS <= 0 || waitMS > windowSpanMS(w) {
		return "", ""
	}
	return w, "every limit the headers report counts per " + w + " (" + name + "), and the wait ends within it"
}

// windowOfHeader is the window of the limit a remaining-count header reports.
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func windowOfHeader(name string, p *Provider) string {
	if p != nil {
		for prefix, w := range p.Limits.HeaderWindows {
			if strings.HasPrefix(name, prefix) {
				return w
			}
		}
	}
	// A name that ends with its window states it, before a general row whose prefix it
	// extends: Cerebras's x-ratelimit-remaining-requests-day is the day's count, not the
	// minute's x-ratelimit-remaining-requests (from:
	// https://inference-docs.cerebras.ai/support/rate-limits, its response headers).
	if w := namedWindow(name); w != "" {
		return w
	}
	for _, hw := range headerWindows {
		if strings.HasPrefix(name, hw.prefix) {
			return hw.window
		}
	}
	return ""
}

// namedWindow is the window a remaining-count header's name ends with: Kong's rate-limiting
// plugin sends X-RateLimit-Remaining-<Second|Minute|Hour|Day|Month|Year> for each period
// configured (from: https://developer.konghq.com/plugins/rate-limiting/, headers sent to the
// client); a year is none of the six windows.
func namedWindow(name string) string {
	if i := strings.LastIndexByte(name, '-'); i >= 0 {
		switch w := name[i+1:]; w {
		case "second", "minute", "hour", "day", "week", "month":
			return w
		}
	}
	return ""
}

// longWindow reports a window that outlasts any rate-limit backoff: a day or longer.
// (No window, the common case, needs no look-up; the day's order is looked up once.) Not
// inlined: each caller held a copy of the map look-up.
//
//go:noinline
func longWindow(w string) bool { return w != "" && windowOrder(w) >= dayOrder }

var dayOrder = windowOrder("day")
