package decoder

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Alibaba Cloud's dotted error codes, as DashScope's docs list them
// (help.aliyun.com/zh/model-studio/error-code) and its clients print them before the
// message, are read whole; class names and module paths before a colon are no codes.
func TestDottedCodes(t *testing.T) {
	for _, tc := range []struct{ name, in, provider, code string }{
		{"Qwen Code's wrapper line", "[API Error: 400 <400>     InternalError.Algo.DataInspectionFailed: Input text data may     contain inappropriate content.]",
			"dashscope", "InternalError.Algo.DataInspectionFailed"},
		{"a message of its own", "<400> InternalError.Algo.DataInspectionFailed: Input text data may contain inappropriate content.",
			"dashscope", "InternalError.Algo.DataInspectionFailed"},
		{"two segments", "Throttling.RateQuota: Requests rate limit exceeded, please try again later.",
			"dashscope", "Throttling.RateQuota"},
		{"the docs' InvalidParameter under InternalError.Algo", "InternalError.Algo.InvalidParameter: Range of input length should be [1, 30720]",
			"dashscope", "InternalError.Algo.InvalidParameter"},
		{"a JSON body's code field still decides", `{"code":"DataInspectionFailed","message":"Input data may contain inappropriate content.","request_id":"x"}`,
			"dashscope", "DataInspectionFailed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New().Decode(tc.in)
			assert.Equal(t, tc.provider, r.Provider)
			assert.Equal(t, tc.code, r.Code)
		})
	}
}

// A dotted name no catalog documents is a label, not a code.
func TestDottedNameNoCatalogKnows(t *testing.T) {
	r := New().Decode("LiteLLM.Info: If you need to debug this error, use `litellm._turn_on_debug()'.\nlitellm.AuthenticationError: CerebrasException - Wrong API Key")
	assert.NotEqual(t, "LiteLLM.Info", r.Code)
}

func TestDottedCodeBefore(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"<400> InternalError.Algo.DataInspectionFailed: x", "InternalError.Algo.DataInspectionFailed"},
		{"Throttling.RateQuota: x", "Throttling.RateQuota"},
		{"System.Net.Http.HttpRequestException: x", ""},
		{"Google.GenAI.ClientError: x", ""},
		{"openai.RateLimitError: x", ""},
		{"java.net.SocketTimeoutException: x", ""},
		{"Arrearage: x", ""},
		{"see https://Example.Com: x", ""},
		{"v1.2: x", ""},
		{"A.B: x", ""},
	} {
		got, _ := dottedCodeBefore(tc.in, strings.LastIndex(tc.in, ": x"))
		assert.Equal(t, tc.want, got, tc.in)
	}
}

// readDottedCodes turns away a text without a dot before a capital before reading its
// colons: on every corpus paste and random text, a dotted code that dottedCodeBefore
// takes at some colon comes with one.
func TestDotCapitalGate(t *testing.T) {
	texts := append(fastpathTexts(t), randomTexts(5000, "Ab.:. \n\"Q")...)
	taken := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if text[i] != ':' {
				continue
			}
			if _, ok := dottedCodeBefore(text, i); ok {
				taken++
				if !dotCapital(text) {
					t.Fatalf("dotCapital(%q) = false, and dottedCodeBefore takes a code at %d", text, i)
				}
			}
		}
	}
	if taken < 20 {
		t.Fatalf("only %d dotted codes taken: the texts do not test the gate", taken)
	}
}
