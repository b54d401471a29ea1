package redact_test

import (
	"fmt"

	"github.com/errlens/errlens/redact"
)

func ExampleText() {
	paste := `openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}
export OPENAI_API_KEY=sk-proj-Xq3vR8tLm2Wn7Pz4Ks9Jd1Fh6Gb5Ya0Ce
HTTPS_PROXY=http://jdoe:Pa55w0rd9@proxy.acme.corp:3128`
	masked, items := redact.Text(paste)
	fmt.Println(masked)
	for _, it := range items {
		fmt.Printf("%s: %s\n", it.Kind, it.Preview)
	}
	// Output:
	// openai.AuthenticationError: Error code: 401 - {'error': {'code': 'invalid_api_key'}}
	// export OPENAI_API_KEY=sk-proj-****
	// HTTPS_PROXY=http://jdoe:****@proxy.acme.corp:3128
	// OpenAI API key: sk-proj-…
	// password in URL: jdoe:…@proxy.acme.corp:3128
}
