package decoder

import "strings"

// windowMember reads a body field that names the window of the limit it reports, as rate
// limiters answer in JSON: {"error": "quota_exceeded", "window": "hour", "hourly": {...}},
// {"limit_window": "day"}, {"period": "minute"}. Only a value that is one of the six
// windows, or its adjective ("hourly", "daily"), names one: "interval": "100s" or "5m" is
// a length, and a length names a window only as windowWords read it.
func (f *bodyFacts) windowMember(v *node) {
	if v.kind != strNode || f.window != "" {
		return
	}
	w := strings.ToLower(strings.TrimSpace(v.str))
	switch w {
	case "hourly", "weekly", "monthly":
		w = w[:len(w)-2]
	case "daily":
		w = "day"
	}
	if windowOrder(w) == 0 { // one of the six windows (clock.go), or none
		return
	}
	f.window, f.windowText = w, v.str
}
