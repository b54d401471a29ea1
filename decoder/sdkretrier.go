package decoder

import "errors"

// SDKRetrier is one client library's retry behaviour as its code has it: which errors it
// retries, how many times by default, which wait headers it honours and up to what wait,
// and what it does with a longer one. Every value is read from the library's source
// (Source: a link at the commit that was read).
type SDKRetrier struct {
	// Name is what users call the library: "openai-python", "anthropic-go".
	Name     string `json:"name"`
	Language string `json:"language"`
	// Retries is how many times it retries by default; 0: it does not retry unless asked.
	Retries int `json:"retries"`
	// RetryOn lists the statuses and kinds it retries (as SDK.RetryOn); empty: the
	// section's RetryOn.
	RetryOn []string `json:"retry_on,omitempty"`
	// Reads lists the headers whose wait it honours, in its order of preference
	// ("retry-after-ms", "retry-after"); empty: it reads none and keeps to its backoff.
	Reads []string `json:"reads,omitempty"`
	// WaitMaxS is the longest asked wait it honours, in seconds; 0: any wait.
	WaitMaxS int `json:"wait_max_s,omitempty"`
	// OverMax is what it does with a longer asked wait: OverMaxGiveUp, OverMaxBackoff or
	// OverMaxClamp.
	OverMax string `json:"over_max,omitempty"`
	// BackoffBaseMS and BackoffMaxMS are its own curve when no wait is honoured: base ×
	// 2^(n-1) up to max, before jitter.
	BackoffBaseMS int `json:"backoff_base_ms,omitempty"`
	BackoffMaxMS  int `json:"backoff_max_ms,omitempty"`
	// JitterLowPct and JitterHighPct bound the random factor, in percent, each step of
	// that curve is scaled by: 75 and 100 for × 0.75-1.0.
	JitterLowPct  int `json:"jitter_low_pct,omitempty"`
	JitterHighPct int `json:"jitter_high_pct,omitempty"`
	// Policy names this behaviour for a log line: "the Stainless SDK policy".
	Policy string `json:"policy,omitempty"`
	Source string `json:"source"`
}

// Values of SDKRetrier.OverMax.
const (
	OverMaxGiveUp  = "give_up" // raises the error at once (openai-python over 120 s)
	OverMaxBackoff = "backoff" // ignores the asked wait and keeps to its backoff
	OverMaxClamp   = "clamp"   // waits its maximum instead (openai-go: 8 s)
)

// checkClients checks that each clients_of names a catalog with clients of its own, and
// every client's over_max value. The decoder follows clients_of when it decodes
// (sdkClients): the compiled catalog keeps each file's clients as its JSON has them.
func checkClients(files []*Provider) []error {
	bySlug := make(map[string]*Provider, len(files))
	for _, p := range files {
		bySlug[p.Slug] = p
	}
	var errs []error
	for _, p := range files {
		if of := p.SDK.ClientsOf; of != "" {
			src := bySlug[of]
			switch {
			case src == nil:
				errs = append(errs, errors.New(p.Slug+": clients_of names no catalog: "+of))
			case len(src.SDK.Clients) == 0:
				errs = append(errs, errors.New(p.Slug+": clients_of "+of+", which lists no clients of its own"))
			case len(src.SDK.ClientsOf) > 0:
				errs = append(errs, errors.New(p.Slug+": clients_of "+of+", which names clients_of itself"))
			}
		}
		for _, cl := range p.SDK.Clients {
			switch {
			case cl.Name == "" || cl.Source == "":
				errs = append(errs, errors.New(p.Slug+": a client without name or source"))
			case cl.OverMax != "" && cl.OverMax != OverMaxGiveUp && cl.OverMax != OverMaxBackoff && cl.OverMax != OverMaxClamp:
				errs = append(errs, errors.New(p.Slug+": "+cl.Name+": unknown over_max "+cl.OverMax))
			case cl.WaitMaxS > 0 && cl.OverMax == "":
				errs = append(errs, errors.New(p.Slug+": "+cl.Name+": wait_max_s without over_max"))
			}
		}
	}
	return errs
}

// Clients returns p's client libraries, in the catalog's order: those of the catalog its
// sdk section names in clients_of, then its own (Azure OpenAI is called with OpenAI's
// libraries and with its own .NET one). The first is the one package retry imitates (each
// catalog lists the provider's Python SDK first).
func (p *Provider) Clients() []SDKRetrier { return sdkClients(p) }

// sdkClients is p's client libraries: those of the catalog it names in clients_of, then its
// own.
func sdkClients(p *Provider) []SDKRetrier {
	if of := p.SDK.ClientsOf; of != "" {
		if q := Lookup(of); q != nil {
			return withClientsOf(q.SDK.Clients, p.SDK.Clients)
		}
	}
	return p.SDK.Clients
}

// withClientsOf is a catalog's clients: of's (its clients_of), then its own. Without own
// clients it is of's own slice, which the decoder does not change: nothing is allocated.
func withClientsOf(of, own []SDKRetrier) []SDKRetrier {
	if len(own) == 0 {
		return of
	}
	return append(append(make([]SDKRetrier, 0, len(of)+len(own)), of...), own...)
}

// checkRetryShapes checks the facts package retry reads (its Shape): the first client of
// each catalog that lists clients, and the generic catalog's retry_default, which no other
// catalog may have, each give a whole backoff curve and name their policy.
func checkRetryShapes(files []*Provider) []error {
	var errs []error
	for _, p := range files {
		hasDefault := p.SDK.RetryDefault.Name != ""
		if hasDefault != (p.Slug == "generic") {
			errs = append(errs, errors.New(p.Slug+": retry_default belongs in the generic catalog, and only there"))
		}
		if hasDefault {
			errs = append(errs, checkShape(p.Slug, &p.SDK.RetryDefault)...)
		}
		if len(p.SDK.Clients) > 0 && p.SDK.ClientsOf == "" {
			// With clients_of, package retry imitates that catalog's first client.
			errs = append(errs, checkShape(p.Slug, &p.SDK.Clients[0])...)
		}
	}
	return errs
}

// checkShape checks that cl, which package retry imitates, has a whole curve.
func checkShape(slug string, cl *SDKRetrier) []error {
	switch {
	case cl.BackoffBaseMS <= 0 || cl.BackoffMaxMS < cl.BackoffBaseMS:
		return []error{errors.New(slug + ": " + cl.Name + ": package retry needs backoff_base_ms and backoff_max_ms >= it")}
	case cl.JitterLowPct < 0 || cl.JitterHighPct <= cl.JitterLowPct:
		return []error{errors.New(slug + ": " + cl.Name + ": package retry needs jitter_high_pct above jitter_low_pct")}
	case cl.Policy == "":
		return []error{errors.New(slug + ": " + cl.Name + ": package retry needs the policy's name")}
	}
	return nil
}
