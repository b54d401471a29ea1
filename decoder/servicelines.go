package decoder

import "strings"

// More codes, and waits, that services' own lines carry where no body field names them
// (beside servicecodes.go's):
//
// Envoy says why it answered a request itself: "Sending local reply with details
// upstream_response_timeout" (its debug log; %RESPONSE_CODE_DETAILS% in the access log).
// Its response code details are documented, each with the local reply it sends; a detail
// may carry its reason in braces ("upstream_reset_before_response_started{connection
// failure}"), which is not part of the name.
//
// Telegram's MTProto names a flood wait with its length, FLOOD_WAIT_291: "wait X seconds
// before repeating the request". TDLib and the Bot API repeat it as "Too Many Requests:
// retry after 291", in seconds as the Bot API's retry_after is; Telethon and Pyrogram as "A
// wait of 291 seconds is required".
//
// The Bot API's description opens with the reason phrase of the status it came with ("Too
// Many Requests: retry after 2282", "Forbidden: bot was blocked by the user"), as other
// APIs' "description" does: that phrase before a colon and its detail is the status.
//
// PHP's print_r writes a decoded body as "[status] => OVER_QUERY_LIMIT": the key's value is
// the code the JSON's "status" or "code" would be.
var (
	mEnvoyDetails = mark("local reply with details ")
	mFloodWait    = mark("FLOOD_WAIT_")
	mTGRetryAfter = mark("Too Many Requests: retry after ")
	mTGWaitOf     = mark("A wait of ")
	// Envoy's detail first, then the print_r keys: each is followed by a code.
	mCodeAfter = marks("local reply with details ", "[status] => ", "[code] => ", "[error_code] => ")
	mDescKeys  = marks(`"description": "`, `'description': '`, `"description":"`)
)

// readServiceLines takes Envoy's response code detail, the code a print_r'd body's key holds
// and Telegram's flood wait code.
func (s *signals) readServiceLines() {
	text := s.in.text
	for i, id := range mCodeAfter {
		where := "a printed body's key"
		if i == 0 {
			where = "the details of Envoy's local reply"
		}
		for _, pos := range s.marks[id] {
			start := min(pos+len(markers[id]), len(text))
			if v := text[start : start+wordLen(text[start:])]; len(v) >= 4 && !isAllDigits(v) {
				s.addCode(v, rankCode, where)
			}
		}
	}
	for _, pos := range s.at(mFloodWait) {
		start := min(pos+len(markers[mFloodWait]), len(text))
		if n := leadDigits(text[start:]); n > 0 && text[pos:start] == "FLOOD_WAIT_" && wordLen(text[start:]) == n {
			// The code as written, and its family, which the catalog documents.
			s.addCode(text[pos:start+n], rankCode, "the flood wait")
			s.addCode("FLOOD_WAIT", rankCode-1, "the flood wait")
		}
	}
}

// serviceWaits reads the waits Telegram states: in seconds with no unit, the flood wait's
// length and TDLib's and the Bot API's "Too Many Requests: retry after N" (the last one
// written is the one still to come), and the Python clients' "A wait of N seconds is
// required".
func (s *signals) serviceWaits() []hint {
	var out []hint
	text := s.in.text
	for _, id := range [...]int{mFloodWait, mTGRetryAfter, mTGWaitOf} {
		at := s.at(id)
		for i := len(at) - 1; i >= 0; i-- {
			start := min(at[i]+len(markers[id]), len(text))
			rest := text[start:min(len(text), start+40)]
			if id == mTGWaitOf {
				if ms, used, ok := readAmountsAt(rest); ok && strings.HasPrefix(rest[used:], "s is required") {
					out = appendHint(out, hint{ms, waitProse, text[at[i] : start+used+1], rest[:used]})
					break
				}
			} else if n := leadDigits(rest); n > 0 {
				sec, _ := atoi(rest[:n])
				out = appendHint(out, hint{int64(sec) * 1000, waitProse, text[at[i] : start+n], rest[:n]})
				break
			}
		}
	}
	return out
}

// wordLen is how many word bytes open s.
func wordLen(s string) int {
	n := 0
	for n < len(s) && isWordByte(s[n]) {
		n++
	}
	return n
}

// descriptionStatus finds the last status a description's opening reason phrase states.
func (s *signals) descriptionStatus() (statusSeen, bool) {
	text := s.in.text
	var best statusSeen
	found := false
	for _, id := range mDescKeys {
		for _, pos := range s.at(id) {
			start := pos + len(markers[id])
			if code, n := reasonOpening(text[min(start, len(text)):]); n > 0 && start >= best.pos {
				best, found = statusSeen{code, anchorReasonBody, start, "the description's \"" + text[start:start+n] + ":\", the status text of " + itoa(code)}, true
			}
		}
	}
	return best, found
}

// leadDigits is how many digits (at most 7) open s.
func leadDigits(s string) int {
	n := 0
	for n < len(s) && n < 7 && isDigit(s[n]) {
		n++
	}
	return n
}

// reasonOpening reports the error status whose reason phrase, as HTTP writes it, opens s
// before ": " and its detail, and the phrase's length.
func reasonOpening(s string) (int, int) {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0, 0
	}
	for _, code := range reasonByInitial[lower(s[0])-'a'] {
		if p := reasonPhrases[code]; strings.HasPrefix(s, p) && strings.HasPrefix(s[len(p):], ": ") {
			return code, len(p)
		}
	}
	return 0, 0
}
