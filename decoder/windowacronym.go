package decoder

// acronymWindow reads the window from a rate acronym (RPM, TPD, QPS, ...) where windowWords'
// fixed phrases ("(TPM)", "TPM limit") miss it, in the places an error names the limit it
// hit by its acronym:
//
//   - inside a code or quota id, joined by "_" or "-" to the limit's words: Baidu Qianfan's
//     rpm_rate_limit_exceeded and tpm_rate_limit_exceeded ("Rate limit reached for RPM",
//     from: https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf), a gateway's
//     "tpm-limit-exceeded";
//   - after "for" ("Rate limit reached for TPM");
//   - after the count it limits to ("limit of 3 RPM", "10k TPM", glued: "10KTPM-200RPM");
//   - before the limit's noun in any language ("RPM quota", "超过RPM限制", "TPM超限").
//
// The acronym must stand as a word of its own (no letter or digit joined to it: "https" is
// no TPS, "RPMs" is no RPM); said bare ("raise your RPM") it names no limit that failed,
// and no window is read. The longest window so named wins, as in wordedWindow.
func (s *signals) acronymWindow() (window, why string) {
	text := s.in.text
	rank := 0
	for _, m := range acronymMarks {
		w := rateAcronyms[m.acronym].window
		if windowOrder(w) <= rank {
			continue
		}
		n := len(rateAcronyms[m.acronym].acronym)
		for _, at := range s.at(m.id) {
			pos := at + m.lead
			end := pos + n
			if end > len(text) || pos > 0 && isAlnum(text[pos-1]) && !gluedCount(text, pos) || end < len(text) && isAlnum(text[end]) {
				continue
			}
			if from, ok := acronymNamesLimit(text, pos, end); ok {
				rank, window, why = windowOrder(w), w, text[from:end]
				break
			}
		}
	}
	return window, why
}

// rateAcronyms are the rate acronyms with the window each counts over.
var rateAcronyms = [...]struct{ acronym, window string }{
	{"RPS", "second"}, {"TPS", "second"}, {"QPS", "second"},
	{"RPM", "minute"}, {"TPM", "minute"}, {"QPM", "minute"}, {"IPM", "minute"}, {"ITPM", "minute"}, {"OTPM", "minute"},
	{"RPH", "hour"}, {"TPH", "hour"},
	{"RPD", "day"}, {"TPD", "day"}, {"QPD", "day"},
	// Groq's audio limits, audio seconds per hour and per day (from:
	// https://console.groq.com/docs/rate-limits).
	{"ASH", "hour"}, {"ASD", "day"},
}

// acronymMarks are the markers an acronym is found by, each with the acronym's index and
// where in the marker it starts: after a space ("for RPM", "3 RPM", "the TPM limit"), or
// before a code's joiner or a Chinese noun ("rpm_rate_limit", "rps-limit", "RPM限制",
// "TPM超限"). Not the bare acronym: "tps" is in every "https", and a marker found on most
// pastes costs each of them its hit.
var acronymMarks = func() []struct{ id, acronym, lead int } {
	ms := make([]struct{ id, acronym, lead int }, 0, len(rateAcronyms)*len(acronymForms))
	for i, a := range rateAcronyms {
		for _, f := range acronymForms {
			ms = append(ms, struct{ id, acronym, lead int }{mark(f.before + a.acronym + f.after), i, len(f.before)})
		}
	}
	return ms
}()

// acronymForms are the words around an acronym in its markers (a table, not a loop's
// literals written out: 175 B less of the gzipped wasm).
var acronymForms = [...]struct{ before, after string }{{" ", ""}, {"", "_"}, {"", "-"}, {"", "限"}, {"", "超"}}

// acronymNamesLimit reports whether the acronym at text[pos:end] names the limit hit (see
// acronymWindow), and where the words that say so start.
func acronymNamesLimit(text string, pos, end int) (from int, ok bool) {
	// After it: "_rate_limit", "-limit", " quota", " exceeded", "限制", "超限".
	rest := text[end:min(len(text), end+16)]
	if len(rest) > 0 && (rest[0] == '_' || rest[0] == '-' || rest[0] == ' ') {
		rest = rest[1:]
	}
	for _, w := range [...]string{"rate limit", "rate_limit", "rate-limit", "limit", "quota", "exceed", "限", "超"} {
		if lowerHasPrefix(rest, w) {
			return pos, true
		}
	}
	// Before it: "for RPM", a count ("3 RPM", "10k TPM", "1,000 RPD").
	before := text[max(0, pos-12):pos]
	j := len(before)
	if j > 0 && before[j-1] == ' ' {
		j--
	}
	if j >= 3 && lowerHasPrefix(before[j-3:j], "for") && (j == 3 || !isLetter(before[j-4])) {
		return pos - (len(before) - j) - 3, true
	}
	if j > 0 && (before[j-1] == 'k' || before[j-1] == 'K') {
		j--
	}
	if j > 0 && isDigit(before[j-1]) {
		k := j
		for k > 0 && (isDigit(before[k-1]) || before[k-1] == ',') {
			k--
		}
		return pos - (len(before) - k), true
	}
	return 0, false
}

// gluedCount reports a count written joined to the acronym at text[pos:], "10KTPM",
// "200RPM": OpenAI names an organization's rate-limit tier by its per-minute limits so
// ("Rate limit reached for 10KTPM-200RPM in organization org-..."), each count glued to
// its unit. The count is digits with an optional k, standing as a word of its own.
func gluedCount(text string, pos int) bool {
	i := pos
	if i > 0 && (text[i-1] == 'k' || text[i-1] == 'K') {
		i--
	}
	j := i
	for j > 0 && isDigit(text[j-1]) {
		j--
	}
	return j < i && (j == 0 || !isAlnum(text[j-1]))
}

func isAlnum(c byte) bool { return isLetter(c) || isDigit(c) }
