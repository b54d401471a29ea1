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
	mPHPKeys      = marks("[status] => ", "[code] => ", "[error_code] => ")
	mDescKeys     = marks(`"description": "`, `'description': '`, `"description":"`)
)

// readServiceLines takes Envoy's response code detail, Telegram's flood wait code and the
// code a print_r'd body's key holds.
func (s *signals) readServiceLines() {
	s.after(mEnvoyDetails, "", func(rest string) {
		n := 0
		for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] == '_') {
			n++
		}
		if n >= 4 && strings.IndexByte(rest[:n], '_') > 0 {
			s.textCodes = append(s.textCodes, codeSeen{rest[:n], rankCode, "the details of Envoy's local reply, " + rest[:n]})
		}
	})
	s.after(mFloodWait, "FLOOD_WAIT_", func(rest string) {
		if n := leadDigits(rest); n > 0 && (n == len(rest) || !isWordByte(rest[n])) {
			// The code as written, and its family, which the catalog documents.
			code := "FLOOD_WAIT_" + rest[:n]
			s.textCodes = append(s.textCodes, codeSeen{code, rankCode, "the flood wait " + code},
				codeSeen{"FLOOD_WAIT", rankCode - 1, "the flood wait " + code})
		}
	})
	for _, id := range mPHPKeys {
		s.after(id, "", func(rest string) {
			n := 0
			for n < len(rest) && isWordByte(rest[n]) {
				n++
			}
			if v := rest[:n]; n >= 4 && isIdentifier(v) && !isAllDigits(v) {
				s.textCodes = append(s.textCodes, codeSeen{v, rankCode, "the printed body's " + strings.TrimSuffix(markers[id], " => ") + " " + v})
			}
		})
	}
}

// serviceWaits reads the waits Telegram states: in seconds with no unit, the flood wait's
// length and TDLib's and the Bot API's "Too Many Requests: retry after N" (the last one
// written is the one still to come), and the Python clients' "A wait of N seconds is
// required".
func (s *signals) serviceWaits() []hint {
	var out []hint
	seconds := func(id int, what string) {
		text := s.in.text
		at := s.at(id)
		for i := len(at) - 1; i >= 0; i-- {
			start := at[i] + len(markers[id])
			if n := leadDigits(text[min(start, len(text)):]); n > 0 {
				v := text[start : start+n]
				sec, _ := atoi(v)
				out = append(out, hint{int64(sec) * 1000, waitProse, what + v, v})
				return
			}
		}
	}
	seconds(mFloodWait, "FLOOD_WAIT_")
	seconds(mTGRetryAfter, "Too Many Requests: retry after ")
	s.after(mTGWaitOf, "", func(rest string) {
		if ms, used, ok := readAmountsAt(rest[:min(len(rest), 40)]); ok && strings.HasPrefix(rest[used:], "s is required") {
			out = append(out, hint{ms, waitProse, "A wait of " + rest[:used] + "s is required", rest[:used]})
		}
	})
	return out
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
