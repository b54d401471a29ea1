package decoder

// The values identify and match hand on (signals, extraction's, is in signals.go). A later
// stage reads them and nothing else of the earlier stages: these types, and the one method
// they have, are here so that reading them is no call back into the stage that made them.

// identity is what identify hands on: the provider, the wrapper that re-printed the error,
// the upstream a router named, and why.
type identity struct {
	provider int // file index, -1 when unknown
	score    int
	reasons  []reason // the provider's strongest signals (in the decode's scratch)
	tied     []int
	wrapper  int // file index, -1 when none
	wreasons []reason
	// assumed marks a provider named only by the wrapper's default (identify_default.go):
	// the paste is then the wrapper's own words, and its entries are read first (match.go).
	assumed  bool
	upstream string
	// model is the weight the provider was credited for a model family (identify_model.go),
	// 0 when none: weigh does not count it as naming the provider firmly.
	model int
	// cards is every file's score, in the decode's scratch: confidence.go reads it for the
	// providers that came close.
	cards *scoreCards
}

// match is what match hands on: the entry that best explains the signals, why, and the
// HTTP status it was weighed against (extraction's decision, carried on).
type match struct {
	file, entry int // -1 when nothing matched
	score       int
	// why says what made the entry match: whyParts, or when the entry stands for what
	// every catalog agrees a code means (consensus), words.
	why      whyParts
	whyWords string
	// filedAs is the entry's own spelling of the code it matched by, when the paste's is
	// alike only once normalised (match.go's filedAs), else "".
	filedAs     string
	status      statusSeen
	hasStatus   bool
	byClassCode string // the exception name that matched the entry's code, if that decided it
	// wordedCode is a code the paste writes, when the entry has none of its own (codeWritten).
	wordedCode string
	// proseCode is the business code written in prose that the entry was matched by
	// (matchprose.go), when no ranked code is that number.
	proseCode proseNumber
	keyed     bool // matched by code, type, wording or class, not by status alone
	// unsent: the paste words a failure of the client before its request went out
	// (unsent.go), so no status it prints is the API's.
	unsent bool
	// consensusStatus is the status every catalog agrees a code comes with (consensus).
	consensusStatus int
	// byCodeConsensus marks a general answer chosen by a code every catalog files alike
	// (consensus), no provider's own entry.
	byCodeConsensus bool
	// scored lists every entry that scored enough to be chosen, the winner among them, in
	// the decode's scratch: confidence.go reads it for the readings that came close.
	scored []scoredEntry
}

// scoredEntry is one entry match weighed and found to fit.
// scoredEntry is an entry that fit, with its score and whether its wording matched.
type scoredEntry struct {
	file, entry, score int
	worded             bool
}

// found reports whether an entry was matched. Not inlined: inlined, it let the small tests
// built on it be copied into each of their callers in turn (0.8 KB of the gzipped wasm).
//
//go:noinline
func (m *match) found() bool { return m.file >= 0 }
