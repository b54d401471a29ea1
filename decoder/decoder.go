package decoder

import (
	"strings"
	"time"
)

// Decoder decodes pasted errors. The zero value is not usable; use New. A Decoder is safe
// for concurrent use.
type Decoder struct {
	maxInput int
	now      func() time.Time
	fallback *fallbackTable // nil: the compiled catalog's (WithFallbackTable)
}

// Option configures a Decoder.
type Option func(*Decoder)

// WithMaxInput sets how many bytes of a paste are examined (default DefaultMaxInput).
// Longer input is cut in the middle and the Result says so.
func WithMaxInput(n int) Option { return func(d *Decoder) { d.maxInput = n } }

// WithClock sets the clock used to turn an HTTP-date Retry-After into a wait when the
// paste carries no Date header. Tests use it for deterministic output.
func WithClock(now func() time.Time) Option { return func(d *Decoder) { d.now = now } }

// New returns a Decoder with the given options.
func New(opts ...Option) *Decoder {
	d := &Decoder{maxInput: DefaultMaxInput, now: time.Now}
	for _, o := range opts {
		o(d)
	}
	return d
}

// With returns a copy of d with opts applied on top of its own: a corpus scored on the clock
// each paste was written at keeps the rest of the caller's configuration.
func (d *Decoder) With(opts ...Option) *Decoder {
	c := *d
	for _, o := range opts {
		o(&c)
	}
	return &c
}

var std = New()

// Decode explains one pasted error with the default Decoder. It never panics and never
// fails: input it cannot place comes back with category "unknown" and the evidence found.
func Decode(input string) Result { return std.Decode(input) }

// Decode explains one pasted error: normalise the input, split a paste of several errors into
// its occurrences and choose one (segment.go, choose.go), then decode that one.
func (d *Decoder) Decode(input string) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			// A bug must not take the caller down with it: answer "unknown" and say why.
			res = Result{Category: Unknown, Confidence: Guess, Evidence: []string{"the decoder failed on this input; please report it"}}
		}
	}()
	in := normalize(input, d.maxInput)
	noRetryWord := d.decodeNormalized(&in, &res)
	res.Spans = mapSpans(&in, res.Spans)
	if !in.binary {
		noteAttempts(&res, readAttemptsWith(in.text, !noRetryWord && retryWord(in.text)))
	}
	return res
}

// decodeNormalized answers for the normalised paste in res, without the attempts its log
// shows; noRetryWord when the answer's literal scan read the whole text and found no word
// of a retry line in it (most pastes: one error, decoded whole). Both go by pointer: the
// normalised paste and the Result were copied at each of three calls (about 500
// instructions a decode).
func (d *Decoder) decodeNormalized(in *normalized, res *Result) (noRetryWord bool) {
	// A paste of one line is one error, however the split would read it (at most one
	// occurrence, starting at 0): most pastes are one body or one line, and the split is
	// for logs.
	if !in.binary && strings.IndexByte(in.text, '\n') >= 0 {
		sc := getScratch()
		sc.occs = occurrences(in.text, sc.occs)
		occs := sc.occs
		// Copied out before the scratch goes back: another decode may take it at once.
		var several []occurrence
		if len(occs) > 1 {
			several = append([]occurrence(nil), occs...)
		}
		one := len(occs) == 1 && occs[0].start > 0
		var start, end int
		if one {
			start, end = occs[0].start, occs[0].end
		}
		putScratch(sc)
		switch {
		case several != nil:
			*res = d.decodeSegmented(*in, several)
			return false
		case one:
			*res = d.decodeSpan(*in, start, end) // after success lines
			return false
		}
	}
	return d.decodeText(in, res)
}

// decodeSpan decodes in.text[start:end] alone, as one error of a longer paste.
// Not inlined: it runs a few times a decode, and its inlined copies cost the wasm
// more than the calls cost.
//
//go:noinline
func (d *Decoder) decodeSpan(in normalized, start, end int) Result {
	in.text, in.base = in.text[start:end], in.base+start
	var res Result
	d.decodeText(&in, &res)
	return res
}

// decodeText runs the stages on one error's text: pull out its signals, identify the
// provider, match the provider's catalog, work out the retry advice, weigh how sure the
// answer is, and mark where in the text each answer came from, and writes the answer in
// out. noRetryWord: the text shows no word of a retry line (retryWordSet).
func (d *Decoder) decodeText(in *normalized, out *Result) (noRetryWord bool) {
	eng := load().eng
	sc := getScratch()
	sig := extractWith(in, eng, &sc.extract, d.now)
	who := eng.identify(sig, &sc.identify)
	eng.servedStatus(sig, &who)   // a self-hosted server's own log of the request (servedstatus.go)
	eng.sdkClassStatus(sig, &who) // the status the provider's own SDK raises the class for (sdkclassstatus.go)
	m := eng.match(sig, &who, &sc.match)
	// The Result is written in the scratch, zero when taken: advise's helpers store into it
	// through a pointer they read from a struct, which makes a local one escape, and its
	// allocation cost more than the copy out (about 280 instructions a decode).
	res := &sc.result
	eng.advise(sig, &who, &m, d.now, &sc.advise, res)
	eng.weigh(sig, &who, &m, res, &sc.alts)
	res.Spans = eng.spans(sig, &who, &m, res, sc.advise.lineTags(), &sc.spans)
	if res.Category == Unknown && !in.binary {
		applyFallback(res, d.fallbackOf(eng), sig.eachWord) // words lean one way, though nothing placed them
	} else if res.Generic && !in.binary {
		secondOpinion(res, eng, m, d.fallbackOf(eng), sig.eachWord) // when general wording alone placed it
	}
	*out = *res // copied out before the scratch goes back: another decode may take it at once
	noRetryWord = !sig.showsAny(retryWordSet)
	putScratch(sc) // not reached on a panic: a half-used scratch is left to the GC
	return noRetryWord
}

// FallbackWords returns the words of text the learned fallback reads, in order, repeats
// kept: those of the text normalize makes of it, as the decoder reads a paste (a JSON log
// record's keys, a container's prefixes and an access log give none), so a table learned
// from a paste and the decoder reading it, or its rewrites, see the same words. It is
// exported for the generator of the fallback's table (scripts/fallback).
func FallbackWords(text string) []string {
	var out []string
	eachWordOf(normalize(text, DefaultMaxInput).text, func(w []byte, _ int) { out = append(out, string(w)) })
	return out
}
