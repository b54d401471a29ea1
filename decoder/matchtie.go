package decoder

// Two general layers' entries worded alike score alike: "you have exceeded your quota" hits
// both the general wording of quotas and Google's own quota entry, "is not a valid phone
// number" both invalid-request wording and Twilio's 21211. The longer wording is the more
// precise one, so of equal scores it wins, whichever file comes first.

// morePrecise reports whether entry r of file f, scored equal to the best so far m, hit a
// longer wording than m's entry; both were matched by wording (worded) and both are in the
// general layers.
func (k *matchKeys) morePrecise(r ref, m *match, f *Provider, files []*Provider, worded bool) bool {
	if !worded || !m.found() || f.Kind != KindGeneric || files[m.file].Kind != KindGeneric || r.file == m.file {
		return false
	}
	return k.longestWording(r) > k.longestWording(ref{m.file, m.entry})
}

// longestWording is the length of the longest phrase hit of entry r.
func (k *matchKeys) longestWording(r ref) int {
	n := 0
	for i, p := range k.phrases {
		if p == r {
			n = max(n, k.wordedAt[i].end-k.wordedAt[i].start)
		}
	}
	return n
}
