package decoder

import (
	"testing"
)

// Issue 13, the status field, second round of print families (h-status7): each input is
// written as the library or API named prints it (not copied from the corpus), and each case
// with a status failed before the rule it names (statusforms.go, reasononly.go, the
// catalogs' status_worded).
func TestStatusPrintFamilies7(t *testing.T) {
	cases := []statusSaysCase{
		// from: Alamofire, Source/Core/AFError.swift: "Response status code was unacceptable: \(code)."
		{"Alamofire's unacceptable status", "AFError: Response status code was unacceptable: 503.", 503, "unacceptable: 503"},
		{"Alamofire's print inside a Swift client's error", `MyClient.Error.requestFailed(message: "Response status code was unacceptable: 401.")`, 401, "unacceptable: 401"},
		// validate() accepts 200..<300: a success written alike is no error's status.
		{"Alamofire's form with a success's number", "Response status code was unacceptable: 204.", 0, ""},

		// from: httr, R/response-status.r (http_statuses): the reason with the RFC that added it
		{"httr's reason for 429 alone", "HTTP error : Too Many Requests (RFC 6585)", 429, `"Too Many Requests" alone`},
		{"httr's reason for 422 alone", "Error: Unprocessable Entity (WebDAV; RFC 4918)", 422, `"Unprocessable Entity" alone`},
		{"an RFC named after words that are no reason phrase", "Error: Header too long (RFC 7230)", 0, ""},

		// from: egit-github RequestException.formatErrors (message + " (" + status + ")") in
		// Maven's summary line, which appends " -> [Help 1]" (MavenCli.logSummary)
		{"egit's (status) before Maven's help key",
			"[ERROR] Failed to execute goal com.example:plugin:1.0:deploy (default) on project site: Error creating tree: Resource not accessible by integration (403) -> [Help 1]",
			403, "(403)"},
		{"a count in parentheses before Maven's help key", "[ERROR] Failed to execute goal on project site: 3 errors (12) -> [Help 1]", 0, ""},

		// A message its API's error table documents with one status (status_worded).
		// from: https://developers.google.com/youtube/v3/docs/errors (quotaExceeded, 403: "The
		// request cannot be completed because you have exceeded your quota."), as the API sends
		// it with the word a link
		{"YouTube's quotaExceeded message with its link",
			`The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.`,
			403, "documents this message"},
		// from: https://developers.google.com/youtube/v3/docs/core_errors (keyExpired, 400)
		{"Google's keyExpired message", "Error: API key expired. Please renew the API key.", 400, "documents this message"},
		// from: https://developers.notion.com/reference/status-codes (object_not_found, 404)
		{"Notion's object_not_found message",
			"APIResponseError: Could not find page with ID: 0f2c5a8e-1b3d-4c5e-9f60-718293a4b5c6. Make sure the relevant pages and databases are shared with your integration.",
			404, "documents this message"},
	}
	checkStatusSays(t, cases)
}
