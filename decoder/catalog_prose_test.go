package decoder

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A catalog's backoff prose (shown on its reference page) says the same as its SDK data
// (sdk.clients, or those of the catalog clients_of names, which the "what each SDK does with
// this wait" sentence is made from): the retry-after cap, the backoff curve and its jitter.
// A clause that names clients speaks for them; one that names none speaks for them all.
func TestCatalogBackoffProseAgreesWithClients(t *testing.T) {
	for _, p := range load().files {
		for _, msg := range proseDisagreements(p, proseClients(p)) {
			t.Error(msg)
		}
	}
}

// The check finds each kind of disagreement, and none where the prose names the client it
// describes.
func TestProseDisagreementsFindsEach(t *testing.T) {
	cl := []SDKRetrier{
		{Name: "a-py", Reads: []string{"retry-after"}, WaitMaxS: 120, BackoffBaseMS: 500, BackoffMaxMS: 8000, JitterLowPct: 75, JitterHighPct: 100},
		{Name: "a-go", Reads: []string{"retry-after"}, WaitMaxS: 8, BackoffBaseMS: 500, BackoffMaxMS: 8000},
	}
	p := func(s string) *Provider { return &Provider{Slug: "a", SDK: SDK{Backoff: s}} }
	for _, tc := range []struct {
		prose string
		bad   int
	}{
		{"exponential, 0.5 s doubling to at most 8 s, jitter (x 0.75-1.0); honours retry-after when <= 60 s.", 2},
		{"exponential, 1 s doubling to 8 s.", 2},
		{"exponential, 0.5 s doubling to at most 8 s, jitter (x 0.5-1.0).", 1},
		{"exponential, 0.5 s doubling to at most 8 s; a-py honours retry-after up to 120 s; a-go honours retry-after up to 8 s.", 0},
	} {
		assert.Len(t, proseDisagreements(p(tc.prose), cl), tc.bad, tc.prose)
	}
}

// proseClients are the clients a catalog's prose describes: those of its clients_of and its
// own, else errlens's own default (generic).
func proseClients(p *Provider) []SDKRetrier {
	if cl := sdkClients(p); len(cl) > 0 {
		return cl
	}
	if p.SDK.RetryDefault.Name != "" {
		return []SDKRetrier{p.SDK.RetryDefault}
	}
	return nil
}

var (
	proseClause = regexp.MustCompile(`[;.](\s|$)`)
	proseCap    = regexp.MustCompile(`(?i)retry-after\b[^;]*?(?:<=|≤|under|up to|at most)\s*(\d+)\s*s\b`)
	proseCurve  = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*s\s+(?:doubling\s+)?to\s+(?:at most\s+|max\s+)?(\d+(?:\.\d+)?)\s*s\b`)
	proseJitter = regexp.MustCompile(`x\s*(\d\.\d+)\s*-\s*(\d\.\d+)`)
)

// proseDisagreements lists where p's backoff prose contradicts clients.
func proseDisagreements(p *Provider, clients []SDKRetrier) []string {
	if len(clients) == 0 {
		return nil
	}
	var out []string
	for _, clause := range proseClause.Split(p.SDK.Backoff, -1) {
		for _, cl := range clausesClients(clause, clients) {
			out = append(out, clauseDisagreements(p.Slug, clause, cl)...)
		}
	}
	return out
}

// clausesClients are the clients a clause speaks for: those it names, else all.
func clausesClients(clause string, clients []SDKRetrier) []SDKRetrier {
	var named []SDKRetrier
	for _, c := range clients {
		if strings.Contains(clause, c.Name) {
			named = append(named, c)
		}
	}
	if named == nil {
		return clients
	}
	return named
}

func clauseDisagreements(slug, clause string, c SDKRetrier) []string {
	var out []string
	bad := func(what string, prose, data any) {
		out = append(out, fmt.Sprintf("%s: %q says %s %v, %s's data %v", slug, clause, what, prose, c.Name, data))
	}
	if m := proseCap.FindStringSubmatch(clause); m != nil && len(c.Reads) > 0 {
		if n, _ := strconv.Atoi(m[1]); n != c.WaitMaxS {
			bad("a retry-after cap of s", n, c.WaitMaxS)
		}
	}
	if m := proseCurve.FindStringSubmatch(clause); m != nil && c.BackoffBaseMS > 0 {
		base, max := seconds(m[1]), seconds(m[2])
		if base != c.BackoffBaseMS || max != c.BackoffMaxMS {
			bad("a backoff curve in ms of", [2]int{base, max}, [2]int{c.BackoffBaseMS, c.BackoffMaxMS})
		}
	}
	if m := proseJitter.FindStringSubmatch(clause); m != nil && c.JitterHighPct > 0 {
		lo, hi := seconds(m[1])/10, seconds(m[2])/10
		if lo != c.JitterLowPct || hi != c.JitterHighPct {
			bad("a jitter in % of", [2]int{lo, hi}, [2]int{c.JitterLowPct, c.JitterHighPct})
		}
	}
	return out
}

// seconds reads "0.5" as 500 (milliseconds; the jitter's factors as per mille).
func seconds(s string) int {
	f, _ := strconv.ParseFloat(s, 64)
	return int(f*1000 + 0.5)
}
