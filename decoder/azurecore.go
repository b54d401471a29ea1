package decoder

import "strings"

// The Azure SDKs' RequestFailedException (Azure.Core for .NET) words a failed call as
//
//	Status: 401 (PermissionDenied)
//	ErrorCode: 401
//
// and then the body: ErrorCode is the service's own error code (the body's error.code or
// the x-ms-error-code header), which some services write as a number (Azure AI services'
// "401", "429"), https://learn.microsoft.com/en-us/dotnet/api/azure.requestfailedexception.errorcode.
var mAzureErrorCode = mark("ErrorCode: ")

// readAzureErrorCode reads the code of an ErrorCode line under a "Status: " line, in the
// SDK's own case, numbers too: the generic "code: " reader takes no number.
func (s *signals) readAzureErrorCode() {
	text := s.in.text
	for _, pos := range s.at(mAzureErrorCode) {
		end := pos + len("ErrorCode: ")
		if end > len(text) || text[pos:end] != "ErrorCode: " {
			continue
		}
		line := text[:pos]
		line = line[strings.LastIndexByte(line, '\n')+1:]
		if strings.TrimSpace(line) != "" || pos == len(line) {
			continue // not at a line's start, or no line above it
		}
		above := text[:pos-len(line)-1]
		prev := strings.TrimSpace(above[strings.LastIndexByte(above, '\n')+1:])
		tok, _, _ := strings.Cut(text[end:min(len(text), end+80)], "\n")
		if tok = strings.TrimSpace(tok); strings.HasPrefix(prev, "Status: ") && isIdentifier(tok) {
			s.addCode(tok, rankCode-1, "the Azure SDK's \"ErrorCode: "+tok+"\"")
		}
	}
}
