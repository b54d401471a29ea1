package decoder

import "strings"

// printedWaits are the waits a tool's line or a cut-off body prints: GPT Pilot's buffered
// sleep, and a body's retry_after where no body was read whole.
func (s *signals) printedWaits() []hint {
	out := s.bufferedWait()
	if len(s.body.waits) == 0 {
		out = append(out, s.cutBodyWaits()...)
	}
	return out
}

// bufferedWait reads the wait the API asked for out of GPT Pilot's rate-limit line, which
// prints its own sleep with the buffer it added to the API's wait:
//
//	Retrying in {wait_duration_sec} second(s)... with extra buffer of: {extra_buffer_time} second(s)
//
// where wait_duration_sec is extra_buffer_time plus the wait parsed from the API's "Please
// try again in ..." (from: https://github.com/Pythagora-io/gpt-pilot, pilot/utils/
// llm_connection.py, rate_limit_exceeded_sleep). The API's wait is the difference; a sleep
// no longer than the buffer says the API stated none. Of several lines, the last is read.
func (s *signals) bufferedWait() []hint {
	text := s.in.text
	at := s.at(mBufferedRetry)
	for i := len(at) - 1; i >= 0; i-- {
		pos := at[i]
		line := text[strings.LastIndexByte(text[:pos], '\n')+1 : pos]
		k := strings.LastIndex(line, "Retrying in ")
		if k < 0 {
			continue
		}
		total, ok := parseDecimal(line[k+len("Retrying in "):])
		start := pos + len(markers[mBufferedRetry])
		rest := text[start:min(len(text), start+24)]
		n := strings.Index(rest, " second")
		if !ok || n <= 0 {
			continue
		}
		buffer, ok := parseDecimal(rest[:n])
		if !ok || total <= buffer || total > 1e7 {
			continue
		}
		asked := line[k:] + text[pos:start+n] + " second(s)"
		return []hint{{wholeMS((total - buffer) * 1000), waitProse, asked, line[k+len("Retrying in "):]}}
	}
	return nil
}

var mBufferedRetry = mark(" second(s)... with extra buffer of: ")

// cutBodyWaits reads a body's retry_after field (seconds, as waitMember reads it) from
// the text, for a body cut off before it closes: a tool's window or a log line that
// truncates a long JSON error ("...","retry_after":120,"owner_action_required":true,"wha)
// leaves no object for the body reader, but its members before the cut are as the API
// wrote them. A body that parses states the same wait, more strongly.
func (s *signals) cutBodyWaits() []hint {
	text := s.in.text
	for _, pos := range s.at(mRetryAfterKey) {
		start := pos + len(markers[mRetryAfterKey])
		rest := strings.TrimLeft(text[start:min(len(text), start+24)], " ")
		n := 0
		for n < len(rest) && (isDigit(rest[n]) || rest[n] == '.') {
			n++
		}
		if n == 0 || n < len(rest) && rest[n] != ',' && rest[n] != '}' && rest[n] != ' ' {
			continue
		}
		if f, ok := parseDecimal(rest[:n]); ok && f > 0 && f < 1e7 {
			return []hint{{wholeMS(f * 1000), waitProse, "the body's retry_after field (" + rest[:n] + ")", rest[:n]}}
		}
	}
	return nil
}

var mRetryAfterKey = mark(`"retry_after":`)
