package decoder

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDashScopeAlgoInvalidParameter: Alibaba Cloud Model Studio sends 400
// InternalError.Algo.InvalidParameter for any parameter its model rejects (an image too
// small, a role out of order, a URL it cannot read), and 400 InvalidParameter "Range of input
// length should be [1, xxx]" when the input is longer than the model accepts
// (https://www.alibabacloud.com/help/en/model-studio/error-code,
// https://www.alibabacloud.com/help/en/model-studio/coding-plan-faq). The code alone is an
// invalid request; only the input-length wording makes it context_length, and that wording
// is DashScope's own, so it names the provider of a bare native body too.
func TestDashScopeAlgoInvalidParameter(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "a rejected parameter, native body",
			in:       `{"request_id":"5e4b2a6c-0d1f-9a8e-b7c6-3f2e1d0c9b8a","code":"InternalError.Algo.InvalidParameter","message":"Role must be user or assistant and Content length must be greater than 0"}`,
			provider: "dashscope", status: 400, code: "InternalError.Algo.InvalidParameter", category: InvalidRequest},
		{name: "a rejected parameter, SDK message",
			in:       "<400> InternalError.Algo.InvalidParameter: The input image is smaller than the model's minimum size.",
			provider: "dashscope", status: 400, code: "InternalError.Algo.InvalidParameter", category: InvalidRequest},
		{name: "the input-length wording under the Algo code",
			in:       "<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 129024]",
			provider: "dashscope", status: 400, code: "InternalError.Algo.InvalidParameter", category: ContextLength},
		{name: "the input-length wording in a bare native body",
			in:       `{"code":"InvalidParameter","message":"Range of input length should be [1, 30720]","request_id":"0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"}`,
			provider: "dashscope", status: 400, code: "InvalidParameter", category: ContextLength},
	})
}

// TestVolcengineArkErrorType: Volcengine Ark's error body is OpenAI-shaped, but its type
// member carries the HTTP reason in CamelCase (BadRequest, Unauthorized, Forbidden,
// NotFound, TooManyRequests) beside a PascalCase code
// (https://www.volcengine.com/docs/82379/1299023). A code several APIs share
// (InvalidParameter) then still names Ark.
func TestVolcengineArkErrorType(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "InvalidParameter with type BadRequest",
			in:       `{"error":{"code":"InvalidParameter","message":"The parameter ` + "`temperature`" + ` specified in the request are not valid: expected a value in [0, 2]. Request id: 02174000000000000000000000000000000000000000000000abc","param":"temperature","type":"BadRequest"}}`,
			provider: "volcengine", status: 400, code: "InvalidParameter", category: InvalidRequest},
		{name: "the same printed by openai-python",
			in:       `openai.BadRequestError: Error code: 400 - {'error': {'code': 'InvalidParameter', 'message': 'The parameter ` + "`tools`" + ` specified in the request are not valid. Request id: 0217400000000000000000000000000000000000000000000def', 'param': 'tools', 'type': 'BadRequest'}}`,
			provider: "volcengine", status: 400, code: "InvalidParameter", category: InvalidRequest},
	})
	// The type alone is no body: a message naming "BadRequest" names no provider.
	assert.Equal(t, "", Decode("BadRequest: the request was malformed").Provider)
}

// TestKimiCodeErrorReference: the Kimi Code error reference's quick lookup gives each
// message its HTTP status (https://www.kimi.com/code/docs/en/kimi-code/error-reference.html),
// so a paste that lost the status still has it; and a link to kimi.com, where Kimi Code's
// pricing and docs live, names Moonshot behind an Anthropic-shaped body.
func TestKimiCodeErrorReference(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "agents-only, no status in the paste",
			in:       `{"error":{"message":"Kimi For Coding is currently only available for Coding Agents such as Kimi CLI.","type":"access_terminated_error"}}`,
			provider: "moonshot", status: 403, code: "access_terminated_error", category: Permission},
		{name: "the membership message",
			in:       "Error: We were unable to verify your membership benefits. Please check your subscription.",
			provider: "moonshot", status: 402, category: Quota},
		{name: "billing cycle in an Anthropic-shaped body, kimi.com link",
			in:       `API Error: 403 {"type":"error","error":{"type":"permission_error","message":"You've reached your usage limit for this billing cycle. Upgrade your plan: https://www.kimi.com/code/#pricing"}}`,
			provider: "moonshot", status: 403, code: "permission_error", category: Quota},
	})
}

// TestKimiCodeLabelledStatus: Kimi Code prints an error as "[<code>] <message>"
// (apps/kimi-code/src/tui/utils/event-payload.ts in github.com/MoonshotAI/kimi-code), and
// an API status error's message is the SDK's "<status> <message>", so the number after the
// label is the response's status. A log level in brackets is no such label.
func TestKimiCodeLabelledStatus(t *testing.T) {
	cases := []struct {
		name, in string
		status   int
	}{
		{"api_error label", "Error: [provider.api_error] 400 tools.function.parameters is not a valid moonshot flavored json schema", 400},
		{"auth_error label", "[provider.auth_error] 401 The API Key appears to be invalid or may have expired.", 401},
		{"rate_limit label", "[provider.rate_limit] 429 We're receiving too many requests at the moment.", 429},
		{"a log level is no code label", "[INFO] 404 pages rendered in total", 0},
		{"a count after a label", "[provider.api_error] 400 retries", 400},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.status, r.HTTPStatus, "evidence: %v", r.Evidence)
		})
	}
	assert.True(t, afterCodeLabel("Error: [provider.api_error] "))
	assert.True(t, afterCodeLabel("[context.overflow] "))
	assert.False(t, afterCodeLabel("[ERROR] "))
	assert.False(t, afterCodeLabel("[2025-01-01] "))
	assert.False(t, afterCodeLabel("[] "))
	assert.False(t, afterCodeLabel("provider.api_error "))
}

// TestZhipuChineseWording: BigModel's business-code table words its errors in Chinese
// (https://docs.bigmodel.cn/cn/api/api-code): 1001 "Header 中未收到 Authentication
// 参数,无法进行身份验证", 1003 "Authentication Token 已过期,请重新生成/获取", 1211
// "模型不存在,请检查模型代码". The API sends them with full-width punctuation, and names
// the header it missed Authorization as often as Authentication; the documented tails
// still name Zhipu and the entry.
func TestZhipuChineseWording(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "1211 wording alone",
			in:       "Error: 模型不存在，请检查模型代码。",
			provider: "zhipu", status: 0, category: NotFound}, // the table gives 1211 no status of its words
		{name: "1001 with the Authorization header named",
			in:       `{"error":{"code":"1001","message":"Header中未收到Authorization参数，无法进行身份验证。"}}`,
			provider: "zhipu", status: 401, code: "1001", category: Authentication},
		{name: "1003 through the zhipuai SDK",
			in:       `zhipuai.core._errors.APIAuthenticationError: Error code: 401, with error text {"error":{"code":"1003","message":"Authorization Token已过期，请重新生成/获取。"}}`,
			provider: "zhipu", status: 401, code: "1003", category: Authentication},
	})
}

// TestEntryWordingStrongest: an entry's wording counts once toward its provider, at its
// strongest: BigModel's documented sentence for 1214, "${field} 参数非法。请检查文档"
// (https://docs.bigmodel.cn/cn/api/api-code), names Zhipu though the scan meets the two
// words it starts with ("参数非法", too short to name anyone) first.
func TestEntryWordingStrongest(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "1214's documented sentence", in: "Error: messages 参数非法。请检查文档",
			provider: "zhipu", category: InvalidRequest},
		{name: "with full-width comma", in: "tools参数非法，请检查文档",
			provider: "zhipu", category: InvalidRequest},
	})
	// The short words alone still name no one.
	assert.Equal(t, "", Decode("参数非法").Provider)
}

// TestLangChainTroubleshootingPrint: LangChain appends a troubleshooting link to the errors
// it classifies, the JS core as "\n\nTroubleshooting URL: https://js.langchain.com/docs/
// troubleshooting/errors/<CODE>/\n" (langchain-core src/errors/index.ts,
// addLangChainErrorFields) and the Python core as "\nFor troubleshooting, visit:
// https://python.langchain.com/docs/troubleshooting/errors/<CODE>" (langchain_core/
// exceptions.py, create_message): either print shows LangChain re-printed the error.
func TestLangChainTroubleshootingPrint(t *testing.T) {
	for _, in := range []string{
		"Failed to call LLM: Error: 401 status code (no body)\n\nTroubleshooting URL: https://js.langchain.com/docs/troubleshooting/errors/MODEL_AUTHENTICATION/\n",
		"Invalid json output: {'name': 'x'}\nFor troubleshooting, visit: https://python.langchain.com/docs/troubleshooting/errors/OUTPUT_PARSING_FAILURE ",
	} {
		r := Decode(in)
		assert.Equal(t, "langchain", r.Wrapper, "%q; evidence: %v", in, r.Evidence)
	}
}

// TestBusinessCodeWithDocumentedStatus: Zhipu/Z.ai send a numeric business code in the body
// with the HTTP status their code table gives it (https://docs.z.ai/api-reference/api-code,
// https://docs.bigmodel.cn/cn/api/api-code: 1303 and 1302 with 429, 1214 with 400), and
// the message is often a client's or a proxy's own words. The code with that status names
// Zhipu; with another status, or where another provider documents the same number with
// the paste's status (Mistral's 1300 with 429, mistral.json's rate-limited-1300), it does not.
func TestBusinessCodeWithDocumentedStatus(t *testing.T) {
	checkDecodes(t, []decodeCase{
		{name: "1303 with 429, through Claude Code",
			in:       `API Error: 429 {"error":{"code":"1303","message":"Too many requests"}}`,
			provider: "zhipu", status: 429, code: "1303", category: RateLimit, retry: true},
		{name: "1214 with 400, through openai-python",
			in:       `openai.BadRequestError: Error code: 400 - {'error': {'code': '1214', 'message': 'messages[3].content cannot be empty'}}`,
			provider: "zhipu", status: 400, code: "1214", category: InvalidRequest},
	})
	for _, in := range []string{
		`HTTP 503: {"error":{"code":"1214","message":"upstream busy"}}`,              // 1214 is documented with 400
		`Error code: 429 - {'error': {'code': '1300', 'message': 'Too many calls'}}`, // Zhipu's 1300 is 403
	} {
		r := Decode(in)
		assert.NotEqual(t, "zhipu", r.Provider, "%q; evidence: %v", in, r.Evidence)
	}
}

// TestToolNamedInAPIMessage: the Kimi Code API refuses clients that are not coding agents
// with a message naming the allowed ones ("Kimi For Coding is currently only available
// for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.",
// https://www.kimi.com/code/docs/en/kimi-code/error-reference.html): a tool named inside
// the body's message is the API talking about it, not the tool's print. The tool's own print
// of the same body, or its name in the prose around it, still names it.
func TestToolNamedInAPIMessage(t *testing.T) {
	body := `{"error":{"message":"Kimi For Coding is currently only available for Coding Agents such as Kimi CLI, Claude Code, Roo Code, Kilo Code, etc.","type":"access_terminated_error"}}`
	cases := []struct{ name, in, wrapper string }{
		{"the body alone", body, ""},
		{"Claude Code's print of it", "API Error: 403 " + body, "claude-code"},
		{"the tool named in the prose", "Claude Code returned an error result: 403 Forbidden", "claude-code"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Decode(c.in)
			assert.Equal(t, c.wrapper, r.Wrapper, "evidence: %v", r.Evidence)
		})
	}
}
