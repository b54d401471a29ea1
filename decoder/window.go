package decoder

import "strings"

// The window a limit counts over (Result.LimitWindow). Gemini sends the same message for
// its per-minute and per-day limits; only the quota id (GenerateRequestsPerDayPerProject
// PerModel against ...PerMinute...) tells them apart, so the words are looked for anywhere
// in the paste: quota ids, codes (free-models-per-day) and prose (TPM, "per day") alike.
// Where the paste names no window, the header of the limit that ran out may (groq's
// request limit is per day, its token limit per minute).

// windowWords map wording to a window. The table is data: add a provider's wording here.
var windowWords = []struct{ text, window string }{
	{"PerSecond", "second"}, {"per second", "second"}, {"per_second", "second"}, {"(RPS)", "second"},
	{"PerMinute", "minute"}, {"per minute", "minute"}, {"per_minute", "minute"}, {"per-minute", "minute"},
	{"per min ", "minute"}, {"per min.", "minute"}, {" / min", "minute"}, // OpenAI's older "Limit: 10000 / min."
	// The same unit before the punctuation that ends it: OpenAI's "on input-images per min:
	// Limit 10, Used 10", "on requests per min, ...", "(tokens per min)".
	{"per min:", "minute"}, {"per min,", "minute"}, {"per min)", "minute"},
	{"(TPM)", "minute"}, {"(RPM)", "minute"}, {"(ITPM)", "minute"}, {"(OTPM)", "minute"},
	{" RPM:", "minute"}, {" TPM:", "minute"}, {" RPD:", "day"}, {" TPD:", "day"}, // "max RPM: 3"
	{"TPM rate limit", "minute"}, {"RPM rate limit", "minute"}, {"TPD rate limit", "day"}, // Moonshot's "reached organization TPM rate limit"
	{"PerHour", "hour"}, {"per hour", "hour"}, {"per_hour", "hour"}, {"hourly limit", "hour"}, {"5-hour limit", "hour"},
	{"hour session limit", "hour"}, // Copilot's "exceeded your 5 hour session limits"
	{"PerDay", "day"}, {"per day", "day"}, {"per_day", "day"}, {"per-day", "day"}, {"(TPD)", "day"}, {"(RPD)", "day"},
	{"daily limit", "day"}, {"daily quota", "day"}, {"your daily", "day"},
	{"for today", "day"}, // "the limit for advanced AI requests available in your plan for today"
	{"PerWeek", "week"}, {"per week", "week"}, {"weekly limit", "week"},
	{"PerMonth", "month"}, {"per month", "month"}, {"monthly limit", "month"}, {"monthly quota", "month"},
	{"your monthly", "month"},  // Copilot Free's "reached your monthly chat messages limit"
	{"monthly spend", "month"}, // xAI's "reached its monthly spending limit"
	// Huawei Cloud API Gateway's throttling policy: "policy ip over ratelimit,limit:5,time:1 minute".
	{"time:1 second", "second"}, {"time:1 minute", "minute"}, {"time:1 hour", "hour"}, {"time:1 day", "day"},
	// A Google API quota limit's id written with its duration, which google.api.QuotaLimit
	// allows to be only "100s" or "1d" (from: https://github.com/googleapis/googleapis/blob/master/google/api/quota.proto):
	// "Quota exceeded for quota group 'AnalyticsDefaultGroup' and limit 'CLIENT_PROJECT-1d'
	// of service ...". The 100 seconds are none of the six windows.
	{"-1d' of service", "day"},
	// Azure OpenAI's 429 header policy-id: the deployment's token limit, documented as TPM.
	{"DeploymentRatelimit-Token", "minute"},
	// The rate acronyms with the limit they name, as providers word them bare: "TPM limit
	// reached" (SiliconFlow), DashScope's THROTTLING.userQPSLimit, "RPD exceeded".
	{"TPM limit", "minute"}, {"RPM limit", "minute"}, {"IPM limit", "minute"}, {"TPD limit", "day"}, {"RPD limit", "day"},
	{"TPM exceeded", "minute"}, {"RPM exceeded", "minute"}, {"TPD exceeded", "day"}, {"RPD exceeded", "day"},
	// Baidu Qianfan's codes and messages for its per-minute limits: rpm_rate_limit_exceeded
	// "Rate limit reached for RPM", tpm_rate_limit_exceeded "Rate limit reached for TPM"
	// (from: https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf); the acronym named as
	// the limit reached, in a code or after "for", as other APIs word the same limits.
	{"rpm_rate_limit", "minute"}, {"tpm_rate_limit", "minute"}, {"rpd_rate_limit", "day"}, {"tpd_rate_limit", "day"},
	{"reached for RPM", "minute"}, {"reached for TPM", "minute"}, {"reached for RPD", "day"}, {"reached for TPD", "day"},
	{"(IPM)", "minute"}, {"(QPS)", "second"}, {"QPSLimit", "second"}, {"QPS limit", "second"}, {"QPS exceeded", "second"},
	{"QPS超限", "second"}, {"超过QPS", "second"},
	// A day's allowance said by the day it runs to: "too many requests today. Please try
	// again tomorrow".
	{"requests today", "day"}, {"again tomorrow", "day"}, {"back tomorrow", "day"},
	// The same windows in the other languages errors are written in (Chinese, Polish,
	// German, Spanish and Portuguese, French).
	{"每秒", "second"}, {"每分钟", "minute"}, {"每小时", "hour"}, {"每天", "day"}, {"每日", "day"}, {"每周", "week"}, {"每月", "month"},
	// Only letters ASCII folds: the scan matches other letters in their own case, so a
	// phrase with a cased one would miss its capitals ("NA GODZINĘ"); Polish's "na godzinę"
	// is found by its stem, and Russian's phrases are left out (its single words are below).
	{"na sekund", "second"}, {"na minut", "minute"}, {"na godzin", "hour"}, {"dziennie", "day"},
	{"pro Sekunde", "second"}, {"pro Minute", "minute"}, {"pro Stunde", "hour"}, {"pro Tag", "day"}, {"pro Monat", "month"},
	{"por segundo", "second"}, {"por minuto", "minute"}, {"por hora", "hour"}, {"por dia", "day"}, {"por mes", "month"},
	{"par seconde", "second"}, {"par minute", "minute"}, {"par heure", "hour"}, {"par jour", "day"}, {"par mois", "month"},
	// The hyphenated English units the rows above miss ("per-hour limit"), and the same
	// windows in more of the languages APIs answer in, as each language says "per <unit>"
	// or names a daily or monthly limit: Italian, Dutch, Indonesian, Turkish, Japanese,
	// Korean, Russian's adjectives of period ("суточный лимит"; not "в минуту": a phrase with a
	// cased letter beyond ASCII misses its capitals, see above), and
	// the adjectives and compounds of Spanish, Portuguese, French and German ("límite
	// diario", "Tageslimit").
	{"per-second", "second"}, {"per-hour", "hour"}, {"per-week", "week"}, {"per-month", "month"},
	// A unit hyphenated short, as OpenRouter's limit ids write it: free-models-per-min
	// for the free models' requests-per-minute limit, beside free-models-per-day (limits
	// from: https://openrouter.ai/docs/api-reference/limits).
	{"-per-min", "minute"},
	// A window written as its length in seconds, exactly one of the six: GitHub Models'
	// "Rate limit of 15 per 60s exceeded for UserByModelByMinute" and "... per 86400s
	// exceeded for UserByModelByDay" (from: https://docs.github.com/en/github-models/use-github-models/prototyping-with-ai-models#rate-limits),
	// "30 requests per 60 seconds"; and a day as 24 hours. "per 100 seconds" names none.
	{"per 1s ", "second"}, {"per 60s ", "minute"}, {"per 60 seconds", "minute"}, {"per 3600s ", "hour"}, {"per 3600 seconds", "hour"},
	{"per 86400s ", "day"}, {"per 86400 seconds", "day"}, {"per 24 hours", "day"}, {"in 24 hours", "day"}, {"24-hour limit", "day"},
	{"al secondo", "second"}, {"al minuto", "minute"}, {"all'ora", "hour"}, {"al giorno", "day"}, {"al mese", "month"},
	{"giornalier", "day"}, {"mensile", "month"},
	{"per seconde", "second"}, {"per minuut", "minute"}, {"per uur", "hour"}, {"per dag", "day"}, {"per maand", "month"},
	{"dagelijks", "day"}, {"maandelijks", "month"},
	{"per detik", "second"}, {"per menit", "minute"}, {"per jam", "hour"}, {"per hari", "day"}, {"per bulan", "month"},
	{"секундн", "second"}, {"минутн", "minute"}, {"ежечасн", "hour"}, {"суточн", "day"}, {"дневн", "day"},
	{"ежедневн", "day"}, {"недельн", "week"}, {"месячн", "month"},
	{"saniyede", "second"}, {"dakikada", "minute"}, {"saatte", "hour"}, {"günlük", "day"}, {"aylık", "month"},
	{"1秒あたり", "second"}, {"毎秒", "second"}, {"1分あたり", "minute"}, {"1分間", "minute"}, {"毎分", "minute"},
	{"1時間あたり", "hour"}, {"1日あたり", "day"}, {"1日の上限", "day"}, {"日次", "day"}, {"1か月", "month"}, {"月間", "month"},
	{"초당", "second"}, {"분당", "minute"}, {"시간당", "hour"}, {"일일", "day"}, {"하루", "day"}, {"주간", "week"}, {"월간", "month"},
	{"日限额", "day"}, {"日配额", "day"}, {"今日", "day"}, {"当日", "day"}, {"本月", "month"}, {"月度", "month"},
	{"diario", "day"}, {"diaria", "day"}, {"diário", "day"}, {"diária", "day"},
	{"semanal", "week"}, {"mensual", "month"}, {"mensal", "month"},
	{"quotidien", "day"}, {"journalier", "day"}, {"hebdomadaire", "week"}, {"mensuel", "month"},
	{"Tageslimit", "day"}, {"Tageskontingent", "day"}, {"täglich", "day"}, {"Wochenlimit", "week"}, {"wöchentlich", "week"},
	{"Monatslimit", "month"}, {"monatlich", "month"}, {"pro Woche", "week"},
}

// headerWindows give the window of a limit by the header that reports it run out, for APIs
// whose headers do not say it themselves; the first row that fits wins. A provider whose
// limit counts otherwise says so in its catalog (limits.header_windows), which comes first.
var headerWindows = []struct{ prefix, window string }{
	{"x-ratelimit-remaining-requests", "minute"},
	{"x-ratelimit-remaining-tokens", "minute"},
	{"anthropic-ratelimit-", "minute"},
}

// windows are the windows a limit counts over, shortest first, with how a limit counts
// over each (for the evidence) and its adjective (for the verdict). The hour window also
// stands for windows of several hours (the 5-hour plan limits of Claude, Codex and Z.ai:
// the window's unit, as the corpus labels them), so it is not said "per hour" and has no
// adjective: they are not hourly.
var windows = [...]struct{ name, counts, adjective string }{
	{"second", "per second", "per-second"},
	{"minute", "per minute", "per-minute"},
	{"hour", "over hours (one or several)", ""},
	{"day", "per day", "daily"},
	{"week", "per week", "weekly"},
	{"month", "per month", "monthly"},
}

// windowOrder ranks windows (from 1): of several named, the longest is the one waiting must
// outlast. The three maps are built from windows in one loop, where map literals wrote each
// entry's insertion out in the package's init.
var windowOrder, windowCounts, windowAdjective = windowMaps()

func windowMaps() (order map[string]int, counts, adjective map[string]string) {
	order, counts, adjective = map[string]int{}, map[string]string{}, map[string]string{}
	for i, w := range windows {
		order[w.name], counts[w.name] = i+1, w.counts
		if w.adjective != "" {
			adjective[w.name] = w.adjective
		}
	}
	return order, counts, adjective
}

var windowMarks = func() []int {
	ids := make([]int, len(windowWords))
	for i, w := range windowWords {
		ids[i] = mark(w.text)
	}
	return ids
}()

// longWindowMarks are the markers of the rows naming a day or more: picked once here, not
// by two look-ups of windowOrder per row on every decode.
var longWindowMarks = func() []int {
	var long []int
	for i, w := range windowWords {
		if windowOrder[w.window] >= windowOrder["day"] {
			long = append(long, windowMarks[i])
		}
	}
	return long
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
		if w := windowOfHeader(h.name, p); windowOrder[w] > windowOrder[best] {
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
func longWindow(w string) bool { return w != "" && windowOrder[w] >= dayOrder }

var dayOrder = windowOrder["day"]
