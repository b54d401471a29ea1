package corpus

import (
	"time"

	"github.com/errlens/errlens/decoder"
)

// The clock a paste is scored on. A paste without a Date header has its waits counted from
// the decoder's clock, so on the real clock its reset_at (and the window a long wait implies)
// would depend on when `make eval` runs. Every case is decoded instead on the instant it
// states in decoded_at (when the paste was written: its log's own timestamp, the thread's
// post time) or, without one, on Clock: the figures repeat exactly whenever they are taken.

// Clock is the instant a case without decoded_at is decoded at: the day the corpus's window
// and reset labels were written (decoder/testdata/corpus/README.md).
var Clock = time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)

// At is the instant c is decoded at: its decoded_at, else Clock. A decoded_at that is not
// RFC 3339 is rejected by the corpus tests; here it falls back to Clock.
func (c Case) At() time.Time {
	if t, err := time.Parse(time.RFC3339, c.DecodedAt); err == nil {
		return t.UTC()
	}
	return Clock
}

// decoderFor is d on c's clock.
func decoderFor(d *decoder.Decoder, c Case) *decoder.Decoder {
	at := c.At()
	return d.With(decoder.WithClock(func() time.Time { return at }))
}
