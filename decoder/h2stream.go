package decoder

import "strings"

// An HTTP/2 stream reset as Go's http2 package prints it: StreamError.Error is
// "stream error: stream ID %d; %v" and, with a cause, "; %v" after it ("received from
// peer" when the server sent the RST_STREAM), the %v of its ErrCode the RFC 9113 §7 name
// (from: golang.org/x/net/http2 errors.go, StreamError.Error and errCodeName; net/http
// bundles the same as h2_bundle.go). The name is the code the server's frame carried, the
// most specific code such a failure has; it keys no entry (signals.unkeyedCode).
var mH2Stream = mark("stream error: stream ID ")

// h2ErrCodes are RFC 9113 §7's error codes, by number (https://www.rfc-editor.org/rfc/rfc9113#section-7).
var h2ErrCodes = [...]string{"NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR", "FLOW_CONTROL_ERROR",
	"SETTINGS_TIMEOUT", "STREAM_CLOSED", "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL",
	"COMPRESSION_ERROR", "CONNECT_ERROR", "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"}

// readH2Stream takes the error code of the first HTTP/2 stream error the paste prints.
//
// Not inlined: its one caller is a small group of readers behind one gate, where the
// inliner would copy it in, which only costs the wasm.
//
//go:noinline
func (s *signals) readH2Stream() {
	s.after(mH2Stream, "", func(rest string) {
		n := digitsAt(rest, 10)
		if s.unkeyedCode != "" || n == 0 || !strings.HasPrefix(rest[n:], "; ") {
			return
		}
		rest = rest[n+2:]
		for _, c := range h2ErrCodes {
			if strings.HasPrefix(rest, c) && (len(rest) == len(c) || !isWordByte(rest[len(c)])) {
				s.unkeyedCode = c
				return
			}
		}
	})
}
