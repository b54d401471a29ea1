package corpus

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/errlens/errlens/decoder"
)

// The APIs and tools issue 14 added: their rows are scored on their own too, because the
// whole split's figures would hide them (a few dozen rows among hundreds), and the issue's
// targets are set on them alone.
var (
	NewAPIs  = []string{"ollama", "vllm", "llama-cpp", "dashscope", "moonshot", "zhipu", "minimax", "deepinfra", "sambanova", "nvidia-nim", "cloudflare-workers-ai", "github-models", "volcengine"}
	NewTools = []string{"claude-code", "codex", "gemini-cli", "copilot-cli", "llamaindex", "crewai", "openai-agents", "aider"}
)

// NewFields are the fields the issue-14 table shows, in order.
var NewFields = []string{"provider", "wrapper", "category", "retryable"}

// IsNew reports whether a case belongs to the issue-14 rows: its API is one of NewAPIs or
// its tool one of NewTools.
func IsNew(c Case) bool {
	return slices.Contains(NewAPIs, c.Provider) || (c.Wrapper != nil && slices.Contains(NewTools, *c.Wrapper))
}

// NewScore scores only the issue-14 rows of a split, grouped by API and by tool.
type NewScore struct {
	All     *Score
	ByAPI   map[string]map[string]*Tally
	ByTool  map[string]map[string]*Tally
	Samples int
}

// EvaluateNew decodes the issue-14 rows of cases with d and scores them.
func EvaluateNew(split string, cases []Case, d *decoder.Decoder) *NewScore {
	var sub []Case
	for _, c := range cases {
		if IsNew(c) {
			sub = append(sub, c)
		}
	}
	ns := &NewScore{All: Evaluate(split, sub, d), ByAPI: map[string]map[string]*Tally{},
		ByTool: map[string]map[string]*Tally{}, Samples: len(sub)}
	for _, o := range ns.All.Outcomes {
		for _, f := range NewFields {
			ok, applies := check(f, o.Case, o.Result)
			if !applies {
				continue
			}
			if slices.Contains(NewAPIs, o.Case.Provider) {
				group(ns.ByAPI, o.Case.Provider)[f].add(ok)
			}
			if w := o.Case.Wrapper; w != nil && slices.Contains(NewTools, *w) {
				group(ns.ByTool, *w)[f].add(ok)
			}
		}
	}
	return ns
}

// Report writes the issue-14 table: one line per API and per tool that has rows, then the
// total over those rows.
func (ns *NewScore) Report(w io.Writer) {
	fmt.Fprintf(w, "== %s: issue-14 APIs and tools, %d rows\n\n", ns.All.Split, ns.Samples)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "api or tool\tn\tprovider\twrapper\tcategory\tretryable\t")
	row := func(label string, g map[string]*Tally) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", label, g["category"].Of,
			pct(g["provider"]), pct(g["wrapper"]), pct(g["category"]), pct(g["retryable"]))
	}
	for _, k := range NewAPIs {
		if g := ns.ByAPI[k]; g != nil {
			row(k, g)
		}
	}
	for _, k := range NewTools {
		if g := ns.ByTool[k]; g != nil {
			row(k, g)
		}
	}
	row("all", ns.All.Fields)
	tw.Flush()
	fmt.Fprintln(w)
}
