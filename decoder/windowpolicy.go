package decoder

import "strings"

// policyWindow is the window of the limit an IETF RateLimit-Policy header describes, when the
// RateLimit fields report that limit used up, and that header:
//
//   - drafts 03 to 07 write the policies as "<quota>;w=<seconds>" items
//     (RateLimit-Policy: 10;w=1, 50;w=60) beside RateLimit-Limit, RateLimit-Remaining and
//     RateLimit-Reset; the limit the fields report is the policy whose quota is
//     RateLimit-Limit (the only one when there is one);
//   - drafts 08 and later name each policy ("default";q=100;w=60) and report it in one
//     RateLimit field ("default";r=0;t=10), r being what remains.
//
// from: https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/ (the -07
// text for the first form, the -09 text for the second).
//
// The window is named only when w is one of the six windows' lengths exactly: a policy of
// 100 seconds names none (corpus README, window labels).
func policyWindow(hs []header) (window, why string) {
	policy, ok := headerValue(hs, "ratelimit-policy")
	if !ok {
		if policy, ok = headerValue(hs, "x-ratelimit-policy"); !ok {
			return "", ""
		}
	}
	name, quota := "", ""
	if v, ok := headerValue(hs, "ratelimit"); ok { // draft 08+: "default";r=0;t=10
		if policyParam(v, "r") != "0" {
			return "", ""
		}
		name, _, _ = strings.Cut(strings.TrimSpace(v), ";")
	} else {
		rem, ok := headerValue(hs, "ratelimit-remaining")
		if !ok {
			rem, ok = headerValue(hs, "x-ratelimit-remaining")
		}
		if !ok {
			return "", ""
		}
		if strings.TrimSpace(rem) != "0" {
			return listedPolicyWindow(policy, rem)
		}
		quota, _ = headerValue(hs, "ratelimit-limit")
		if quota == "" {
			quota, _ = headerValue(hs, "x-ratelimit-limit")
		}
		quota = strings.TrimSpace(quota)
	}
	items := strings.Split(policy, ",")
	for _, item := range items {
		head, _, _ := strings.Cut(strings.TrimSpace(item), ";")
		switch {
		case name != "" && head != name:
			continue
		case name == "" && len(items) > 1 && head != quota:
			continue
		}
		if w := windowOfSeconds(policyParam(item, "w")); w != "" {
			return w, "ratelimit-policy: " + strings.TrimSpace(item) + " (a window of " + policyParam(item, "w") + " s, used up)"
		}
		return "", ""
	}
	return "", ""
}

// listedPolicyWindow is the window of the policy whose item of a listed remaining header
// reads 0, the policies and the counts given in the same order, one item a limit: Brave's
// Search API sends "X-RateLimit-Policy: 1;w=1, 15000;w=2592000" beside
// "X-RateLimit-Remaining: 0, 14000" (the second's limit used up; from:
// https://api-dashboard.search.brave.com/app/documentation/web-search/response-headers).
// Of several used up, the longest window is the one waiting must outlast.
func listedPolicyWindow(policy, remaining string) (window, why string) {
	ps, rs := strings.Split(policy, ","), strings.Split(remaining, ",")
	if len(rs) < 2 || len(ps) != len(rs) {
		return "", ""
	}
	for i, r := range rs {
		if strings.TrimSpace(r) != "0" {
			continue
		}
		w := windowOfSeconds(policyParam(ps[i], "w"))
		if w != "" && windowOrder(w) > windowOrder(window) {
			window, why = w, "x-ratelimit-policy: "+strings.TrimSpace(ps[i])+" (a window of "+policyParam(ps[i], "w")+" s, its remaining count 0)"
		}
	}
	return window, why
}

// windowOfSeconds names a window given as its length in seconds, only when it is one of the
// six exactly (a month as 30 or 31 days).
func windowOfSeconds(v string) string {
	switch v {
	case "1":
		return "second"
	case "60":
		return "minute"
	case "3600":
		return "hour"
	case "86400":
		return "day"
	case "604800":
		return "week"
	case "2592000", "2678400":
		return "month"
	}
	return ""
}
