package main

import (
	"strconv"

	"github.com/errlens/errlens/decoder"
)

// The limit's window and reset, and the attempts a log shows, for the human answer.

// limitLine is "per day, resets at 2026-01-02T00:00:00Z", "" when the result says neither.
func limitLine(r decoder.Result) string {
	out := ""
	if r.LimitWindow != "" {
		out = "per " + r.LimitWindow
	}
	if r.ResetAt != "" {
		if out != "" {
			out += ", "
		}
		out += "resets at " + r.ResetAt
	}
	return out
}

// attemptLines lists each attempt: "09:12:31.402 429 rate_limit_exceeded, asked to wait
// 2 s, waited 0.455 s".
func attemptLines(r decoder.Result) []string {
	lines := make([]string, 0, len(r.Attempts))
	for _, a := range r.Attempts {
		s := "no status"
		if a.HTTPStatus != 0 {
			s = strconv.Itoa(a.HTTPStatus)
		}
		if a.Code != "" {
			s += " " + a.Code
		}
		if a.Time != "" {
			s = a.Time + " " + s
		}
		if a.WaitAskedMS > 0 {
			s += ", asked to wait " + secondsOf(a.WaitAskedMS)
		}
		if a.WaitTakenMS > 0 {
			s += ", waited " + secondsOf(a.WaitTakenMS)
		}
		lines = append(lines, s)
	}
	return lines
}

func secondsOf(ms int64) string {
	return strconv.FormatFloat(float64(ms)/1000, 'f', -1, 64) + " s"
}

// sdkWaitLines is what each client library does with this wait, one per line.
func sdkWaitLines(r decoder.Result) []string {
	lines := make([]string, 0, len(r.SDKWaits))
	for _, w := range r.SDKWaits {
		lines = append(lines, w.Says)
	}
	return lines
}
