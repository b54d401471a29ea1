package corpus

import (
	"fmt"
	"io"
	"time"

	"github.com/errlens/errlens/decoder"
)

// The limit's window and reset (issue 15), scored on the rows that carry them: a window
// where the paste names it (a code, a quota id, "per minute", TPM) or the provider's docs
// give it for the header that ran out; a reset only where the paste fixes it in time (an
// absolute time, an epoch, or a relative wait beside a Date header), so the label does not
// depend on when the corpus is scored.

// Windows are the values a limit_window label may take.
var Windows = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true}

// resetSlack is how far a decoded reset may be from the label: a wait of 0.12 s after a
// Date header's whole second is rounded up to the next second by the decoder.
const resetSlack = time.Second

func checkTiming(f string, c Case, r decoder.Result) (ok, applies bool) {
	if f == "window" {
		return r.LimitWindow == c.LimitWindow, c.LimitWindow != ""
	}
	if c.ResetAt == "" {
		return false, false
	}
	want, err := time.Parse(time.RFC3339, c.ResetAt)
	if err != nil {
		return false, true
	}
	got, err := time.Parse(time.RFC3339, r.ResetAt)
	if err != nil {
		return false, true
	}
	d := got.Sub(want)
	return d <= resetSlack && d >= -resetSlack, true
}

// TimingLine is the split's window and reset accuracy on the rows that carry them, printed
// by make eval just above the summaries:
//
//	timing split=tune window=27/30 (90.0%) reset=4/4 (100.0%)
func (s *Score) TimingLine() string {
	w, r := s.Fields["window"], s.Fields["reset"]
	return fmt.Sprintf("timing split=%s window=%d/%d (%.1f%%) reset=%d/%d (%.1f%%)", s.Split, w.Right, w.Of, w.Pct(), r.Right, r.Of, r.Pct())
}

// timingMissList writes the rows whose window or reset is wrong, with both labels and both
// answers and the category beside them (the window and reset are given only for a rate
// limit, a quota or a 429), for the next engineer to work from:
//
//	timing miss claude-code-t005 [wrapper] quota/quota: window "month" got ""; reset 2025-07-01T00:00:00Z got ""
func (s *Score) timingMissList(w io.Writer) {
	n, of := 0, 0
	for _, o := range s.Outcomes {
		c, r := o.Case, o.Result
		if c.LimitWindow == "" && c.ResetAt == "" {
			continue
		}
		of++
		wOK, wApplies := checkTiming("window", c, r)
		rOK, rApplies := checkTiming("reset", c, r)
		if (wOK || !wApplies) && (rOK || !rApplies) {
			continue
		}
		n++
		fmt.Fprintf(w, "timing miss %s [%s] %s/%s: window %q got %q; reset %s got %q\n", c.ID, c.Form,
			c.Category, r.Category, c.LimitWindow, r.LimitWindow, orNone(c.ResetAt), r.ResetAt)
	}
	fmt.Fprintf(w, "%d of %d %s rows with a window or reset missed one\n\n", n, of, s.Split)
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}
