package decoder_test

import (
	"fmt"

	"github.com/errlens/errlens/decoder"
)

func ExampleSDKWait() {
	// The same Retry-After, read by each of OpenAI's client libraries: one gives up, two
	// retry before the limit resets, two wait it out.
	r := decoder.Decode("HTTP/1.1 429 Too Many Requests\r\nretry-after: 171\r\n\r\n" +
		`{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM): Limit 30000, Used 30000, Requested 2480. Visit https://platform.openai.com/account/rate-limits to learn more.","type":"tokens","code":"rate_limit_exceeded"}}`)
	for _, w := range r.SDKWaits {
		fmt.Println(w.Action+":", w.Says)
	}
	// Output:
	// gives_up: openai-python gives up at once: it waits out at most 120 s, and this asks for 171 s
	// retries_early: openai-node retries after about 0.5 s by its own backoff, before the limit resets (up to 2 times)
	// retries_early: openai-go retries after 8 s, before the limit resets (up to 2 times)
	// waits: openai-java waits 171 s and retries (up to 2 times)
	// waits: openai-dotnet waits 171 s and retries (up to 3 times)
}
