package corpus

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Report writes a split's figures: per-field accuracy, rows per provider and per form, the
// category confusion, and (for tune only: eval is measured, never mined) the misses.
func (s *Score) Report(w io.Writer, misses bool) {
	fmt.Fprintf(w, "== %s: %d samples\n\n", s.Split, s.Samples)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "field\tright\tof\t%\t")
	for _, f := range Fields {
		t := s.Fields[f]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t\n", f, t.Right, t.Of, t.Pct())
	}
	tw.Flush()
	fmt.Fprintf(w, "quota or billing errors called retryable: %d; non-AI errors given an AI provider: %d\n\n",
		s.QuotaCalledRetryable, s.NonAIPinned)
	s.groupTable(w, "provider", s.ByProvider)
	s.groupTable(w, "form", s.ByForm)
	s.groupTable(w, "confidence", s.ByConfidence)
	s.confusionTable(w)
	s.statusMissTable(w)
	if misses {
		s.missList(w)
		s.timingMissList(w)
	}
}

func (s *Score) groupTable(w io.Writer, name string, groups map[string]map[string]*Tally) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tn\tprovider\tstatus\tcategory\tretryable\t\n", name)
	for _, k := range sortedKeys(groups) {
		g := groups[k]
		label := k
		if label == "" {
			label = "(none)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", label, g["category"].Of,
			pct(g["provider"]), pct(g["status"]), pct(g["category"]), pct(g["retryable"]))
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func pct(t *Tally) string {
	if t.Of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", t.Pct())
}

// confusionTable prints labelled categories as rows and decoded ones as columns, only
// those that occur.
func (s *Score) confusionTable(w io.Writer) {
	cols := map[string]bool{}
	for _, row := range s.Confusion {
		for c := range row {
			cols[c] = true
		}
	}
	colNames := sortedKeys(cols)
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "labelled \\ decoded\t")
	for _, c := range colNames {
		fmt.Fprintf(tw, "%s\t", abbrev(c))
	}
	fmt.Fprintln(tw)
	for _, r := range sortedKeys(s.Confusion) {
		fmt.Fprintf(tw, "%s\t", r)
		for _, c := range colNames {
			if n := s.Confusion[r][c]; n > 0 {
				fmt.Fprintf(tw, "%d\t", n)
			} else {
				fmt.Fprint(tw, ".\t")
			}
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// statusMissTable counts the wrong statuses by kind (score.go's statusMissKind).
func (s *Score) statusMissTable(w io.Writer) {
	fmt.Fprintln(w, "wrong statuses by kind:")
	for _, k := range sortedKeys(s.StatusMisses) {
		fmt.Fprintf(w, "  %4d  %s\n", s.StatusMisses[k], k)
	}
	fmt.Fprintln(w)
}

// abbrev shortens a category for a column head.
func abbrev(c string) string {
	if len(c) > 6 {
		return c[:6]
	}
	return c
}

func (s *Score) missList(w io.Writer) {
	n := 0
	for _, o := range s.Outcomes {
		if len(o.Wrong) == 0 && !pinned(o) {
			continue
		}
		n++
		var parts []string
		for _, f := range o.Wrong {
			parts = append(parts, f+": want "+want(f, o.Case)+" got "+got(f, o))
		}
		if pinned(o) {
			// Not a provider miss (the label is not inferable) but it counts in the
			// "non-AI errors given an AI provider" figure, so it is listed with the misses.
			parts = append(parts, fmt.Sprintf("pinned: want \"\" got %q", o.Result.Provider))
		}
		fmt.Fprintf(w, "miss %s [%s]: %s\n", o.Case.ID, o.Case.Form, strings.Join(parts, "; "))
	}
	fmt.Fprintf(w, "%d of %d %s cases missed something\n\n", n, s.Samples, s.Split)
}

// pinned says whether o is an error from no AI API given an AI provider while its
// provider label is not inferable, so no provider miss shows it.
func pinned(o Outcome) bool {
	return o.Case.Provider == "" && o.Result.Provider != "" && !o.Case.Inferable()
}

func want(f string, c Case) string {
	switch f {
	case "provider":
		return fmt.Sprintf("%q", c.Provider)
	case "wrapper":
		return fmt.Sprintf("%q", *c.Wrapper)
	case "status":
		return fmt.Sprint(c.Status())
	case "code":
		return fmt.Sprintf("%q", c.Code())
	case "category":
		return c.Category
	case "retryable":
		return fmt.Sprint(c.Retryable)
	case "retry_after":
		return fmt.Sprint(*c.RetryAfterMS)
	case "window":
		return fmt.Sprintf("%q", c.LimitWindow)
	case "reset":
		return c.ResetAt
	}
	return ""
}

func got(f string, o Outcome) string {
	r := o.Result
	switch f {
	case "provider":
		return fmt.Sprintf("%q", r.Provider)
	case "wrapper":
		return fmt.Sprintf("%q", r.Wrapper)
	case "status":
		return fmt.Sprint(r.HTTPStatus)
	case "code":
		return fmt.Sprintf("%q", r.Code)
	case "category":
		return string(r.Category)
	case "retryable":
		return fmt.Sprint(r.Retryable)
	case "retry_after":
		return fmt.Sprint(r.RetryAfterMS)
	case "window":
		return fmt.Sprintf("%q", r.LimitWindow)
	case "reset":
		return fmt.Sprintf("%q", r.ResetAt)
	}
	return ""
}

// Line is the one-line summary `make eval` ends with.
func (s *Score) Line() string {
	return fmt.Sprintf("split=%s samples=%d provider=%.1f%% status=%.1f%% category=%.1f%% retryable=%.1f%% quota_called_retryable=%d",
		s.Split, s.Samples, s.Fields["provider"].Pct(), s.Fields["status"].Pct(),
		s.Fields["category"].Pct(), s.Fields["retryable"].Pct(), s.QuotaCalledRetryable)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Report writes the share of each rewrite that kept the paste's answer and, when ids is
// true, which cases changed.
func (rs *RewriteScore) Report(w io.Writer, split string, ids bool) {
	fmt.Fprintf(w, "== %s: rewrites that keep the answer (provider, status, category, verdict)\n\n", split)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "rewrite\tkept\tof\t%\t")
	for _, n := range rs.Names {
		t := rs.Kept[n]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t\n", n, t.Right, t.Of, t.Pct())
	}
	all := rs.All()
	fmt.Fprintf(tw, "all\t%d\t%d\t%.1f\t\n", all.Right, all.Of, all.Pct())
	tw.Flush()
	if ids {
		for _, n := range rs.Names {
			if len(rs.Changed[n]) > 0 {
				fmt.Fprintf(w, "changed by %s: %s\n", n, strings.Join(rs.Changed[n], " "))
			}
		}
	}
	fmt.Fprintln(w)
}
