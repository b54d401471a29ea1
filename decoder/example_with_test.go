package decoder_test

import (
	"fmt"
	"time"

	"github.com/errlens/errlens/decoder"
)

func ExampleDecoder_With() {
	// One decoder, read on two clocks: a reset header that is a duration counts from the
	// paste's Date header when it has one, else from the decoder's clock.
	d := decoder.New(decoder.WithMaxInput(64 << 10))
	paste := "HTTP/1.1 429 Too Many Requests\nopenai-organization: user-abc\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 6m0s\n\n" +
		`{"error":{"message":"Rate limit reached for gpt-4o in organization org-abc on requests per min (RPM): Limit 500, Used 500, Requested 1.","type":"requests","code":"rate_limit_exceeded"}}`
	for _, at := range []string{"2025-01-02T03:04:05Z", "2025-06-30T23:58:00Z"} {
		t, _ := time.Parse(time.RFC3339, at)
		r := d.With(decoder.WithClock(func() time.Time { return t })).Decode(paste)
		fmt.Println(r.LimitWindow, r.ResetAt)
	}
	// Output:
	// minute 2025-01-02T03:10:05Z
	// minute 2025-07-01T00:04:00Z
}
